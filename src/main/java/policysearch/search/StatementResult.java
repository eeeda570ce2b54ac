package policysearch.search;

import java.util.List;
import java.util.Map;

/** One page of statements with the total, the time taken and the facet counts. */
public record StatementResult(
    long total,
    long tookMs,
    int page,
    int size,
    List<StatementHit> hits,
    Map<String, List<FacetValue>> facets) {}
