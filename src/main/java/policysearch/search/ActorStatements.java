package policysearch.search;

import java.util.List;
import policysearch.extract.Actor;

/**
 * One actor's statements over time, newest first, with per-topic counts overall and per year (how a
 * position changed over time); {@code aliases} are the other names the actor is written under.
 */
public record ActorStatements(
    Actor actor,
    List<String> aliases,
    long total,
    int page,
    int size,
    List<StatementHit> statements,
    List<FacetValue> topics,
    List<YearTopics> byYear) {

  /** Statement counts of one year, overall and per topic. */
  public record YearTopics(String year, long count, List<FacetValue> topics) {}
}
