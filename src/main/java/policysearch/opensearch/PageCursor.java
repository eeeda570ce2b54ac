package policysearch.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import policysearch.search.InvalidRequestException;

/**
 * The opaque {@code after} cursor of deep paging on OpenSearch: the sort values of the last hit of
 * a page (score or date, then id) for {@code search_after}, marked with the order it belongs to. A
 * cursor of one engine is refused by the other, as a cursor of another sort is.
 */
final class PageCursor {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BY_DATE = "od";
  private static final String BY_SCORE = "or";

  private PageCursor() {}

  /** The cursor after the hit whose sort values are {@code sort}. */
  static String after(JsonNode sort, boolean byDate) {
    String value = (byDate ? BY_DATE : BY_SCORE) + "." + sort.toString();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  /** The sort values a cursor points after; null for no cursor. */
  static JsonNode parse(String cursor, boolean byDate) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String value =
          new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
      String kind = byDate ? BY_DATE : BY_SCORE;
      if (!value.startsWith(kind + ".")) {
        throw new IllegalArgumentException("wrong kind");
      }
      JsonNode sort = JSON.readTree(value.substring(kind.length() + 1));
      if (!sort.isArray() || sort.size() != 2 || !sort.get(1).isTextual()) {
        throw new IllegalArgumentException("not a sort");
      }
      return sort;
    } catch (IllegalArgumentException | JsonProcessingException e) {
      throw new InvalidRequestException(
          "after must be the next_after cursor of a search with the same sort, not '"
              + cursor
              + "'");
    }
  }
}
