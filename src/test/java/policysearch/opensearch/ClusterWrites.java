package policysearch.opensearch;

import java.io.IOException;
import java.time.Duration;
import policysearch.Fixtures;
import policysearch.search.BackendWriter;
import policysearch.search.LuceneBackend;

/**
 * A fresh, empty index of the run's shared cluster with the searches and the writer {@code serve
 * --opensearch} wires over it, for tests that write through the API.
 */
public record ClusterWrites(OpenSearchBackend search, BackendWriter writer) {
  /** Index {@code name} of {@code cluster}, deleted first if a previous test left it. */
  public static ClusterWrites fresh(LocalCluster cluster, String name) throws IOException {
    return fresh(cluster, name, LuceneBackend.DEFAULT_TIME_LIMIT);
  }

  /** The same, each search stopped after {@code timeLimit}. */
  public static ClusterWrites fresh(LocalCluster cluster, String name, Duration timeLimit)
      throws IOException {
    try (Connection connection = Connection.open(cluster.url())) {
      OpenSearchIndexer.dropIndex(connection, name);
    }
    return open(cluster, name, timeLimit);
  }

  /** Index {@code name} of {@code cluster} as it is (made with one shard if missing). */
  public static ClusterWrites open(LocalCluster cluster, String name) throws IOException {
    return open(cluster, name, LuceneBackend.DEFAULT_TIME_LIMIT);
  }

  private static ClusterWrites open(LocalCluster cluster, String name, Duration timeLimit)
      throws IOException {
    OpenSearchBackend search =
        OpenSearchBackend.open(cluster.url(), name, Fixtures.extractor().taxonomy(), timeLimit);
    OpenSearchIndexer indexer = search.indexer(Fixtures.extractor(), Fixtures.reader());
    return new ClusterWrites(search, new OpenSearchWriter(search, Fixtures.extractor(), indexer));
  }
}
