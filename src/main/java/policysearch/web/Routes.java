package policysearch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import policysearch.search.ArticleUpdates;
import policysearch.search.NotFoundException;
import policysearch.search.RetrievalMode;
import policysearch.search.SearchBackend;

/** The API's handlers: each validates its input, calls the search service, writes JSON. */
final class Routes implements RouteGroup {
  private final SearchBackend search;
  private final ArticleUpdates updates;

  /** {@code updates} may be null (a read-only server). */
  Routes(SearchBackend search, ArticleUpdates updates) {
    this.search = search;
    this.updates = updates;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/search", this::search);
    routes.get("/api/articles/{id}", this::article);
    routes.get("/api/articles/{id}/related", this::relatedArticles);
    routes.get("/api/statements", this::statements);
    routes.get("/api/statements/{id}/related", this::relatedStatements);
    routes.get("/api/actors/{name}", this::actor);
    routes.get("/api/actors/{name}/statements", this::actorStatements);
    routes.get("/api/health", this::health);
    routes.get("/actors/{name}", this::page);
  }

  /** The page itself at an actor page's path: the page reads the actor from its own URL. */
  private void page(Context ctx) throws IOException {
    try (var page = Routes.class.getResourceAsStream("/public/index.html")) {
      ctx.contentType("text/html; charset=utf-8").result(page.readAllBytes());
    }
  }

  private void statements(Context ctx) throws IOException {
    ctx.json(search.statements(SearchParams.statements(ctx)));
  }

  private void relatedStatements(Context ctx) throws IOException {
    ctx.json(
        search.relatedStatements(
            ctx.pathParam("id"),
            SearchParams.relatedSize(ctx),
            SearchParams.date(ctx, "from"),
            SearchParams.date(ctx, "to"),
            SearchParams.speakerTypes(ctx),
            RetrievalMode.parse(ctx.queryParam("mode"), RetrievalMode.HYBRID)));
  }

  private void relatedArticles(Context ctx) throws IOException {
    ctx.json(
        Map.of(
            "related", search.relatedArticles(ctx.pathParam("id"), SearchParams.relatedSize(ctx))));
  }

  private void actor(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    ctx.json(
        search
            .actor(name)
            .orElseThrow(() -> new NotFoundException("No actor named '" + name + "'")));
  }

  private void actorStatements(Context ctx) throws IOException {
    ctx.json(
        search.actorStatements(
            ctx.pathParam("name"),
            SearchParams.integer(ctx, "page", 1),
            SearchParams.relatedSize(ctx)));
  }

  private void search(Context ctx) throws IOException {
    ctx.json(search.search(SearchParams.from(ctx)));
  }

  private void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(
        search
            .article(id)
            .orElseThrow(() -> new NotFoundException("No article with id '" + id + "'")));
  }

  /**
   * "ok", or "degraded" while updates from the corpus fail (searches are still answered, from the
   * index as it was): a watcher that cannot bring new files in is not silently "ok".
   */
  private void health(Context ctx) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    var problem =
        updates == null ? Optional.<ArticleUpdates.CorpusProblem>empty() : updates.corpusProblem();
    body.put("status", problem.isPresent() ? "degraded" : "ok");
    body.put("articles", search.articleCount());
    problem.ifPresent(
        p -> {
          Map<String, String> corpus = new LinkedHashMap<>();
          corpus.put("status", "failing");
          corpus.put("since", p.since().toString());
          corpus.put("error", p.error());
          body.put("corpus", corpus);
        });
    ctx.json(body);
  }
}
