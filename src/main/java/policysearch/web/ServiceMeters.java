package policysearch.web;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import policysearch.search.ArticleUpdates;
import policysearch.search.IngestCounts;
import policysearch.search.SearchBackend;

/**
 * The service's own figures, read when Prometheus scrapes: what the index holds, how far searches
 * lag behind it, what came in, and what rebuilding the suggester costs.
 */
final class ServiceMeters implements MeterBinder {
  private final SearchBackend search;
  private final ArticleUpdates updates;

  /** {@code updates} is null on a read-only server: no ingest figures then. */
  ServiceMeters(SearchBackend search, ArticleUpdates updates) {
    this.search = search;
    this.updates = updates;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, "policy.search.articles", "Articles in the index", null, search::articleCount);
    gauge(
        registry,
        "policy.search.statements",
        "Statements in the index",
        null,
        search::statementCount);
    gauge(
        registry,
        "policy.search.index.size",
        "Bytes of the index segments searches read",
        "bytes",
        search::sizeInBytes);
    gauge(
        registry,
        "policy.search.index.refresh.lag",
        "0 when searches see every change, else seconds since the last refresh",
        "seconds",
        () -> search.refreshLag().toNanos() / 1e9);
    FunctionTimer.builder(
            "policy.search.suggester.rebuild",
            search,
            s -> s.suggestionRebuilds().count(),
            s -> s.suggestionRebuilds().nanos(),
            TimeUnit.NANOSECONDS)
        .description("Rebuilds of the search-box suggester after the index changed")
        .register(registry);
    if (updates != null) {
      IngestCounts counts = updates.counts();
      ingest(registry, counts, "added", IngestCounts::added);
      ingest(registry, counts, "updated", IngestCounts::updated);
      ingest(registry, counts, "removed", IngestCounts::removed);
      ingest(registry, counts, "unchanged", IngestCounts::unchanged);
      ingest(registry, counts, "written", IngestCounts::written);
      ingest(registry, counts, "deleted", IngestCounts::deleted);
      counter(
          registry,
          counts,
          "policy.search.ingest.skipped",
          "Bad inputs skipped",
          IngestCounts::skipped);
      counter(
          registry,
          counts,
          "policy.search.ingest.failures",
          "Corpus updates that failed, leaving the index as it was",
          IngestCounts::failedUpdates);
    }
  }

  private static void gauge(
      MeterRegistry registry,
      String name,
      String description,
      String unit,
      Callable<? extends Number> value) {
    // Held strongly: Micrometer keeps only a weak reference to a gauge's object by default, and
    // nothing else holds these lambdas.
    Gauge.builder(name, value, ServiceMeters::read)
        .strongReference(true)
        .description(description)
        .baseUnit(unit)
        .register(registry);
  }

  /** A figure that cannot be read now (the index is closing) is not a number, not an error. */
  private static double read(Callable<? extends Number> value) {
    try {
      return value.call().doubleValue();
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void ingest(
      MeterRegistry registry, IngestCounts counts, String result, ToLongFunction<IngestCounts> f) {
    FunctionCounter.builder("policy.search.ingest.articles", counts, c -> f.applyAsLong(c))
        .description(
            "Articles by what happened to them: corpus updates (added, updated, removed,"
                + " unchanged) and API writes (written, deleted)")
        .tag("result", result)
        .register(registry);
  }

  private static void counter(
      MeterRegistry registry,
      IngestCounts counts,
      String name,
      String description,
      ToLongFunction<IngestCounts> f) {
    FunctionCounter.builder(name, counts, c -> f.applyAsLong(c))
        .description(description)
        .register(registry);
  }
}
