package policysearch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import policysearch.search.SearchBackend;

/** Search-box suggestions and the API's own description ({@code /api/openapi.json}). */
final class DiscoveryRoutes implements RouteGroup {
  private static final String OPENAPI = "/openapi.json";

  private final SearchBackend search;
  private final byte[] openapi;

  DiscoveryRoutes(SearchBackend search) {
    this.search = search;
    try (InputStream in = DiscoveryRoutes.class.getResourceAsStream(OPENAPI)) {
      this.openapi = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/suggest", this::suggest);
    routes.get("/api/openapi.json", this::openapi);
  }

  private void suggest(Context ctx) throws IOException {
    long start = System.nanoTime();
    var suggestions = search.suggest(ctx.queryParam("q"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("took_ms", (System.nanoTime() - start) / 1_000_000);
    body.put("suggestions", suggestions);
    ctx.json(body);
  }

  private void openapi(Context ctx) {
    ctx.contentType("application/json");
    ctx.result(openapi);
  }
}
