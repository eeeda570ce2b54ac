package policysearch.cli;

import java.io.Closeable;
import java.io.IOException;
import policysearch.index.IndexDirectory;
import policysearch.index.LiveIndex;
import policysearch.opensearch.OpenSearchBackend;
import policysearch.opensearch.OpenSearchIndexer;
import policysearch.opensearch.OpenSearchWriter;
import policysearch.search.BackendWriter;
import policysearch.search.LuceneWriter;
import policysearch.search.SearchBackend;

/**
 * A backend opened for serving: its searches, the writer that changes what they find, and what
 * holds the index open, closed in that order (searches first, then the index they read).
 */
record ServedBackend(SearchBackend search, BackendWriter writer, Closeable index)
    implements Closeable {

  /** The embedded Lucene index in {@code directory}: one writer, near-real-time searches on it. */
  static ServedBackend lucene(Wiring wiring, IndexDirectory directory) throws IOException {
    LiveIndex live = wiring.liveIndex(directory);
    try {
      return new ServedBackend(wiring.search(live), new LuceneWriter(live), live);
    } catch (IOException | RuntimeException e) {
      live.close();
      throw e;
    }
  }

  /**
   * The policy-search index of the OpenSearch cluster at {@code url} (made if missing): searches
   * and writes go to the cluster, extraction runs here.
   */
  static ServedBackend opensearch(Wiring wiring, String url) throws IOException {
    OpenSearchBackend search = wiring.cluster(url);
    OpenSearchIndexer indexer = wiring.clusterIndexer(search);
    return new ServedBackend(
        search, new OpenSearchWriter(search, wiring.extractor(), indexer), () -> {});
  }

  @Override
  public void close() throws IOException {
    try {
      search.close();
    } finally {
      index.close();
    }
  }
}
