package policysearch.corpus;

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
   * Longest string value: Jackson's default (20 MB) would skip the longest briefings and reports;
   * beyond this a "text" is a data dump, not an article.
   */
  public static final int MAX_STRING_CHARS = 256 << 20;

  private final ObjectMapper mapper;

  /** Parses each line with a copy of {@code mapper} that accepts long texts. */
  public JsonLinesFormat(ObjectMapper mapper) {
    this.mapper = mapper.copy();
    this.mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build());
  }

  /** Parses one line of a JSON Lines file. */
  public Article parse(Path file, String line) throws BadInputException {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadInputException("not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadInputException("not a JSON object");
    }
    String id = text(node, "id");
    if (id == null || id.isBlank()) {
      throw new BadInputException("no id");
    }
    String body = text(node, "text");
    if (body == null || body.isBlank()) {
      throw new BadInputException("no text (id " + id + ")");
    }
    String source = text(node, "source");
    String fallbackSource = file.getFileName().toString().replaceFirst("\\.jsonl(\\.gz)?$", "");
    return Article.of(
        id.strip(),
        Dates.parse(text(node, "date")),
        text(node, "title"),
        body.strip(),
        source == null || source.isBlank() ? fallbackSource : source,
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

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
