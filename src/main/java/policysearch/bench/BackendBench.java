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
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import policysearch.corpus.CorpusReader;
import policysearch.embed.Embedder;
import policysearch.extract.Extractor;
import policysearch.index.IndexReport;
import policysearch.index.Indexer;
import policysearch.index.Schema;
import policysearch.search.LuceneBackend;
import policysearch.search.SearchBackend;

/**
 * The same search figures for several backends of one corpus, timed query by query side by side in
 * one run (so the machine's noise falls on all alike), with each backend's bulk ingest rate: the
 * embedded index first, as the baseline of every ratio. The query set is drawn from the embedded
 * index, as {@code bench} draws it.
 */
public final class BackendBench {
  private static final long SEED = 20240527L;

  /**
   * One backend: its name, its searches, and how long its ingest of the corpus took.
   *
   * @param articles articles the ingest wrote
   */
  public record Target(String name, SearchBackend search, int articles, double ingestSeconds) {
    double articlesPerSecond() {
      return articles / ingestSeconds;
    }
  }

  private BackendBench() {}

  /**
   * The embedded baseline: {@code corpus} indexed afresh into {@code index} without vectors (the
   * OpenSearch ingest writes none either, so the ingest figures compare like with like), timed,
   * then searched. The caller closes the target's search.
   */
  public static Target embedded(
      Path index,
      List<Path> corpus,
      CorpusReader reader,
      Extractor extractor,
      Schema schema,
      Supplier<Embedder> embedder)
      throws IOException {
    deleteTree(index);
    long start = System.nanoTime();
    IndexReport report;
    try (FSDirectory directory = FSDirectory.open(index)) {
      report = Indexer.withoutVectors(directory, extractor, schema, reader).update(corpus, n -> {});
    }
    double seconds = IndexingBench.seconds(start);
    LuceneBackend search =
        new LuceneBackend(FSDirectory.open(index), schema, extractor.taxonomy(), embedder);
    return new Target("embedded Lucene", search, report.added(), seconds);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Times {@code queries} searches of the set drawn from {@code embeddedIndex} on every target,
   * after {@code warmUp} unmeasured calls each; prints a table and writes {@code backends.json} in
   * {@code outDir}.
   */
  public static void run(
      Path embeddedIndex,
      List<Target> targets,
      int queries,
      int warmUp,
      Path outDir,
      ObjectMapper mapper,
      PrintStream out)
      throws IOException, InterruptedException {
    List<BenchQuery> set;
    try (FSDirectory directory = FSDirectory.open(embeddedIndex);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      set = QuerySet.generate(reader, queries, SEED);
    }
    List<SearchBench.Runner> runners = new ArrayList<>();
    targets.forEach(t -> runners.add(SearchBench.service(t.search())));
    List<ModeResult> results = new SearchBench(set, warmUp).sideBySide(runners);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("queries", set.size());
    List<Map<String, Object>> rows = new ArrayList<>();
    ModeResult base = results.get(0);
    out.printf(
        "%nsearch through the service API, %d queries side by side, ms; ingest with"
            + " extraction%n",
        set.size());
    out.printf(
        "  %-28s %9s %9s %9s %11s %12s %12s%n",
        "backend", "p50", "p90", "p99", "p50 ratio", "articles/s", "ingest ratio");
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      Latencies all = results.get(i).all();
      double ratio = all.p50() / base.all().p50();
      double ingest = t.articlesPerSecond() / targets.get(0).articlesPerSecond();
      out.printf(
          "  %-28s %9.2f %9.2f %9.2f %10.2fx %12.1f %11.2fx%n",
          t.name(), all.p50(), all.p90(), all.p99(), ratio, t.articlesPerSecond(), ingest);
      Map<String, Object> row = new LinkedHashMap<>(all.json());
      row.put("backend", t.name());
      row.put("p50_ratio", Latencies.round(ratio));
      row.put("ingest_articles", t.articles());
      row.put("ingest_s", Latencies.round(t.ingestSeconds()));
      row.put("ingest_articles_per_s", Latencies.round(t.articlesPerSecond()));
      Map<String, Object> byCategory = new LinkedHashMap<>();
      results.get(i).byCategory().forEach((c, l) -> byCategory.put(c, l.json()));
      row.put("by_category", byCategory);
      rows.add(row);
    }
    out.printf("%nby category, ms p50%n  %-12s", "category");
    targets.forEach(t -> out.printf(" %16s", shorten(t.name())));
    out.println();
    for (String category : QuerySet.CATEGORIES) {
      out.printf("  %-12s", category);
      for (ModeResult r : results) {
        Latencies l = r.byCategory().get(category);
        out.printf(" %16s", l == null ? "-" : String.format("%.2f", l.p50()));
      }
      out.println();
    }
    json.put("backends", rows);
    Files.createDirectories(outDir);
    Path file = outDir.resolve("backends.json");
    mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
    out.println("report: " + file);
  }

  private static String shorten(String name) {
    return name.length() <= 16 ? name : name.substring(0, 16);
  }
}
