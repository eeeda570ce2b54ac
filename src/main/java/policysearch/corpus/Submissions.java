package policysearch.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Articles sent to the API: one JSON object, or a batch as JSON Lines, checked with the rules of
 * corpus JSON Lines. A batch is accepted whole or not at all, so a client never has to find out
 * which of its lines were written.
 */
public final class Submissions {
  /** The path recorded for submitted articles: corpus scans never remove them. */
  public static final String PATH = "api";

  private static final Path SOURCE = Path.of(PATH);

  private final JsonLinesFormat format;

  /** Checks records with {@code format}. */
  public Submissions(JsonLinesFormat format) {
    this.format = format;
  }

  /** One article from a JSON object (which may span lines). */
  public Article one(byte[] body) throws BadInputException {
    try {
      return format.parse(SOURCE, text(body));
    } catch (JsonLinesFormat.MoreThanOneValueException e) {
      throw new BadInputException(
          "the body holds more than one JSON value: send one object, or several as JSON Lines"
              + " with Content-Type application/x-ndjson");
    }
  }

  /** Every article of a JSON Lines batch; the first bad line rejects the batch. */
  public List<Article> batch(byte[] body) throws BadInputException {
    String[] lines = text(body).split("\n", -1);
    List<Article> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      Article article;
      try {
        article = format.parse(SOURCE, lines[i]);
      } catch (BadInputException e) {
        throw new BadInputException("line " + (i + 1) + ": " + e.getMessage());
      }
      if (!ids.add(article.id())) {
        throw new BadInputException("line " + (i + 1) + ": duplicate id " + article.id());
      }
      articles.add(article);
    }
    if (articles.isEmpty()) {
      throw new BadInputException("no articles in the body");
    }
    return articles;
  }

  private static String text(byte[] body) throws BadInputException {
    if (body.length == 0) {
      throw new BadInputException("empty body");
    }
    return CorpusReader.decode(body);
  }
}
