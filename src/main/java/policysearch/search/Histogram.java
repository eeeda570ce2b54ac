package policysearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import policysearch.index.Schema;

/**
 * Matching documents over time: per year from the year facet, or per month (range facet counts on
 * the date doc values) when the matches span at most {@link #MAX_MONTHS} months.
 *
 * @param unit "year" or "month"
 * @param buckets contiguous, oldest first, empty ones included so a chart has no gaps
 */
public record Histogram(String unit, List<Bucket> buckets) {
  static final int MAX_MONTHS = 36;

  /**
   * One bar: its label ("2023" or "2023-06"), the inclusive dates it covers (clipped to the
   * request's range) and the count.
   */
  public record Bucket(String value, String from, String to, long count) {}

  static Histogram empty() {
    return new Histogram("year", List.of());
  }

  /**
   * The histogram of {@code matches}, whose year counts are {@code years}, within the request's
   * {@code from}/{@code to} (either may be null).
   */
  static Histogram of(FacetsCollector matches, List<FacetValue> years, LocalDate from, LocalDate to)
      throws IOException {
    if (years.isEmpty()) {
      return empty();
    }
    int first = years.stream().mapToInt(y -> Integer.parseInt(y.value())).min().orElseThrow();
    int last = years.stream().mapToInt(y -> Integer.parseInt(y.value())).max().orElseThrow();
    LocalDate lo = max(from, LocalDate.of(first, 1, 1));
    LocalDate hi = min(to, LocalDate.of(last, 12, 31));
    long months = ChronoUnit.MONTHS.between(YearMonth.from(lo), YearMonth.from(hi)) + 1;
    if (matches != null && months <= MAX_MONTHS) {
      return months(matches, lo, hi);
    }
    Map<String, Long> counts = new HashMap<>();
    years.forEach(y -> counts.put(y.value(), y.count()));
    List<Bucket> buckets = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      buckets.add(
          new Bucket(
              String.valueOf(year),
              max(lo, LocalDate.of(year, 1, 1)).toString(),
              min(hi, LocalDate.of(year, 12, 31)).toString(),
              counts.getOrDefault(String.valueOf(year), 0L)));
    }
    return new Histogram("year", buckets);
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
