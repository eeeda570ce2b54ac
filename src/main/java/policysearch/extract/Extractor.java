package policysearch.extract;

import java.util.ArrayList;
import java.util.List;
import policysearch.corpus.Article;

/** Extracts actors and topics from an article; pure and thread-safe once built. */
public final class Extractor {
  /** Longest text that extraction reads. */
  public static final int MAX_EXTRACTED_CHARS = 2_000_000;

  private final ActorExtractor actors;
  private final TopicClassifier topics;
  private final StatementExtractor statements;
  private final Taxonomy taxonomy;
  private final String fingerprint;

  /** Loads every vocabulary file from the classpath. */
  public static Extractor load() {
    Resources resources = new Resources();
    Gazetteer gazetteer = new Gazetteer(resources);
    Taxonomy taxonomy = new Taxonomy(resources);
    TopicClassifier classifier = new TopicClassifier(taxonomy, resources);
    StatementExtractor statements = new StatementExtractor(resources, gazetteer, classifier);
    return new Extractor(
        new ActorExtractor(gazetteer), classifier, statements, taxonomy, resources.fingerprint());
  }

  /** Wires the extractor from its parts; {@code fingerprint} identifies the vocabularies. */
  public Extractor(
      ActorExtractor actors,
      TopicClassifier topics,
      StatementExtractor statements,
      Taxonomy taxonomy,
      String fingerprint) {
    this.actors = actors;
    this.topics = topics;
    this.statements = statements;
    this.taxonomy = taxonomy;
    this.fingerprint = fingerprint;
  }

  /** The article with its actors (title included), topics and statements. */
  public Enriched extract(Article article) {
    if (article.document() != null && !article.document().extractable()) {
      return new Enriched(article, List.of(), List.of(), List.of());
    }
    String title = article.title() == null ? "" : article.title();
    String text = extractable(article.text());
    String doc = title.isEmpty() ? text : title + "\n\n" + text;
    int bodyStart = doc.length() - text.length();
    List<Mention> titleMentions = new ArrayList<>();
    List<Mention> bodyMentions = new ArrayList<>();
    List<Mention> mentions = actors.mentions(doc);
    for (Mention m : mentions) {
      if (m.start() < bodyStart) {
        titleMentions.add(m);
      } else {
        bodyMentions.add(
            new Mention(m.name(), m.type(), m.role(), m.start() - bodyStart, m.end() - bodyStart));
      }
    }
    return new Enriched(
        article,
        ActorExtractor.actors(mentions),
        topics.classify(article.title(), text),
        statements.extract(article.title(), text, titleMentions, bodyMentions));
  }

  /**
   * How many characters of the article's text extraction reads: all, fewer for a text longer than
   * {@value #MAX_EXTRACTED_CHARS}, none for a document in a language the vocabularies do not cover.
   */
  public static int extractedChars(Article article) {
    if (article.document() != null && !article.document().extractable()) {
      return 0;
    }
    return extractable(article.text()).length();
  }

  /**
   * The part of a text that extraction reads: all of it up to {@value #MAX_EXTRACTED_CHARS}
   * characters, else that many, cut at a paragraph break. Token lists take about 80 bytes a word,
   * so a 50 MB article would need gigabytes; it is still indexed and searchable whole.
   */
  static String extractable(String text) {
    if (text.length() <= MAX_EXTRACTED_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf("\n\n", MAX_EXTRACTED_CHARS);
    return text.substring(0, cut > 0 ? cut : MAX_EXTRACTED_CHARS);
  }

  /** The topics this extractor tags with. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * Changes whenever a vocabulary file changes, so the indexer re-extracts articles whose text did
   * not change.
   */
  public String fingerprint() {
    return fingerprint;
  }
}
