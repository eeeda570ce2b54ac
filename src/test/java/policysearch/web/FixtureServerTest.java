package policysearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests against one read-only fixture server, started before a test class and stopped after. */
abstract class FixtureServerTest {
  @TempDir static Path dir;
  static FixtureServer fixture;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void startServer() throws IOException {
    fixture = FixtureServer.start(dir);
  }

  @AfterAll
  static void stopServer() throws IOException {
    fixture.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return fixture.get(pathAndQuery);
  }
}
