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
 * @param out where indexes and report.json go
 */
public record BenchOptions(
    List<Path> corpus, List<Path> scaleCorpus, List<Integer> scales, int queries, Path out) {
  /** Copies the lists. */
  public BenchOptions {
    corpus = List.copyOf(corpus);
    scaleCorpus = List.copyOf(scaleCorpus);
    scales = List.copyOf(scales);
  }
}
