package policysearch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import policysearch.search.NotFoundException;
import policysearch.search.RelatedWeights;
import policysearch.search.RetrievalMode;
import policysearch.search.SearchService;

/** The API's handlers: each validates its input, calls the search service, writes JSON. */
final class Routes implements RouteGroup {
  private final SearchService search;

  Routes(SearchService search) {
    this.search = search;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/search", this::search);
    routes.get("/api/articles/{id}", this::article);
    routes.get("/api/articles/{id}/related", this::relatedArticles);
    routes.get("/api/statements", this::statements);
    routes.get("/api/statements/{id}/related", this::relatedStatements);
    routes.get("/api/actors/{name}/statements", this::actorStatements);
    routes.get("/api/health", this::health);
  }

  private void statements(Context ctx) throws IOException {
    ctx.json(search.statements().search(SearchParams.statements(ctx)));
  }

  private void relatedStatements(Context ctx) throws IOException {
    ctx.json(
        search.relatedStatements(
            ctx.pathParam("id"),
            SearchParams.relatedSize(ctx),
            SearchParams.date(ctx, "from"),
            SearchParams.date(ctx, "to"),
            SearchParams.values(ctx, "speaker_type"),
            RetrievalMode.parse(ctx.queryParam("mode"), RetrievalMode.HYBRID),
            RelatedWeights.DEFAULT));
  }

  private void relatedArticles(Context ctx) throws IOException {
    ctx.json(
        Map.of(
            "related", search.relatedArticles(ctx.pathParam("id"), SearchParams.relatedSize(ctx))));
  }

  private void actorStatements(Context ctx) throws IOException {
    ctx.json(
        search
            .statements()
            .byActor(
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

  private void health(Context ctx) throws IOException {
    ctx.json(Map.of("status", "ok", "articles", search.articleCount()));
  }
}
