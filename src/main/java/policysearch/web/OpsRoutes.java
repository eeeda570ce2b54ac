package policysearch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import policysearch.search.ArticleUpdates;
import policysearch.search.SearchBackend;

/**
 * For whoever runs the service: {@code /api/ready} (readiness, as opposed to the liveness of {@code
 * /api/health}) and {@code /metrics} (Prometheus). Metrics answer clients on this machine, or any
 * client with the metrics token when one is set: by default nothing leaves the host.
 */
final class OpsRoutes implements RouteGroup {
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final SearchBackend search;
  private final Readiness readiness;
  private final ArticleUpdates updates;
  private final ServerMetrics metrics;
  private final byte[] metricsToken;

  /** {@code updates} may be null (a read-only server, which has no corpus updates to fail). */
  OpsRoutes(
      SearchBackend search,
      ArticleUpdates updates,
      Readiness readiness,
      ServerMetrics metrics,
      String token) {
    this.search = search;
    this.updates = updates;
    this.readiness = readiness;
    this.metrics = metrics;
    this.metricsToken =
        token == null || token.isBlank()
            ? null
            : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/ready", this::ready);
    routes.get("/metrics", this::metrics);
  }

  private void ready(Context ctx) throws IOException {
    Optional<ArticleUpdates.CorpusProblem> corpus =
        updates == null ? Optional.empty() : updates.corpusProblem();
    Map<String, Object> body = new LinkedHashMap<>();
    boolean ready = readiness.isReady(corpus);
    body.put("ready", ready);
    body.put("articles", search.articleCount());
    String detail = readiness.detail(corpus);
    if (detail != null) {
      body.put("detail", detail);
    }
    ctx.status(ready ? 200 : 503).json(body);
  }

  private void metrics(Context ctx) throws IOException {
    if (!allowed(ctx)) {
      throw new Forbidden(
          metricsToken == null
              ? "Metrics are served to this machine only; set a metrics token to scrape from"
                  + " elsewhere."
              : "Metrics need the metrics token: send 'Authorization: Bearer TOKEN'.");
    }
    ctx.contentType(PROMETHEUS_TEXT).result(metrics.scrape());
  }

  private boolean allowed(Context ctx) throws IOException {
    if (metricsToken == null) {
      return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
    }
    String given = ctx.header("Authorization");
    return given != null
        && MessageDigest.isEqual(metricsToken, given.getBytes(StandardCharsets.UTF_8));
  }

  /** A client may not read the metrics. */
  static final class Forbidden extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Forbidden(String message) {
      super(message);
    }
  }
}
