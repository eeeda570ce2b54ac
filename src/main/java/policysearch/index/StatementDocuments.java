package policysearch.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import policysearch.corpus.Article;
import policysearch.extract.Actor;
import policysearch.extract.Statement;
import policysearch.resolve.Canonical;

/**
 * A statement as its own document, in the same index as its article: one searcher, one commit and
 * one reopen serve both, and the article's {@link Schema#GROUP} term replaces or deletes them
 * together. The statement text goes in {@link Schema#BODY}, so queries, highlighting and
 * MoreLikeThis work on it exactly as on articles.
 */
final class StatementDocuments {
  private StatementDocuments() {}

  /** The id of the {@code n}th statement of an article (1-based). */
  static String id(String articleId, int n) {
    return articleId + "~s" + n;
  }

  static Document of(Article article, Statement statement, int n, Canonical names) {
    Document doc = new Document();
    doc.add(new StringField(Schema.ID, id(article.id(), n), Field.Store.YES));
    doc.add(new StringField(Schema.GROUP, article.id(), Field.Store.NO));
    doc.add(new StringField(Schema.KIND, Schema.KIND_STATEMENT, Field.Store.NO));
    doc.add(new StringField(Schema.ARTICLE_ID, article.id(), Field.Store.YES));
    if (article.title() != null) {
      doc.add(new StoredField(Schema.ARTICLE_TITLE, article.title()));
    }
    Schema.addDate(doc, article.date());
    Schema.addText(doc, Schema.BODY, statement.text());
    // Speakers under their canonical names, so a statement by "Al-Sisi" counts under the entity.
    for (Actor speaker : ActorFields.merged(statement.speakers(), names, article.date()).values()) {
      doc.add(new SortedSetDocValuesFacetField(Schema.SPEAKER, speaker.name()));
      doc.add(new SortedSetDocValuesFacetField(Schema.SPEAKER_TYPE, speaker.type().toString()));
      doc.add(new StoredField(Schema.SPEAKER_STORED, Schema.encode(speaker)));
    }
    for (String topic : statement.topics()) {
      doc.add(new SortedSetDocValuesFacetField(Schema.TOPIC, topic));
      doc.add(new StringField(Schema.TOPIC, topic, Field.Store.YES));
    }
    doc.add(new StoredField(Schema.VERB, statement.verb()));
    doc.add(new StoredField(Schema.ATTRIBUTION, Schema.encode(statement.attribution())));
    doc.add(new StoredField(Schema.START, statement.start()));
    doc.add(new StoredField(Schema.END, statement.end()));
    Integer page = DocumentFields.page(article, statement.start());
    if (page != null) {
      doc.add(new StoredField(Schema.PAGE, page));
    }
    return doc;
  }
}
