package policysearch.search;

import java.util.List;
import java.util.Map;
import policysearch.index.Schema;

/**
 * The facet dimensions searches count and filter by; {@link #key()} names a dimension in the
 * answers' {@code facets} and is its field in the index.
 */
public enum Facet {
  ACTOR(Schema.ACTOR),
  SPEAKER(Schema.SPEAKER),
  SPEAKER_TYPE(Schema.SPEAKER_TYPE),
  TOPIC(Schema.TOPIC),
  YEAR(Schema.YEAR);

  /** The facets of an article search, in the order answers list them. */
  public static final List<Facet> OF_ARTICLES = List.of(ACTOR, TOPIC, YEAR);

  /** The facets of a statement search, in the order answers list them. */
  public static final List<Facet> OF_STATEMENTS = List.of(SPEAKER, SPEAKER_TYPE, TOPIC, YEAR);

  private final String key;

  /** The values an article search narrows to, per facet (OR'ed within one, AND'ed across). */
  public static Map<Facet, List<String>> included(SearchRequest r) {
    return Map.of(ACTOR, r.actors(), TOPIC, r.topics());
  }

  /** The values an article search excludes, per facet. */
  public static Map<Facet, List<String>> excluded(SearchRequest r) {
    return Map.of(ACTOR, r.notActors(), TOPIC, r.notTopics());
  }

  /** The values a statement search narrows to: its actors are speakers. */
  public static Map<Facet, List<String>> included(StatementRequest request) {
    SearchRequest r = request.base();
    return Map.of(SPEAKER, r.actors(), SPEAKER_TYPE, request.speakerTypes(), TOPIC, r.topics());
  }

  /** The values a statement search excludes. */
  public static Map<Facet, List<String>> excluded(StatementRequest request) {
    SearchRequest r = request.base();
    return Map.of(SPEAKER, r.notActors(), TOPIC, r.notTopics());
  }

  Facet(String key) {
    this.key = key;
  }

  /** The dimension's name in answers and its field in the index ("speaker_type"). */
  public String key() {
    return key;
  }

  /** Whether its values are entities, filtered under any of their names. */
  public boolean namesEntities() {
    return this == ACTOR || this == SPEAKER;
  }
}
