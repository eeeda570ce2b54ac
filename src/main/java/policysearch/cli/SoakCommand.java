package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import policysearch.index.LiveIndex;
import policysearch.search.ArticleUpdates;
import policysearch.search.SearchService;
import policysearch.web.WebServer;

/**
 * {@code soak [--seconds 60] [--clients 8] [--corpus PATH...]}: serves a scratch copy of the index
 * on loopback and, for a bounded time, runs searches from several clients while a writer posts and
 * deletes articles and the corpus is re-indexed every few seconds. Reports failures and latency;
 * status 1 when any request failed or got a 5xx.
 */
final class SoakCommand {
  private static final List<String> QUERIES =
      List.of(
          "q=NATO",
          "q=tariffs",
          "q=climate+change",
          "q=%22foreign+minister%22",
          "q=sanctions+Russia&sort=date",
          "q=",
          "q=trade&page=2",
          "q=energy+OR+oil",
          "q=president&actor=China",
          "q=secur*",
          "q=budget&from=2020-01-01&to=2024-12-31",
          "q=topic:trade");
  private static final Duration REINDEX_EVERY = Duration.ofSeconds(10);

  private final Wiring wiring;

  SoakCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  /** Search latencies and failures, shared by the client threads. */
  private record Tally(
      ConcurrentLinkedQueue<Long> latencies,
      AtomicInteger requests,
      AtomicInteger serverErrors,
      AtomicInteger failures,
      AtomicInteger writes,
      AtomicInteger reindexes) {
    static Tally create() {
      return new Tally(
          new ConcurrentLinkedQueue<>(),
          new AtomicInteger(),
          new AtomicInteger(),
          new AtomicInteger(),
          new AtomicInteger(),
          new AtomicInteger());
    }
  }

  int run(Args args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    long seconds = args.integer("seconds", 60);
    int clients = args.integer("clients", 8);
    Path scratch = Files.createTempDirectory("policy-search-soak");
    Path feed = Files.createDirectories(scratch.resolve("feed"));
    List<Path> roots = new ArrayList<>(IndexCommand.corpus(args));
    roots.add(feed);
    String token = UUID.randomUUID().toString();
    Tally tally = Tally.create();
    try (FSDirectory directory = FSDirectory.open(scratch.resolve("index"));
        LiveIndex live =
            new LiveIndex(directory, wiring.extractor(), wiring.schema(), wiring.reader());
        SearchService search =
            new SearchService(
                live.writer(),
                wiring.schema(),
                wiring.extractor().taxonomy(),
                SearchService.DEFAULT_TIME_LIMIT)) {
      ArticleUpdates updates = new ArticleUpdates(live, search);
      IndexCommand.print(updates.reindex(roots, new Progress(err)), out);
      try (WebServer server = new WebServer(search, updates, token, "127.0.0.1", 0).start()) {
        String base = "http://127.0.0.1:" + server.port();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        out.printf(
            "soak: %d s, %d search clients, 1 writer, re-index every %d s%n",
            seconds, clients, REINDEX_EVERY.toSeconds());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          int client = c;
          threads.add(Thread.ofPlatform().start(() -> searches(base, client, end, tally)));
        }
        threads.add(Thread.ofPlatform().start(() -> writes(base, token, end, tally)));
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

  private static void searches(String base, int client, long end, Tally tally) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = client; System.nanoTime() < end; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(base + "/api/search?" + QUERIES.get(i % QUERIES.size())))
              .build();
      long start = System.nanoTime();
      send(http, request, tally);
      tally.latencies().add(System.nanoTime() - start);
    }
  }

  private static void writes(String base, String token, long end, Tally tally) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = 0; System.nanoTime() < end; i++) {
      String body =
          "{\"id\":\"soak-"
              + i
              + "\",\"date\":\"2024-05-01\",\"title\":\"Soak "
              + i
              + "\",\"text\":\"NATO ministers discussed tariffs and climate finance, item "
              + i
              + ".\"}";
      send(
          http,
          HttpRequest.newBuilder(URI.create(base + "/api/articles"))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          tally);
      if (i % 5 == 4) {
        send(
            http,
            HttpRequest.newBuilder(URI.create(base + "/api/articles/soak-" + (i - 2)))
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build(),
            tally);
      }
      tally.writes().incrementAndGet();
    }
  }

  /** Rewrites a feed file, then re-indexes the corpus, until the end. */
  private static void reindexes(
      ArticleUpdates updates, List<Path> roots, Path feed, long end, Tally tally, PrintStream err)
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

  private static void send(HttpClient http, HttpRequest request, Tally tally) {
    tally.requests().incrementAndGet();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status >= 500) {
        tally.serverErrors().incrementAndGet();
      } else if (status >= 400) {
        tally.failures().incrementAndGet();
      }
    } catch (IOException e) {
      tally.failures().incrementAndGet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      tally.failures().incrementAndGet();
    }
  }

  private static int report(Tally tally, PrintStream out) {
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
