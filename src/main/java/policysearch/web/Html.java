package policysearch.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text to HTML and back, for feed entries built from the highlighter's escaped HTML. */
final class Html {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY =
      Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");
  private static final int TITLE_CHARS = 100;

  private Html() {}

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** The text of escaped HTML with tags ({@code <mark>}) dropped and entities read. */
  static String plain(String html) {
    Matcher m = ENTITY.matcher(TAG.matcher(html).replaceAll(""));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String ch =
          switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                Character.toString(
                    name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(ch));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** "Antony Blinken said: “The alliance …”", the quotation cut between words. */
  static String statementTitle(List<String> speakers, String verb, String textHtml) {
    String who = speakers.isEmpty() ? "Someone" : String.join(" and ", speakers);
    String text = plain(textHtml).strip().replaceAll("\\s+", " ");
    if (text.length() > TITLE_CHARS) {
      int cut = text.lastIndexOf(' ', TITLE_CHARS);
      text = text.substring(0, cut > 0 ? cut : TITLE_CHARS) + " …";
    }
    return who + " " + (verb == null || verb.isBlank() ? "said" : verb) + ": “" + text + "”";
  }
}
