package policysearch.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures as report.json and as a table with each target stated as measured. */
final class Report {
  private record Target(String name, String measured, boolean met) {}

  private final BenchOptions options;
  private final IndexingFigures indexing;
  private final Map<Integer, ScaleResult> scales;
  private final ServeCheck.Outcome serve;
  private final List<BenchQuery> queries;

  Report(
      BenchOptions options,
      IndexingFigures indexing,
      Map<Integer, ScaleResult> scales,
      ServeCheck.Outcome serve,
      List<BenchQuery> queries) {
    this.options = options;
    this.indexing = indexing;
    this.scales = scales;
    this.serve = serve;
    this.queries = queries;
  }

  Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("corpus", options.corpus().stream().map(Object::toString).toList());
    json.put("scale_corpus", options.scaleCorpus().stream().map(Object::toString).toList());
    json.put("queries", queries.size());
    json.put("cores", Runtime.getRuntime().availableProcessors());
    json.put("indexing", indexing.json());
    Map<String, Object> search = new LinkedHashMap<>();
    scales.forEach((scale, result) -> search.put(String.valueOf(scale), result.json()));
    json.put("search", search);
    json.put("first_query_ms", serve.firstQueryMs());
    Map<String, Object> small = serve.load().json(true);
    json.put("serve_xmx512m", small);
    Map<String, Object> targets = new LinkedHashMap<>();
    for (Target target : targets()) {
      targets.put(target.name(), Map.of("measured", target.measured(), "met", target.met()));
    }
    json.put("targets", targets);
    return json;
  }

  void print(PrintStream out) {
    IndexingFigures f = indexing;
    out.printf(
        "%nindexing %,d articles, %.1f MB of text (%,d statements)%n",
        f.articles(), f.textBytes() / 1e6, f.statements());
    out.printf("  %-24s %10s %8s%n", "", "articles/s", "MB/s");
    row(out, "read corpus only", f.readSeconds());
    row(out, "bare IndexWriter loop", f.bareSeconds());
    row(out, "extraction alone", f.extractSeconds());
    row(out, "real indexer", f.indexerSeconds());
    row(out, "  without vectors", f.noVectorsSeconds());
    out.printf(
        "  index %.1f MB (%.2f × text; bare loop %.1f MB), peak heap %.0f MB%n",
        f.indexBytes() / 1e6,
        f.indexBytes() / (double) f.textBytes(),
        f.bareIndexBytes() / 1e6,
        f.peakHeapBytes() / 1e6);
    out.printf(
        "  vectors add %.1f MB (%.2f × text); statements embedded alone: %.0f/s on %d cores%n",
        f.vectorBytes() / 1e6,
        f.vectorBytes() / (double) f.textBytes(),
        f.statements() / f.embedSeconds(),
        Runtime.getRuntime().availableProcessors());
    out.printf("%nsearch, %d queries, ms p50 / p90 / p99%n", queries.size());
    out.printf(
        "  %-5s %9s %-20s %-20s %-20s %-20s %6s %s%n",
        "scale",
        "articles",
        "raw Lucene",
        "service",
        "HTTP 1 client",
        "HTTP 4 clients",
        "q/s",
        "errors");
    for (ScaleResult r : scales.values()) {
      out.printf(
          "  %-5d %,9d %-20s %-20s %-20s %-20s %6.0f %d%n",
          r.scale(),
          r.articles(),
          cell(r.raw().all()),
          cell(r.service().all()),
          cell(r.http1().all()),
          cell(r.http4().all()),
          r.http4().qps(),
          r.http4().errors());
    }
    ScaleResult first = scales.values().iterator().next();
    out.printf("%nby category at scale %d, ms p50 / p90 / p99%n", first.scale());
    out.printf("  %-12s %-20s %-20s %-20s%n", "category", "raw Lucene", "service", "HTTP 1 client");
    for (String category : first.raw().byCategory().keySet()) {
      out.printf(
          "  %-12s %-20s %-20s %-20s%n",
          category,
          cell(first.raw().byCategory().get(category)),
          cell(first.service().byCategory().get(category)),
          cell(first.http1().byCategory().get(category)));
    }
    for (StatementBench.Category c : first.statements()) {
      out.printf(
          "  %-12s %-20s %-20s %-20s%n",
          c.name(), cell(c.raw()), cell(c.service()), cell(c.http1()));
    }
    out.printf(
        "%nserve -Xmx512m: first query %d ms after launch; 4 clients %.0f q/s, %d errors%n",
        serve.firstQueryMs(), serve.load().qps(), serve.load().errors());
    out.println("\ntargets");
    for (Target target : targets()) {
      out.printf(
          "  %-4s %-44s %s%n", target.met() ? "met" : "MISS", target.name(), target.measured());
    }
  }

  private void row(PrintStream out, String name, double seconds) {
    out.printf(
        "  %-24s %10.0f %8.2f%n",
        name, indexing.perSecond(seconds), indexing.megabytesPerSecond(seconds));
  }

  private static String cell(Latencies l) {
    return String.format("%.1f / %.1f / %.1f", l.p50(), l.p90(), l.p99());
  }

  private List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    ScaleResult one = scales.get(1);
    if (one != null) {
      double ratio = one.http1().all().p50() / one.service().all().p50();
      targets.add(
          new Target(
              "HTTP p50 <= 1.3 x service p50 (scale 1)", fmt("%.2f x", ratio), ratio <= 1.3));
      double p50 = one.service().all().p50();
      targets.add(new Target("service p50 <= 5 ms (scale 1)", fmt("%.2f ms", p50), p50 <= 5));
      double p99 = one.service().all().p99();
      targets.add(new Target("service p99 <= 50 ms (scale 1)", fmt("%.2f ms", p99), p99 <= 50));
      double qps = one.http4().qps();
      int errors = one.http4().errors();
      targets.add(
          new Target(
              ">= 200 q/s over HTTP, 4 clients, no errors",
              fmt("%.0f q/s, %d errors", qps, errors),
              qps >= 200 && errors == 0));
    }
    ScaleResult sixteen = scales.get(16);
    if (sixteen != null) {
      double p50 = sixteen.service().all().p50();
      targets.add(new Target("service p50 <= 20 ms (scale 16)", fmt("%.2f ms", p50), p50 <= 20));
    }
    targets.addAll(statementTargets(one, sixteen));
    double embedded = indexing.statements() / indexing.embedSeconds();
    targets.add(
        new Target(
            "statements embedded >= 300/s (all cores)", fmt("%.0f/s", embedded), embedded >= 300));
    double share = indexing.bareSeconds() / indexing.indexerSeconds();
    targets.add(
        new Target(
            "real indexer >= 50% of bare loop articles/s",
            fmt("%.0f %%", share * 100), share >= 0.5));
    double size = indexing.indexBytes() / (double) indexing.textBytes();
    targets.add(new Target("index <= 1.0 x raw text", fmt("%.2f x", size), size <= 1.0));
    targets.add(
        new Target(
            "serve: first query <= 2 s after start",
            fmt("%d ms", serve.firstQueryMs()),
            serve.firstQueryMs() <= 2000));
    targets.add(
        new Target(
            "serve -Xmx512m answers the set with 4 clients",
            fmt("%d errors", serve.load().errors()),
            serve.load().errors() == 0));
    return targets;
  }

  private static List<Target> statementTargets(ScaleResult one, ScaleResult sixteen) {
    List<Target> targets = new ArrayList<>();
    Latencies related1 = service(one, "related_statements");
    if (related1 != null) {
      targets.add(
          new Target(
              "related statements p50 <= 20 ms (scale 1)",
              fmt("%.2f ms", related1.p50()),
              related1.p50() <= 20));
      targets.add(
          new Target(
              "related statements p99 <= 100 ms (scale 1)",
              fmt("%.2f ms", related1.p99()),
              related1.p99() <= 100));
    }
    Latencies related16 = service(sixteen, "related_statements");
    if (related16 != null) {
      targets.add(
          new Target(
              "related statements p50 <= 50 ms (scale 16)",
              fmt("%.2f ms", related16.p50()),
              related16.p50() <= 50));
    }
    Latencies semantic = service(one, "semantic_statements");
    if (semantic != null) {
      targets.add(
          new Target(
              "semantic statement search p50 <= 15 ms (scale 1)",
              fmt("%.2f ms", semantic.p50()),
              semantic.p50() <= 15));
    }
    return targets;
  }

  /** The service latencies of a statement category at a scale, if measured. */
  private static Latencies service(ScaleResult scale, String category) {
    if (scale == null) {
      return null;
    }
    return scale.statements().stream()
        .filter(c -> c.name().equals(category))
        .map(StatementBench.Category::service)
        .findFirst()
        .orElse(null);
  }

  private static String fmt(String format, Object... args) {
    return String.format(format, args);
  }
}
