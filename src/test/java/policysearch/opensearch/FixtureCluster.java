package policysearch.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import policysearch.Fixtures;

/**
 * The fixture corpus indexed once per test run in an index of the shared one-node cluster, for
 * tests that serve it through the OpenSearch back end.
 */
public final class FixtureCluster {
  /** The index the fixture corpus is in. */
  public static final String INDEX = "fixture";

  private static String indexedAt;

  private FixtureCluster() {}

  /** Searches the fixture corpus in {@code cluster}, indexing it first if this run has not. */
  public static synchronized OpenSearchBackend open(LocalCluster cluster) throws IOException {
    if (!cluster.url().equals(indexedAt)) {
      Path dir = Files.createTempDirectory("fixture-cluster");
      try (Connection connection = Connection.open(cluster.url())) {
        new OpenSearchIndexer(connection, INDEX, Fixtures.extractor(), Fixtures.reader())
            .update(List.of(Fixtures.copyCorpus(dir)), 0, 0, n -> {});
      }
      indexedAt = cluster.url();
    }
    return OpenSearchBackend.open(cluster.url(), INDEX, Fixtures.extractor().taxonomy());
  }
}
