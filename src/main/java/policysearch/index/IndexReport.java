package policysearch.index;

import java.util.List;
import policysearch.corpus.Skipped;

/**
 * What one indexing run changed, and what it could not read; {@code names} is what entity
 * resolution found and rewrote at its end.
 */
public record IndexReport(
    int added,
    int updated,
    int removed,
    int unchanged,
    List<Skipped> skipped,
    long tookMs,
    EntityResolution.Report names) {}
