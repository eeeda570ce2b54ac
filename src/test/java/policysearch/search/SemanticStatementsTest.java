package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.FixtureIndex;

/** Statement search by meaning on the related-statements fixture. */
class SemanticStatementsTest {
  @TempDir static Path dir;
  static FixtureIndex fixture;
  static LuceneBackend service;

  @BeforeAll
  static void index() throws IOException {
    fixture = FixtureIndex.open("related", dir);
    service = fixture.service();
  }

  @AfterAll
  static void close() throws IOException {
    fixture.close();
  }

  private static StatementResult search(String q, RetrievalMode mode) throws IOException {
    SearchRequest base =
        new SearchRequest(q, List.of(), List.of(), null, null, SortOrder.RELEVANCE, 1, 10);
    return service.statements(new StatementRequest(base, List.of(), mode));
  }

  private static List<String> ids(StatementResult result) {
    return result.hits().stream().map(StatementHit::id).toList();
  }

  @Test
  void plainWordsFindStatementsByMeaningThatDoNotHoldAllTheWords() throws IOException {
    // No statement holds both "opioid" and "smuggling": the words alone find nothing.
    assertEquals(0, search("opioid smuggling", RetrievalMode.LEXICAL).total());

    StatementResult hybrid = search("opioid smuggling", null);

    // Mayorkas on synthetic opioids and its wire repeat, equally close, in either order; nothing
    // else is close enough (cosine 0.45).
    assertEquals(2, hybrid.total());
    assertEquals(Set.of("opioids-mayorkas~s1", "opioids-wire~s1"), Set.copyOf(ids(hybrid)));
  }

  @Test
  void quotedPhrasesAndOperatorsKeepTheirExactMeaning() throws IOException {
    assertEquals(
        List.of("fentanyl-blinken~s1"),
        ids(search("\"fentanyl precursor chemicals coming\"", null)));
    assertThrows(
        InvalidRequestException.class, () -> search("fentanyl AND china", RetrievalMode.SEMANTIC));
  }
}
