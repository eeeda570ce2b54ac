package policysearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import policysearch.FixtureIndex;

/** Tests against one search service on the fixture index, opened before a test class. */
abstract class FixtureIndexTest {
  @TempDir static Path dir;
  static FixtureIndex fixture;
  static LuceneBackend service;

  @BeforeAll
  static void indexFixtures() throws IOException {
    fixture = FixtureIndex.open(dir);
    service = fixture.service();
  }

  @AfterAll
  static void closeIndex() throws IOException {
    fixture.close();
  }

  /** The ids of the hits, in order. */
  static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::id).toList();
  }

  /** "value=count, …" of one facet. */
  static String facet(SearchResult result, String dim) {
    return result.facets().get(dim).stream()
        .map(v -> v.value() + "=" + v.count())
        .collect(Collectors.joining(", "));
  }
}
