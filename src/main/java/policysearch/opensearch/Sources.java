package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import policysearch.corpus.DocumentFacts;
import policysearch.extract.Actor;
import policysearch.index.Schema;
import policysearch.search.ArticleView;
import policysearch.search.Extraction;
import policysearch.search.Hit;
import policysearch.search.StatementHit;

/**
 * The API records from OpenSearch hits: the {@code _source} fields, written by {@link ArticleGroup}
 * in {@code Schema}'s stored forms, and the unified highlighter's fragments.
 */
final class Sources {
  private Sources() {}

  /** An article hit; {@code body} is its text when it has pages (null otherwise). */
  static Hit hit(JsonNode hit, String body) {
    JsonNode source = hit.path("_source");
    List<String> snippets = new ArrayList<>();
    hit.path("highlight").path(Schema.BODY).forEach(f -> snippets.add(f.asText()));
    DocumentFacts facts = facts(source);
    List<Integer> pages = null;
    if (facts != null && facts.paged() && body != null) {
      pages = snippets.stream().map(s -> facts.pageOf(start(body, s))).toList();
    }
    return new Hit(
        text(source, Schema.ID),
        text(source, Schema.DATE),
        text(source, Schema.TITLE),
        text(source, Schema.SOURCE),
        text(source, Schema.URL),
        snippets,
        actors(source, Schema.ACTOR_STORED),
        strings(source, Schema.TOPIC),
        pages);
  }

  /** Whether {@code hit} needs its body to tell the pages of its snippets. */
  static boolean paged(JsonNode hit) {
    DocumentFacts facts = facts(hit.path("_source"));
    return facts != null && facts.paged();
  }

  /** A statement hit, its text the highlighted fragment or else the whole text escaped. */
  static StatementHit statement(JsonNode hit) {
    JsonNode source = hit.path("_source");
    JsonNode fragments = hit.path("highlight").path(Schema.BODY);
    String html =
        fragments.isEmpty() ? Html.escape(text(source, Schema.BODY)) : fragments.get(0).asText();
    JsonNode page = source.get(Schema.PAGE);
    return new StatementHit(
        text(source, Schema.ID),
        text(source, Schema.ARTICLE_ID),
        text(source, Schema.ARTICLE_TITLE),
        text(source, Schema.DATE),
        actors(source, Schema.SPEAKER_STORED),
        html,
        source.path(Schema.START).asInt(),
        source.path(Schema.END).asInt(),
        text(source, Schema.VERB),
        strings(source, Schema.TOPIC),
        Schema.decodeAttribution(text(source, Schema.ATTRIBUTION)),
        page == null || page.isNull() ? null : page.asInt(),
        List.of());
  }

  /** The whole article with its statements (in text order). */
  static ArticleView article(JsonNode source, List<StatementHit> statements) {
    String body = text(source, Schema.BODY);
    DocumentFacts facts = facts(source);
    JsonNode extracted = source.get(Schema.EXTRACTED);
    return new ArticleView(
        text(source, Schema.ID),
        text(source, Schema.DATE),
        text(source, Schema.TITLE),
        text(source, Schema.SOURCE),
        text(source, Schema.URL),
        body,
        actors(source, Schema.ACTOR_STORED),
        strings(source, Schema.TOPIC),
        statements,
        facts,
        Extraction.of(
            extracted == null || extracted.isNull() ? -1 : extracted.asInt(),
            facts,
            body.length()));
  }

  static String text(JsonNode source, String field) {
    JsonNode value = source.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static List<String> strings(JsonNode source, String field) {
    List<String> values = new ArrayList<>();
    JsonNode value = source.path(field);
    if (value.isArray()) {
      value.forEach(v -> values.add(v.asText()));
    } else if (value.isTextual()) {
      values.add(value.asText());
    }
    return values;
  }

  private static List<Actor> actors(JsonNode source, String field) {
    return strings(source, field).stream().map(Schema::decodeActor).toList();
  }

  private static DocumentFacts facts(JsonNode source) {
    return Schema.decodeDocumentFacts(text(source, Schema.DOCUMENT));
  }

  /** Where a snippet's text starts in the body (0 when it cannot be found). */
  private static int start(String body, String snippet) {
    String plain = Html.unescape(snippet.replace("<mark>", "").replace("</mark>", ""));
    int at = body.indexOf(plain);
    return Math.max(at, 0);
  }
}
