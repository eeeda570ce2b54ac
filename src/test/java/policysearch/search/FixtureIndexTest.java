package policysearch.search;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import policysearch.FixtureIndex;

/** Tests against one search service on the fixture index, opened before a test class. */
abstract class FixtureIndexTest {
  @TempDir static Path dir;
  static FixtureIndex fixture;
  static SearchService service;

  @BeforeAll
  static void indexFixtures() throws IOException {
    fixture = FixtureIndex.open(dir);
    service = fixture.service();
  }

  @AfterAll
  static void closeIndex() throws IOException {
    fixture.close();
  }
}
