package policysearch.corpus;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * A document's title: the metadata title when it is a real one, else the first heading, else the
 * first line (its first sentence, as for seed articles). Word processors and PDF printers fill the
 * title with the file name or "Microsoft Word - draft.docx"; such titles are passed over.
 */
final class DocumentTitles {
  private static final Pattern FILE_NAME =
      Pattern.compile("(?i).*\\.(pdf|docx?|odt|rtf|html?|xhtml|eml|txt)$");
  private static final Pattern TOOL_PREFIX =
      Pattern.compile("(?i)^(microsoft (word|powerpoint|excel) - |untitled|document\\d*$|title$)");
  private static final int MAX_TITLE = 300;

  private DocumentTitles() {}

  /** A title with where it came from: "metadata", "heading" or "first line". */
  record Titled(String title, String source) {}

  static Titled of(Metadata metadata, XhtmlText body, String fileName) {
    String title = metadata.get(TikaCoreProperties.TITLE);
    if (usable(title, fileName)) {
      return new Titled(title.strip().replaceAll("\\s+", " "), "metadata");
    }
    if (body.heading() != null && body.heading().length() <= MAX_TITLE) {
      return new Titled(body.heading(), "heading");
    }
    return new Titled(SeedFormat.titleOf(body.text()), "first line");
  }

  private static boolean usable(String title, String fileName) {
    if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
      return false;
    }
    String t = title.strip();
    String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : "";
    return !FILE_NAME.matcher(t).matches()
        && !TOOL_PREFIX.matcher(t).find()
        && !t.equalsIgnoreCase(stem)
        && t.chars().anyMatch(Character::isLetter)
        && !t.toLowerCase(Locale.ROOT).equals(fileName.toLowerCase(Locale.ROOT));
  }
}
