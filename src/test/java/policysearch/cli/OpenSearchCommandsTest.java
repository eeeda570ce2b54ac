package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.opensearch.LocalCluster;
import policysearch.opensearch.OneNodeCluster;

@ExtendWith(OneNodeCluster.class)
class OpenSearchCommandsTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... words) {
    return new Cli()
        .run(
            List.of(words),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void indexIntoOpenSearchExtractsHereAndReportsWhatTheClusterHolds(LocalCluster cluster) {
    Path corpus = Fixtures.copyCorpus(dir);

    assertEquals(0, run("index", "--opensearch", cluster.url(), "--corpus", corpus.toString()));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(
        printed.startsWith("added 10, updated 0, removed 0, unchanged 0, skipped 3"), printed);
    assertTrue(printed.contains("OpenSearch index 'policy-search': "), printed);
  }

  @Test
  void aClusterThatDoesNotAnswerIsOneLineAndStatusOne() {
    assertEquals(1, run("index", "--opensearch", "http://127.0.0.1:1", "--corpus", dir.toString()));
    List<String> lines = err().lines().toList();
    assertEquals(2, lines.size(), err());
    assertTrue(lines.get(0).startsWith("indexing "), err());
    assertTrue(
        lines.get(1).startsWith("policy-search: cannot reach OpenSearch at http://127.0.0.1:1: "),
        err());
  }

  @Test
  void aUrlThatIsNotHttpIsAUsageError() {
    assertEquals(2, run("index", "--opensearch", "ftp://host", "--corpus", dir.toString()));
    assertTrue(
        err()
            .startsWith(
                "policy-search: --opensearch: an OpenSearch URL looks like http://host:port, not"
                    + " 'ftp://host'"),
        err());
  }

  @Test
  void aDevelopmentClusterHasOneToNineNodes() {
    assertEquals(2, run("opensearch-dev", "--nodes", "10"));
    assertTrue(err().startsWith("policy-search: --nodes must be 1 to 9, not 10"), err());
  }
}
