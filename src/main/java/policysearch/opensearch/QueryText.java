package policysearch.opensearch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import policysearch.index.Schema;
import policysearch.search.EntityNames;
import policysearch.search.QueryFactory;

/**
 * The user's query text as an OpenSearch {@code query_string} with the embedded index's intent:
 * words stemmed and all required (AND), "quoted phrases" exact (the {@code .exact} sub-fields),
 * title boosted twice over body, scores of the two fields added (tie breaker 1, as Lucene's SHOULD
 * clauses add them). The text is first parsed by the embedded index's {@link QueryFactory}, so a
 * query either engine would refuse gets the same plain-words 400; then the scopes the page offers
 * are renamed to their fields ({@code actor:} searches the names' words, {@code topic:} the topic
 * id, lower-cased).
 */
final class QueryText {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Map<String, String> SCOPES =
      Map.of("actor", Schema.ACTOR_TEXT, "title", Schema.TITLE, "topic", Schema.TOPIC);

  private final QueryFactory parser = new QueryFactory();

  /**
   * The query for {@code text}; an empty text matches every document. An {@code actor:} scope
   * naming an entity by any of its {@code names} finds it under every name, as in the embedded
   * index.
   */
  ObjectNode query(String text, EntityNames names) {
    if (text.isBlank()) {
      return matchAll();
    }
    parser.parse(text);
    ObjectNode query = queryString(scoped(text, names));
    ObjectNode qs = (ObjectNode) query.get("query_string");
    qs.putArray("fields").add(Schema.TITLE + "^2").add(Schema.BODY);
    qs.put("quote_field_suffix", ".exact");
    return query;
  }

  /**
   * What the highlighter marks in the body: the same text searched in the body alone, quoted
   * phrases included (the body's positions hold the words as written beside their stems), so that
   * words scoped to the title or to actors are not marked in the text, as in the embedded index.
   */
  ObjectNode highlight(String text) {
    if (text.isBlank()) {
      return matchAll();
    }
    ObjectNode query = queryString(scoped(text, null));
    ((ObjectNode) query.get("query_string")).putArray("fields").add(Schema.BODY);
    return query;
  }

  private static ObjectNode queryString(String scoped) {
    ObjectNode query = JSON.objectNode();
    ObjectNode qs = query.putObject("query_string");
    qs.put("query", scoped);
    qs.put("default_operator", "AND");
    qs.put("type", "best_fields");
    qs.put("tie_breaker", 1.0);
    qs.put("allow_leading_wildcard", false);
    qs.put("auto_generate_synonyms_phrase_query", false);
    return query;
  }

  private static ObjectNode matchAll() {
    ObjectNode all = JSON.objectNode();
    all.putObject("match_all");
    return all;
  }

  /**
   * {@code text} with each scope outside quotes renamed to its field ({@code actor:} → {@code
   * actor_text:}), and a topic scope's value lower-cased as the embedded index looks it up. An
   * actor scope whose value is a name of an entity of {@code names} (null: none known) also finds
   * the entity's canonical name among the actors and speakers: {@code actor:"al sisi"} finds
   * articles that only write "el-Sisi".
   */
  static String scoped(String text, EntityNames names) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && startsWord(text, i)) {
        int colon = text.indexOf(':', i);
        String scope = colon < 0 ? null : text.substring(i, colon).toLowerCase(Locale.ROOT);
        if (scope != null && SCOPES.containsKey(scope)) {
          i = colon + 1;
          int end = valueEnd(text, i);
          String value = text.substring(i, end);
          if (scope.equals("topic")) {
            out.append(Schema.TOPIC).append(':').append(value.toLowerCase(Locale.ROOT));
          } else if (scope.equals("actor") && names != null) {
            out.append(actor(value, names));
          } else {
            out.append(SCOPES.get(scope)).append(':').append(value);
          }
          i = end;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** An actor scope: the names' words, or the entity under any of its names. */
  private static String actor(String value, EntityNames names) {
    String words = Schema.ACTOR_TEXT + ':' + value;
    String bare = value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
    String entity = names.canonical(bare.strip());
    if (!names.contains(entity)) {
      return words;
    }
    String quoted = '"' + entity.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    return "("
        + words
        + " OR "
        + Schema.ACTOR
        + ':'
        + quoted
        + " OR "
        + Schema.SPEAKER
        + ':'
        + quoted
        + ")";
  }

  private static boolean startsWord(String text, int i) {
    if (!Character.isLetter(text.charAt(i))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return Character.isWhitespace(before) || "(+-!".indexOf(before) >= 0;
  }

  /** The end of a scope's value: a quoted phrase, or a word up to a space or bracket. */
  private static int valueEnd(String text, int start) {
    if (start < text.length() && text.charAt(start) == '"') {
      int close = text.indexOf('"', start + 1);
      return close < 0 ? text.length() : close + 1;
    }
    int end = start;
    while (end < text.length()
        && !Character.isWhitespace(text.charAt(end))
        && text.charAt(end) != ')') {
      end++;
    }
    return end;
  }
}
