package policysearch.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON Lines record with the fields {@code id, date, title, text, source, url}, and the speaker
 * of a speech from {@code meta.speaker} (a name or a list of names) and {@code meta.country}.
 */
public final class JsonLinesFormat {
  /**
   * Longest record: one JSON line (or seed file) of at most 64 MB, room for a 50 MB report or
   * transcript (the longest article of the shared corpora has 217 KB). Reading holds a few copies
   * of a record at once: beyond this a "text" is a data dump, and one such line, or a gzip bomb of
   * one endless line, must not exhaust the memory of the run.
   */
  public static final int MAX_RECORD_BYTES = 64 << 20;

  /**
   * Longest title, in characters (the longest in the shared corpora has 341): a longer one is text
   * put in the wrong field, and titles go into every hit and every suggestion.
   */
  public static final int MAX_TITLE_CHARS = 1_000;

  private final ObjectMapper mapper;

  /** Parses each line with a copy of {@code mapper} that accepts long texts. */
  public JsonLinesFormat(ObjectMapper mapper) {
    this.mapper = mapper.copy();
    this.mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxStringLength(MAX_RECORD_BYTES).build());
  }

  /** Parses one line of a JSON Lines file: exactly one JSON object, nothing after it. */
  public Article parse(Path file, String line) throws BadInputException {
    JsonNode node = object(line);
    String id = Ids.id(text(node, "id"));
    String body = text(node, "text");
    if (body == null || body.isBlank()) {
      throw new BadInputException("no text (id " + id + ")");
    }
    String source = text(node, "source");
    String fallbackSource = file.getFileName().toString().replaceFirst("\\.jsonl(\\.gz)?$", "");
    String title = text(node, "title");
    if (title != null && title.length() > MAX_TITLE_CHARS) {
      throw new BadInputException(
          "title longer than " + MAX_TITLE_CHARS + " characters (" + title.length() + ")");
    }
    return Article.of(
        id,
        Dates.parse(text(node, "date")),
        title,
        body.strip(),
        Ids.source(source == null || source.isBlank() ? fallbackSource : source),
        text(node, "url"),
        file.toString(),
        speaker(node.get("meta")));
  }

  /** The speaker {@code meta} names, or null when it names none. */
  static DocumentSpeaker speaker(JsonNode meta) {
    if (meta == null || !meta.isObject()) {
      return null;
    }
    JsonNode speaker = meta.get("speaker");
    List<String> names = new ArrayList<>();
    if (speaker != null && speaker.isArray()) {
      speaker.forEach(name -> addName(names, name));
    } else {
      addName(names, speaker);
    }
    return names.isEmpty() ? null : new DocumentSpeaker(List.copyOf(names), text(meta, "country"));
  }

  private static void addName(List<String> names, JsonNode name) {
    if (name != null && name.isTextual() && !name.asText().isBlank()) {
      names.add(name.asText().strip());
    }
  }

  /**
   * The one JSON object of {@code line}. A second value after it is an error, not ignored: two
   * records glued on one line, or lines ended by a lone CR, would otherwise lose every record but
   * the first without a word.
   */
  private JsonNode object(String line) throws BadInputException {
    try (JsonParser parser = mapper.createParser(line)) {
      JsonNode node = mapper.readTree(parser);
      if (node == null || !node.isObject()) {
        throw new BadInputException("not a JSON object");
      }
      if (parser.nextToken() != null) {
        long at = parser.currentTokenLocation().getCharOffset() + 1;
        throw new MoreThanOneValueException(
            "more than one JSON value (another starts at character "
                + at
                + (line.contains("\r") ? "; lines ended by a lone CR? end them with LF" : "")
                + "): one object per line");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new BadInputException("not valid JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new BadInputException("not valid JSON: " + e.getMessage());
    }
  }

  /** A line or body that holds a second JSON value after the first. */
  static final class MoreThanOneValueException extends BadInputException {
    private static final long serialVersionUID = 1L;

    MoreThanOneValueException(String message) {
      super(message);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
