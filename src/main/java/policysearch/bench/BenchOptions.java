package policysearch.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What to measure.
 *
 * @param corpus the corpus of the scale-1 index and of the indexing figures
 * @param scaleCorpus the corpus repeated for scales above 1
 * @param scales the scales to search at; 1 is the real indexer's index of {@code corpus}
 * @param queries how many queries the set has
 * @param warmUpCalls unmeasured calls per way before the first timing, so that the JIT has compiled
 *     the search and HTTP paths
 * @param out where indexes and report.json go
 */
public record BenchOptions(
    List<Path> corpus,
    List<Path> scaleCorpus,
    List<Integer> scales,
    int queries,
    int warmUpCalls,
    Path out) {
  /**
   * Default of {@link #warmUpCalls}: the HTTP/service ratio settled only after about 10,000
   * requests (1.49 after 3,000, 1.25 after 12,000), as the JIT compiles Jetty, Javalin and Jackson
   * late; with two passes of 200 queries the HTTP figures were mostly the JIT's.
   */
  public static final int DEFAULT_WARM_UP_CALLS = 12_000;

  /** Copies the lists. */
  public BenchOptions {
    corpus = List.copyOf(corpus);
    scaleCorpus = List.copyOf(scaleCorpus);
    scales = List.copyOf(scales);
  }
}
