package policysearch.corpus;

/** Turns a parser's stack trace into a reason a person understands. */
final class ParseFailures {
  private static final int MAX_REASON = 200;

  private ParseFailures() {}

  /** The reason for a failed parse, from the stack trace Tika reports. */
  static String reason(String stack) {
    if (stack == null || stack.isBlank()) {
      return "cannot be parsed";
    }
    String root = rootCause(stack);
    String lower = stack.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("encrypteddocumentexception") || lower.contains("password")) {
      return "encrypted (password-protected): cannot be read";
    }
    if (lower.contains("zip bomb") || lower.contains("zipbomb")) {
      return "zip bomb: the file expands far beyond its size (" + shorten(message(root)) + ")";
    }
    return "cannot be parsed: " + shorten(root);
  }

  /** The first line of a message, shortened. */
  static String firstLine(String text) {
    return text == null ? "" : shorten(text.strip().lines().findFirst().orElse(""));
  }

  /** The innermost "Caused by:" line of a stack trace, else its first line. */
  private static String rootCause(String stack) {
    String root = null;
    for (String line : stack.lines().toList()) {
      if (root == null && !line.isBlank()) {
        root = line.strip();
      }
      if (line.startsWith("Caused by: ")) {
        root = line.substring("Caused by: ".length()).strip();
      }
    }
    return withoutPackage(root == null ? "" : root);
  }

  /** "org.apache.x.FooException: msg" becomes "FooException: msg". */
  private static String withoutPackage(String line) {
    int colon = line.indexOf(':');
    String type = colon < 0 ? line : line.substring(0, colon);
    int dot = type.lastIndexOf('.');
    return dot < 0 || type.contains(" ") ? line : line.substring(dot + 1);
  }

  private static String message(String line) {
    int colon = line.indexOf(": ");
    return colon < 0 ? line : line.substring(colon + 2);
  }

  private static String shorten(String text) {
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
  }
}
