package policysearch.search;

import java.util.List;
import java.util.Map;

/** One page of hits with the total count, the time taken and the facet counts. */
public record SearchResult(
    long total,
    long tookMs,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets) {}
