package policysearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import policysearch.corpus.JsonLinesFormat;
import policysearch.corpus.Submissions;
import policysearch.search.ArticleUpdates;
import policysearch.search.DocumentUploads;
import policysearch.search.InvalidRequestException;
import policysearch.search.NotFoundException;
import policysearch.search.QueryTimeoutException;
import policysearch.search.SearchBackend;

/** The HTTP server: JSON API under {@code /api}, the search page at {@code /}, {@code /metrics}. */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final String PROBLEM_JSON = "application/problem+json";

  /** Content-Security-Policy of every response (see {@link SecurityHeaders}). */
  static final String CSP = SecurityHeaders.CSP;

  private static final int MAX_URL_BYTES = 64 << 10;

  /** Largest request body: a batch of articles; a bigger corpus belongs in corpus files. */
  public static final long MAX_BODY_BYTES = 8L << 20;

  /** How long a stop waits for requests in flight before it closes their connections. */
  public static final Duration STOP_GRACE = Duration.ofSeconds(10);

  private final Javalin app;
  private final SearchBackend search;
  private final ObjectMapper mapper = Json.mapper();
  private final ServerMetrics metrics;
  private final String host;
  private final int requestedPort;

  /** Configures a read-only server; {@link #start()} binds it. */
  public WebServer(SearchBackend search, String host, int port) {
    this(search, null, null, Operations.defaults(), host, port);
  }

  /** Configures a server with writes (see below), ready at once, metrics for this machine. */
  public WebServer(
      SearchBackend search, ArticleUpdates updates, String adminToken, String host, int port) {
    this(search, updates, adminToken, Operations.defaults(), host, port);
  }

  /** Configures a server without document uploads. */
  public WebServer(
      SearchBackend search,
      ArticleUpdates updates,
      String adminToken,
      Operations ops,
      String host,
      int port) {
    this(search, updates, null, adminToken, ops, host, port);
  }

  /**
   * Configures the server; with {@code updates} and a non-blank {@code adminToken} it also serves
   * the write routes, otherwise they do not exist (404), and with {@code uploads} as well {@code
   * POST /api/documents}.
   */
  public WebServer(
      SearchBackend search,
      ArticleUpdates updates,
      DocumentUploads uploads,
      String adminToken,
      Operations ops,
      String host,
      int port) {
    this.search = search;
    this.host = host;
    this.requestedPort = port;
    this.metrics = new ServerMetrics(search, updates);
    List<RouteGroup> groups = new ArrayList<>();
    groups.add(new Routes(search, updates));
    WriteRoutes writes =
        updates == null || adminToken == null || adminToken.isBlank()
            ? null
            : new WriteRoutes(updates, new Submissions(new JsonLinesFormat(mapper)), adminToken);
    if (writes != null) {
      groups.add(writes);
    }
    groups.add(new DocumentRoutes(search, uploads, writes));
    groups.add(new DiscoveryRoutes(search));
    groups.add(new ExportRoutes(search, mapper));
    groups.add(new FeedRoutes(search));
    groups.add(new BatchRoutes(search, mapper));
    groups.add(new OpsRoutes(search, updates, ops.readiness(), metrics, ops.metricsToken()));
    this.app =
        Javalin.create(
            config -> {
              server(config, host, port, ops.accessLog());
              config.routes.before(Utf8Urls::check);
              groups.forEach(group -> group.register(config.routes));
              problems(config);
            });
  }

  private void server(JavalinConfig config, String host, int port, boolean accessLog) {
    config.jetty.host = host;
    config.jetty.port = port;
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new JettyErrors(mapper));
          server.insertHandler(metrics.instrument(server, accessLog));
          server.setStopTimeout(STOP_GRACE.toMillis());
        });
    config.jetty.modifyHttpConfiguration(
        http -> {
          // Long enough for a query the API can refuse with a readable problem itself.
          http.setRequestHeaderSize(MAX_URL_BYTES);
          http.addCustomizer(new SecurityHeaders());
        });
    config.jsonMapper(new BufferedJson(mapper));
    config.staticFiles.add("/public", Location.CLASSPATH);
    config.http.maxRequestSize = MAX_BODY_BYTES;
    config.jetty.multipartConfig.maxTotalRequestSize(MAX_BODY_BYTES, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxFileSize(MAX_BODY_BYTES, SizeUnit.BYTES);
    config.requestLogger.http(HttpMetrics::recordRoute);
  }

  /** Every error as an RFC 9457 problem document; never a stack trace. */
  private void problems(JavalinConfig config) {
    var routes = config.routes;
    routes.exception(
        InvalidRequestException.class,
        (e, ctx) -> {
          if (e instanceof QueryTimeoutException) {
            metrics.timedOut();
          } else {
            metrics.rejected();
          }
          problem(ctx, 400, "Bad request", e.getMessage());
        });
    routes.exception(
        NotFoundException.class, (e, ctx) -> problem(ctx, 404, "Not found", e.getMessage()));
    routes.exception(
        WriteRoutes.UnauthorizedException.class,
        (e, ctx) -> {
          ctx.header("WWW-Authenticate", "Bearer");
          problem(ctx, 401, "Unauthorized", e.getMessage());
        });
    routes.exception(
        OpsRoutes.Forbidden.class, (e, ctx) -> problem(ctx, 403, "Forbidden", e.getMessage()));
    routes.exception(
        DocumentRoutes.TooLargeException.class,
        (e, ctx) -> problem(ctx, 413, "Content too large", e.getMessage()));
    routes.exception(
        DocumentRoutes.UnsupportedMediaException.class,
        (e, ctx) -> problem(ctx, 415, "Unsupported media type", e.getMessage()));
    routes.exception(
        DocumentUploads.UnsupportedDocumentException.class,
        (e, ctx) -> problem(ctx, 415, "Unsupported media type", e.getMessage()));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> problem(ctx, e.getStatus(), "Error", e.getMessage()));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("request {} failed", ctx.path(), e);
          problem(ctx, 500, "Internal error", "The server could not answer this request.");
        });
    routes.error(
        404,
        ctx -> {
          if (!PROBLEM_JSON.equals(ctx.res().getContentType())) {
            problem(ctx, 404, "Not found", "No such page: " + ctx.path());
          }
        });
  }

  /**
   * Starts listening, and building the suggestions it will be asked for; a port it cannot have is a
   * {@link CannotListenException}.
   */
  public WebServer start() {
    search.prepare();
    try {
      app.start();
    } catch (JavalinBindException e) {
      metrics.close();
      boolean inUse = String.valueOf(e.getMessage()).contains("already in use");
      throw new CannotListenException(host, requestedPort, inUse);
    }
    return this;
  }

  /** The bound port (useful when started on port 0). */
  public int port() {
    return app.port();
  }

  /** "METHOD /path" of every registered route, for checking the OpenAPI document. */
  List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .map(endpoint -> endpoint.method + " " + endpoint.path)
        .toList();
  }

  /**
   * Stops gracefully: no new connections, requests in flight finish (up to {@link #STOP_GRACE}).
   */
  @Override
  public void close() {
    app.stop();
    metrics.close();
  }

  private void problem(Context ctx, int status, String title, String detail) {
    ctx.status(status);
    ctx.contentType(PROBLEM_JSON);
    try {
      ctx.result(mapper.writeValueAsString(Problem.of(status, title, detail)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      ctx.result("{\"status\":" + status + "}");
    }
  }
}
