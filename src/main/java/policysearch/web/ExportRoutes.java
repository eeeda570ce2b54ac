package policysearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import policysearch.search.ArticleRow;
import policysearch.search.SearchBackend;
import policysearch.search.StatementRow;

/** Downloads of whole result sets: {@code /api/search.csv|.json}, {@code /api/statements...}. */
final class ExportRoutes implements RouteGroup {
  static final List<String> ARTICLE_COLUMNS =
      List.of("id", "date", "title", "source", "url", "actors", "topics");
  static final List<String> STATEMENT_COLUMNS =
      List.of(
          "id",
          "date",
          "speakers",
          "verb",
          "text",
          "article_id",
          "article_title",
          "topics",
          "attribution");

  private final SearchBackend search;
  private final ObjectMapper mapper;

  ExportRoutes(SearchBackend search, ObjectMapper mapper) {
    this.search = search;
    this.mapper = mapper;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(
        "/api/search.csv",
        ctx -> articles(ctx, Downloads.csv(ctx, mapper, "search", ARTICLE_COLUMNS)));
    routes.get("/api/search.json", ctx -> articles(ctx, Downloads.json(ctx, mapper, "search")));
    routes.get(
        "/api/statements.csv",
        ctx -> statements(ctx, Downloads.csv(ctx, mapper, "statements", STATEMENT_COLUMNS)));
    routes.get(
        "/api/statements.json", ctx -> statements(ctx, Downloads.json(ctx, mapper, "statements")));
  }

  private void articles(Context ctx, Downloads<ArticleRow> download) throws IOException {
    search.exportArticles(SearchParams.export(ctx), download);
    download.finish();
  }

  private void statements(Context ctx, Downloads<StatementRow> download) throws IOException {
    search.exportStatements(SearchParams.statementExport(ctx), download);
    download.finish();
  }
}
