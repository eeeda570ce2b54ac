package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.SearcherManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.FixtureIndex;
import policysearch.index.Schema;

/**
 * The article family on a fixture written for it ({@code src/test/resources/related-family}): the
 * source, a readout of a call with Zembla's president on the Karuna dam (May 10); a fact sheet on
 * Zembla the next day and remarks on the Karuna dam four days later (its family); a statement on
 * the Karuna dam four months later and a press briefing the same day that shares no title word (not
 * its family).
 */
class ArticleFamilyTest {
  private static final String SOURCE_TEXT =
      "President Joe Biden said the Karuna dam on the river must be finished before the rains.";
  private static final String SOURCE_TITLE = "Readout of the Call with President Okonkwo of Zembla";

  @TempDir static Path dir;
  static FixtureIndex fixture;

  @BeforeAll
  static void index() throws IOException {
    fixture = FixtureIndex.open("related-family", dir);
  }

  @AfterAll
  static void close() throws IOException {
    fixture.close();
  }

  @Test
  void theFamilyIsTheArticlesOfTheSourcesWeekWhoseTitlesHoldItsRareWordsBestMatchFirst()
      throws IOException {
    try (SearcherManager manager =
        new SearcherManager(
            fixture.directory(), new FacetSearcherFactory(new Schema().facetsConfig()))) {
      Searchers searchers = new Searchers(manager, LuceneBackend.DEFAULT_TIME_LIMIT);
      searchers.read(
          searcher -> {
            ContentWords words = new ContentWords();
            ArticleFamily family =
                ArticleFamily.of(
                    searcher,
                    Aboutness.of(SOURCE_TEXT, words, Set.of(), searcher.getIndexReader()),
                    Aboutness.of(SOURCE_TITLE, words, Set.of(), searcher.getIndexReader()),
                    "zembla-call",
                    LocalDate.parse("2024-05-10").toEpochDay(),
                    StatementService.STATEMENTS);

            // "karuna" and "dam" in the remarks' title, "zembla" alone in the fact sheet's.
            assertEquals(List.of("karuna-week", "zembla-fact-sheet"), family.articles());
            assertEquals(1.0, family.weight(doc(searcher, "karuna-week~s1")));
            double factSheet = family.weight(doc(searcher, "zembla-fact-sheet~s1"));
            assertTrue(factSheet > 0 && factSheet < 1, "fact sheet weight " + factSheet);
            assertEquals(0.0, family.weight(doc(searcher, "karuna-later~s1")));
            assertEquals(0.0, family.weight(doc(searcher, "briefing~s1")));
            return null;
          });
    }
  }

  private static int doc(FacetSearcher searcher, String id) throws IOException {
    return Filters.byId(searcher, id, StatementService.STATEMENTS).orElseThrow();
  }
}
