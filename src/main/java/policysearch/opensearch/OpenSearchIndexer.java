package policysearch.opensearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import policysearch.corpus.Article;
import policysearch.corpus.CorpusReader;
import policysearch.corpus.ReadSummary;
import policysearch.corpus.Submissions;
import policysearch.extract.Extractor;
import policysearch.index.EntityResolution;
import policysearch.index.IndexReport;
import policysearch.index.RemovalScope;
import policysearch.index.Workers;
import policysearch.resolve.NameData;
import policysearch.resolve.Resolution;

/**
 * Brings an OpenSearch index up to date with the corpus, as {@code index.Indexer} does a Lucene
 * index: extraction runs here on every core, and the documents go to the cluster in bulk. An
 * article whose hash (content, vocabularies, mapping layout) the index already holds is skipped, so
 * a run that was interrupted, or whose cluster lost a node, is simply run again: it sends only what
 * is missing, and as every document is written by id, nothing is ever there twice.
 *
 * <p>Articles whose file is gone are removed by the embedded indexer's rule. Actors are written
 * under the canonical names of the corpus-level entity resolution ({@link NameSync}), re-resolved
 * at the end of every run, as the embedded indexer does.
 */
public final class OpenSearchIndexer {
  /** The index policy-search writes in a cluster. */
  public static final String INDEX = "policy-search";

  private final Connection connection;
  private final ClusterIndex index;
  private final Extractor extractor;
  private final CorpusReader reader;
  private final Backoff backoff;
  private final int batchBytes;
  private final NameSync names;

  /** An indexer writing to index {@code name} through {@code connection}. */
  public OpenSearchIndexer(
      Connection connection, String name, Extractor extractor, CorpusReader reader) {
    this(connection, name, extractor, reader, Backoff.DEFAULT, BulkIngest.BATCH_BYTES);
  }

  OpenSearchIndexer(
      Connection connection,
      String name,
      Extractor extractor,
      CorpusReader reader,
      Backoff backoff,
      int batchBytes) {
    this.connection = connection;
    this.index = new ClusterIndex(connection, name);
    this.extractor = extractor;
    this.reader = reader;
    this.backoff = backoff;
    this.batchBytes = batchBytes;
    this.names = new NameSync(connection, index, extractor, NameData.load(), backoff, batchBytes);
  }

  /** The entity resolution of this index, shared with a writer beside this indexer. */
  NameSync names() {
    return names;
  }

  /**
   * What a run did.
   *
   * @param retries how many times a bulk request, or some articles of one, were sent again
   */
  public record Report(IndexReport index, int retries) {}

  /**
   * Indexes {@code roots}, creating the index if needed ({@code shards} 0: one per data node, with
   * a replica when there are several); {@code progress} receives the number of articles done.
   */
  public Report update(List<Path> roots, int shards, int replicas, IntConsumer progress)
      throws IOException {
    long start = System.nanoTime();
    index.ensure(shards, replicas);
    Run run = new Run(index.existing(), names.current(), progress);
    ReadSummary summary;
    try {
      summary = reader.read(roots, run::accept);
      Workers.awaitAll(run.pool);
      if (run.failure.get() == null) {
        run.bulk.flush();
      }
    } finally {
      run.pool.shutdownNow();
    }
    if (run.failure.get() != null) {
      throw new IOException(
          "indexing into OpenSearch stopped: "
              + run.failure.get().getMessage()
              + " (run it again: it resumes where it stopped)",
          run.failure.get());
    }
    int removed = removeVanished(run, summary, roots);
    index.refresh();
    List<String> refused = run.bulk.failures();
    if (!refused.isEmpty()) {
      throw new IOException(
          refused.size() + " articles were refused by OpenSearch, e.g. " + refused.get(0));
    }
    if (run.added.get() + run.updated.get() + removed > 0) {
      names.written();
    }
    EntityResolution.Report resolved = names.resolve();
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new Report(
        new IndexReport(
            run.added.get(),
            run.updated.get(),
            removed,
            run.unchanged.get(),
            summary.skipped(),
            tookMs,
            resolved),
        run.bulk.retries());
  }

