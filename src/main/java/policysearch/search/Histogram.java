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

  static Histogram empty() {
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
      int value = Integer.parseInt(year.label);
      if (value >= FIRST_YEAR && value <= LAST_YEAR) {
        counts.put(value, year.value.longValue());
      }
    }
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
    long months = ChronoUnit.MONTHS.between(YearMonth.from(lo), YearMonth.from(hi)) + 1;
    if (matches != null && months <= MAX_MONTHS) {
      return months(matches, lo, hi);
    }
    int span = hi.getYear() - lo.getYear() + 1;
    int width = span <= MAX_BUCKETS ? 1 : span <= 10 * MAX_BUCKETS ? 10 : 100;
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

  private static Histogram months(FacetsCollector matches, LocalDate lo, LocalDate hi)
      throws IOException {
    List<LongRange> ranges = new ArrayList<>();
    for (YearMonth m = YearMonth.from(lo); !m.isAfter(YearMonth.from(hi)); m = m.plusMonths(1)) {
      LocalDate start = max(lo, m.atDay(1));
      LocalDate end = min(hi, m.atEndOfMonth());
      ranges.add(new LongRange(m.toString(), start.toEpochDay(), true, end.toEpochDay(), true));
    }
    FacetResult result =
        new LongRangeFacetCounts(Schema.DATE, matches, ranges.toArray(LongRange[]::new))
            .getAllChildren(Schema.DATE);
    Map<String, Long> counts = new HashMap<>();
    for (LabelAndValue lv : result.labelValues) {
      counts.put(lv.label, lv.value.longValue());
    }
    List<Bucket> buckets = new ArrayList<>(ranges.size());
    for (LongRange range : ranges) {
      buckets.add(
          new Bucket(
              range.label,
              LocalDate.ofEpochDay(range.min).toString(),
              LocalDate.ofEpochDay(range.max).toString(),
              counts.getOrDefault(range.label, 0L)));
    }
    return new Histogram("month", buckets);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
