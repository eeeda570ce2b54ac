package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.SearcherManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.FixtureIndex;
import policysearch.extract.Actor;
import policysearch.index.Schema;

/**
 * Related statements on a fixture of statements written for it ({@code
 * src/test/resources/related}): Blinken on fentanyl precursors from China (the source, said with
 * filler words), a paraphrase by Mayorkas sharing no content word and repeated by a wire, a press
 * secretary's filler with the source's filler words, Yellen on Chinese steel, Blinken again; and a
 * governor on the drought, again under a shorter name the extractor does not merge.
 */
class RelatedStatementsTest {
  private static final String SOURCE = "fentanyl-blinken~s1";
  private static final String DROUGHT = "drought-lopez-garcia~s1";

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

  private static List<String> related(String id, RetrievalMode mode) throws IOException {
    return service
        .relatedStatements(id, 10, null, null, List.of(), mode, RelatedWeights.DEFAULT)
        .related()
        .stream()
        .map(RelatedStatementsTest::line)
        .toList();
  }

  private static String line(RelatedStatement r) {
    StatementHit s = r.statement();
    return s.id()
        + " "
        + s.speakers().stream().map(Actor::name).toList()
        + (s.alsoIn().isEmpty() ? "" : " also in " + s.alsoIn());
  }

  @Test
  void aParaphraseWithNoSharedWordRanksAboveAFillerMatchItsRepeatCollapsesTheSpeakerIsLeftOut()
      throws IOException {
    // Blinken's other statement on fentanyl, in another article, is not among them.
    assertEquals(
        List.of(
            "opioids-mayorkas~s1 [Alejandro Mayorkas] also in"
                + " [Occurrence[articleId=opioids-wire, date=2024-03-06]]",
            "schedule-jean-pierre~s1 [Karine Jean-Pierre]",
            "tariffs-yellen~s1 [Janet Yellen]",
            "drought-lopez-garcia~s1 [Maria Lopez-Garcia]",
            "drought-lopez~s1 [Maria Lopez]"),
        related(SOURCE, RetrievalMode.HYBRID));
  }

  @Test
  void fillerWordsNeverDriveTheLexicalCandidates() throws IOException {
    // The press secretary's "we have to do a lot more this week" shares only filler.
    assertEquals(List.of(), related(SOURCE, RetrievalMode.LEXICAL));
  }

  @Test
  void theWhyNamesTheSharedWordsAndTheSimilarity() throws IOException {
    RelatedStatement first =
        service
            .relatedStatements(DROUGHT, 1, null, null, List.of(), RetrievalMode.HYBRID)
            .related()
            .get(0);

    assertEquals("drought-lopez~s1", first.statement().id());
    assertEquals(List.of("emptied", "reservoirs", "farms"), first.sharedTerms());
    assertEquals(0.742, first.similarity());
    assertEquals(
        "Governor Maria Lopez said the <mark>reservoirs</mark> that feed the <mark>farms</mark>"
            + " of the valley are <mark>empty</mark> after two dry years.",
        first.statement().text());
  }

  @Test
  void theSpeakerIsLeftOutUnderEveryNameItsAliasesGive() throws IOException {
    SpeakerNames aliases =
        (name, index) ->
            Map.of("Maria Lopez-Garcia", Set.of("Maria Lopez-Garcia", "Maria Lopez"))
                .getOrDefault(name, Set.of(name));
    try (SearcherManager manager =
        new SearcherManager(
            fixture.directory(), new FacetSearcherFactory(new Schema().facetsConfig()))) {
      Searchers searchers = new Searchers(manager, LuceneBackend.DEFAULT_TIME_LIMIT);
      RelatedStatements related =
          new RelatedStatementSearch(searchers, new ContentWords(), aliases)
              .find(
                  DROUGHT, 10, null, null, List.of(), RetrievalMode.HYBRID, RelatedWeights.DEFAULT);

      assertEquals(
          List.of(),
          related.related().stream()
              .filter(r -> r.statement().speakers().get(0).name().startsWith("Maria"))
              .toList());
      assertEquals(5, related.related().size());
    }
  }

  @Test
  void anActorsRepeatedStatementIsListedOnceWithItsOtherArticle() throws IOException {
    ActorStatements mayorkas = service.actorStatements("Alejandro Mayorkas", 1, 10);

    assertEquals(1, mayorkas.total());
    assertEquals(
        List.of(
            "opioids-wire~s1 [Alejandro Mayorkas] also in"
                + " [Occurrence[articleId=opioids-mayorkas, date=2024-03-05]]"),
        mayorkas.statements().stream()
            .map(s -> new RelatedStatement(s, 0, 0, List.of(), List.of(), List.of(), List.of()))
            .map(RelatedStatementsTest::line)
            .toList());
  }
}