  /**
   * Deletes the articles this run did not see, by the embedded index's rule: only those whose file
   * lies under a corpus root that exists and was read (not under a path that failed as a whole),
   * never articles submitted through the API ({@link RemovalScope}).
   */
  private int removeVanished(Run run, ReadSummary summary, List<Path> roots) throws IOException {
    RemovalScope scope = RemovalScope.of(roots, summary.failedPaths());
    List<String> gone = new ArrayList<>();
    int removed = 0;
    for (Map.Entry<String, ClusterIndex.Existing> entry : run.existing.entrySet()) {
      ClusterIndex.Existing before = entry.getValue();
      if (run.seen.contains(entry.getKey())
          || Submissions.PATH.equals(before.path())
          || !scope.covers(before.path())) {
        continue;
      }
      gone.add(entry.getKey());
      // A tombstone whose article left the corpus goes too; it was no article.
      removed += before.tombstone() ? 0 : 1;
    }
    for (String id : gone) {
      index.deleteArticle(id);
    }
    return removed;
  }

  /** One run's state: the corpus reader hands it articles, the pool extracts and sends them. */
  private final class Run {
    private final Map<String, ClusterIndex.Existing> existing;
    private final Resolution resolution;
    private final IntConsumer progress;
    private final BulkIngest bulk =
        new BulkIngest(connection.client(), index.name(), backoff, batchBytes);
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool = Executors.newFixedThreadPool(threads);
    private final Semaphore inFlight = new Semaphore(threads * 4);

    Run(Map<String, ClusterIndex.Existing> existing, Resolution resolution, IntConsumer progress) {
      this.existing = existing;
      this.resolution = resolution;
      this.progress = progress;
    }

    /** On the reading thread: skips an unchanged article, or hands it to the pool. */
    void accept(Article article) {
      seen.add(article.id());
      String hash = hash(article);
      ClusterIndex.Existing before = existing.get(article.id());
      if (before != null && before.unchanged(article, hash)) {
        unchanged.incrementAndGet();
        progress.accept(done.incrementAndGet());
        return;
      }
      inFlight.acquireUninterruptibly();
      pool.execute(() -> write(article, hash, before));
    }

    private void write(Article article, String hash, ClusterIndex.Existing before) {
      try {
        if (failure.get() == null) {
          int previous = before == null ? 0 : before.statements();
          // Names under the resolution of the run's start; the sync at its end rewrites those a
          // later spelling moved, as the embedded indexer does.
          bulk.add(ArticleGroup.of(extractor.extract(article), hash, previous, resolution));
          (before == null ? added : updated).incrementAndGet();
          progress.accept(done.incrementAndGet());
        }
      } catch (IOException | RuntimeException e) {
        failure.compareAndSet(null, e);
      } catch (Error e) {
        // An Error (out of memory) would otherwise end the worker silently and lose the article.
        failure.compareAndSet(null, new IOException("article " + article.id() + ": " + e, e));
      } finally {
        inFlight.release();
      }
    }
  }

  /**
   * Deletes index {@code name} if the cluster has it (a bench starts afresh); returns how many data
   * nodes the cluster has.
   */
  public static int dropIndex(Connection connection, String name) throws IOException {
    ClusterIndex index = new ClusterIndex(connection, name);
    try {
      if (connection.exists(name)) {
        connection.send("DELETE", name, null);
      }
    } catch (IOException e) {
      throw new IOException("cannot reach OpenSearch at " + connection + ": " + e, e);
    }
    return index.dataNodes();
  }

  /** How many documents (articles and statements) the index holds. */
  public long documents() throws IOException {
    return index.count();
  }

  /** What an article's documents were made from; any change re-sends the article. */
  String hash(Article article) {
    return article.hash() + extractor.fingerprint() + Mappings.LAYOUT;
  }
}
