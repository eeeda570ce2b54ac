package policysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a transcript: a paragraph that opens with an upper-case label and a colon ("MS.
 * PSAKI:", "THE PRESIDENT:", "PRIME MINISTER KISHIDA (via interpreter):") or with a reporter's "Q"
 * starts a turn, which runs until the next such paragraph or an "END 7:45 P.M. EST" line. Decided
 * by the paragraph's shape, not by any list of names.
 */
final class Transcript {
  /**
   * One turn: the label as written ("Q" for a question) and the characters {@code [bodyStart, end)}
   * after it.
   */
  record Turn(String label, int labelStart, int bodyStart, int end) {
    boolean question() {
      return label.equals("Q");
    }
  }

  private static final String WORD = "(?:Mc)?\\p{Lu}[\\p{Lu}'’.\\-]*";
  private static final Pattern LABEL =
      Pattern.compile("(" + WORD + "(?: " + WORD + "){0,6})(?: ?\\([^)\\n]{0,60}\\))? ?: +(?=\\S)");
  private static final Pattern QUESTION = Pattern.compile("Q\\.? +(?=\\S)");
  private static final Pattern END = Pattern.compile("END +\\d");

  private Transcript() {}

  /** The turns of {@code text}, in order; empty when no paragraph opens with a label. */
  static List<Turn> turns(String text) {
    List<Turn> turns = new ArrayList<>();
    String label = null;
    int labelStart = 0;
    int bodyStart = 0;
    int previousEnd = 0;
    for (int start = 0; start < text.length(); ) {
      int next = text.indexOf("\n\n", start);
      int end = next < 0 ? text.length() : next;
      Matcher opening = opening(text, start, end);
      boolean closing = END.matcher(text).region(start, end).lookingAt();
      if ((opening != null || closing) && label != null) {
        turns.add(new Turn(label, labelStart, bodyStart, previousEnd));
        label = null;
      }
      if (opening != null) {
        label = opening.groupCount() > 0 ? opening.group(1) : "Q";
        labelStart = start;
        bodyStart = opening.end();
      }
      previousEnd = end;
      start = next < 0 ? text.length() : next + 2;
    }
    if (label != null) {
      turns.add(new Turn(label, labelStart, bodyStart, previousEnd));
    }
    return turns;
  }

  /** The label opening the paragraph {@code [start, end)}, or null. */
  private static Matcher opening(String text, int start, int end) {
    if (start >= end || !Character.isUpperCase(text.charAt(start))) {
      return null; // most paragraphs: no regex at all
    }
    Matcher question = QUESTION.matcher(text).region(start, end);
    if (question.lookingAt()) {
      return question;
    }
    Matcher label = LABEL.matcher(text).region(start, end);
    if (!label.lookingAt()) {
      return null;
    }
    String word = label.group(1);
    return word.chars().filter(Character::isLetter).count() >= 2 || word.equals("Q") ? label : null;
  }
}
