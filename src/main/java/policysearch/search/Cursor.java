package policysearch.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;

/**
 * The opaque {@code after} cursor of deep paging: the sort value and doc id of the last hit of a
 * page, for {@code searchAfter}. It stays valid while the index is unchanged; after a refresh it
 * still pages, though a hit may move across the boundary.
 */
final class Cursor {
  private static final String BY_DATE = "d";
  private static final String BY_SCORE = "r";

  private Cursor() {}

  /** The cursor after {@code last}, a hit of a search sorted by date or by score. */
  static String after(ScoreDoc last, boolean byDate) {
    String value =
        byDate
            ? BY_DATE + "." + ((FieldDoc) last).fields[0] + "." + last.doc
            : BY_SCORE + "." + Float.floatToIntBits(last.score) + "." + last.doc;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  /** The hit a cursor points after; null for no cursor. */
  static ScoreDoc parse(String cursor, boolean byDate) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)
              .split("\\.");
      if (parts.length != 3 || !parts[0].equals(byDate ? BY_DATE : BY_SCORE)) {
        throw new IllegalArgumentException("wrong kind");
      }
      int doc = Integer.parseInt(parts[2]);
      return byDate
          ? new FieldDoc(doc, Float.NaN, new Object[] {Long.parseLong(parts[1])})
          : new ScoreDoc(doc, Float.intBitsToFloat(Integer.parseInt(parts[1])));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "after must be the next_after cursor of a search with the same sort, not '"
              + cursor
              + "'");
    }
  }
}
