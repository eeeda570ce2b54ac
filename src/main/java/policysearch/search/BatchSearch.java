package policysearch.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts of many searches at once (a journalist's list of names or terms): for each line, the
 * articles and the statements it finds under one set of filters, as {@code /api/search} and {@code
 * /api/statements} would count them. Lines are counted on one point-in-time searcher, each within
 * the request time limit, and the whole batch within {@link #BUDGET}: a line that fails (bad
 * syntax, too slow, or reached after the budget is spent) gets its own error; the others are still
 * counted.
 */
final class BatchSearch {
  /** Time for a whole batch: a thousand slow lines must not hold a request thread for long. */
  static final Duration BUDGET = Duration.ofSeconds(30);

  private final Searchers searchers;
  private final FacetsConfig config;
  private final QueryFactory queries = new QueryFactory();

  BatchSearch(Searchers searchers, FacetsConfig config) {
    this.searchers = searchers;
    this.config = config;
  }

  /**
   * One row per line of {@code lines}, in order; {@code filters} holds the filters (its query, page
   * and order unused): its actors filter articles by actor and statements by speaker.
   */
  List<BatchRow> count(List<String> lines, StatementRequest filters) throws IOException {
    if (lines.size() > SearchBackend.MAX_BATCH_LINES) {
      throw new InvalidRequestException(
          "a batch holds at most " + SearchBackend.MAX_BATCH_LINES + " lines, not " + lines.size());
    }
    long end = System.nanoTime() + BUDGET.toNanos();
    return searchers.read(
        searcher -> {
          List<BatchRow> rows = new ArrayList<>(lines.size());
          for (String line : lines) {
            rows.add(row(searcher, line, filters, end));
          }
          return rows;
        });
  }

  private BatchRow row(FacetSearcher searcher, String line, StatementRequest filters, long end)
      throws IOException {
    String text = line == null ? "" : line.strip();
    if (text.isEmpty()) {
      return BatchRow.failed(text, "an empty line: write a name or some words");
    }
    long now = System.nanoTime();
    if (now - end > 0) {
      return BatchRow.failed(
          text, "not counted: the batch ran out of its " + BUDGET.toSeconds() + " s");
    }
    Duration limit = searchers.limit();
    long deadline = Math.min(now + limit.toNanos(), end);
    IndexSearcher view = searcher.until(new Searchers.Deadline(deadline, limit));
    try {
      SearchRequest articles = withQuery(filters.base(), text);
      Query query = queries.parse(text, searcher.names());
      Query articleQuery =
          FacetedSearch.query(
              config,
              Filters.of(query, Articles.ARTICLES, articles.from(), articles.to()),
              FacetedSearch.Selection.articles(articles).resolved(searcher.names()));
      Query statementQuery =
          FacetedSearch.query(
              config,
              Filters.of(query, StatementService.STATEMENTS, articles.from(), articles.to()),
              StatementService.selection(new StatementRequest(articles, filters.speakerTypes()))
                  .resolved(searcher.names()));
      return BatchRow.counted(text, view.count(articleQuery), view.count(statementQuery));
    } catch (InvalidRequestException e) {
      return BatchRow.failed(text, e.getMessage());
    } catch (IndexSearcher.TooManyClauses e) {
      return BatchRow.failed(text, "the line expands to too many terms: make it shorter");
    }
  }

  private static SearchRequest withQuery(SearchRequest filters, String query) {
    return new SearchRequest(
        query,
        filters.actors(),
        filters.topics(),
        filters.notActors(),
        filters.notTopics(),
        filters.from(),
        filters.to(),
        filters.sort(),
        1,
        1,
        null);
  }
}
