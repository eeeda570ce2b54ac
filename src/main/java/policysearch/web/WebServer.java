package policysearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import policysearch.corpus.JsonLinesFormat;
import policysearch.corpus.Submissions;
import policysearch.search.ArticleUpdates;
import policysearch.search.DocumentUploads;
import policysearch.search.InvalidRequestException;
import policysearch.search.NotFoundException;
import policysearch.search.SearchService;

/** The HTTP server: JSON API under {@code /api}, the search page at {@code /}. */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final String PROBLEM_JSON = "application/problem+json";

  /** Content-Security-Policy of every response: scripts, styles and requests only from here. */
  static final String CSP = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'";

  private static final int MAX_URL_BYTES = 64 << 10;

  /** Largest request body: a batch of articles; a bigger corpus belongs in corpus files. */
  public static final long MAX_BODY_BYTES = 8L << 20;

  private final Javalin app;
  private final ObjectMapper mapper = Json.mapper();

  /** Configures a read-only server; {@link #start()} binds it. */
  public WebServer(SearchService search, String host, int port) {
    this(search, null, null, host, port);
  }

  /**
   * Configures the server; with {@code updates} and a non-blank {@code adminToken} it also serves
   * the write routes, otherwise they do not exist (404).
   */
  public WebServer(
      SearchService search, ArticleUpdates updates, String adminToken, String host, int port) {
    this(search, updates, null, adminToken, host, port);
  }

  /**
   * Like {@link #WebServer(SearchService, ArticleUpdates, String, String, int)}; with {@code
   * uploads} (and the token) it also serves {@code POST /api/documents}.
   */
  public WebServer(
      SearchService search,
      ArticleUpdates updates,
      DocumentUploads uploads,
      String adminToken,
      String host,
      int port) {
    Routes routes = new Routes(search);
    WriteRoutes writes =
        updates == null || adminToken == null || adminToken.isBlank()
            ? null
            : new WriteRoutes(updates, new Submissions(new JsonLinesFormat(mapper)), adminToken);
    this.app =
        Javalin.create(
            config -> {
              config.jetty.host = host;
              config.startup.showJavalinBanner = false;
              config.jetty.port = port;
              config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(mapper)));
              // Long enough for a query the API can refuse with a readable problem itself.
              config.jetty.modifyHttpConfiguration(
                  http -> http.setRequestHeaderSize(MAX_URL_BYTES));
              config.jsonMapper(new BufferedJson(mapper));
              config.staticFiles.add("/public", Location.CLASSPATH);
              config.http.maxRequestSize = MAX_BODY_BYTES;
              config.routes.before(WebServer::securityHeaders);
              config.routes.before(Utf8Urls::check);
              config.jetty.multipartConfig.maxTotalRequestSize(MAX_BODY_BYTES, SizeUnit.BYTES);
              config.jetty.multipartConfig.maxFileSize(MAX_BODY_BYTES, SizeUnit.BYTES);
              routes.register(config.routes);
              if (writes != null) {
                writes.register(config.routes);
              }
              new DocumentRoutes(search, uploads, writes).register(config.routes);
              new DiscoveryRoutes(search).register(config.routes);
              new ExportRoutes(search, mapper).register(config.routes);
              config.routes.exception(
                  InvalidRequestException.class,
                  (e, ctx) -> problem(ctx, 400, "Bad request", e.getMessage()));
              config.routes.exception(
                  NotFoundException.class,
                  (e, ctx) -> problem(ctx, 404, "Not found", e.getMessage()));
              config.routes.exception(
                  WriteRoutes.UnauthorizedException.class,
                  (e, ctx) -> {
                    ctx.header("WWW-Authenticate", "Bearer");
                    problem(ctx, 401, "Unauthorized", e.getMessage());
                  });
              config.routes.exception(
                  DocumentRoutes.TooLargeException.class,
                  (e, ctx) -> problem(ctx, 413, "Content too large", e.getMessage()));
              config.routes.exception(
                  DocumentRoutes.UnsupportedMediaException.class,
                  (e, ctx) -> problem(ctx, 415, "Unsupported media type", e.getMessage()));
              config.routes.exception(
                  DocumentUploads.UnsupportedDocumentException.class,
                  (e, ctx) -> problem(ctx, 415, "Unsupported media type", e.getMessage()));
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> problem(ctx, e.getStatus(), "Error", e.getMessage()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("request {} failed", ctx.path(), e);
                    problem(
                        ctx, 500, "Internal error", "The server could not answer this request.");
                  });
              config.routes.error(
                  404,
                  ctx -> {
                    if (!PROBLEM_JSON.equals(ctx.res().getContentType())) {
                      problem(ctx, 404, "Not found", "No such page: " + ctx.path());
                    }
                  });
            });
  }

  /** Starts listening. */
  public WebServer start() {
    app.start();
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

  @Override
  public void close() {
    app.stop();
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
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
