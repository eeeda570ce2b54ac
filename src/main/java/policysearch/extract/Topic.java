package policysearch.extract;

/**
 * One topic of the taxonomy ({@code taxonomy/topics.tsv}).
 *
 * @param threshold the score an article needs before it is tagged with this topic
 */
public record Topic(String id, String group, String label, String covers, double threshold) {}
