package policysearch.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP clients of {@link SoakCommand}: searchers, abusers and a writer, each until a deadline.
 */
final class SoakClients {
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

  /** What {@code --abusers} send: each must get a 4xx or a bounded answer, never a 5xx. */
  private static final List<String> ABUSE =
      List.of(
          "q=" + "x".repeat(20 * 1024),
          "q=" + String.join("+OR+", Collections.nCopies(5000, "tariff")),
          "q=*ation",
          "q=%2F.*a.*b.*%2F",
          "q=" + String.join("+", Collections.nCopies(60, "presdent~2")),
          "q=s*+OR+t*+OR+p*+OR+c*+OR+a*+OR+m*",
          "q=&sort=date&page=10000000",
          "q=NATO&size=100000",
          "q=NATO&frobnicate=1&debug=true",
          "q=%FF%FEnato");

  /** Search latencies and failures, shared by the client threads. */
  record Tally(
      ConcurrentLinkedQueue<Long> latencies,
      AtomicInteger requests,
      AtomicInteger serverErrors,
      AtomicInteger failures,
      AtomicInteger writes,
      AtomicInteger reindexes,
      ConcurrentLinkedQueue<Long> abuseLatencies) {
    static Tally create() {
      return new Tally(
          new ConcurrentLinkedQueue<>(),
          new AtomicInteger(),
          new AtomicInteger(),
          new AtomicInteger(),
          new AtomicInteger(),
          new AtomicInteger(),
          new ConcurrentLinkedQueue<>());
    }
  }

  static void searches(String base, int client, long end, Tally tally) {
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

  /** Abusive queries: 4xx answers are expected; only 5xx and broken connections count. */
  static void abuse(String base, int client, long end, Tally tally) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = client; System.nanoTime() < end; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + "/api/search?" + ABUSE.get(i % ABUSE.size())))
              .build();
      long start = System.nanoTime();
      try {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status >= 500) {
          tally.serverErrors().incrementAndGet();
        }
      } catch (IOException e) {
        tally.failures().incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      tally.abuseLatencies().add(System.nanoTime() - start);
    }
  }

  static void writes(String base, String token, long end, Tally tally) {
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

  private SoakClients() {}
}
