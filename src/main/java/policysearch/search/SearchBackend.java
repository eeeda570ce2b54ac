package policysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the page, the API and the CLI ask of an index, whichever engine holds it (docs/backends.md).
 */
public interface SearchBackend extends Closeable {
  /** Most lines in one {@link #batch} request. */
  int MAX_BATCH_LINES = 1_000;

  /** One page of articles with their totals, facet counts, histogram and cursor. */
  SearchResult search(SearchRequest request) throws IOException;

  /** One page of statements, found by words, meaning or both ({@link RetrievalMode}). */
  StatementResult statements(StatementRequest request) throws IOException;

  /**
   * One actor's statements, newest first, each repeated statement once; {@code name} may be any of
   * the entity's names; an unknown actor raises {@link NotFoundException}.
   */
  ActorStatements actorStatements(String name, int page, int size) throws IOException;

  /** The entity {@code name} names, with its other names and counts; empty when unknown. */
  Optional<ActorView> actor(String name) throws IOException;

  /** The whole article with its statements; empty when the id is unknown. */
  Optional<ArticleView> article(String id) throws IOException;

  /**
   * Where article {@code id}'s original file is; {@link NotFoundException} for an unknown id or an
   * article not read from a document file.
   */
  OriginalFile original(String id) throws IOException;

  /** Up to {@code size} articles like article {@code id}; an unknown id raises not-found. */
  List<RelatedArticle> relatedArticles(String id, int size) throws IOException;

  /**
   * Statements like statement {@code id} by other speakers in other articles, found {@code mode}'s
   * way, within the dates and speaker types given (null or empty: any).
   */
  RelatedStatements relatedStatements(
      String id,
      int size,
      LocalDate from,
      LocalDate to,
      List<String> speakerTypes,
      RetrievalMode mode)
      throws IOException;

  /** Search-box suggestions for {@code text}: actors, topics and titles. */
  List<Suggestion> suggest(String text) throws IOException;

  /** Every article {@code request} finds, in its order, row by row (page and size ignored). */
  void exportArticles(SearchRequest request, RowSink<ArticleRow> sink) throws IOException;

  /** Every statement {@code request} finds, in its order, row by row (page and size ignored). */
  void exportStatements(StatementRequest request, RowSink<StatementRow> sink) throws IOException;

  /**
   * For each of {@code lines} (at most {@link #MAX_BATCH_LINES}), how many articles and statements
   * it finds under the filters of {@code filters}; a line that fails gets its own error.
   */
  List<BatchRow> batch(List<String> lines, StatementRequest filters) throws IOException;

  /** How many articles the index holds (not time-limited: health and readiness ask). */
  int articleCount() throws IOException;

  /** How many statements the index holds. */
  int statementCount() throws IOException;

  /** Bytes the index takes where it is stored. */
  long sizeInBytes() throws IOException;

  /** Zero when searches see every change, else how long they may have lagged behind. */
  Duration refreshLag() throws IOException;

  /** Makes changes written so far visible to searches. */
  void refresh() throws IOException;

  /** Starts preparing what the first requests need (suggestions); returns at once. */
  void prepare();

  /** How often, and for how long in all, the suggestions were rebuilt after changes. */
  Rebuilds suggestionRebuilds();

  /** A count of rebuilds and the nanoseconds they took together. */
  record Rebuilds(long count, long nanos) {}
}
