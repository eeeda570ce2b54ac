package policysearch.corpus;

import java.time.Duration;

/**
 * Bounds on parsing one document.
 *
 * @param timeout longest parse of one file; the parser process is killed and restarted after it
 * @param heapMegabytes heap of each parser process: a pathological file exhausts that, not ours
 * @param maxChars characters kept of one document's text (beyond: cut, and said so)
 * @param processes parser processes working at once
 */
public record ParserLimits(Duration timeout, int heapMegabytes, int maxChars, int processes) {

  /**
   * Two minutes, 768 MB, 64 million characters, one process per two cores (at least one): a warm
   * parser does a PDF page in a quarter of the CPU that extracting and indexing it takes, and each
   * process costs its own JVM start-up and warm-up (about 4 CPU-seconds, see docs/documents.md).
   */
  public static ParserLimits defaults() {
    return new ParserLimits(
        Duration.ofMinutes(2),
        768,
        64_000_000,
        Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
  }
}
