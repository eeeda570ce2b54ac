package policysearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import policysearch.corpus.Article;
import policysearch.corpus.CorpusReader;
import policysearch.embed.Embedder;
import policysearch.extract.Enriched;
import policysearch.extract.Extractor;
import policysearch.extract.Statement;
import policysearch.index.Indexer;
import policysearch.index.Schema;

/**
 * Indexing three ways over the same corpus: a bare {@code IndexWriter} loop (same analyzers and
 * fields, nothing extracted), extraction alone (nothing written), and the real {@link Indexer}.
 * Each also pays for reading the corpus, which is timed on its own first.
 */
final class IndexingBench {
  private final CorpusReader reader;
  private final Extractor extractor;
  private final Schema schema;
  private final Embedder embedder;
  private final PrintStream log;

  IndexingBench(
      CorpusReader reader, Extractor extractor, Schema schema, Embedder embedder, PrintStream log) {
    this.reader = reader;
    this.extractor = extractor;
    this.schema = schema;
    this.embedder = embedder;
    this.log = log;
  }

  /** Runs the three, leaving the real index in {@code index}; scratch space in {@code work}. */
  IndexingFigures run(List<Path> corpus, Path index, Path work) throws IOException {
    AtomicInteger articles = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    long start = System.nanoTime();
    reader.read(
        corpus,
        article -> {
          articles.incrementAndGet();
          bytes.addAndGet(utf8Length(article));
        });
    double read = seconds(start);
    log.printf(
        "  read %,d articles (%.1f MB) in %.1f s%n", articles.get(), bytes.get() / 1e6, read);

    Path bareDir = work.resolve("bare");
    Dirs.delete(bareDir);
    start = System.nanoTime();
    bare(corpus, bareDir);
    double bare = seconds(start);
    long bareBytes = Dirs.size(bareDir);
    Dirs.delete(bareDir);
    log.printf("  bare IndexWriter loop: %.1f s%n", bare);

    List<List<String>> texts = Collections.synchronizedList(new ArrayList<>());
    start = System.nanoTime();
    try (Parallel<Article> pool =
        new Parallel<>(
            a ->
                texts.add(
                    extractor.extract(a).statements().stream().map(Statement::text).toList()))) {
      reader.read(corpus, pool);
    }
    double extract = seconds(start);
    int statements = texts.stream().mapToInt(List::size).sum();
    log.printf("  extraction alone: %.1f s (%,d statements)%n", extract, statements);

    start = System.nanoTime();
    try (Parallel<List<String>> pool = new Parallel<>(embedder::embedAll)) {
      texts.forEach(pool);
    }
    double embed = seconds(start);
    log.printf("  embedding the statements alone: %.1f s%n", embed);

    Path plainDir = work.resolve("without-vectors");
    Dirs.delete(plainDir);
    start = System.nanoTime();
    try (FSDirectory directory = FSDirectory.open(plainDir)) {
      Indexer.withoutVectors(directory, extractor, schema, reader).update(corpus, done -> {});
    }
    double plain = seconds(start);
    long plainBytes = Dirs.size(plainDir);
    Dirs.delete(plainDir);
    log.printf("  real indexer without vectors: %.1f s%n", plain);

    Dirs.delete(index);
    System.gc();
    double indexer;
    long peak;
    try (HeapSampler heap = new HeapSampler();
        FSDirectory directory = FSDirectory.open(index)) {
      start = System.nanoTime();
      new Indexer(directory, extractor, schema, reader, embedder).update(corpus, done -> {});
      indexer = seconds(start);
      peak = heap.peak();
    }
    log.printf("  real indexer: %.1f s%n", indexer);
    return new IndexingFigures(
        articles.get(),
        bytes.get(),
        read,
        bare,
        extract,
        indexer,
        plain,
        bareBytes,
        Dirs.size(index),
        plainBytes,
        statements,
        embed,
        peak);
  }

  private void bare(List<Path> corpus, Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, Indexer.writerConfig())) {
      try (Parallel<Article> pool =
          new Parallel<>(
              article ->
                  writer.addDocuments(
                      schema.toDocuments(
                          new Enriched(article, List.of(), List.of(), List.of()),
                          article.hash())))) {
        reader.read(corpus, pool);
      }
      writer.commit();
    }
  }

  static long utf8Length(Article article) {
    long length = article.text().getBytes(StandardCharsets.UTF_8).length;
    return article.title() == null
        ? length
        : length + article.title().getBytes(StandardCharsets.UTF_8).length;
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
