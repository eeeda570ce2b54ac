package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.corpus.Article;
import policysearch.index.LiveIndex;

/** Histograms over long spans get coarser units; dates no reader accepts cannot blow them up. */
class HistogramTest {
  @TempDir Path dir;

  static Article dated(String id, LocalDate date) {
    return Article.of(id, date, null, "Treaty of amity and commerce.", "api", null, "api");
  }

  /** The histogram of all articles after {@code articles} were written straight to the index. */
  Histogram histogram(List<Article> articles) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
        LiveIndex live = Fixtures.liveIndex(directory);
        LuceneBackend search = Fixtures.backend(live)) {
      live.put(articles);
      search.refresh();
      return search.search(SearchRequest.of("treaty")).histogram();
    }
  }

  @Test
  void twoCenturiesArePerDecade() throws IOException {
    Histogram histogram =
        histogram(
            List.of(
                dated("a", LocalDate.of(1790, 7, 4)),
                dated("b", LocalDate.of(1795, 1, 1)),
                dated("c", LocalDate.of(2024, 3, 1))));

    assertEquals("decade", histogram.unit());
    assertEquals(24, histogram.buckets().size());
    assertEquals(
        new Histogram.Bucket("1790", "1790-01-01", "1799-12-31", 2), histogram.buckets().get(0));
    assertEquals(
        new Histogram.Bucket("2020", "2020-01-01", "2024-12-31", 1), histogram.buckets().get(23));
  }

  @Test
  void overAThousandYearsArePerCentury() throws IOException {
    Histogram histogram =
        histogram(
            List.of(dated("a", LocalDate.of(1000, 1, 1)), dated("b", LocalDate.of(2024, 3, 1))));

    assertEquals("century", histogram.unit());
    assertEquals(11, histogram.buckets().size());
    assertEquals(
        new Histogram.Bucket("2000", "2000-01-01", "2024-12-31", 1), histogram.buckets().get(10));
  }

  /**
   * An index written before dates were bounded may hold any date: such years are left out of the
   * histogram instead of making 10,000 empty buckets or a billion (out of memory).
   */
  @Test
  void datesOutsideTheAcceptedRangeAreLeftOut() throws IOException {
    Histogram histogram =
        histogram(
            List.of(
                dated("zero", LocalDate.of(1, 1, 1)),
                dated("far", LocalDate.of(999_999_999, 12, 31)),
                dated("late", LocalDate.of(9999, 12, 31)),
                dated("a", LocalDate.of(2021, 1, 1)),
                dated("b", LocalDate.of(2024, 3, 1))));

    assertEquals("year", histogram.unit());
    assertEquals(
        List.of("2021=1", "2022=0", "2023=0", "2024=1"),
        histogram.buckets().stream().map(b -> b.value() + "=" + b.count()).toList());
  }
}
