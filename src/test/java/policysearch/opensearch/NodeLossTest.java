package policysearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.corpus.Article;
import policysearch.index.IndexReport;
import policysearch.index.Schema;

/**
 * A two-node cluster (2 shards, 1 replica) loses a node in the middle of a bulk ingest: the run
 * completes, or a second run resumes it, and every article is in the index exactly once.
 */
class NodeLossTest {
  private static final int ARTICLES = 800;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void killingANodeDuringIngestLosesAndDuplicatesNoArticle() throws Exception {
    Path corpus = corpus(dir.resolve("corpus"));
    Set<String> ids = new TreeSet<>();
    List<Article> articles = new ArrayList<>();
    Fixtures.reader().read(List.of(corpus), articles::add);
    articles.forEach(a -> ids.add(a.id()));
    int statements =
        articles.stream().mapToInt(a -> Fixtures.extractor().extract(a).statements().size()).sum();

    try (LocalCluster cluster = LocalCluster.start(2, 0);
        Connection connection = Connection.open(String.join(",", cluster.urls()))) {
      int victim = notTheClusterManager(connection, cluster);
      AtomicBoolean killed = new AtomicBoolean();
      OpenSearchIndexer indexer =
          new OpenSearchIndexer(
              connection,
              "loss",
              Fixtures.extractor(),
              Fixtures.reader(),
              Backoff.DEFAULT,
              64 * 1024);
      IndexReport run;
      int retries;
      boolean resumed = false;
      try {
        OpenSearchIndexer.Report report =
            indexer.update(
                List.of(corpus),
                2,
                1,
                done -> {
                  if (done >= ARTICLES / 3 && killed.compareAndSet(false, true)) {
                    kill(cluster, victim);
                  }
                });
        run = report.index();
        retries = report.retries();
      } catch (IOException e) {
        System.err.println("first run stopped: " + e.getMessage());
        resumed = true;
        OpenSearchIndexer.Report report = indexer.update(List.of(corpus), 2, 1, done -> {});
        run = report.index();
        retries = report.retries();
      }
      System.err.printf(
          "node loss: killed %s; run %s, %d retries; added %d, unchanged %d%n",
          cluster.nodeName(victim),
          resumed ? "resumed" : "completed",
          retries,
          run.added(),
          run.unchanged());

      assertTrue(killed.get());
      assertFalse(cluster.isAlive(victim));
      assertEquals(ids, new TreeSet<>(new ClusterIndex(connection, "loss").existing().keySet()));
      assertEquals(
          ARTICLES,
          OpenSearchIndexerTest.count(connection, "loss", Schema.KIND, Schema.KIND_ARTICLE));
      assertEquals(
          statements,
          OpenSearchIndexerTest.count(connection, "loss", Schema.KIND, Schema.KIND_STATEMENT));
      assertEquals(0, duplicateIds(connection));
      assertEquals(ARTICLES, indexer.update(List.of(corpus), 2, 1, done -> {}).index().unchanged());
    }
  }

  private static void kill(LocalCluster cluster, int node) {
    try {
      cluster.kill(node);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The node to kill: the one not elected cluster manager, so the cluster keeps its quorum. */
  private static int notTheClusterManager(Connection connection, LocalCluster cluster)
      throws IOException {
    String manager =
        connection
            .send("GET", "_cat/cluster_manager?format=json", null)
            .get(0)
            .path("node")
            .asText();
    return cluster.nodeName(0).equals(manager) ? 1 : 0;
  }

  /** Ids held by more than one document, counted over the keyword copy of every id. */
  private static int duplicateIds(Connection connection) throws IOException {
    ObjectNode request = JSON.createObjectNode().put("size", 0);
    request
        .putObject("aggs")
        .putObject("twice")
        .putObject("terms")
        .put("field", Schema.ID)
        .put("min_doc_count", 2)
        .put("size", 10);
    JsonNode answer = connection.send("POST", "loss/_search", request);
    return answer.path("aggregations").path("twice").path("buckets").size();
  }

  /** A JSON Lines corpus of {@link #ARTICLES} articles, written from the fixture seed texts. */
  private static Path corpus(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<String> texts = new ArrayList<>();
    Path seeds = Fixtures.copyCorpus(folder.getParent().resolve("seeds"));
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file).strip();
        if (text.startsWith("date 20") && text.length() > 200) {
          texts.add(text.substring(text.indexOf(' ', 5) + 1));
        }
      }
    }
    try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("loss.jsonl"))) {
      for (int n : IntStream.range(0, ARTICLES).toArray()) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", "loss-" + n);
        line.put("date", LocalDate.of(2020, 1, 1).plusDays(n).toString());
        line.put("title", "Report " + n);
        line.put("text", texts.get(n % texts.size()) + "\n\nThis is report number " + n + ".");
        line.put("source", "loss");
        out.write(JSON.writeValueAsString(line));
        out.newLine();
      }
    }
    return folder;
  }
}
