package policysearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import policysearch.corpus.Article;
import policysearch.corpus.CorpusReader;
import policysearch.extract.Extractor;
import policysearch.resolve.NameData;

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
  public LiveIndex(Directory directory, Extractor extractor, Schema schema, CorpusReader reader)
      throws IOException {
    this(directory, extractor, schema, reader, new EntityResolution(NameData.load()));
  }

  /**
   * Like {@link #LiveIndex(Directory, Extractor, Schema, CorpusReader)}, resolving with {@code
   * names}.
   */
  public LiveIndex(
      Directory directory,
      Extractor extractor,
      Schema schema,
      CorpusReader reader,
      EntityResolution names)
      throws IOException {
    this.writer = new IndexWriter(directory, Indexer.writerConfig());
    this.indexer = new Indexer(directory, extractor, schema, reader, names);
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
   * Adds or replaces {@code articles}, re-resolves names when they brought a name the index did not
   * hold (a new variant may join an entity), then commits.
   */
  public void put(List<Article> articles) throws IOException {
    boolean newNames = false;
    for (Article article : articles) {
      newNames |= indexer.write(writer, article);
    }
    if (newNames) {
      indexer.resolve(writer);
    }
    writer.commit();
  }

  /** Removes the article {@code id} with all its documents, then commits. */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(Schema.GROUP, id));
    indexer.names().written();
    writer.commit();
  }

  /** Re-resolves the names of the whole index, rewrites what changed, and commits. */
  public EntityResolution.Report resolve() throws IOException {
    EntityResolution.Report report = indexer.resolve(writer);
    writer.commit();
    return report;
  }

  /** The resolution in use: canonical names, aliases and near misses. */
  public policysearch.resolve.Resolution resolution() {
    return indexer.names().current();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
