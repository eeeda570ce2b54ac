package policysearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import policysearch.corpus.Article;
import policysearch.corpus.CorpusReader;
import policysearch.corpus.ReadSummary;
import policysearch.extract.Extractor;

/**
 * Brings an index up to date with the corpus: adds new articles, replaces changed ones, removes
 * those whose file is gone, and leaves unchanged ones alone. Extraction runs on every core; the
 * {@code IndexWriter} is shared, as it is thread-safe.
 */
public final class Indexer {
  private static final Set<String> STATE_FIELDS = Set.of(Schema.ID, Schema.HASH, Schema.PATH);

  private final Directory directory;
  private final Extractor extractor;
  private final Schema schema;
  private final CorpusReader reader;

  private record Existing(String hash, String path) {}

  /** An indexer writing to {@code directory}. */
  public Indexer(Directory directory, Extractor extractor, Schema schema, CorpusReader reader) {
    this.directory = directory;
    this.extractor = extractor;
    this.schema = schema;
    this.reader = reader;
  }

  /** Indexes {@code roots}; {@code progress} receives the number of articles done so far. */
  public IndexReport update(List<Path> roots, IntConsumer progress) throws IOException {
    long start = System.nanoTime();
    Map<String, Existing> existing = existingArticles();
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    Set<String> seen = new HashSet<>();
    AtomicInteger added = new AtomicInteger();
    AtomicInteger updated = new AtomicInteger();
    AtomicInteger unchanged = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 4);
    AtomicReference<Exception> failure = new AtomicReference<>();
    ReadSummary summary;
    int removed = 0;
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      summary =
          reader.read(
              roots,
              article -> {
                seen.add(article.id());
                String hash = article.hash() + extractor.fingerprint();
                Existing before = existing.get(article.id());
                if (before != null
                    && before.hash().equals(hash)
                    && before.path().equals(article.path())) {
                  unchanged.incrementAndGet();
                  progress.accept(done.incrementAndGet());
                  return;
                }
                inFlight.acquireUninterruptibly();
                pool.execute(
                    () -> {
                      try {
                        write(writer, article, hash);
                        (before == null ? added : updated).incrementAndGet();
                        progress.accept(done.incrementAndGet());
                      } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                      } finally {
                        inFlight.release();
                      }
                    });
              });
      awaitAll(pool);
      if (failure.get() != null) {
        throw new IOException("indexing failed: " + failure.get().getMessage(), failure.get());
      }
      Set<String> failedPaths = new HashSet<>(summary.failedPaths());
      for (Map.Entry<String, Existing> entry : existing.entrySet()) {
        if (!seen.contains(entry.getKey()) && !failedPaths.contains(entry.getValue().path())) {
          writer.deleteDocuments(new Term(Schema.GROUP, entry.getKey()));
          removed++;
        }
      }
      writer.commit();
    } finally {
      pool.shutdownNow();
    }
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new IndexReport(
        added.get(), updated.get(), removed, unchanged.get(), summary.skipped(), tookMs);
  }

  private void write(IndexWriter writer, Article article, String hash) throws IOException {
    List<Document> docs = schema.toDocuments(extractor.extract(article), hash);
    writer.updateDocuments(new Term(Schema.GROUP, article.id()), docs);
  }

  private static void awaitAll(ExecutorService pool) throws IOException {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
        throw new IOException("indexing did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    }
  }

  /** Id, hash and path of every article already in the index. */
  private Map<String, Existing> existingArticles() throws IOException {
    Map<String, Existing> existing = new HashMap<>();
    if (!DirectoryReader.indexExists(directory)) {
      return existing;
    }
    try (DirectoryReader index = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : index.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document fields = stored.document(doc, STATE_FIELDS);
          if (fields.get(Schema.HASH) != null) {
            existing.put(
                fields.get(Schema.ID),
                new Existing(fields.get(Schema.HASH), fields.get(Schema.PATH)));
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return existing;
  }
}
