package policysearch.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import policysearch.corpus.Article;
import policysearch.corpus.DocumentFacts;
import policysearch.extract.Enriched;
import policysearch.extract.Extractor;

/**
 * The stored fields of articles read from document files: their {@link DocumentFacts} as one stored
 * value (read with every hit, for the pages of its snippets), and how much of the text extraction
 * read when that is not all of it.
 */
final class DocumentFields {
  private static final String SEP = "\u001f";

  private DocumentFields() {}

  static void add(Document doc, Enriched enriched) {
    DocumentFacts facts = enriched.article().document();
    if (facts != null) {
      doc.add(new StoredField(Schema.DOCUMENT, encode(facts)));
    }
    Integer extracted = extractedChars(enriched.article());
    if (extracted != null) {
      doc.add(new StoredField(Schema.EXTRACTED, extracted));
    }
  }

  /** Characters of the text extraction read, or null when it read all of it. */
  static Integer extractedChars(Article article) {
    int extracted = Extractor.extractedChars(article);
    return extracted < article.text().length() ? extracted : null;
  }

  /** The page of a statement starting at {@code start}, or null when the article has no pages. */
  static Integer page(Article article, int start) {
    return article.document() == null ? null : article.document().pageOf(start);
  }

  static DocumentFacts facts(String value) {
    if (value == null) {
      return null;
    }
    String[] p = value.split(SEP, -1);
    List<Integer> pages = new ArrayList<>();
    for (String start : p[8].isEmpty() ? new String[0] : p[8].split(",")) {
      pages.add(Integer.parseInt(start));
    }
    return new DocumentFacts(
        p[0],
        p[1],
        Long.parseLong(p[2]),
        p[3],
        p[4],
        p[5],
        p[6],
        p[7],
        pages,
        Boolean.parseBoolean(p[9]));
  }

  static String encode(DocumentFacts f) {
    return String.join(
        SEP,
        f.file(),
        f.format(),
        String.valueOf(f.bytes()),
        f.fileHash(),
        f.titleSource(),
        f.dateSource(),
        f.dateDetail(),
        f.language(),
        String.join(",", f.pageStarts().stream().map(String::valueOf).toList()),
        String.valueOf(f.truncated()));
  }
}
