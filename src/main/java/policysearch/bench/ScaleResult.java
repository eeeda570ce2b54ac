package policysearch.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The search figures at one scale. */
record ScaleResult(
    int scale,
    int articles,
    long indexBytes,
    ModeResult raw,
    ModeResult service,
    ModeResult http1,
    ModeResult http4,
    List<StatementBench.Category> statements) {

  /** The per-scale object of report.json. */
  Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("articles", articles);
    json.put("index_bytes", indexBytes);
    json.put("raw", raw.json(false));
    json.put("service", service.json(false));
    json.put("http_1", http1.json(false));
    json.put("http_4", http4.json(true));
    Map<String, Object> byCategory = new LinkedHashMap<>();
    for (String category : raw.byCategory().keySet()) {
      Map<String, Object> modes = new LinkedHashMap<>();
      modes.put("raw", raw.byCategory().get(category).json());
      modes.put("service", service.byCategory().get(category).json());
      modes.put("http_1", http1.byCategory().get(category).json());
      modes.put("http_4", http4.byCategory().get(category).json());
      byCategory.put(category, modes);
    }
    statements.forEach(c -> byCategory.put(c.name(), c.json()));
    json.put("by_category", byCategory);
    return json;
  }
}
