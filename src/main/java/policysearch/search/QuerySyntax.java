package policysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Says in plain words what is wrong with a query the parser refused ("AND needs a word on each
 * side") instead of the parser's grammar text ("Encountered <EOF> at line 1, column 9"): the common
 * mistakes are found by the query's shape; our own refusals (unknown field, regular expressions)
 * keep their message; anything else gets a short hint.
 */
final class QuerySyntax {
  private static final Set<String> BINARY = Set.of("AND", "OR", "&&", "||");
  private static final Set<String> UNARY = Set.of("NOT", "!");
  private static final String PARSER_PREFIX = "Cannot parse '";

  private QuerySyntax() {}

  /** What is wrong with {@code text}, given the parser's {@code message}. */
  static String explain(String text, String message) {
    String shape = byShape(text);
    if (shape != null) {
      return shape;
    }
    String own = ownMessage(message);
    return own != null
        ? own
        : "check its quotes, brackets and AND/OR/NOT (upper-case AND, OR and NOT join words; write"
            + " them in lower case to search for them)";
  }

  private static String byShape(String text) {
    if (quotes(text) % 2 == 1) {
      return "a quotation mark (\") is not closed";
    }
    String brackets = brackets(text);
    if (brackets != null) {
      return brackets;
    }
    List<String> tokens = tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      boolean nextMissing = next == null || BINARY.contains(next) || next.equals(")");
      if (BINARY.contains(token)) {
        String before = i == 0 ? null : tokens.get(i - 1);
        if (before == null
            || BINARY.contains(before)
            || UNARY.contains(before)
            || before.equals("(")
            || nextMissing) {
          return token + " needs a word on each side";
        }
      } else if (UNARY.contains(token) && nextMissing) {
        return token + " needs a word after it";
      } else if (token.endsWith(":") && nextMissing) {
        return token + " needs a word after it";
      }
    }
    return null;
  }

  private static int quotes(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.charAt(i) == '"') {
        count++;
      }
    }
    return count;
  }

  private static String brackets(String text) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth < 0) {
        return "a closing bracket \")\" has no \"(\" before it";
      }
    }
    return depth > 0 ? "a bracket \"(\" is not closed" : null;
  }

  /** Words, brackets and operators outside quotes; a quoted phrase is one token. */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        word.append(c);
      } else if (!quoted && (Character.isWhitespace(c) || c == '(' || c == ')')) {
        flush(word, tokens);
        if (c != ' ' && !Character.isWhitespace(c)) {
          tokens.add(String.valueOf(c));
        }
      } else {
        word.append(c);
      }
    }
    flush(word, tokens);
    return tokens;
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (!word.isEmpty()) {
      tokens.add(word.toString());
      word.setLength(0);
    }
  }

  /** The message of a refusal of ours (or Lucene's readable ones), without the parser's frame. */
  private static String ownMessage(String message) {
    if (message == null || !message.startsWith(PARSER_PREFIX)) {
      return message == null ? null : message.split("\n", 2)[0];
    }
    String first = message.split("\n", 2)[0];
    int colon = first.indexOf("': ");
    String rest = colon < 0 ? "" : first.substring(colon + 3).strip();
    boolean grammar =
        rest.isEmpty()
            || rest.contains("Encountered")
            || rest.contains("Lexical error")
            || rest.contains("Was expecting");
    return grammar ? null : rest;
  }
}
