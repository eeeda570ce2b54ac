package policysearch.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latencies of one way of searching (raw, service, HTTP), overall and per query category. */
record ModeResult(Latencies all, Map<String, Latencies> byCategory, double qps, int errors) {

  /** One timed run: {@code nanos[i]} is the time of {@code queries.get(i % queries.size())}. */
  static ModeResult of(List<BenchQuery> queries, List<Long> nanos, double qps, int errors) {
    Map<String, List<Long>> perCategory = new LinkedHashMap<>();
    for (int i = 0; i < nanos.size(); i++) {
      String category = queries.get(i % queries.size()).category();
      perCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(nanos.get(i));
    }
    Map<String, Latencies> byCategory = new LinkedHashMap<>();
    perCategory.forEach((category, times) -> byCategory.put(category, Latencies.of(times)));
    return new ModeResult(Latencies.of(nanos), byCategory, qps, errors);
  }

  /** The JSON of the overall figures; {@code load} adds qps and errors. */
  Map<String, Object> json(boolean load) {
    Map<String, Object> json = all.json();
    if (load) {
      json.put("qps", Latencies.round(qps));
      json.put("errors", errors);
    }
    return json;
  }
}
