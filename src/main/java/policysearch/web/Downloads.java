package policysearch.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import policysearch.search.RowSink;

/**
 * A streamed download of export rows as CSV (RFC 4180 quoting, list cells joined by "; ") or as a
 * JSON array, with the number of rows in {@code X-Total-Count}. The response is opened on the first
 * row, so a request that fails before any row still gets its problem document.
 */
abstract class Downloads<T> implements RowSink<T> {
  /** The header that says how many rows the download holds. */
  static final String TOTAL_HEADER = "X-Total-Count";

  private final Context ctx;
  private final String contentType;
  private final String filename;
  private Writer out;

  private Downloads(Context ctx, String contentType, String filename) {
    this.ctx = ctx;
    this.contentType = contentType;
    this.filename = filename;
  }

  /** CSV with a header of {@code columns}, the snake_case names of the row's fields. */
  static <T> Downloads<T> csv(Context ctx, ObjectMapper mapper, String name, List<String> columns) {
    return new Downloads<>(ctx, "text/csv; charset=utf-8", name + ".csv") {
      @Override
      void start(Writer out) throws IOException {
        out.write(line(columns));
      }

      @Override
      void write(Writer out, T row) throws IOException {
        Map<?, ?> fields = mapper.convertValue(row, Map.class);
        out.write(line(columns.stream().map(c -> cell(fields.get(c))).toList()));
      }

      @Override
      void end(Writer out) {}
    };
  }

  /** A JSON array of the rows. */
  static <T> Downloads<T> json(Context ctx, ObjectMapper mapper, String name) {
    return new Downloads<>(ctx, "application/json", name + ".json") {
      private JsonGenerator json;

      @Override
      void start(Writer out) throws IOException {
        json = mapper.getFactory().createGenerator(out);
        json.writeStartArray();
      }

      @Override
      void write(Writer out, T row) throws IOException {
        mapper.writeValue(json, row);
      }

      @Override
      void end(Writer out) throws IOException {
        json.writeEndArray();
        json.flush();
      }
    };
  }

  abstract void start(Writer out) throws IOException;

  abstract void write(Writer out, T row) throws IOException;

  abstract void end(Writer out) throws IOException;

  /** Sends the number of rows in {@code X-Total-Count}: the first pass counted every match. */
  @Override
  public void total(long total) {
    ctx.header(TOTAL_HEADER, Long.toString(total));
  }

  @Override
  public void accept(T row) throws IOException {
    write(open(), row);
  }

  /** Ends the document (an empty one when there were no rows) and flushes it. */
  void finish() throws IOException {
    Writer writer = open();
    end(writer);
    writer.flush();
  }

  private Writer open() throws IOException {
    if (out == null) {
      ctx.contentType(contentType);
      ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
      out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
      start(out);
    }
    return out;
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).collect(Collectors.joining("; "));
    }
    if (value instanceof Map<?, ?> map) {
      // an attribution {cue, mention} reads "said: she"
      return map.values().stream().map(String::valueOf).collect(Collectors.joining(": "));
    }
    return String.valueOf(value);
  }

  /**
   * One CSV record: cells with a comma, quote or line break are quoted, quotes doubled; a cell that
   * a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe, since article text
   * is untrusted.
   */
  static String line(List<String> cells) {
    return cells.stream()
            .map(Downloads::defuse)
            .map(Downloads::quote)
            .collect(Collectors.joining(","))
        + "\r\n";
  }

  private static String defuse(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private static String quote(String cell) {
    if (cell.isEmpty()
        || cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
