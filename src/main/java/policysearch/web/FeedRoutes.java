package policysearch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import policysearch.extract.Actor;
import policysearch.search.Hit;
import policysearch.search.SearchBackend;
import policysearch.search.SearchRequest;
import policysearch.search.SortOrder;
import policysearch.search.StatementHit;
import policysearch.search.StatementRequest;

/**
 * Atom feeds of any search, newest first: {@code /api/search.atom} and {@code /api/statements.atom}
 * take the parameters of the JSON routes (sort, page and after ignored). A feed reader polls them;
 * nothing is stored on the server.
 */
final class FeedRoutes implements RouteGroup {
  private static final int DEFAULT_ENTRIES = 20;

  private final SearchBackend search;

  FeedRoutes(SearchBackend search) {
    this.search = search;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/search.atom", this::articles);
    routes.get("/api/statements.atom", this::statements);
  }

  private void articles(Context ctx) throws IOException {
    SearchRequest request = newestFirst(SearchParams.from(ctx), ctx);
    PageLinks links = PageLinks.of(ctx);
    String why = SearchWords.describe(request, "actor", List.of());
    List<AtomWriter.Entry> entries = new ArrayList<>();
    for (Hit hit : search.search(request).hits()) {
      entries.add(
          new AtomWriter.Entry(
              "urn:policy-search:article:" + encode(hit.id()),
              hit.title() == null || hit.title().isBlank() ? "(untitled)" : hit.title(),
              links.article(hit.id(), null),
              hit.date(),
              hit.source() == null || hit.source().isBlank() ? List.of() : List.of(hit.source()),
              summary(hit.snippets(), why),
              categories(hit.actors(), hit.topics())));
    }
    write(ctx, links, "Articles", why, links.search(request, "articles", List.of()), entries);
  }

  private void statements(Context ctx) throws IOException {
    StatementRequest statements = SearchParams.statements(ctx);
    SearchRequest request = newestFirst(statements.base(), ctx);
    PageLinks links = PageLinks.of(ctx);
    String why = SearchWords.describe(request, "speaker", statements.speakerTypes());
    StatementRequest newest = new StatementRequest(request, statements.speakerTypes());
    List<AtomWriter.Entry> entries = new ArrayList<>();
    for (StatementHit hit : search.statements(newest).hits()) {
      List<String> speakers = hit.speakers().stream().map(Actor::name).toList();
      entries.add(
          new AtomWriter.Entry(
              "urn:policy-search:statement:" + encode(hit.id()),
              Html.statementTitle(speakers, hit.verb(), hit.text()),
              links.article(hit.articleId(), "statement-" + hit.id()),
              hit.date(),
              speakers,
              summary(List.of(hit.text()), why + inArticle(hit)),
              categories(hit.speakers(), hit.topics())));
    }
    String page = links.search(request, "statements", statements.speakerTypes());
    write(ctx, links, "Statements", why, page, entries);
  }

  private static void write(
      Context ctx,
      PageLinks links,
      String noun,
      String why,
      String page,
      List<AtomWriter.Entry> entries)
      throws IOException {
    String self = links.self();
    AtomWriter.Head head =
        new AtomWriter.Head(
            self,
            noun + ": " + why + " – policy-search",
            noun + ", newest first, " + why,
            page,
            self);
    ctx.contentType(AtomWriter.CONTENT_TYPE);
    AtomWriter.write(ctx.outputStream(), head, entries);
  }

  /** The request's filters, newest first, the first {@code size} (default 20) hits. */
  private static SearchRequest newestFirst(SearchRequest r, Context ctx) {
    return new SearchRequest(
        r.query(),
        r.actors(),
        r.topics(),
        r.notActors(),
        r.notTopics(),
        r.from(),
        r.to(),
        SortOrder.DATE,
        1,
        SearchParams.integer(ctx, "size", DEFAULT_ENTRIES),
        null);
  }

  private static String inArticle(StatementHit hit) {
    String title = hit.articleTitle();
    return title == null || title.isBlank() ? "" : "; in “" + title + "”";
  }

  /** The snippets (HTML, words marked) and a last line saying why the entry matched. */
  private static String summary(List<String> snippets, String why) {
    StringBuilder html = new StringBuilder();
    for (String snippet : snippets) {
      html.append("<p>").append(snippet).append("</p>");
    }
    return html.append("<p><small>Matched: ")
        .append(Html.escape(why))
        .append("</small></p>")
        .toString();
  }

  private static List<String> categories(List<Actor> actors, List<String> topics) {
    return Stream.concat(actors.stream().map(Actor::name), topics.stream()).distinct().toList();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Absolute links, resolved against the URL the feed was asked for (so proxies keep working). */
  record PageLinks(URI feed) {
    static PageLinks of(Context ctx) {
      return new PageLinks(URI.create(ctx.fullUrl()));
    }

    String self() {
      return feed.toString();
    }

    String article(String id, String fragment) {
      return feed.resolve("../?id=" + encode(id) + (fragment == null ? "" : "#" + fragment))
          .toString();
    }

    /** The search page showing the same search (sorted by date, as the feed is). */
    String search(SearchRequest r, String tab, List<String> speakerTypes) {
      String actorParam = tab.equals("statements") ? "speaker" : "actor";
      List<String> params = new ArrayList<>();
      if (tab.equals("statements")) {
        params.add("tab=statements");
      }
      add(params, "q", r.query().isEmpty() ? List.of() : List.of(r.query()));
      add(params, actorParam, r.actors());
      add(params, "not_" + actorParam, r.notActors());
      add(params, "speaker_type", speakerTypes);
      add(params, "topic", r.topics());
      add(params, "not_topic", r.notTopics());
      add(params, "from", r.from() == null ? List.of() : List.of(r.from().toString()));
      add(params, "to", r.to() == null ? List.of() : List.of(r.to().toString()));
      params.add("sort=date");
      return feed.resolve("../?" + String.join("&", params)).toString();
    }

    private static void add(List<String> params, String name, List<String> values) {
      values.forEach(v -> params.add(name + "=" + encode(v)));
    }
  }
}
