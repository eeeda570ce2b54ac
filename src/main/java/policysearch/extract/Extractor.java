package policysearch.extract;

import java.util.ArrayList;
import java.util.List;
import policysearch.corpus.Article;

/** Extracts actors and topics from an article; pure and thread-safe once built. */
public final class Extractor {
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
    String title = article.title() == null ? "" : article.title();
    String doc = title.isEmpty() ? article.text() : title + "\n\n" + article.text();
    int bodyStart = doc.length() - article.text().length();
    List<Mention> titleMentions = new ArrayList<>();
    List<Mention> bodyMentions = new ArrayList<>();
    for (Mention m : actors.mentions(doc)) {
      if (m.start() < bodyStart) {
        titleMentions.add(m);
      } else {
        bodyMentions.add(
            new Mention(m.name(), m.type(), m.role(), m.start() - bodyStart, m.end() - bodyStart));
      }
    }
    return new Enriched(
        article,
        actors.extract(doc),
        topics.classify(article.title(), article.text()),
        statements.extract(article.title(), article.text(), titleMentions, bodyMentions));
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
