package policysearch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import policysearch.corpus.Article;
import policysearch.corpus.BadInputException;
import policysearch.corpus.Submissions;
import policysearch.search.ArticleUpdates;
import policysearch.search.InvalidRequestException;

/**
 * {@code POST /api/articles} and {@code DELETE /api/articles/{id}}, for holders of the admin token
 * ({@code Authorization: Bearer TOKEN}). Registered only when a token is configured.
 */
final class WriteRoutes implements RouteGroup {
  private final ArticleUpdates updates;
  private final Submissions submissions;
  private final byte[] token;

  WriteRoutes(ArticleUpdates updates, Submissions submissions, String token) {
    this.updates = updates;
    this.submissions = submissions;
    this.token = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post("/api/articles", this::post);
    routes.delete("/api/articles/{id}", this::delete);
  }

  private void post(Context ctx) throws IOException {
    authorize(ctx);
    List<Article> articles = parse(ctx);
    updates.put(articles);
    ctx.json(Map.of("written", articles.size()));
  }

  private void delete(Context ctx) throws IOException {
    authorize(ctx);
    String id = ctx.pathParam("id");
    updates.delete(id);
    ctx.json(Map.of("deleted", id));
  }

  /** JSON Lines when the content type says so, else one JSON object. */
  private List<Article> parse(Context ctx) {
    String type = String.valueOf(ctx.contentType());
    boolean lines = type.contains("ndjson") || type.contains("jsonl");
    try {
      byte[] body = ctx.bodyAsBytes();
      return lines ? submissions.batch(body) : List.of(submissions.one(body));
    } catch (BadInputException e) {
      throw new InvalidRequestException("Article not accepted: " + e.getMessage());
    }
  }

  /** Constant-time comparison, so response times do not reveal how much of a guess was right. */
  void authorize(Context ctx) {
    String given = ctx.header("Authorization");
    if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      throw new UnauthorizedException();
    }
  }

  /** No or wrong admin token. */
  static final class UnauthorizedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnauthorizedException() {
      super("This route needs the admin token: send 'Authorization: Bearer TOKEN'.");
    }
  }
}
