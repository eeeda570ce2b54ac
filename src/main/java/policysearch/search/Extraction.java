package policysearch.search;

import java.util.Locale;
import org.apache.lucene.document.Document;
import policysearch.corpus.DocumentFacts;
import policysearch.index.Schema;

/**
 * What of an article's text extraction (actors, topics, statements) did not read, and why: the
 * whole text is indexed and searchable either way.
 *
 * @param extractedChars characters extraction read, from the start of the text
 * @param totalChars characters of the whole text
 * @param note the same in words, for the article view
 */
public record Extraction(int extractedChars, int totalChars, String note) {

  /** The extraction limits that applied to a stored article, or null when none did. */
  static Extraction of(Document doc) {
    return of(Schema.extractedChars(doc), Schema.documentFacts(doc), doc.get(Schema.BODY).length());
  }

  /**
   * The same from the stored values: {@code extracted} characters read (-1: all), the document's
   * facts (null: not read from a document file) and the text's length.
   */
  public static Extraction of(int extracted, DocumentFacts facts, int total) {
    boolean truncated = facts != null && facts.truncated();
    if (extracted < 0 && !truncated) {
      return null;
    }
    int read = extracted < 0 ? total : extracted;
    StringBuilder note = new StringBuilder();
    if (read == 0 && facts != null && !facts.extractable()) {
      note.append("Actors, topics and statements were not extracted: the text is not in English")
          .append(" (language ")
          .append(facts.language())
          .append("). ");
    } else if (read < total) {
      note.append(
          String.format(
              Locale.ROOT,
              "Actors, topics and statements come from the first %,d of %,d characters",
              read,
              total));
      if (facts != null && facts.paged()) {
        note.append(" (pages 1–").append(facts.pageOf(Math.max(0, read - 1))).append(")");
      }
      note.append(". ");
    }
    if (truncated) {
      note.append(
          String.format(
              Locale.ROOT, "The parser kept only the first %,d characters of the file. ", total));
    }
    note.append("The whole text shown here is indexed and searchable.");
    return new Extraction(read, total, note.toString());
  }
}
