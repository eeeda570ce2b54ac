package policysearch.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import policysearch.search.InvalidRequestException;
import policysearch.search.RetrievalMode;
import policysearch.search.SearchRequest;
import policysearch.search.SortOrder;
import policysearch.search.StatementRequest;

/** Reads and validates the query parameters of {@code /api/search}. */
final class SearchParams {
  private static final int DEFAULT_SIZE = 10;
  private static final int MAX_RELATED = 50;
  private static final Set<String> SPEAKER_TYPES = Set.of("person", "country", "organization");

  private SearchParams() {}

  static SearchRequest from(Context ctx) {
    return request(ctx, "actor", true);
  }

  /** An export's search: {@code page}, {@code size} and {@code after} are ignored, not checked. */
  static SearchRequest export(Context ctx) {
    return request(ctx, "actor", false);
  }

  /** Statement search: {@code speaker} and {@code speaker_type} filters instead of actors. */
  static StatementRequest statements(Context ctx) {
    return statements(ctx, true);
  }

  /** A statement export: like {@link #export(Context)}. */
  static StatementRequest statementExport(Context ctx) {
    return statements(ctx, false);
  }

  private static StatementRequest statements(Context ctx, boolean paged) {
    String mode = ctx.queryParam("mode");
    return new StatementRequest(
        request(ctx, "speaker", paged),
        speakerTypes(ctx),
        mode == null || mode.isBlank() ? null : RetrievalMode.parse(mode, null));
  }

  /** The {@code speaker_type} filters, each person, country or organization. */
  static List<String> speakerTypes(Context ctx) {
    return speakerTypes(values(ctx, "speaker_type"));
  }

  /** {@code types}, checked: each person, country or organization. */
  static List<String> speakerTypes(List<String> types) {
    for (String type : types) {
      if (!SPEAKER_TYPES.contains(type)) {
        throw new InvalidRequestException(
            "speaker_type must be person, country or organization, not '" + type + "'");
      }
    }
    return types;
  }

  /** {@code size} for a list of related items: 1 to 50, 10 when absent. */
  static int relatedSize(Context ctx) {
    int size = integer(ctx, "size", DEFAULT_SIZE);
    if (size < 1 || size > MAX_RELATED) {
      throw new InvalidRequestException(
          "size must be between 1 and " + MAX_RELATED + ", not " + size);
    }
    return size;
  }

  static List<String> values(Context ctx, String name) {
    return ctx.queryParams(name).stream().filter(v -> !v.isBlank()).toList();
  }

  /**
   * Facet filters {@code actorParam} and {@code topic}, their exclusions {@code not_...}; without
   * {@code paged}, the first page of the default size.
   */
  private static SearchRequest request(Context ctx, String actorParam, boolean paged) {
    return new SearchRequest(
        ctx.queryParam("q"),
        values(ctx, actorParam),
        values(ctx, "topic"),
        values(ctx, "not_" + actorParam),
        values(ctx, "not_topic"),
        date(ctx, "from"),
        date(ctx, "to"),
        SortOrder.parse(ctx.queryParam("sort")),
        paged ? integer(ctx, "page", 1) : 1,
        paged ? integer(ctx, "size", DEFAULT_SIZE) : DEFAULT_SIZE,
        paged ? ctx.queryParam("after") : null);
  }

  static LocalDate date(Context ctx, String name) {
    return date(name, ctx.queryParam(name));
  }

  /** {@code value} of the date named {@code name}, null when blank. */
  static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          name + " must be a date like 2024-02-27, not '" + value + "'");
    }
  }

  static int integer(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name + " must be a whole number, not '" + value + "'");
    }
  }
}
