package policysearch.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;

/** One JSON Lines record with the fields {@code id, date, title, text, source, url}. */
public final class JsonLinesFormat {
  private final ObjectMapper mapper;

  /** Uses the given mapper to parse each line. */
  public JsonLinesFormat(ObjectMapper mapper) {
    this.mapper = mapper;
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
        file.toString());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
