package policysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import policysearch.corpus.Article;
import policysearch.corpus.CorpusReader;
import policysearch.corpus.ReadSummary;
import policysearch.corpus.Submissions;
import policysearch.embed.Embedder;
import policysearch.extract.Enriched;
import policysearch.extract.Extractor;
import policysearch.index.IndexedArticles.Existing;
import policysearch.resolve.NameData;
import policysearch.resolve.Resolution;

/**
 * Brings an index up to date with the corpus: adds new articles, replaces changed ones, removes
 * those whose file is gone, and leaves unchanged ones alone. Extraction runs on every core; the
 * {@code IndexWriter} is shared, as it is thread-safe.
 *
 * <p>Crash safety: every article is written with one {@code updateDocuments} on its group term, so
 * a commit holds an article whole or not at all, and never twice. The run commits every five
 * seconds ({@link IndexRun}), so a killed run keeps what it committed and the next run, comparing
 * content hashes, only redoes the rest.
 *
 * <p>Actors are written under the canonical names of the corpus-level resolution ({@link
 * EntityResolution}); at the end of a run a sync re-resolves and rewrites the articles whose
 * canonical names changed, reusing their stored vectors (their texts did not change).
 */
public final class Indexer {
  private final Directory directory;
  private final Extractor extractor;
  private final Schema schema;
  private final CorpusReader reader;
  private final ArticleEmbedder embedder;
  private final EntityResolution names;

  /**
   * An indexer writing to {@code directory}, embedding statements with {@code embedder} and
   * resolving names with the project's aliases file.
   */
  public Indexer(
      Directory directory,
      Extractor extractor,
      Schema schema,
      CorpusReader reader,
      Embedder embedder) {
    this(directory, extractor, schema, reader, embedder, new EntityResolution(NameData.load()));
  }

  /** An indexer embedding with {@code embedder} and resolving names with {@code names}. */
  public Indexer(
      Directory directory,
      Extractor extractor,
      Schema schema,
      CorpusReader reader,
      Embedder embedder,
      EntityResolution names) {
    this(directory, extractor, schema, reader, new ArticleEmbedder(embedder), names);
  }

  private Indexer(
      Directory directory,
      Extractor extractor,
      Schema schema,
      CorpusReader reader,
      ArticleEmbedder embedder,
      EntityResolution names) {
    this.directory = directory;
    this.extractor = extractor;
    this.schema = schema;
    this.reader = reader;
    this.embedder = embedder;
    this.names = names;
  }

  /**
   * An indexer that writes no vectors: the benchmark's baseline. Related statements and semantic
   * search fall back to words alone on such an index.
   */
  public static Indexer withoutVectors(
      Directory directory, Extractor extractor, Schema schema, CorpusReader reader) {
    return new Indexer(
        directory,
        extractor,
        schema,
        reader,
        (ArticleEmbedder) null,
        new EntityResolution(NameData.load()));
  }

  /** How many texts (statements and article leads) this indexer has embedded so far. */
  public long embedded() {
    return embedder == null ? 0 : embedder.embedded();
  }

