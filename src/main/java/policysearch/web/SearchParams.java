package policysearch.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import policysearch.search.InvalidRequestException;
import policysearch.search.SearchRequest;
import policysearch.search.SortOrder;

/** Reads and validates the query parameters of {@code /api/search}. */
final class SearchParams {
  private static final int DEFAULT_SIZE = 10;

  private SearchParams() {}

  static SearchRequest from(Context ctx) {
    return new SearchRequest(
        ctx.queryParam("q"),
        ctx.queryParams("actor").stream().filter(v -> !v.isBlank()).toList(),
        ctx.queryParams("topic").stream().filter(v -> !v.isBlank()).toList(),
        date(ctx, "from"),
        date(ctx, "to"),
        SortOrder.parse(ctx.queryParam("sort")),
        integer(ctx, "page", 1),
        integer(ctx, "size", DEFAULT_SIZE));
  }

  static LocalDate date(Context ctx, String name) {
    String value = ctx.queryParam(name);
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
