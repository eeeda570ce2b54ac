package policysearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import policysearch.corpus.Article;
import policysearch.index.IndexReport;
import policysearch.index.LiveIndex;

/**
 * The Lucene backend's writer: the served index's one {@code IndexWriter} ({@link LiveIndex}),
 * which commits each change before it returns, so {@link #commit()} has nothing left to do but
 * costs nothing either.
 */
public final class LuceneWriter implements BackendWriter {
  private final LiveIndex index;

  /** Writes through {@code index}. */
  public LuceneWriter(LiveIndex index) {
    this.index = index;
  }

  @Override
  public void upsert(List<Article> articles) throws IOException {
    index.put(articles);
  }

  @Override
  public void delete(String id) throws IOException {
    index.delete(id);
  }

  @Override
  public void commit() throws IOException {
    index.commit();
  }

  @Override
  public Optional<String> contentHash(String id) throws IOException {
    return index.hash(id);
  }

  @Override
  public IndexReport sync(List<Path> roots, IntConsumer progress) throws IOException {
    return index.update(roots, progress);
  }
}
