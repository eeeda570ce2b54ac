package policysearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import policysearch.opensearch.LocalCluster;
import policysearch.opensearch.OneNodeCluster;

/**
 * API tests run twice, once against each backend: the fixture corpus served from the embedded index
 * and from the run's shared one-node OpenSearch cluster (indexed there once per run). Both servers
 * start once per test class.
 */
@ParameterizedClass
@EnumSource(BothBackendsTest.Backend.class)
@ExtendWith(OneNodeCluster.class)
abstract class BothBackendsTest {
  /** Where the served index is. */
  enum Backend {
    LUCENE,
    OPENSEARCH
  }

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static FixtureServer lucene;
  private static FixtureServer opensearch;

  @Parameter Backend backend;

  @BeforeAll
  static void startServers(LocalCluster cluster) throws IOException {
    lucene = FixtureServer.start(dir);
    opensearch = FixtureServer.startOpenSearch(cluster);
  }

  @AfterAll
  static void stopServers() throws IOException {
    try {
      lucene.close();
    } finally {
      opensearch.close();
    }
  }

  /** The server of this run's backend. */
  FixtureServer fixture() {
    return backend == Backend.LUCENE ? lucene : opensearch;
  }

  boolean onOpenSearch() {
    return backend == Backend.OPENSEARCH;
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return fixture().get(pathAndQuery);
  }
}
