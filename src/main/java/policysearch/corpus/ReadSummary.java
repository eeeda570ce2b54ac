package policysearch.corpus;

import java.util.List;

/**
 * What one pass over the corpus read.
 *
 * @param failedPaths files and folders skipped as a whole: articles already in the index from a
 *     file at or under one of them are kept
 */
public record ReadSummary(
    int files, int articles, List<Skipped> skipped, List<String> failedPaths) {}
