package policysearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import policysearch.corpus.Article;
import policysearch.corpus.BadInputException;
import policysearch.corpus.CorpusReader;
import policysearch.corpus.DocumentParser;
import policysearch.corpus.ForkedParser;
import policysearch.corpus.InProcessParser;
import policysearch.corpus.ParserLimits;
import policysearch.embed.Embedder;
import policysearch.extract.Extractor;
import policysearch.index.IndexReport;
import policysearch.index.Indexer;
import policysearch.index.Schema;

/**
 * PDF ingest: a generated set of report PDFs (real corpus paragraphs, {@value #CHARS_PER_PAGE}
 * characters a page) indexed by the real {@link Indexer} — forked parsing, extraction and indexing
 * — in pages/s and MB/s; then a second run over the unchanged files; then parsing alone, forked and
 * in this JVM, for what the isolation costs.
 */
public final class DocumentBench {
  static final int CHARS_PER_PAGE = 2_600;
  static final int PAGES_PER_FILE = 25;

  private final CorpusReader reader;
  private final Extractor extractor;
  private final Schema schema;
  private final Embedder embedder;
  private final PrintStream log;

  /** A bench of the reader's document parsing and the real indexer. */
  public DocumentBench(
      CorpusReader reader, Extractor extractor, Schema schema, Embedder embedder, PrintStream log) {
    this.reader = reader;
    this.embedder = embedder;
    this.extractor = extractor;
    this.schema = schema;
    this.log = log;
  }

  /**
   * Writes {@code pages} pages of PDFs from {@code text}'s paragraphs under {@code work}, then
   * times.
   */
  public DocumentFigures run(List<Path> text, int pages, Path work) throws IOException {
    double loadBefore = Load.now();
    Path corpus = work.resolve("pdf-corpus");
    Dirs.delete(corpus);
    Files.createDirectories(corpus);
    List<Path> files = write(paragraphs(text, pages), pages, corpus);
    long bytes = Dirs.size(corpus);
    log.printf("  wrote %d PDFs, %d pages, %.1f MB%n", files.size(), pages, bytes / 1e6);

    Path index = work.resolve("pdf-index");
    Dirs.delete(index);
    long start = System.nanoTime();
    double cpuBefore = Load.cpuSeconds();
    IndexReport first = index(corpus, index);
    double ingest = IndexingBench.seconds(start);
    double ingestCpu = Load.cpuSeconds() - cpuBefore;
    log.printf(
        "  indexed in %.1f s: %d added, %d skipped%n",
        ingest, first.added(), first.skipped().size());
    start = System.nanoTime();
    IndexReport second = index(corpus, index);
    double again = IndexingBench.seconds(start);
    log.printf("  second run in %.2f s: %d unchanged%n", again, second.unchanged());

    ParserLimits one = new ParserLimits(ParserLimits.defaults().timeout(), 768, 64_000_000, 1);
    double forkedStart;
    double forked;
    try (ForkedParser parser = new ForkedParser(one)) {
      start = System.nanoTime();
      parseAll(parser, files.subList(0, 1));
      forkedStart = IndexingBench.seconds(start);
      start = System.nanoTime();
      parseAll(parser, files);
      forked = IndexingBench.seconds(start);
    }
    double inProcess;
    try (InProcessParser parser = new InProcessParser(64_000_000)) {
      parseAll(parser, files.subList(0, 1));
      start = System.nanoTime();
      parseAll(parser, files);
      inProcess = IndexingBench.seconds(start);
    }
    log.printf(
        "  parsing alone, one process: forked %.1f s (first file with start-up %.1f s), in this JVM %.1f s%n",
        forked, forkedStart, inProcess);
    return new DocumentFigures(
        files.size(),
        pages,
        bytes,
        first.added(),
        ingest,
        ingestCpu,
        again,
        second.unchanged(),
        forkedStart,
        forked,
        inProcess,
        Runtime.getRuntime().availableProcessors(),
        loadBefore,
        Load.now());
  }

  private IndexReport index(Path corpus, Path index) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index)) {
      return new Indexer(directory, extractor, schema, reader, embedder)
          .update(List.of(corpus), done -> {});
    }
  }

  private static void parseAll(DocumentParser parser, List<Path> files) throws IOException {
    for (Path file : files) {
      try {
        parser.parse(file);
      } catch (BadInputException e) {
        throw new IOException("bench PDF " + file + " did not parse: " + e.getMessage(), e);
      }
    }
  }

  /** Paragraphs of the corpus articles, enough for {@code pages} pages (repeated if short). */
  private List<String> paragraphs(List<Path> text, int pages) {
    List<String> pool = new ArrayList<>();
    long needed = (long) pages * CHARS_PER_PAGE;
    long[] have = {0};
    reader.read(
        text,
        (Article article) -> {
          if (have[0] >= needed) {
            return;
          }
          for (String p : article.text().split("\n\\s*\n")) {
            String clean = p.strip().replaceAll("[^\\x20-\\x7e]", " ");
            if (clean.length() > 40) {
              pool.add(clean);
              have[0] += clean.length();
            }
          }
        });
    if (pool.isEmpty()) {
      pool.add(
          "The committee reviewed the budget and the minister said the alliance would meet"
              + " again in Brussels to discuss trade, security and climate policy.");
    }
    return pool;
  }

  private static List<Path> write(List<String> pool, int pages, Path corpus) throws IOException {
    List<Path> files = new ArrayList<>();
    int next = 0;
    for (int done = 0, n = 1; done < pages; n++) {
      int count = Math.min(PAGES_PER_FILE, pages - done);
      List<List<String>> content = new ArrayList<>();
      for (int p = 0; p < count; p++) {
        List<String> page = new ArrayList<>();
        int chars = 0;
        while (chars < CHARS_PER_PAGE) {
          String paragraph = pool.get(next++ % pool.size());
          int room = CHARS_PER_PAGE - chars;
          String cut = paragraph.length() > room ? paragraph.substring(0, room) : paragraph;
          page.add(cut);
          chars += cut.length() + 1;
        }
        content.add(page);
      }
      Path file = corpus.resolve(String.format(java.util.Locale.ROOT, "report-%03d.pdf", n));
      PdfWriter.write(file, "Benchmark report " + n, LocalDate.of(2024, 1, 1).plusDays(n), content);
      files.add(file);
      done += count;
    }
    return files;
  }
}