  /**
   * Indexes {@code roots}; {@code progress} receives the number of articles done so far. An
   * interrupt of the calling thread stops the run: it throws {@code InterruptedIOException} once
   * the articles already being written are done, and removes nothing.
   */
  public IndexReport update(List<Path> roots, IntConsumer progress) throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, writerConfig())) {
      return update(writer, roots, progress);
    }
  }

  /** Like {@link #update(List, IntConsumer)}, with a writer that stays open (the server's). */
  public IndexReport update(IndexWriter writer, List<Path> roots, IntConsumer progress)
      throws IOException {
    long start = System.nanoTime();
    names.load(writer);
    try (DirectoryReader before = DirectoryReader.open(writer)) {
      return update(writer, roots, progress, new IndexedArticles(before), start);
    }
  }

  private IndexReport update(
      IndexWriter writer,
      List<Path> roots,
      IntConsumer progress,
      IndexedArticles indexed,
      long start)
      throws IOException {
    try (IndexRun run = new IndexRun(this, writer, indexed, progress, start)) {
      ReadSummary summary;
      int removed;
      EntityResolution.Report resolved;
      try {
        summary = reader.read(roots, run::article, run::known);
        run.finishWrites();
        removed =
            removeVanished(
                writer, run.existing(), run.seen(), RemovalScope.of(roots, summary.failedPaths()));
        resolved = resolve(writer);
        writer.commit();
      } catch (IndexRun.Stopped stopped) {
        throw run.stopped();
      }
      return run.report(summary, removed, resolved);
    }
  }

  /**
   * An article's documents under a resolution, ready to replace its group, and whether the article
   * names someone or something that resolution has not seen (a new spelling may join an entity).
   */
  record Documents(List<Document> docs, boolean newNames) {}

  /**
   * The documents of {@code article} under {@code resolution}; an article that extraction or Lucene
   * cannot take raises {@link RejectedArticleException}, which skips that article only.
   */
  Documents documents(Article article, Resolution resolution) throws IOException {
    return documents(article, hash(article), resolution, Map.of());
  }

  private Documents documents(
      Article article, String hash, Resolution resolution, Map<String, float[]> known)
      throws IOException {
    Enriched enriched;
    try {
      enriched = extractor.extract(article);
    } catch (RuntimeException e) {
      throw new RejectedArticleException(article, "extraction failed: " + e, e);
    }
    // A failure to embed is the model's, not the article's: it fails the run.
    Vectors vectors = embedder == null ? null : embedder.of(enriched, known);
    try {
      return new Documents(
          schema.toDocuments(enriched, hash, resolution, vectors), !resolution.knowsAll(enriched));
    } catch (RuntimeException e) {
      // Lucene's facets refuse a value over their length limit (a name in an edited aliases file).
      throw new RejectedArticleException(article, e.getMessage(), e);
    }
  }

  /**
   * Re-resolves the names of the whole index and rewrites the articles whose canonical names
   * changed (not committed). Their texts are as indexed, so their vectors are read back, not
   * embedded again. An article Lucene refuses to rewrite keeps its earlier version, under its older
   * names, and the next sync tries again: one such article does not stop the sync.
   */
  EntityResolution.Report resolve(IndexWriter writer) throws IOException {
    try (DirectoryReader before = DirectoryReader.open(writer)) {
      IndexedArticles indexed = new IndexedArticles(before);
      return names.sync(
          writer,
          (article, hash) -> {
            try {
              writeResolved(writer, article, hash, reusable(indexed, article.id()));
            } catch (RejectedArticleException e) {
              // Refused before anything changed: the article's indexed version stays as it was.
            }
          });
    }
  }

  /** The resolution that writes use. */
  EntityResolution names() {
    return names;
  }

  /** Writes one article under the current resolution, holding the gate against a sync. */
  void write(IndexWriter writer, Article article, String hash, Map<String, float[]> known)
      throws IOException {
    Lock lock = names.writes();
    lock.lock();
    try {
      writeResolved(writer, article, hash, known);
    } finally {
      lock.unlock();
    }
  }

  /** Writes under the current resolution; the caller holds the write gate (or a sync does). */
  private void writeResolved(
      IndexWriter writer, Article article, String hash, Map<String, float[]> known)
      throws IOException {
    List<Document> docs = documents(article, hash, names.current(), known).docs();
    try {
      writer.updateDocuments(new Term(Schema.GROUP, article.id()), docs);
    } catch (IllegalArgumentException e) {
      // Lucene refuses the document (a term over 32 KB, too many positions) before it changes
      // anything: the article's earlier version, if any, stays.
      throw new RejectedArticleException(article, e.getMessage(), e);
    }
    names.written();
  }

  /** The vectors an article had, if they came from this indexer's model. */
  Map<String, float[]> reusable(IndexedArticles indexed, Existing before, Article article)
      throws IOException {
    if (embedder == null || before == null || !embedder.model().equals(before.model())) {
      return Map.of();
    }
    return indexed.vectors(article.id());
  }

  /** The vectors article {@code id} has in {@code indexed}, if they came from this model. */
  private Map<String, float[]> reusable(IndexedArticles indexed, String id) throws IOException {
    return embedder == null ? Map.of() : indexed.vectors(id, embedder.model());
  }

  /**
   * What an indexed article's documents were made from: its content (first, so a tombstone can tell
   * the content is the one deleted whatever the vocabularies), the vocabularies, the index layout
   * and the embedding model; any change re-indexes the article.
   */
  String hash(Article article) {
    return hash(article.hash());
  }

  String hash(String articleHash) {
    String model = embedder == null ? "no vectors" : embedder.model();
    return articleHash + extractor.fingerprint() + Schema.LAYOUT + model;
  }

  /** The configuration of every writer of this index. */
  public static IndexWriterConfig writerConfig() {
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCodec(new CompactCodec());
    config.setRAMBufferSizeMB(128);
    return config;
  }

  /**
   * Deletes the articles this run did not see whose file lay where the run read ({@link
   * RemovalScope}).
   */
  private int removeVanished(
      IndexWriter writer, Map<String, Existing> existing, Set<String> seen, RemovalScope scope)
      throws IOException {
    int removed = 0;
    for (Map.Entry<String, Existing> entry : existing.entrySet()) {
      String path = entry.getValue().path();
      if (seen.contains(entry.getKey()) || Submissions.PATH.equals(path) || !scope.covers(path)) {
        continue;
      }
      writer.deleteDocuments(new Term(Schema.GROUP, entry.getKey()));
      names.written();
      // A tombstone whose article left the corpus goes too; it was no article.
      removed += entry.getValue().deleted() ? 0 : 1;
    }
    return removed;
  }
}
