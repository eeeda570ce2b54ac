package policysearch.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the PDF ingest bench measured.
 *
 * @param ingestSeconds first run: forked parsing, extraction and indexing, committed
 * @param ingestCpuSeconds CPU time of the first run, this JVM and the parser processes together
 * @param againSeconds second run over the unchanged files (hashed, not parsed)
 * @param forkedStartSeconds the forked parser's first file, its JVM start-up included
 * @param forkedSeconds every file parsed in one forked process, after start-up
 * @param inProcessSeconds every file parsed by Tika in the bench's JVM, after a warm-up file
 * @param loadBefore one-minute load average before the run (the machine is shared)
 */
public record DocumentFigures(
    int files,
    int pages,
    long bytes,
    int indexed,
    double ingestSeconds,
    double ingestCpuSeconds,
    double againSeconds,
    int unchanged,
    double forkedStartSeconds,
    double forkedSeconds,
    double inProcessSeconds,
    int cores,
    double loadBefore,
    double loadAfter) {

  /** Pages per second of the first run. */
  public double pagesPerSecond() {
    return pages / ingestSeconds;
  }

  /** Megabytes (10^6 bytes) of PDF per second of the first run. */
  public double megabytesPerSecond() {
    return bytes / 1e6 / ingestSeconds;
  }

  /** The figures as report.json holds them. */
  public Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("files", files);
    json.put("pages", pages);
    json.put("megabytes", Math.round(bytes / 1e4) / 100.0);
    json.put("indexed", indexed);
    json.put("ingest_seconds", round(ingestSeconds));
    json.put("pages_per_second", round(pagesPerSecond()));
    json.put("megabytes_per_second", round(megabytesPerSecond()));
    json.put("ingest_cpu_seconds", round(ingestCpuSeconds));
    json.put("pages_per_cpu_second", round(pages / ingestCpuSeconds));
    json.put("second_run_seconds", round(againSeconds));
    json.put("second_run_unchanged", unchanged);
    json.put("forked_parser_first_file_seconds", round(forkedStartSeconds));
    json.put("forked_parse_seconds", round(forkedSeconds));
    json.put("in_process_parse_seconds", round(inProcessSeconds));
    json.put("cores", cores);
    json.put("load_average_before", loadBefore);
    json.put("load_average_after", loadAfter);
    return json;
  }

  /** The figures as a few lines of text. */
  public void print(PrintStream out) {
    out.printf(
        "PDF ingest (%d files, %d pages, %.1f MB; parse + extract + index, %d cores):%n",
        files, pages, bytes / 1e6, cores);
    out.printf(
        "  %.1f pages/s, %.2f MB/s (%.1f s); second run over unchanged files %.2f s%n",
        pagesPerSecond(), megabytesPerSecond(), ingestSeconds, againSeconds);
    out.printf(
        "  CPU %.1f s (this JVM and the parser processes): %.1f pages per CPU-second,"
            + " about %.0f pages/s if %d cores were free%n",
        ingestCpuSeconds, pages / ingestCpuSeconds, cores * pages / ingestCpuSeconds, cores);
    out.printf(
        "  parsing alone in one process: forked %.1f s vs in this JVM %.1f s (x%.2f);"
            + " forked start-up + first file %.1f s%n",
        forkedSeconds, inProcessSeconds, forkedSeconds / inProcessSeconds, forkedStartSeconds);
    out.printf(
        "  machine load average (1 min) %.1f before, %.1f after: shared with other work%n",
        loadBefore, loadAfter);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
