package policysearch.search;

/**
 * A facet value and how many matching articles have it.
 *
 * @param type the actor type, for actor values; null otherwise
 * @param label the topic's label, for topic values; null otherwise
 */
public record FacetValue(String value, long count, String type, String label) {}
