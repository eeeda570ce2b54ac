package policysearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import policysearch.corpus.CorpusReader;
import policysearch.embed.Embedder;
import policysearch.extract.Extractor;
import policysearch.index.Schema;
import policysearch.search.LuceneBackend;
import policysearch.search.SearchBackend;
import policysearch.web.Operations;
import policysearch.web.WebServer;

/** The {@code bench} command: indexing, search at several scales, serve start-up; one report. */
public final class Benchmark {
  private static final long SEED = 20240527L;
  private static final int CLIENTS = 4;
  private static final String SMALL_HEAP = "512m";
  private static final int STATEMENT_SAMPLE = 200;

  private final CorpusReader reader;
  private final Extractor extractor;
  private final Schema schema;
  private final ObjectMapper mapper;
  private final Embedder embedder;

  /** A benchmark built from the same parts as the other commands. */
  public Benchmark(
      CorpusReader reader,
      Extractor extractor,
      Schema schema,
      ObjectMapper mapper,
      Embedder embedder) {
    this.reader = reader;
    this.extractor = extractor;
    this.schema = schema;
    this.mapper = mapper;
    this.embedder = embedder;
  }

  /** Runs everything, prints the table to {@code out}, progress to {@code log}. */
  public void run(BenchOptions options, PrintStream out, PrintStream log)
      throws IOException, InterruptedException {
    Files.createDirectories(options.out());
    Path index1 = options.out().resolve("index-1");
    log.println("indexing " + options.corpus() + " …");
    IndexingFigures indexing =
        new IndexingBench(reader, extractor, schema, embedder, log)
            .run(options.corpus(), index1, options.out());

    List<Integer> larger = options.scales().stream().filter(s -> s > 1).distinct().toList();
    if (!larger.isEmpty()) {
      log.println("building scales " + larger + " of " + options.scaleCorpus() + " …");
      long start = System.nanoTime();
      new ScaledIndexes(reader, extractor, schema, embedder)
          .build(
              options.scaleCorpus(),
              larger,
              larger.stream().map(s -> indexDir(options, s)).toList());
      log.printf("  built in %.1f s%n", IndexingBench.seconds(start));
    }
    Path queryIndex = larger.isEmpty() ? index1 : indexDir(options, larger.get(0));
    List<BenchQuery> queries;
    try (FSDirectory directory = FSDirectory.open(queryIndex);
        DirectoryReader index = DirectoryReader.open(directory)) {
      queries = QuerySet.generate(index, options.queries(), SEED);
    }

    Map<Integer, ScaleResult> scales = new LinkedHashMap<>();
    int warmUp = options.warmUpCalls(); // later scales run compiled code already
    for (int scale : options.scales().stream().distinct().toList()) {
      log.println("searching at scale " + scale + " …");
      scales.put(scale, search(scale, indexDir(options, scale), queries, warmUp));
      warmUp = 0;
    }
    log.println("starting serve with -Xmx" + SMALL_HEAP + " on " + index1 + " …");
    ServeCheck.Outcome serve =
        new ServeCheck(log).run(options.corpus(), index1, SMALL_HEAP, queries, CLIENTS);

    Report report = new Report(options, indexing, scales, serve, queries);
    Path json = options.out().resolve("report.json");
    mapper.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report.json());
    report.print(out);
    out.println("report: " + json);
  }

  /**
   * PDF ingest over {@code pages} generated pages of {@code corpus} text; prints the figures and
   * writes them to documents.json in {@code outDir}.
   */
  public DocumentFigures runDocuments(
      List<Path> corpus, int pages, Path outDir, PrintStream out, PrintStream log)
      throws IOException {
    Files.createDirectories(outDir);
    log.println("PDF ingest over " + pages + " generated pages …");
    DocumentFigures figures =
        new DocumentBench(reader, extractor, schema, embedder, log).run(corpus, pages, outDir);
    Path json = outDir.resolve("documents.json");
    mapper.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), figures.json());
    figures.print(out);
    out.println("report: " + json);
    return figures;
  }

  private static Path indexDir(BenchOptions options, int scale) {
    return options.out().resolve("index-" + scale);
  }

  private ScaleResult search(int scale, Path dir, List<BenchQuery> queries, int warmUpCalls)
      throws IOException, InterruptedException {
    SearchBench bench = new SearchBench(queries, warmUpCalls);
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader index = DirectoryReader.open(directory);
        SearchBackend service =
            new LuceneBackend(directory, schema, extractor.taxonomy(), () -> embedder);
        WebServer server =
            new WebServer(service, null, null, Operations.quiet(), "127.0.0.1", 0).start()) {
      String base = "http://127.0.0.1:" + server.port();
      List<ModeResult> sequential =
          bench.sideBySide(
              List.of(
                  SearchBench.raw(new RawSearch(new IndexSearcher(index), schema.facetsConfig())),
                  SearchBench.service(service),
                  SearchBench.http(base)));
      ModeResult http4 = bench.load(base, CLIENTS);
      List<StatementBench.Category> statements =
          new StatementBench(index, service, embedder, base).run(queries, STATEMENT_SAMPLE, SEED);
      return new ScaleResult(
          scale,
          service.articleCount(),
          Dirs.size(dir),
          sequential.get(0),
          sequential.get(1),
          sequential.get(2),
          http4,
          statements);
    }
  }

  /** The default corpora: every corpus file under {@code folder}, sorted. */
  public static List<Path> corpora(Path folder) throws IOException {
    List<Path> found = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (var files = Files.list(folder)) {
        files
            .filter(f -> f.getFileName().toString().endsWith(".jsonl.gz"))
            .sorted()
            .forEach(found::add);
      }
    }
    return found;
  }
}
