package policysearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import policysearch.corpus.Article;
import policysearch.corpus.CorpusReader;
import policysearch.corpus.Submissions;
import policysearch.embed.Embedder;
import policysearch.extract.Extractor;
import policysearch.resolve.NameData;
import policysearch.resolve.Resolution;

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

  /**
   * Opens (or creates) the index in {@code directory} and holds its write lock until closed,
   * resolving names with the project's aliases file.
   */
  public LiveIndex(
      Directory directory,
      Extractor extractor,
      Schema schema,
      CorpusReader reader,
      Embedder embedder)
      throws IOException {
    this(directory, extractor, schema, reader, embedder, new EntityResolution(NameData.load()));
  }

  /**
   * Like {@link #LiveIndex(Directory, Extractor, Schema, CorpusReader, Embedder)}, resolving with
   * {@code names}.
   */
  public LiveIndex(
      Directory directory,
      Extractor extractor,
      Schema schema,
      CorpusReader reader,
      Embedder embedder,
      EntityResolution names)
      throws IOException {
    this.writer = new IndexWriter(directory, Indexer.writerConfig());
    this.indexer = new Indexer(directory, extractor, schema, reader, embedder, names);
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
   * Adds or replaces {@code articles} as one block under the current resolution, re-resolves names
   * when the batch brought a name the resolution had not seen (a new variant may join an entity),
   * then commits: Lucene writes a block whole or not at all, so a batch that fails leaves nothing
   * of itself for a later commit to make visible.
   */
  public void put(List<Article> articles) throws IOException {
    EntityResolution names = indexer.names();
    names.load(writer);
    boolean newNames = false;
    Lock lock = names.writes();
    lock.lock();
    try {
      Resolution resolution = names.current();
      List<Document> docs = new ArrayList<>();
      List<BytesRef> ids = new ArrayList<>();
      for (Article article : articles) {
        Indexer.Documents documents = indexer.documents(article, resolution);
        docs.addAll(documents.docs());
        newNames |= documents.newNames();
        ids.add(new BytesRef(article.id()));
      }
      try {
        writer.updateDocuments(new TermInSetQuery(Schema.GROUP, ids), docs);
      } catch (IllegalArgumentException e) {
        throw new RejectedArticleException("batch not indexed: " + e.getMessage(), e);
      }
      names.written();
    } finally {
      lock.unlock();
    }
    if (newNames) {
      indexer.resolve(writer);
    }
    writer.commit();
  }

  /**
   * Removes the article {@code id} with all its documents, then commits. An article read from a
   * corpus file leaves a tombstone: the deletion holds until that article changes in its file (or
   * the file goes), instead of the unchanged file bringing it back at the next re-index or restart.
   */
  public void delete(String id) throws IOException {
    Term group = new Term(Schema.GROUP, id);
    Document article = indexed(id);
    String path = article == null ? null : article.get(Schema.PATH);
    if (path == null || path.equals(Submissions.PATH)) {
      writer.deleteDocuments(group);
    } else {
      writer.updateDocuments(
          group, List.of(Schema.tombstone(id, path, article.get(Schema.HASH), Instant.now())));
    }
    indexer.names().written();
    writer.commit();
  }

  /** The content hash article {@code id} was indexed with, as the writer holds it. */
  public Optional<String> hash(String id) throws IOException {
    Document article = indexed(id);
    return article == null ? Optional.empty() : Optional.of(article.get(Schema.HASH));
  }

  /** Commits whatever is not yet committed (every method here already commits its change). */
  public void commit() throws IOException {
    writer.commit();
  }

  /** The stored path and hash of article {@code id} as the writer holds it, or null. */
  private Document indexed(String id) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query article =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER)
              .add(
                  new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)),
                  BooleanClause.Occur.FILTER)
              .build();
      ScoreDoc[] hits = searcher.search(article, 1).scoreDocs;
      return hits.length == 0
          ? null
          : searcher.storedFields().document(hits[0].doc, Set.of(Schema.PATH, Schema.HASH));
    }
  }

  /** Re-resolves the names of the whole index, rewrites what changed, and commits. */
  public EntityResolution.Report resolve() throws IOException {
    EntityResolution.Report report = indexer.resolve(writer);
    writer.commit();
    return report;
  }

  /** The resolution in use: canonical names, aliases and near misses. */
  public Resolution resolution() {
    return indexer.names().current();
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
