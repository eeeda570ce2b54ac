package policysearch.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with the total count, the time taken, the facet counts, the histogram over time
 * and the cursor of the next page ({@code nextAfter}, null on a short last page).
 */
public record SearchResult(
    long total,
    long tookMs,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    String nextAfter,
    Histogram histogram) {}
