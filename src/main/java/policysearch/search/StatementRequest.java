package policysearch.search;

import java.util.List;

/**
 * A statement search: {@code base.actors()} are the speakers to filter by, {@code speakerTypes} the
 * speaker types (person, country, organization), {@code mode} how the query text matches (null: the
 * default, hybrid for plain words, see {@link QueryShape}).
 */
public record StatementRequest(SearchRequest base, List<String> speakerTypes, RetrievalMode mode) {
  /** Copies the type list. */
  public StatementRequest {
    speakerTypes = List.copyOf(speakerTypes);
  }

  /** A search in the default mode. */
  public StatementRequest(SearchRequest base, List<String> speakerTypes) {
    this(base, speakerTypes, null);
  }
}
