package policysearch.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.Server;
import policysearch.search.ArticleUpdates;
import policysearch.search.SearchBackend;

/**
 * The server's Prometheus registry: HTTP requests (by method, route and status, with latency
 * buckets), Jetty's thread pool, the JVM (memory, GC, threads, classes, CPU, uptime) and the
 * service's own figures ({@link ServiceMeters}). One registry per server, no global state.
 */
final class ServerMetrics implements AutoCloseable {
  /** Latency buckets of HTTP requests: a dozen, enough for SLOs, cheap to scrape. */
  private static final List<Duration> BUCKETS =
      List.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000).stream()
          .map(Duration::ofMillis)
          .toList();

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final Counter timeouts;
  private final Counter rejected;

  ServerMetrics(SearchBackend search, ArticleUpdates updates) {
    registry.config().meterFilter(latencyBuckets());
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmInfoMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new ServiceMeters(search, updates).bindTo(registry);
    timeouts =
        Counter.builder("policy.search.query.timeouts")
            .description("Searches stopped at their time limit (answered 400)")
            .register(registry);
    rejected =
        Counter.builder("policy.search.queries.rejected")
            .description("Requests refused as invalid: bad query syntax, parameters, bodies (400)")
            .register(registry);
  }

  private static MeterFilter latencyBuckets() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(
          Meter.Id id, DistributionStatisticConfig config) {
        if (!id.getName().equals("jetty.server.requests")) {
          return config;
        }
        double[] nanos = BUCKETS.stream().mapToDouble(Duration::toNanos).toArray();
        return DistributionStatisticConfig.builder()
            .serviceLevelObjectives(nanos)
            .build()
            .merge(config);
      }
    };
  }

  /** The handler that times requests and writes the access log; Jetty's pool is measured too. */
  HttpMetrics instrument(Server server, boolean accessLog) {
    new JettyServerThreadPoolMetrics(server.getThreadPool(), List.of()).bindTo(registry);
    return new HttpMetrics(registry, accessLog);
  }

  void timedOut() {
    timeouts.increment();
  }

  void rejected() {
    rejected.increment();
  }

  /** Every meter in Prometheus's text format. */
  String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
