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

  ModeResult raw(RawSearch raw) throws IOException, InterruptedException {
    return sequential(q -> raw.search(q.request()));
  }

  ModeResult service(SearchService service) throws IOException, InterruptedException {
    return sequential(q -> service.search(q.request()));
  }

  ModeResult http(HttpClient client, String base, int clients)
      throws IOException, InterruptedException {
    Runner runner = q -> get(client, base, q);
    return clients == 1 ? sequential(runner) : concurrent(runner, clients);
  }

  private ModeResult sequential(Runner runner) throws IOException, InterruptedException {
    for (BenchQuery query : queries) {
      runner.run(query);
    }
    List<Long> nanos = new ArrayList<>(queries.size());
    long start = System.nanoTime();
    for (BenchQuery query : queries) {
      long t = System.nanoTime();
      runner.run(query);
      nanos.add(System.nanoTime() - t);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return ModeResult.of(queries, nanos, queries.size() / seconds, 0);
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
