package policysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import policysearch.corpus.Article;

/** Extracts actors and topics from an article; pure and thread-safe once built. */
public final class Extractor {
  /**
   * Version of the extraction rules written in Java; part of the fingerprint, so that a change of
   * rules re-extracts articles whose text did not change. Raise it with every such change.
   */
  static final String RULES_VERSION = "rules-7";

  /** Longest text that extraction reads. */
  public static final int MAX_EXTRACTED_CHARS = 2_000_000;

  private final Taxonomy taxonomy;
  private Supplier<Parts> loader;
  private volatile Parts parts;

  /**
   * What extraction reads, loaded on first use: the gazetteer, cue lists and the topic word vectors
   * take about a second of a cold start, which a command that only searches an index never needs.
   */
  private record Parts(
      ActorExtractor actors,
      TopicClassifier topics,
      StatementExtractor statements,
      String fingerprint) {}

  /** Loads every vocabulary file from the classpath (on first use). */
  public static Extractor load() {
    return load(new Resources());
  }

  /**
   * The extractor of the vocabulary files {@code resources} reads: the taxonomy at once (searches
   * name topics by it), the rest on the first extraction or fingerprint, so that an error in a
   * vocabulary file surfaces there.
   */
  public static Extractor load(Resources resources) {
    Taxonomy taxonomy = new Taxonomy(resources);
    return new Extractor(taxonomy, () -> parts(resources, taxonomy));
  }

  private static Parts parts(Resources resources, Taxonomy taxonomy) {
    Gazetteer gazetteer = new Gazetteer(resources);
    TopicClassifier classifier = new TopicClassifier(taxonomy, resources);
    StatementExtractor statements = new StatementExtractor(resources, gazetteer, classifier);
    return new Parts(
        new ActorExtractor(gazetteer),
        classifier,
        statements,
        fingerprint(resources.fingerprint(), RULES_VERSION));
  }

  /** What extraction depends on besides the text: the vocabularies read and the rules' version. */
  static String fingerprint(String vocabularies, String rulesVersion) {
    return policysearch.corpus.Hashes.of(vocabularies, rulesVersion);
  }

  private Extractor(Taxonomy taxonomy, Supplier<Parts> loader) {
    this.taxonomy = taxonomy;
    this.loader = loader;
  }

  /** The loaded parts; the first caller loads them, concurrent callers wait for that load. */
  private Parts parts() {
    Parts loaded = parts;
    if (loaded == null) {
      synchronized (this) {
        loaded = parts;
        if (loaded == null) {
          loaded = loader.get();
          parts = loaded;
          loader = null;
        }
      }
    }
    return loaded;
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
    Parts parts = parts();
    List<Mention> mentions = parts.actors().mentions(doc);
    for (Mention m : mentions) {
      if (m.start() < bodyStart) {
        titleMentions.add(m);
      } else {
        bodyMentions.add(
            new Mention(m.name(), m.type(), m.role(), m.start() - bodyStart, m.end() - bodyStart));
      }
    }
    List<Statement> said =
        parts
            .statements()
            .extract(article.title(), text, titleMentions, bodyMentions, article.speaker());
    return new Enriched(
        article,
        withSpeakers(ActorExtractor.actors(mentions), said),
        parts.topics().classify(article.title(), text),
        said);
  }

  /**
   * The actors with every speaker added that only a speech's record or a transcript label names
   * ("MR. SMITH:" in a briefing that names Smith nowhere else): a speaker is named in the article.
   */
  private static List<Actor> withSpeakers(List<Actor> actors, List<Statement> statements) {
    List<Actor> all = actors;
    for (Statement statement : statements) {
      for (Actor speaker : statement.speakers()) {
        if (all.stream().noneMatch(a -> a.name().equals(speaker.name()))) {
          all = all == actors ? new ArrayList<>(actors) : all;
          all.add(speaker);
        }
      }
    }
    return all == actors ? actors : List.copyOf(all);
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

  /**
   * This extractor with its vocabularies loaded now rather than on first use: a benchmark loads
   * them before its clock starts.
   */
  public Extractor loaded() {
    parts();
    return this;
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
    return parts().fingerprint();
  }
}
