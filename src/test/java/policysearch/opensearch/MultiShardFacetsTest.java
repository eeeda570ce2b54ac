package policysearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import policysearch.Fixtures;
import policysearch.corpus.Article;
import policysearch.corpus.Submissions;
import policysearch.index.Schema;
import policysearch.search.FacetValue;
import policysearch.search.SearchRequest;

/**
 * Facet counts on an index of two shards are exact for the values shown. Japan is named once on a
 * shard where 190 other countries are named twice each, and five times on the other shard: a shard
 * that sends only its top values (OpenSearch's default, 1.5 × 100 + 10) leaves Japan's one article
 * out; the backend's facets count all six.
 */
@ExtendWith(OneNodeCluster.class)
class MultiShardFacetsTest {
  private static final String NAME = "two-shards";

  @Test
  void aValueOutsideOneShardsTopIsStillCountedExactly(LocalCluster cluster) throws IOException {
    List<String> countries = countries();
    try (Connection connection = Connection.open(cluster.url())) {
      OpenSearchIndexer.dropIndex(connection, NAME);
      new ClusterIndex(connection, NAME).ensure(2, 0);
      List<List<String>> ids = idsByShard(connection, 39, 5);
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < 38; i++) {
        // Each country twice on shard 0: articles i and i + 19 name the same ten.
        int group = i % 19;
        List<String> named = countries.subList(group * 10, group * 10 + 10);
        articles.add(article(ids.get(0).get(i), "Delegates of " + String.join(", ", named)));
      }
      articles.add(article(ids.get(0).get(38), "Delegates of Japan"));
      for (String id : ids.get(1)) {
        articles.add(article(id, "Delegates of Japan"));
      }
      ClusterWrites writes = ClusterWrites.open(cluster, NAME);
      try (OpenSearchBackend search = writes.search()) {
        writes.writer().upsert(articles);
        search.refresh();

        ObjectNode naive = new ObjectMapper().createObjectNode();
        naive.put("size", 0);
        naive
            .putObject("aggs")
            .putObject("a")
            .putObject("terms")
            .put("field", Schema.ACTOR)
            .put("size", 100);
        JsonNode buckets =
            connection.send("POST", NAME + "/_search", naive).path("aggregations").path("a");
        assertEquals(5, count(buckets, "Japan"), "the default shard_size misses one");

        List<FacetValue> actors = search.search(SearchRequest.of("")).facets().get(Schema.ACTOR);
        assertEquals(
            "Japan=6", actors.get(0).value() + "=" + actors.get(0).count(), "exact on both shards");
        assertTrue(actors.stream().skip(1).allMatch(v -> v.count() == 2), actors.toString());
      }
    }
  }

  private static long count(JsonNode terms, String value) {
    for (JsonNode bucket : terms.path("buckets")) {
      if (bucket.path("key").asText().equals(value)) {
        return bucket.path("doc_count").asLong();
      }
    }
    return 0;
  }

  /** {@code first} ids routed to shard 0 and {@code second} to shard 1. */
  private static List<List<String>> idsByShard(Connection connection, int first, int second)
      throws IOException {
    List<List<String>> ids = List.of(new ArrayList<>(), new ArrayList<>());
    for (int n = 0; ids.get(0).size() < first || ids.get(1).size() < second; n++) {
      String id = "m" + n;
      int shard =
          connection
              .send("GET", NAME + "/_search_shards?routing=" + id, null)
              .path("shards")
              .path(0)
              .path(0)
              .path("shard")
              .asInt();
      if (ids.get(shard).size() < (shard == 0 ? first : second)) {
        ids.get(shard).add(id);
      }
    }
    return ids;
  }

  /** 190 country names of the gazetteer, Japan left out. */
  private static List<String> countries() throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = Fixtures.class.getResourceAsStream("/gazetteer/countries.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.split("\t")[0].strip();
        if (!line.startsWith("#") && !name.isEmpty() && !name.equals("Japan")) {
          names.add(name);
        }
      }
    }
    return names.subList(0, 190);
  }

  private static Article article(String id, String text) {
    return Article.of(
        id,
        LocalDate.parse("2024-03-01"),
        id,
        text + " met on Monday.",
        "test",
        null,
        Submissions.PATH);
  }
}
