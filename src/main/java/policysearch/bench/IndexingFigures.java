package policysearch.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the indexing phase measured; times in seconds, sizes in bytes. */
record IndexingFigures(
    int articles,
    long textBytes,
    double readSeconds,
    double bareSeconds,
    double extractSeconds,
    double indexerSeconds,
    double noVectorsSeconds,
    long bareIndexBytes,
    long indexBytes,
    long noVectorsIndexBytes,
    int statements,
    double embedSeconds,
    long peakHeapBytes) {

  double perSecond(double seconds) {
    return articles / seconds;
  }

  double megabytesPerSecond(double seconds) {
    return textBytes / 1e6 / seconds;
  }

  /** What the vectors add to the index: its size with them less its size without. */
  long vectorBytes() {
    return indexBytes - noVectorsIndexBytes;
  }

  /** The {@code indexing} object of report.json. */
  Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("articles", articles);
    json.put("statements", statements);
    json.put("read_docs_per_s", Latencies.round(perSecond(readSeconds)));
    json.put("bare_docs_per_s", Latencies.round(perSecond(bareSeconds)));
    json.put("extract_docs_per_s", Latencies.round(perSecond(extractSeconds)));
    json.put("indexer_docs_per_s", Latencies.round(perSecond(indexerSeconds)));
    json.put("bare_mb_per_s", Latencies.round(megabytesPerSecond(bareSeconds)));
    json.put("extract_mb_per_s", Latencies.round(megabytesPerSecond(extractSeconds)));
    json.put("indexer_mb_per_s", Latencies.round(megabytesPerSecond(indexerSeconds)));
    json.put("indexer_vs_bare", Latencies.round(bareSeconds / indexerSeconds));
    json.put("indexer_without_vectors_docs_per_s", Latencies.round(perSecond(noVectorsSeconds)));
    json.put("statements_embedded_per_s", Latencies.round(statements / embedSeconds));
    json.put("text_bytes", textBytes);
    json.put("bare_index_bytes", bareIndexBytes);
    json.put("index_bytes", indexBytes);
    json.put("index_to_text", Latencies.round(indexBytes / (double) textBytes));
    json.put("index_without_vectors_bytes", noVectorsIndexBytes);
    json.put("vectors_to_text", Latencies.round(vectorBytes() / (double) textBytes));
    json.put("peak_heap_bytes", peakHeapBytes);
    return json;
  }
}
