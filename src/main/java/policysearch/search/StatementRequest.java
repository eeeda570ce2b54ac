package policysearch.search;

import java.util.List;

/**
 * A statement search: {@code base.actors()} are the speakers to filter by, {@code speakerTypes} the
 * speaker types (person, country, organization).
 */
public record StatementRequest(SearchRequest base, List<String> speakerTypes) {
  /** Copies the type list. */
  public StatementRequest {
    speakerTypes = List.copyOf(speakerTypes);
  }
}
