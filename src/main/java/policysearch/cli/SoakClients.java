package policysearch.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
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

  /** What a typist's search box asks for, letter by letter. */
  private static final List<String> TYPED =
      List.of("ja", "jap", "japa", "na", "nat", "nato", "ta", "tar", "tari", "cli", "clim", "ukr");

  /** Latencies and failures, shared by the client threads; the slowest answer per attack. */
  record Tally(
      ConcurrentLinkedQueue<Long> latencies,
      AtomicInteger requests,
      AtomicInteger serverErrors,
      AtomicInteger failures,
      AtomicInteger writes,
      AtomicInteger reindexes,
      ConcurrentLinkedQueue<Long> abuseLatencies,
      ConcurrentLinkedQueue<Long> suggestLatencies,
      AtomicInteger attacks,
      ConcurrentHashMap<String, Long> slowestAttack) {
    static Tally create() {
      return new Tally(
          new ConcurrentLinkedQueue<>(),
          new AtomicInteger(),
          new AtomicInteger(),
          new AtomicInteger(),
          new AtomicInteger(),
          new AtomicInteger(),
          new ConcurrentLinkedQueue<>(),
          new ConcurrentLinkedQueue<>(),
          new AtomicInteger(),
          new ConcurrentHashMap<>());
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

  /** Suggestions as a user types, measured apart: they must not wait for the writer. */
  static void typist(String base, long end, Tally tally) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = 0; System.nanoTime() < end; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + "/api/suggest?q=" + TYPED.get(i % TYPED.size())))
              .build();
      long start = System.nanoTime();
      send(http, request, tally);
      tally.suggestLatencies().add(System.nanoTime() - start);
    }
  }

  /**
   * The attacks in turn, the abusers sharing one turn, each attack at least once however short the
   * soak; 4xx answers are expected, only 5xx and broken connections count.
   */
  static void abuse(String base, String token, long end, Tally tally) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int turn = tally.attacks().getAndIncrement();
        System.nanoTime() < end || turn < SoakAttacks.ALL.size();
        turn = tally.attacks().getAndIncrement()) {
      SoakAttacks.Attack attack = SoakAttacks.ALL.get(turn % SoakAttacks.ALL.size());
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + attack.path()));
      if (attack.body() != null) {
        request
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", attack.contentType())
            .POST(HttpRequest.BodyPublishers.ofString(attack.body()));
      }
      long start = System.nanoTime();
      try {
        int status =
            http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status >= 500) {
          tally.serverErrors().incrementAndGet();
        }
      } catch (IOException e) {
        tally.failures().incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long took = System.nanoTime() - start;
      tally.abuseLatencies().add(took);
      tally.slowestAttack().merge(attack.name(), took, Math::max);
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
