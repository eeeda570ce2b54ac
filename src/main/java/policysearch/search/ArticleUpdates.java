package policysearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import policysearch.corpus.Article;
import policysearch.index.IndexReport;
import policysearch.index.RejectedArticleException;

/**
 * Changes to the served index. Each method returns once its change is committed (durable) and
 * visible to searches. Remembers whether bringing the index up to date with the corpus last failed,
 * for the health and readiness routes, and counts what came in, for the metrics.
 */
public final class ArticleUpdates {
  private final BackendWriter index;
  private final SearchBackend search;
  private final IngestCounts counts = new IngestCounts();
  private volatile CorpusProblem problem;

  /**
   * Updates from the corpus have failed since {@code since}, the last time with {@code error} (the
   * exception's kind only: its message may name server paths).
   */
  public record CorpusProblem(Instant since, String error) {}

  /** Writes through {@code index} and refreshes {@code search}, which reads what it writes. */
  public ArticleUpdates(BackendWriter index, SearchBackend search) {
    this.index = index;
    this.search = search;
  }

  /** Adds or replaces {@code articles}, all or none; a refused article is a bad request. */
  public void put(List<Article> articles) throws IOException {
    try {
      index.upsert(articles);
    } catch (RejectedArticleException e) {
      throw new InvalidRequestException("Articles not accepted: " + e.getMessage());
    }
    index.commit();
    search.refresh();
    counts.recordWritten(articles.size());
  }

  /** Removes the article {@code id}; an unknown id raises {@link NotFoundException}. */
  public void delete(String id) throws IOException {
    if (index.contentHash(id).isEmpty()) {
      throw new NotFoundException("No article with id '" + id + "'");
    }
    index.delete(id);
    index.commit();
    search.refresh();
    counts.recordDeleted();
  }

  /** Brings the index up to date with the corpus under {@code roots}. */
  public IndexReport reindex(List<Path> roots, IntConsumer progress) throws IOException {
    IndexReport report;
    try {
      report = index.sync(roots, progress);
      search.refresh();
    } catch (IOException | RuntimeException | Error e) {
      counts.recordFailedUpdate();
      failed(e);
      throw e;
    }
    problem = null;
    counts.record(report);
    return report;
  }

  /** Records that the corpus could not be brought in (also for failures around a re-index). */
  public void failed(Throwable e) {
    CorpusProblem before = problem;
    problem =
        new CorpusProblem(
            before == null ? Instant.now() : before.since(), e.getClass().getSimpleName());
  }

  /** Whether updates from the corpus are failing, and since when. */
  public Optional<CorpusProblem> corpusProblem() {
    return Optional.ofNullable(problem);
  }

  /** What came in since start-up. */
  public IngestCounts counts() {
    return counts;
  }
}
