package policysearch.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed format: a first line {@code " date YYYY-MM-DD <text…>"}, then paragraphs separated by
 * blank lines. The id is the file name without extension; the title is the first sentence.
 */
public final class SeedFormat {
  private static final Pattern HEADER = Pattern.compile("\\A\\s*date\\s+(\\S+)\\s*");

  /** A sentence ends at . ! or ? before a space, but not after an abbreviation ("Gen.", "U.S."). */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<!\\b\\p{Lu}\\p{L}{0,2})(?<!\\.\\p{Lu})[.!?](?=\\s|$)");

  private static final int MAX_TITLE = 160;

  private SeedFormat() {}

  /**
   * Whether a {@code .txt} file's first bytes are blank or start like the seed format; any other
   * text file is read as a plain-text document.
   */
  public static boolean isSeed(byte[] start) {
    String head = new String(start, java.nio.charset.StandardCharsets.ISO_8859_1);
    // A UTF-8 byte-order mark (EF BB BF, read here as three Latin-1 letters) is skipped, as the
    // reader skips it when it decodes the file.
    head = head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head;
    return head.isBlank() || HEADER.matcher(head).find();
  }

  /** Parses the decoded content of one seed file. */
  public static Article parse(Path file, String content) throws BadInputException {
    if (content.isBlank()) {
      throw new BadInputException("empty file");
    }
    Matcher header = HEADER.matcher(content);
    if (!header.find()) {
      throw new BadInputException("first line does not start with 'date YYYY-MM-DD'");
    }
    LocalDate date = Dates.parse(header.group(1));
    String text = content.substring(header.end()).strip().replace("\r\n", "\n");
    if (text.isEmpty()) {
      throw new BadInputException("no text after the date");
    }
    String name = file.getFileName().toString();
    String id = Ids.id(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
    Path parent = file.toAbsolutePath().getParent();
    String source = Ids.source(parent == null ? "corpus" : parent.getFileName().toString());
    return Article.of(id, date, titleOf(text), text, source, null, file.toString());
  }

  static String titleOf(String text) {
    String firstParagraph = text.split("\n", 2)[0].strip();
    Matcher end = SENTENCE_END.matcher(firstParagraph);
    String sentence = end.find() ? firstParagraph.substring(0, end.start() + 1) : firstParagraph;
    if (sentence.length() <= MAX_TITLE) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', MAX_TITLE - 1);
    return sentence.substring(0, cut > 0 ? cut : MAX_TITLE - 1) + "…";
  }
}
