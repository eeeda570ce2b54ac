package policysearch.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The topics an article can be tagged with, loaded from {@code taxonomy/topics.tsv}. */
public final class Taxonomy {
  private static final double DEFAULT_THRESHOLD = 6;
  private final Map<String, Topic> topics = new LinkedHashMap<>();

  /** Loads the taxonomy through {@code resources}. */
  public Taxonomy(Resources resources) {
    for (String[] row : resources.tableRows("taxonomy/topics.tsv")) {
      double threshold =
          row.length > 4 && !row[4].isBlank()
              ? Double.parseDouble(row[4].strip())
              : DEFAULT_THRESHOLD;
      Topic topic =
          new Topic(row[0].strip(), row[1].strip(), row[2].strip(), row[3].strip(), threshold);
      topics.put(topic.id(), topic);
    }
  }

  /** All topics in file order. */
  public List<Topic> all() {
    return List.copyOf(topics.values());
  }

  /** The topic with this id, if any. */
  public Optional<Topic> get(String id) {
    return Optional.ofNullable(topics.get(id));
  }
}
