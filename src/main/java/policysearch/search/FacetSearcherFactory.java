package policysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Builds a {@link FacetSearcher} for each reader the {@code SearcherManager} opens, all sharing one
 * pool of a thread per core: a search spreads its segments over the cores (the caller's thread
 * works too), so a lone broad search is not bound to one core.
 */
final class FacetSearcherFactory extends SearcherFactory implements Closeable {
  private final FacetsConfig config;
  private final ExecutorService pool =
      Executors.newFixedThreadPool(
          Runtime.getRuntime().availableProcessors(),
          Thread.ofPlatform().name("search-", 0).daemon().factory());

  FacetSearcherFactory(FacetsConfig config) {
    this.config = config;
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
      throws IOException {
    return new FacetSearcher(reader, config, pool);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
