package policysearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import policysearch.search.SearchBackend;

/**
 * Times one query set three ways on the same index: raw Lucene, the search service (facets and
 * snippets), and the HTTP API over loopback with one and with several concurrent clients. Every way
 * runs the set unmeasured first (warm-up: JIT, page cache, per-reader caches).
 *
 * <p>The HTTP client is the JDK's blocking {@link HttpURLConnection} (keep-alive, on the caller's
 * thread): the asynchronous {@code java.net.http.HttpClient} hands every exchange between its
 * selector and executor threads, which added 0.3 ms per request here, a cost of the client, not of
 * the API.
 */
final class SearchBench {
  /** A query run one way; returns normally on success. */
  interface Runner {
    void run(BenchQuery query) throws IOException, InterruptedException;
  }

  private static final int TIMEOUT_MS = 60_000;

  private final List<BenchQuery> queries;
  private final int warmUpCalls;

  /** A bench that runs at least {@code warmUpCalls} per way unmeasured (and two passes). */
  SearchBench(List<BenchQuery> queries, int warmUpCalls) {
    this.queries = queries;
    this.warmUpCalls = warmUpCalls;
  }

  /**
   * Raw Lucene, the service and HTTP with one client, timed query by query side by side, so that
   * noise from other work on the machine falls on all three alike; unmeasured passes first.
   */
  List<ModeResult> sideBySide(List<Runner> runners) throws IOException, InterruptedException {
    int passes = Math.max(2, (warmUpCalls + queries.size() - 1) / queries.size());
    for (int pass = 0; pass < passes; pass++) {
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

  static Runner service(SearchBackend service) {
    return q -> service.search(q.request());
  }

  static Runner http(String base) {
    return q -> get(base, q);
  }

  /** {@code clients} concurrent HTTP clients after one unmeasured pass; reports q/s and errors. */
  ModeResult load(String base, int clients) throws IOException, InterruptedException {
    return concurrent(http(base), clients);
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

  /** One {@code /api/search} request; the body is read to the end so the connection is reused. */
  static void get(String base, BenchQuery query) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection)
            URI.create(base + "/api/search?" + query.queryString()).toURL().openConnection();
    connection.setConnectTimeout(TIMEOUT_MS);
    connection.setReadTimeout(TIMEOUT_MS);
    int status = connection.getResponseCode();
    try (InputStream body =
        status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
      if (body != null) {
        body.transferTo(OutputStream.nullOutputStream());
      }
    }
    if (status != 200) {
      throw new IOException("HTTP " + status + " for " + query.queryString());
    }
  }
}
