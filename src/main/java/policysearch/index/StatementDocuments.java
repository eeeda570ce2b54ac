package policysearch.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import policysearch.corpus.Article;
import policysearch.extract.Actor;
import policysearch.extract.ActorType;
import policysearch.extract.Enriched;
import policysearch.extract.Statement;
import policysearch.resolve.Canonical;

/**
 * A statement as its own document, in the same index as its article: one searcher, one commit and
 * one reopen serve both, and the article's {@link Schema#GROUP} term replaces or deletes them
 * together. The statement text goes in {@link Schema#BODY}, so queries, highlighting and
 * MoreLikeThis work on it exactly as on articles.
 */
final class StatementDocuments {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private StatementDocuments() {}

  /** The id of the {@code n}th statement of an article (1-based). */
  static String id(String articleId, int n) {
    return articleId + "~s" + n;
  }

  /**
   * The document of the {@code n}th statement of an article: speakers, the actors it names and its
   * signature under the canonical names {@code names} gives them for the article's date.
   */
  static Document of(Enriched enriched, Statement statement, int n, Canonical names) {
    Article article = enriched.article();
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
    Collection<Actor> speakers =
        ActorFields.merged(statement.speakers(), names, article.date()).values();
    for (Actor speaker : speakers) {
      doc.add(new SortedSetDocValuesFacetField(Schema.SPEAKER, speaker.name()));
      doc.add(new SortedSetDocValuesFacetField(Schema.SPEAKER_TYPE, speaker.type().toString()));
      doc.add(new StoredField(Schema.SPEAKER_STORED, Schema.encode(speaker)));
    }
    List<String> actors = new ArrayList<>();
    for (String named : named(enriched.actors(), statement, names, article.date())) {
      doc.add(new StringField(Schema.STATEMENT_ACTOR, named, Field.Store.YES));
      actors.add(named);
    }
    speakers.forEach(speaker -> actors.add(speaker.name()));
    for (String topic : statement.topics()) {
      doc.add(new SortedSetDocValuesFacetField(Schema.TOPIC, topic));
      doc.add(new StringField(Schema.TOPIC, topic, Field.Store.YES));
    }
    doc.add(
        new BinaryDocValuesField(
            Schema.STATEMENT_SIGNATURE,
            StatementTerms.signature(statement.text(), actors, statement.topics())));
    String key = quoteKey(statement.text());
    doc.add(new SortedDocValuesField(Schema.QUOTE_KEY, new BytesRef(key)));
    doc.add(new StoredField(Schema.QUOTE_KEY, key));
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

  /**
   * The article's actors named in the statement's text, under their canonical names, its speakers
   * (under any of their names) excepted: by a name as written, or a person by surname alone
   * ("Yellen"), as articles name people after the first mention.
   */
  static List<String> named(
      List<Actor> actors, Statement statement, Canonical names, LocalDate date) {
    Set<String> speakers = new LinkedHashSet<>();
    statement.speakers().forEach(s -> speakers.add(names.of(s, date).name()));
    Set<String> named = new LinkedHashSet<>();
    for (Actor actor : actors) {
      String canonical = names.of(actor, date).name();
      if (speakers.contains(canonical)) {
        continue;
      }
      String name = actor.name();
      String surname = name.substring(name.lastIndexOf(' ') + 1);
      boolean bySurname =
          actor.type() == ActorType.PERSON
              && surname.length() > 2
              && containsWord(statement.text(), surname);
      if (containsWord(statement.text(), name) || bySurname) {
        named.add(canonical);
      }
    }
    return List.copyOf(named);
  }

  /** Whether {@code words} occur in {@code text} with no letter or digit right before or after. */
  private static boolean containsWord(String text, String words) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }

  /** Sixteen hex digits of a digest of the text's words, lower-cased, punctuation dropped. */
  static String quoteKey(String text) {
    String words = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
