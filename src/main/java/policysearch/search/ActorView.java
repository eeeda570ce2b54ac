package policysearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import policysearch.extract.ActorType;

/**
 * One entity: its canonical name, type, the other names the index has it under, the roles articles
 * give it (first and last date), how many articles name it and statements it made (in all and per
 * month), its topics and the actors most often named with it.
 */
public record ActorView(
    String name,
    String type,
    List<String> aliases,
    List<Role> roles,
    long articles,
    long statements,
    List<Month> byMonth,
    List<FacetValue> topics,
    List<CoActor> coActors) {

  /** A role ("Secretary of the Treasury") and the dates of the first and last article giving it. */
  public record Role(String role, String from, String to) {}

  /** Articles naming the actor and statements by it in one month ("2024-03"). */
  public record Month(String month, long articles, long statements) {}

  /** An actor named in the same articles, and in how many of them. */
  public record CoActor(String name, String type, long count) {}

  /** The entity {@code name} (any of its names) names in {@code searcher}'s index, if any. */
  static Optional<ActorView> of(FacetSearcher searcher, FacetedSearch facets, String name)
      throws IOException {
    String canonical = searcher.names().canonical(name);
    ActorType type = searcher.actorType(canonical);
    if (type == null) {
      return Optional.empty();
    }
    ActorFacts facts = ActorFacts.of(searcher, facets, canonical);
    return Optional.of(
        new ActorView(
            canonical,
            type.toString(),
            searcher.names().aliases(canonical),
            facts.roles(),
            facts.articles(),
            facts.statements(),
            facts.byMonth(),
            facts.topics(),
            facts.coActors()));
  }
}
