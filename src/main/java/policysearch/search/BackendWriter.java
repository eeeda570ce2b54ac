package policysearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import policysearch.corpus.Article;
import policysearch.index.IndexReport;

/**
 * The writing half of a backend: what {@link ArticleUpdates} needs to change the served index
 * (docs/backends.md). Changes become visible to searches at the backend's {@link
 * SearchBackend#refresh()}.
 */
public interface BackendWriter {
  /**
   * Extracts and adds or replaces {@code articles} (each with its statements), all or none; a batch
   * the index refuses raises {@link policysearch.index.RejectedArticleException}.
   */
  void upsert(List<Article> articles) throws IOException;

  /** Removes article {@code id} with its statements; an id the index does not hold is no error. */
  void delete(String id) throws IOException;

  /** Makes every change accepted so far durable: it survives a crash of this process. */
  void commit() throws IOException;

  /**
   * The content hash article {@code id} was indexed with; empty when the index holds no such
   * article.
   */
  Optional<String> contentHash(String id) throws IOException;

  /**
   * Brings the index up to date with the corpus under {@code roots} and commits: new articles
   * added, those whose content hash changed replaced, unchanged ones skipped, those whose file is
   * gone removed; {@code progress} hears the number of articles done.
   */
  IndexReport sync(List<Path> roots, IntConsumer progress) throws IOException;
}
