package policysearch.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated search: query text, facet filters (values of one facet OR'ed, facets AND'ed),
 * excluded facet values, an inclusive date range, order and page.
 *
 * @param after the {@code next_after} cursor of the previous page, for deep paging; null to page by
 *     number
 */
public record SearchRequest(
    String query,
    List<String> actors,
    List<String> topics,
    List<String> notActors,
    List<String> notTopics,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int page,
    int size,
    String after) {
  /** Largest page size. */
  public static final int MAX_SIZE = 100;

  /** Deepest hit a page may reach. */
  public static final int MAX_WINDOW = 10_000;

  /** Longest query text: longer ones are pasted documents, not searches, and cost too much. */
  public static final int MAX_QUERY_LENGTH = 1_000;

  /** Checks the request; bad values raise {@link InvalidRequestException}. */
  public SearchRequest {
    query = query == null ? "" : query.strip();
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          "the query is too long: " + query.length() + " characters, at most " + MAX_QUERY_LENGTH);
    }
    actors = List.copyOf(actors);
    topics = List.copyOf(topics);
    notActors = List.copyOf(notActors);
    notTopics = List.copyOf(notTopics);
    after = after == null || after.isBlank() ? null : after.strip();
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException("size must be between 1 and " + MAX_SIZE + ", not " + size);
    }
    if (page < 1) {
      throw new InvalidRequestException("page must be 1 or more, not " + page);
    }
    if (after == null && (long) page * size > MAX_WINDOW) {
      throw new InvalidRequestException(
          "page "
              + page
              + " is too deep: only the first "
              + MAX_WINDOW
              + " hits can be paged by number; use the after cursor to go deeper");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidRequestException("from (" + from + ") is after to (" + to + ")");
    }
  }

  /** A request without exclusions, paged by number. */
  public SearchRequest(
      String query,
      List<String> actors,
      List<String> topics,
      LocalDate from,
      LocalDate to,
      SortOrder sort,
      int page,
      int size) {
    this(query, actors, topics, List.of(), List.of(), from, to, sort, page, size, null);
  }

  /** A first page of ten relevance-ordered hits for {@code query}. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), List.of(), null, null, SortOrder.RELEVANCE, 1, 10);
  }
}
