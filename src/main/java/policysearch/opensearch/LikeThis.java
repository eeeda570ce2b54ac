package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import policysearch.extract.Actor;
import policysearch.index.Schema;
import policysearch.search.EntityNames;
import policysearch.search.NotFoundException;
import policysearch.search.RelatedArticle;
import policysearch.search.RelatedStatement;
import policysearch.search.RelatedStatements;
import policysearch.search.SpeakerNames;
import policysearch.search.StatementHit;

/**
 * Related articles and statements on OpenSearch, by words only: {@code more_like_this} with the
 * embedded index's settings (25 terms, each in at least two documents and at most a tenth of them,
 * words of three letters or more). The runner's nodes have no k-NN plugin, so the index holds no
 * vectors: the embedded index's fusion with nearest embeddings, and its re-ranking of statements by
 * what they share, do not happen here; {@code similarity} is 0 and scores are the reciprocal rank
 * of the words' ranking, as the embedded index gives a list it fuses alone.
 */
final class LikeThis {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int MAX_QUERY_TERMS = 25;
  private static final int MIN_COMMON_DOCS = 100;
  private static final int FUSION_K = 60;
  private static final int MIN_CANDIDATES = 50;
  private static final Pattern MARKED = Pattern.compile("<mark>([^<]*)</mark>");

  private final OpenSearchBackend backend;
  private final String index;

  LikeThis(OpenSearchBackend backend, String index) {
    this.backend = backend;
    this.index = index;
  }

  /** Articles like article {@code id}, with the topics and actors they share. */
  List<RelatedArticle> articles(String id, int size) throws IOException {
    JsonNode source = found(id, Schema.KIND_ARTICLE, "article").path("_source");
    ObjectNode body = JSON.objectNode();
    body.put("size", size);
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("must").add(like(id, List.of(Schema.TITLE, Schema.BODY), 3));
    bool.putArray("filter").add(Narrowing.term(Schema.KIND, Schema.KIND_ARTICLE));
    bool.putArray("must_not").add(Narrowing.term(Schema.ID, id));
    body.putObject("_source")
        .set(
            "includes",
            Narrowing.strings(
                List.of(Schema.ID, Schema.DATE, Schema.TITLE, Schema.TOPIC, Schema.ACTOR_STORED)));
    List<String> topics = Sources.strings(source, Schema.TOPIC);
    List<String> actors = names(source, Schema.ACTOR_STORED);
    List<RelatedArticle> related = new ArrayList<>();
    JsonNode hits = backend.send(body).path("hits").path("hits");
    for (int rank = 0; rank < hits.size(); rank++) {
      JsonNode hit = hits.get(rank).path("_source");
      List<String> theirTopics = Sources.strings(hit, Schema.TOPIC);
      related.add(
          new RelatedArticle(
              Sources.text(hit, Schema.ID),
              Sources.text(hit, Schema.DATE),
              Sources.text(hit, Schema.TITLE),
              1.0 / (FUSION_K + rank + 1),
              0,
              theirTopics,
              theirTopics.stream().filter(topics::contains).toList(),
              names(hit, Schema.ACTOR_STORED).stream().filter(actors::contains).toList()));
    }
    return related;
  }

