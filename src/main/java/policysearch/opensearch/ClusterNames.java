package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import policysearch.extract.Actor;
import policysearch.extract.ActorType;
import policysearch.index.ActorFields;
import policysearch.index.EntityResolution;
import policysearch.index.Schema;
import policysearch.resolve.Cooccurrence;
import policysearch.resolve.NameCount;
import policysearch.resolve.NameData;
import policysearch.resolve.Resolution;
import policysearch.resolve.Resolver;

/**
 * Corpus-level entity resolution for a cluster, as {@code index.EntityResolution} does it for the
 * Lucene index: the resolution is derived from the articles' {@link Schema#ACTOR_ALIAS} terms plus
 * the aliases file, writes index actors under its canonical names, and after a batch of writes
 * {@link #sync} re-resolves and hands back the articles indexed under canonical names the new
 * resolution does not give. One read-write gate orders writes and syncs, as in the Lucene index.
 */
final class ClusterNames {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int TERMS_PER_REQUEST = 10_000;

  /** The fields an article is read back with to be rewritten. */
  static final List<String> ARTICLE_FIELDS =
      Stream.concat(
              Schema.ARTICLE_REWRITE_FIELDS.stream(),
              Stream.of(Schema.STATEMENT_COUNT, Schema.DOCUMENT, Schema.ACTOR_ALIAS))
          .toList();

  private final Connection connection;
  private final String index;
  private final Resolver resolver;
  private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
  private volatile Resolution current;
  private volatile boolean loaded;
  private volatile boolean dirty;

  ClusterNames(Connection connection, String index, NameData data) {
    this.connection = connection;
    this.index = index;
    this.resolver = new Resolver(data);
    this.current = Resolution.empty(data);
  }

  /** The resolution writes use now. */
  Resolution current() {
    return current;
  }

  /** Held while writing articles, so that no sync runs between reading names and writing. */
  Lock writes() {
    return gate.readLock();
  }

  /** Notes that articles were written or deleted since the last resolution. */
  void written() {
    dirty = true;
  }

  /** Resolves the cluster's names once, before the first write of this process. */
  void load() throws IOException {
    if (loaded) {
      return;
    }
    Lock lock = gate.writeLock();
    lock.lock();
    try {
      if (!loaded) {
        current = resolve(AliasTerms.read(connection, index));
        loaded = true;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Re-resolves every name the cluster's articles hold and gives {@code stale} each article indexed
   * under a canonical name the new resolution does not give (its source, with {@link
   * #ARTICLE_FIELDS}); the gate is held meanwhile, so {@code stale} writes under that resolution.
   */
  EntityResolution.Report sync(StaleArticles stale) throws IOException {
    long start = System.nanoTime();
    Lock lock = gate.writeLock();
    lock.lock();
    try {
      connection.send("POST", index + "/_refresh", null);
      Map<String, Integer> terms = AliasTerms.read(connection, index);
      Resolution resolution = loaded && !dirty ? current : resolve(terms);
      List<String> suspect = new ArrayList<>();
      for (String term : terms.keySet()) {
        String[] parts = ActorFields.splitAlias(term);
        ActorType type = ActorType.parse(parts[0]);
        if (resolution.dependsOnDate(parts[1], type)
            || !resolution.canonical(parts[1], type, null).equals(parts[2])) {
          suspect.add(term);
        }
      }
      List<JsonNode> articles = staleArticles(suspect, resolution);
      current = resolution;
      loaded = true;
      stale.rewrite(articles, resolution);
      dirty = false; // rewrites keep every name: the resolution still holds
      return new EntityResolution.Report(
          resolution.names(),
          resolution.merged(),
          resolution.entitiesWithAliases(),
          articles.size(),
          (System.nanoTime() - start) / 1_000_000,
          0);
    } finally {
      lock.unlock();
    }
  }

  /** Rewrites articles a sync found under outdated names, under the new resolution. */
  @FunctionalInterface
  interface StaleArticles {
    void rewrite(List<JsonNode> sources, Resolution resolution) throws IOException;
  }

  private Resolution resolve(Map<String, Integer> terms) throws IOException {
    Map<String, NameCount> names = new HashMap<>();
    terms.forEach(
        (term, count) -> {
          String[] parts = ActorFields.splitAlias(term);
          ActorType type = ActorType.parse(parts[0]);
          names.merge(
              parts[0] + "\u001f" + parts[1],
              new NameCount(parts[1], type, count),
              (a, b) -> new NameCount(a.name(), a.type(), a.articles() + b.articles()));
        });
    List<NameCount> sorted = new ArrayList<>(names.values());
    sorted.sort(Comparator.comparing(NameCount::type).thenComparing(NameCount::name));
    try {
      return resolver.resolve(sorted, cooccurrence());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Articles naming both names: one {@code _count} of two alias prefixes, remembered. */
  private Cooccurrence cooccurrence() {
    Map<String, Integer> seen = new ConcurrentHashMap<>();
    return (a, b) -> {
      String pa = ActorFields.aliasPrefix(Actor.of(a.name(), a.type()));
      String pb = ActorFields.aliasPrefix(Actor.of(b.name(), b.type()));
      return seen.computeIfAbsent(pa + "\u0000" + pb, key -> both(pa, pb));
    };
  }

  private int both(String a, String b) {
    ObjectNode body = JSON.objectNode();
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    filter.add(Narrowing.term(Schema.KIND, Schema.KIND_ARTICLE));
    filter.addObject().putObject("prefix").put(Schema.ACTOR_ALIAS, a);
    filter.addObject().putObject("prefix").put(Schema.ACTOR_ALIAS, b);
    try {
      return connection.send("POST", index + "/_count", body).path("count").asInt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The articles holding a suspect term under a canonical name {@code resolution} does not give.
   */
  private List<JsonNode> staleArticles(List<String> suspect, Resolution resolution)
      throws IOException {
    Map<String, JsonNode> stale = new LinkedHashMap<>();
    for (int i = 0; i < suspect.size(); i += TERMS_PER_REQUEST) {
      List<String> some = suspect.subList(i, Math.min(suspect.size(), i + TERMS_PER_REQUEST));
      JsonNode after = null;
      while (true) {
        ObjectNode body = JSON.objectNode();
        body.put("size", 1000);
        ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
        filter.add(Narrowing.term(Schema.KIND, Schema.KIND_ARTICLE));
        filter.addObject().putObject("terms").set(Schema.ACTOR_ALIAS, Narrowing.strings(some));
        body.putObject("_source").set("includes", Narrowing.strings(ARTICLE_FIELDS));
        body.putArray("sort").add(Schema.ID);
        if (after != null) {
          body.set("search_after", after);
        }
        JsonNode hits = connection.send("POST", index + "/_search", body).path("hits").path("hits");
        for (JsonNode hit : hits) {
          JsonNode source = hit.path("_source");
          if (outdated(source, resolution)) {
            stale.putIfAbsent(source.path(Schema.ID).asText(), source);
          }
        }
        if (hits.size() < 1000) {
          break;
        }
        after = hits.get(hits.size() - 1).path("sort");
      }
    }
    return new ArrayList<>(stale.values());
  }

  private static boolean outdated(JsonNode source, Resolution resolution) {
    LocalDate date = LocalDate.parse(source.path(Schema.DATE).asText());
    for (JsonNode term : source.path(Schema.ACTOR_ALIAS)) {
      String[] parts = ActorFields.splitAlias(term.asText());
      if (!resolution.canonical(parts[1], ActorType.parse(parts[0]), date).equals(parts[2])) {
        return true;
      }
    }
    return false;
  }
}
