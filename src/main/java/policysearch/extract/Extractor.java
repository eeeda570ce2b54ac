package policysearch.extract;

import java.util.List;
import policysearch.corpus.Article;

/** Extracts actors and topics from an article; pure and thread-safe once built. */
public final class Extractor {
  private final ActorExtractor actors;
  private final TopicClassifier topics;
  private final Taxonomy taxonomy;
  private final String fingerprint;

  /** Loads every vocabulary file from the classpath. */
  public static Extractor load() {
    Resources resources = new Resources();
    Gazetteer gazetteer = new Gazetteer(resources);
    Taxonomy taxonomy = new Taxonomy(resources);
    TopicClassifier classifier = new TopicClassifier(taxonomy, resources);
    return new Extractor(
        new ActorExtractor(gazetteer), classifier, taxonomy, resources.fingerprint());
  }

  /** Wires the extractor from its parts; {@code fingerprint} identifies the vocabularies. */
  public Extractor(
      ActorExtractor actors, TopicClassifier topics, Taxonomy taxonomy, String fingerprint) {
    this.actors = actors;
    this.topics = topics;
    this.taxonomy = taxonomy;
    this.fingerprint = fingerprint;
  }

  /** The article with its actors (title included) and topics. */
  public Enriched extract(Article article) {
    String title = article.title() == null ? "" : article.title();
    List<Actor> found =
        actors.extract(title.isEmpty() ? article.text() : title + "\n\n" + article.text());
    return new Enriched(article, found, topics.classify(article.title(), article.text()));
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
