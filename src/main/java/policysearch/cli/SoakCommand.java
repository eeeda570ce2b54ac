package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import policysearch.index.IndexDirectory;
import policysearch.search.ArticleUpdates;
import policysearch.search.SearchBackend;
import policysearch.web.WebServer;

/**
 * {@code soak [--seconds 60] [--clients 8] [--abusers 0] [--corpus PATH...]}: serves a scratch
 * index of the corpus on loopback and, for a bounded time, runs searches from several clients while
 * a writer posts and deletes articles, the corpus is re-indexed every few seconds, and optional
 * abusers send hostile queries. Reports failures and latency; status 1 on any failure or 5xx.
 */
@Command(
    name = "soak",
    description =
        "Load test on 127.0.0.1 against a scratch index of the corpus: search clients, a writer,"
            + " periodic re-indexes and optional abusers; status 1 on any failure or 5xx.")
final class SoakCommand implements Callable<Integer> {

  private static final Duration REINDEX_EVERY = Duration.ofSeconds(10);

  @Option(names = "--seconds", defaultValue = "60", description = "how long (default: 60)")
  long seconds;

  @Option(names = "--clients", defaultValue = "8", description = "search clients (default: 8)")
  int clients;

  @Option(
      names = "--abusers",
      defaultValue = "0",
      description = "clients sending hostile queries (default: 0)")
  int abusers;

  @Mixin Options.Corpus corpus;

  private final Streams streams;

  SoakCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = streams.out();
    PrintStream err = streams.err();
    Wiring wiring = Wiring.create();
    Path scratch = Files.createTempDirectory("policy-search-soak");
    Path feed = Files.createDirectories(scratch.resolve("feed"));
    List<Path> roots = new ArrayList<>(corpus.existing());
    roots.add(feed);
    String token = UUID.randomUUID().toString();
    SoakClients.Tally tally = SoakClients.Tally.create();
    try (IndexDirectory directory = IndexDirectory.open(scratch.resolve("index"));
        ServedBackend backend = ServedBackend.lucene(wiring, directory)) {
      SearchBackend search = backend.search();
      ArticleUpdates updates = new ArticleUpdates(backend.writer(), search);
      IndexCommand.print(updates.reindex(roots, new Progress()), out);
      try (WebServer server = new WebServer(search, updates, token, "127.0.0.1", 0).start()) {
        String base = "http://127.0.0.1:" + server.port();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        out.printf(
            "soak: %d s, %d search clients, 1 typist, 1 writer, %d abusers, re-index every %d s%n",
            seconds, clients, abusers, REINDEX_EVERY.toSeconds());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          int client = c;
          threads.add(
              Thread.ofPlatform().start(() -> SoakClients.searches(base, client, end, tally)));
        }
        for (int a = 0; a < abusers; a++) {
          threads.add(Thread.ofPlatform().start(() -> SoakClients.abuse(base, token, end, tally)));
        }
        threads.add(Thread.ofPlatform().start(() -> SoakClients.writes(base, token, end, tally)));
        threads.add(Thread.ofPlatform().start(() -> SoakClients.typist(base, end, tally)));
        reindexes(updates, roots, feed, end, tally, err);
        for (Thread thread : threads) {
          thread.join();
        }
      }
      out.printf("articles at the end: %d%n", search.articleCount());
    } finally {
      delete(scratch);
    }
    return report(tally, out);
  }

  /** Rewrites a feed file, then re-indexes the corpus, until the end. */
  private static void reindexes(
      ArticleUpdates updates,
      List<Path> roots,
      Path feed,
      long end,
      SoakClients.Tally tally,
      PrintStream err)
      throws InterruptedException {
    for (int round = 0; System.nanoTime() < end; round++) {
      Thread.sleep(
          Math.min(REINDEX_EVERY.toMillis(), Math.max(0, (end - System.nanoTime()) / 1_000_000)));
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        lines
            .append("{\"id\":\"feed-")
            .append(i)
            .append("\",\"date\":\"2023-03-0")
            .append(1 + i % 9)
            .append("\",\"text\":\"Feed round ")
            .append(round)
            .append(": sanctions on oil exports, item ")
            .append(i)
            .append(".\"}\n");
      }
      try {
        Files.writeString(feed.resolve("feed.jsonl"), lines);
        updates.reindex(roots, done -> {});
        tally.reindexes().incrementAndGet();
      } catch (IOException | RuntimeException e) {
        tally.failures().incrementAndGet();
        err.println("soak: re-index failed: " + e.getMessage());
      }
    }
  }

  private static int report(SoakClients.Tally tally, PrintStream out) {
    List<Long> sorted = new ArrayList<>(tally.latencies());
    Collections.sort(sorted);
    out.printf(
        "requests %d (searches %d, writes %d, re-indexes %d), 5xx %d, failed %d%n",
        tally.requests().get(),
        sorted.size(),
        tally.writes().get(),
        tally.reindexes().get(),
        tally.serverErrors().get(),
        tally.failures().get());
    out.printf(
        "search latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        percentile(sorted, 0.99),
        percentile(sorted, 1.0));
    List<Long> typed = new ArrayList<>(tally.suggestLatencies());
    Collections.sort(typed);
    out.printf(
        "suggestions %d: latency ms p50 %.1f, p95 %.1f, max %.1f%n",
        typed.size(), percentile(typed, 0.50), percentile(typed, 0.95), percentile(typed, 1.0));
    if (!tally.abuseLatencies().isEmpty()) {
      List<Long> abuse = new ArrayList<>(tally.abuseLatencies());
      Collections.sort(abuse);
      out.printf(
          "abusive requests %d (%d of %d attacks): latency ms p50 %.1f, p99 %.1f, max %.1f%n",
          abuse.size(),
          tally.slowestAttack().size(),
          SoakAttacks.ALL.size(),
          percentile(abuse, 0.50),
          percentile(abuse, 0.99),
          percentile(abuse, 1.0));
      tally.slowestAttack().entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .limit(5)
          .forEach(e -> out.printf("  slowest: %s %.1f ms%n", e.getKey(), e.getValue() / 1e6));
    }
    return tally.serverErrors().get() == 0 && tally.failures().get() == 0 ? 0 : 1;
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Collections.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
