package policysearch.corpus;

import java.util.List;

/**
 * What one pass over the corpus read.
 *
 * @param failedPaths files skipped as a whole: their articles already in the index are kept
 */
public record ReadSummary(
    int files, int articles, List<Skipped> skipped, List<String> failedPaths) {}
