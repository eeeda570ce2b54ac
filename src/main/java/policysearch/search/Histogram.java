package policysearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import policysearch.corpus.Dates;
import policysearch.index.Schema;

/**
 * Matching documents over time: per month (range facet counts on the date doc values) when the
 * matches span at most {@link #MAX_MONTHS} months, else per year, decade or century from the year
 * facet, whichever unit gives at most {@link #MAX_BUCKETS} bars. Years outside the accepted date
 * range (an index written before it was enforced) are left out, so the work and the answer stay
 * small whatever the dates.
 *
 * @param unit "month", "year", "decade" or "century"
 * @param buckets contiguous, oldest first, empty ones included so a chart has no gaps
 */
public record Histogram(String unit, List<Bucket> buckets) {
  static final int MAX_MONTHS = 36;
  static final int MAX_BUCKETS = 100;

  private static final int FIRST_YEAR = Dates.EARLIEST.getYear();
  private static final int LAST_YEAR = Dates.LATEST.getYear();

  /**
   * One bar: its label ("2023-06" for a month; the first year, "1790", for a year, decade or
   * century), the inclusive dates it covers (clipped to the request's range) and the count.
   */
  public record Bucket(String value, String from, String to, long count) {}

  /** No bars: nothing matched. */
  public static Histogram empty() {
    return new Histogram("year", List.of());
  }

  /**
   * The histogram of {@code matches}, whose counts per year are {@code years} (facet labels and
   * counts), within the request's {@code from}/{@code to} (either may be null).
   */
  static Histogram of(FacetsCollector matches, LabelAndValue[] years, LocalDate from, LocalDate to)
      throws IOException {
    Map<Integer, Long> counts = new HashMap<>();
    for (LabelAndValue year : years) {
      counts.put(Integer.parseInt(year.label), year.value.longValue());
    }
    return of(counts, from, to, matches == null ? null : months -> months(matches, months));
  }

  /** Counts of matching documents in each of some months (inclusive day ranges), by label. */
  @FunctionalInterface
  public interface MonthCounts {
    /** The count of each bucket's days, keyed by its label; missing labels count 0. */
    Map<String, Long> count(List<Bucket> months) throws IOException;
  }

  /**
   * The histogram of matches whose counts per year are {@code years}, within the request's {@code
   * from}/{@code to} (either may be null); {@code months} counts months when the matches span few
   * enough of them (null: per year at least), so every engine shapes the bars alike.
   */
  public static Histogram of(
      Map<Integer, Long> years, LocalDate from, LocalDate to, MonthCounts months)
      throws IOException {
    Map<Integer, Long> counts = new HashMap<>();
    years.forEach(
        (year, count) -> {
          if (year >= FIRST_YEAR && year <= LAST_YEAR) {
            counts.put(year, count);
          }
        });
    if (counts.isEmpty()) {
      return empty();
    }
    int first = Collections.min(counts.keySet());
    int last = Collections.max(counts.keySet());
    LocalDate lo = max(from, LocalDate.of(first, 1, 1));
    LocalDate hi = min(to, LocalDate.of(last, 12, 31));
    if (lo.isAfter(hi)) {
      return empty();
    }
    long span = ChronoUnit.MONTHS.between(YearMonth.from(lo), YearMonth.from(hi)) + 1;
    if (months != null && span <= MAX_MONTHS) {
      return byMonth(lo, hi, months);
    }
    int yearSpan = hi.getYear() - lo.getYear() + 1;
    int width = yearSpan <= MAX_BUCKETS ? 1 : yearSpan <= 10 * MAX_BUCKETS ? 10 : 100;
    List<Bucket> buckets = new ArrayList<>();
    for (int start = Math.floorDiv(lo.getYear(), width) * width;
        start <= hi.getYear();
        start += width) {
      long count = 0;
      for (int year = start; year < start + width; year++) {
        count += counts.getOrDefault(year, 0L);
      }
      buckets.add(
          new Bucket(
              String.valueOf(start),
              max(lo, LocalDate.of(start, 1, 1)).toString(),
              min(hi, LocalDate.of(start + width - 1, 12, 31)).toString(),
              count));
    }
    return new Histogram(width == 1 ? "year" : width == 10 ? "decade" : "century", buckets);
  }

  private static Histogram byMonth(LocalDate lo, LocalDate hi, MonthCounts months)
      throws IOException {
    List<Bucket> empty = new ArrayList<>();
    for (YearMonth m = YearMonth.from(lo); !m.isAfter(YearMonth.from(hi)); m = m.plusMonths(1)) {
      empty.add(
          new Bucket(
              m.toString(),
              max(lo, m.atDay(1)).toString(),
              min(hi, m.atEndOfMonth()).toString(),
              0));
    }
    Map<String, Long> counts = months.count(empty);
    List<Bucket> buckets = new ArrayList<>(empty.size());
    for (Bucket b : empty) {
      buckets.add(new Bucket(b.value(), b.from(), b.to(), counts.getOrDefault(b.value(), 0L)));
    }
    return new Histogram("month", buckets);
  }

  private static Map<String, Long> months(FacetsCollector matches, List<Bucket> months)
      throws IOException {
    LongRange[] ranges =
        months.stream()
            .map(
                b ->
                    new LongRange(
                        b.value(),
                        LocalDate.parse(b.from()).toEpochDay(),
                        true,
                        LocalDate.parse(b.to()).toEpochDay(),
                        true))
            .toArray(LongRange[]::new);
    FacetResult result =
        new LongRangeFacetCounts(Schema.DATE, matches, ranges).getAllChildren(Schema.DATE);
    Map<String, Long> counts = new HashMap<>();
    for (LabelAndValue lv : result.labelValues) {
      counts.put(lv.label, lv.value.longValue());
    }
    return counts;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
