package policysearch.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percentiles of a set of latencies, in milliseconds. */
record Latencies(int count, double p50, double p90, double p99) {

  /** The percentiles of {@code nanos} (nearest-rank). */
  static Latencies of(List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Latencies(sorted.length, rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99));
  }

  private static double rank(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
  }

  /** {@code {p50_ms, p90_ms, p99_ms}} rounded to 0.01 ms. */
  Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("p50_ms", round(p50));
    json.put("p90_ms", round(p90));
    json.put("p99_ms", round(p99));
    return json;
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