  /**
   * Statements like statement {@code id} by other speakers in other articles, within the dates and
   * speaker types asked, the source's words that brought each marked in its text.
   */
  RelatedStatements statements(
      String id, int size, LocalDate from, LocalDate to, List<String> speakerTypes)
      throws IOException {
    JsonNode source = found(id, Schema.KIND_STATEMENT, "statement");
    JsonNode stored = source.path("_source");
    ObjectNode body = JSON.objectNode();
    body.put("size", Math.max(MIN_CANDIDATES, 3 * size));
    ObjectNode bool = body.putObject("query").putObject("bool");
    ObjectNode like = like(id, List.of(Schema.BODY), 2);
    bool.putArray("must").add(like);
    ArrayNode filter = bool.putArray("filter");
    filter.add(Narrowing.term(Schema.KIND, Schema.KIND_STATEMENT));
    if (!speakerTypes.isEmpty()) {
      filter
          .addObject()
          .putObject("terms")
          .set(Schema.SPEAKER_TYPE, Narrowing.strings(speakerTypes));
    }
    Narrowing.dates(filter, from, to);
    ArrayNode not = bool.putArray("must_not");
    not.add(Narrowing.term(Schema.ARTICLE_ID, Sources.text(stored, Schema.ARTICLE_ID)));
    // Every name of each speaker: a statement not yet rewritten may carry an older spelling.
    EntityNames entities = backend.names();
    List<String> speakers = new ArrayList<>();
    for (String speaker : names(stored, Schema.SPEAKER_STORED)) {
      speakers.addAll(SpeakerNames.resolved().of(speaker, entities));
    }
    if (!speakers.isEmpty()) {
      not.addObject().putObject("terms").set(Schema.SPEAKER, Narrowing.strings(speakers));
    }
    body.putObject("_source").set("includes", Narrowing.strings(Schema.STATEMENT_HIT_FIELDS));
    ObjectNode highlight = body.putObject("highlight");
    // The words of the source that each hit holds (more_like_this itself is not highlighted).
    highlight
        .putObject("highlight_query")
        .putObject("match")
        .putObject(Schema.BODY)
        .put("query", Sources.text(stored, Schema.BODY));
    highlight.put("encoder", "html");
    highlight.putArray("pre_tags").add("<mark>");
    highlight.putArray("post_tags").add("</mark>");
    highlight
        .putObject("fields")
        .putObject(Schema.BODY)
        .put("type", "unified")
        .put("number_of_fragments", 0);
    List<String> topics = Sources.strings(stored, Schema.TOPIC);
    List<StatementHit> candidates = new ArrayList<>();
    backend.send(body).path("hits").path("hits").forEach(h -> candidates.add(Sources.statement(h)));
    // More shared words first, more_like_this's order among equals (a stable sort): its tf-idf
    // alone lets one rare word outrank four shared ones.
    candidates.sort(Comparator.comparingInt((StatementHit h) -> -marked(h.text()).size()));
    List<RelatedStatement> related = new ArrayList<>();
    for (int rank = 0; rank < Math.min(size, candidates.size()); rank++) {
      StatementHit hit = candidates.get(rank);
      related.add(
          new RelatedStatement(
              hit,
              1.0 / (FUSION_K + rank + 1),
              0,
              marked(hit.text()),
              List.of(),
              List.of(),
              hit.topics().stream().filter(topics::contains).toList()));
    }
    return new RelatedStatements(Sources.statement(source), related);
  }

  private JsonNode found(String id, String kind, String what) throws IOException {
    JsonNode found = backend.byId(id, kind, List.of());
    if (found == null) {
      throw new NotFoundException("No " + what + " with id '" + id + "'");
    }
    return found;
  }

  private ObjectNode like(String id, List<String> fields, int minWordLength) throws IOException {
    ObjectNode query = JSON.objectNode();
    ObjectNode mlt = query.putObject("more_like_this");
    mlt.set("fields", Narrowing.strings(fields));
    ObjectNode item = mlt.putArray("like").addObject();
    item.put("_index", index);
    item.put("_id", id);
    item.put("routing", id.contains("~s") ? id.substring(0, id.lastIndexOf("~s")) : id);
    mlt.put("min_term_freq", 1);
    mlt.put("min_doc_freq", 2);
    mlt.put("min_word_length", minWordLength);
    mlt.put("max_query_terms", MAX_QUERY_TERMS);
    mlt.put("boost_terms", 1);
    mlt.put("max_doc_freq", Math.max(MIN_COMMON_DOCS, backend.documentCount() / 10));
    mlt.put("minimum_should_match", "1");
    mlt.put("include", false);
    return query;
  }

  /** The distinct marked words of a highlighted text, lower-cased, in order. */
  private static List<String> marked(String html) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = MARKED.matcher(html);
    while (m.find()) {
      words.add(Html.unescape(m.group(1)).toLowerCase(Locale.ROOT));
    }
    return List.copyOf(words);
  }

  private static List<String> names(JsonNode source, String field) {
    return Sources.strings(source, field).stream()
        .map(Schema::decodeActor)
        .map(Actor::name)
        .toList();
  }
}
