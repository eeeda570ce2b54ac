package policysearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import policysearch.corpus.Article;
import policysearch.corpus.CorpusReader;
import policysearch.embed.Embedder;
import policysearch.extract.Extractor;

/**
 * The index while the server runs: one long-lived {@code IndexWriter} shared by corpus updates, API
 * writes and the near-real-time searchers. One writer rather than a writer per update because
 * Lucene allows only one writer per index (the write lock), and because searchers opened from the
 * writer see a change as soon as it is flushed, without waiting for an fsync'd commit. Every change
 * is committed before its method returns, so what the caller reports as done survives a crash.
 */
public final class LiveIndex implements Closeable {
  private final IndexWriter writer;
  private final Indexer indexer;
  private final Object corpusUpdates = new Object();

  /** Opens (or creates) the index in {@code directory} and holds its write lock until closed. */
  public LiveIndex(
      Directory directory,
      Extractor extractor,
      Schema schema,
      CorpusReader reader,
      Embedder embedder)
      throws IOException {
    this.writer = new IndexWriter(directory, Indexer.writerConfig());
    this.indexer = new Indexer(directory, extractor, schema, reader, embedder);
  }

  /** The writer the searchers open their near-real-time readers from. */
  public IndexWriter writer() {
    return writer;
  }

  /** Brings the index up to date with {@code roots}; one corpus update runs at a time. */
  public IndexReport update(List<Path> roots, IntConsumer progress) throws IOException {
    synchronized (corpusUpdates) {
      return indexer.update(writer, roots, progress);
    }
  }

  /**
   * Adds or replaces {@code articles} as one block, then commits: Lucene writes a block whole or
   * not at all, so a batch that fails leaves nothing of itself for a later commit to make visible.
   */
  public void put(List<Article> articles) throws IOException {
    List<Document> docs = new ArrayList<>();
    List<BytesRef> ids = new ArrayList<>();
    for (Article article : articles) {
      docs.addAll(indexer.documents(article));
      ids.add(new BytesRef(article.id()));
    }
    try {
      writer.updateDocuments(new TermInSetQuery(Schema.GROUP, ids), docs);
    } catch (IllegalArgumentException e) {
      throw new RejectedArticleException("batch not indexed: " + e.getMessage(), e);
    }
    writer.commit();
  }

  /** Removes the article {@code id} with all its documents, then commits. */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(Schema.GROUP, id));
    writer.commit();
  }

  /**
   * Commits, then closes without waiting for merges in progress (a large merge can take minutes and
   * is redone later; the commit already holds every change).
   */
  @Override
  public void close() throws IOException {
    writer.commit();
    writer.rollback();
  }
}
