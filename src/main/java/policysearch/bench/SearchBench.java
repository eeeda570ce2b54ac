package policysearch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import policysearch.search.SearchService;

/**
 * Times one query set three ways on the same index: raw Lucene, the search service (facets and
 * snippets), and the HTTP API over loopback with one and with several concurrent clients. Every way
 * runs the whole set once unmeasured first (warm-up: JIT, page cache, per-reader caches).
 */
final class SearchBench {
  /** A query run one way; returns normally on success. */
  interface Runner {
    void run(BenchQuery query) throws IOException, InterruptedException;
  }

  private final List<BenchQuery> queries;

  SearchBench(List<BenchQuery> queries) {
    this.queries = queries;
  }

  /**
   * Raw Lucene, the service and HTTP with one client, timed query by query side by side, so that
   * noise from other work on the machine falls on all three alike; two unmeasured passes first.
   */
  List<ModeResult> sideBySide(List<Runner> runners) throws IOException, InterruptedException {
    for (int pass = 0; pass < 2; pass++) {
      for (BenchQuery query : queries) {
        for (Runner runner : runners) {
          runner.run(query);
        }
      }
    }
    List<List<Long>> nanos = new ArrayList<>();
    runners.forEach(r -> nanos.add(new ArrayList<>(queries.size())));
    long[] total = new long[runners.size()];
    for (BenchQuery query : queries) {
      for (int i = 0; i < runners.size(); i++) {
        long t = System.nanoTime();
        runners.get(i).run(query);
        long took = System.nanoTime() - t;
        nanos.get(i).add(took);
        total[i] += took;
      }
    }
    List<ModeResult> results = new ArrayList<>();
    for (int i = 0; i < runners.size(); i++) {
      results.add(ModeResult.of(queries, nanos.get(i), queries.size() / (total[i] / 1e9), 0));
    }
    return results;
  }

  static Runner raw(RawSearch raw) {
    return q -> raw.search(q.request());
  }

  static Runner service(SearchService service) {
    return q -> service.search(q.request());
  }

  static Runner http(HttpClient client, String base) {
    return q -> get(client, base, q);
  }

  /** {@code clients} concurrent HTTP clients after one unmeasured pass; reports q/s and errors. */
  ModeResult load(HttpClient client, String base, int clients)
      throws IOException, InterruptedException {
    return concurrent(http(client, base), clients);
  }

  /** Each client runs the whole set in its own seeded order; errors are counted, not thrown. */
  private ModeResult concurrent(Runner runner, int clients)
      throws IOException, InterruptedException {
    for (BenchQuery query : queries) {
      runner.run(query);
    }
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < queries.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(c));
      futures.add(pool.submit(() -> timeEach(runner, order, errors)));
    }
    long[] nanos = new long[queries.size() * clients];
    try {
      for (int c = 0; c < clients; c++) {
        long[] times = futures.get(c).get();
        for (int i = 0; i < times.length; i++) {
          nanos[c * queries.size() + i] = times[i];
        }
      }
    } catch (ExecutionException e) {
      throw new IOException("a client failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> all = new ArrayList<>(nanos.length);
    for (long n : nanos) {
      all.add(n);
    }
    return ModeResult.of(queries, all, nanos.length / seconds, errors.get());
  }

  /** Times in query-set order (so categories line up), whatever order they ran in. */
  private long[] timeEach(Runner runner, List<Integer> order, AtomicInteger errors) {
    long[] times = new long[queries.size()];
    for (int i : order) {
      long t = System.nanoTime();
      try {
        runner.run(queries.get(i));
      } catch (IOException | RuntimeException e) {
        errors.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return times;
      }
      times[i] = System.nanoTime() - t;
    }
    return times;
  }

  static void get(HttpClient client, String base, BenchQuery query)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/search?" + query.queryString())).build();
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " for " + query.queryString());
    }
  }
}
