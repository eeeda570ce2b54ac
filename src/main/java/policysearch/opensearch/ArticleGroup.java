package policysearch.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import policysearch.corpus.Article;
import policysearch.extract.Actor;
import policysearch.extract.Enriched;
import policysearch.extract.Statement;
import policysearch.index.ActorFields;
import policysearch.index.Schema;
import policysearch.resolve.Canonical;

/**
 * The OpenSearch documents of one article, as the Lucene index has them: the article and each
 * statement as its own document, all routed by the article's id so they live on one shard. The
 * statements come first and the article (which holds the hash) last: a shard applies a bulk
 * request's operations in order, so an article whose hash is in the index has all its statements.
 *
 * @param staleStatements ids of statements an older version of the article had beyond this one's
 */
record ArticleGroup(String id, List<Doc> docs, List<String> staleStatements) {
  /** One document: its id and source. */
  record Doc(String id, Map<String, Object> source) {}

  /**
   * The group for {@code enriched}, its actors and speakers under the canonical names {@code names}
   * gives them; {@code previousStatements} is what the index holds now.
   */
  static ArticleGroup of(Enriched enriched, String hash, int previousStatements, Canonical names) {
    Article article = enriched.article();
    List<Doc> docs = new ArrayList<>();
    List<Statement> statements = enriched.statements();
    for (int i = 0; i < statements.size(); i++) {
      String id = Schema.statementId(article.id(), i + 1);
      docs.add(new Doc(id, statement(article, statements.get(i), id, names)));
    }
    docs.add(new Doc(article.id(), article(enriched, hash, names)));
    List<String> stale = new ArrayList<>();
    for (int n = statements.size() + 1; n <= previousStatements; n++) {
      stale.add(Schema.statementId(article.id(), n));
    }
    return new ArticleGroup(article.id(), docs, stale);
  }

  /** About how many bytes the group's documents take as JSON, to size bulk requests. */
  long approximateBytes() {
    long bytes = 0;
    for (Doc doc : docs) {
      for (Object value : doc.source().values()) {
        bytes += String.valueOf(value).length() + 32;
      }
    }
    return bytes;
  }

  private static Map<String, Object> article(Enriched enriched, String hash, Canonical names) {
    Article article = enriched.article();
    Map<String, Object> doc = common(article, article.id(), Schema.KIND_ARTICLE);
    putIfPresent(doc, Schema.TITLE, article.title());
    doc.put(Schema.BODY, article.text());
    List<Actor> actors =
        List.copyOf(ActorFields.merged(enriched.actors(), names, article.date()).values());
    doc.put(Schema.ACTOR, actors.stream().map(Actor::name).toList());
    doc.put(Schema.ACTOR_TYPED, actors.stream().map(Schema::typedName).toList());
    doc.put(Schema.ACTOR_STORED, actors.stream().map(Schema::encode).toList());
    Set<String> written = new LinkedHashSet<>();
    actors.forEach(a -> written.add(a.name()));
    Set<String> aliases = new LinkedHashSet<>();
    for (Actor raw : named(enriched)) {
      aliases.add(Schema.aliasTerm(raw, names.of(raw, article.date()).name()));
      written.add(raw.name());
    }
    doc.put(Schema.ACTOR_TEXT, List.copyOf(written));
    doc.put(Schema.ACTOR_ALIAS, List.copyOf(aliases));
    doc.put(Schema.TOPIC, enriched.topics());
    doc.put(Schema.SOURCE, article.source());
    putIfPresent(doc, Schema.URL, article.url());
    doc.put(Schema.PATH, article.path());
    doc.put(Schema.HASH, hash);
    doc.put(Schema.STATEMENT_COUNT, enriched.statements().size());
    if (article.document() != null) {
      doc.put(Schema.DOCUMENT, Schema.encode(article.document()));
    }
    putIfPresent(doc, Schema.EXTRACTED, Schema.extracted(article));
    return doc;
  }

  /**
   * The article's actors and its statements' speakers as extracted: each gets an {@link
   * Schema#ACTOR_ALIAS} term (name as extracted, canonical name), which {@link ClusterNames} reads
   * names and their articles from, and its words in {@link Schema#ACTOR_TEXT}, as in the Lucene
   * index.
   */
  private static List<Actor> named(Enriched enriched) {
    List<Actor> named = new ArrayList<>(enriched.actors());
    enriched.statements().forEach(s -> named.addAll(s.speakers()));
    return named;
  }

  private static Map<String, Object> statement(
      Article article, Statement statement, String id, Canonical names) {
    Map<String, Object> doc = common(article, id, Schema.KIND_STATEMENT);
    doc.put(Schema.ARTICLE_ID, article.id());
    putIfPresent(doc, Schema.ARTICLE_TITLE, article.title());
    doc.put(Schema.BODY, statement.text());
    // Speakers under their canonical names, so a statement by "Al-Sisi" counts under the entity.
    List<Actor> speakers =
        List.copyOf(ActorFields.merged(statement.speakers(), names, article.date()).values());
    doc.put(Schema.SPEAKER, speakers.stream().map(Actor::name).toList());
    doc.put(Schema.SPEAKER_TYPE, speakers.stream().map(s -> s.type().toString()).toList());
    doc.put(Schema.SPEAKER_STORED, speakers.stream().map(Schema::encode).toList());
    doc.put(Schema.TOPIC, statement.topics());
    doc.put(Schema.QUOTE_KEY, Schema.quoteKey(statement.text()));
    doc.put(Schema.VERB, statement.verb());
    doc.put(Schema.ATTRIBUTION, Schema.encode(statement.attribution()));
    doc.put(Schema.START, statement.start());
    doc.put(Schema.END, statement.end());
    putIfPresent(doc, Schema.PAGE, Schema.page(article, statement.start()));
    return doc;
  }

  private static Map<String, Object> common(Article article, String id, String kind) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(Schema.ID, id);
    doc.put(Schema.GROUP, article.id());
    doc.put(Schema.KIND, kind);
    doc.put(Schema.DATE, article.date().toString());
    doc.put(Schema.YEAR, String.valueOf(article.date().getYear()));
    return doc;
  }

  private static void putIfPresent(Map<String, Object> doc, String field, Object value) {
    if (value != null) {
      doc.put(field, value);
    }
  }
}
