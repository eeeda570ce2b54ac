package policysearch.extract;

/**
 * Follows a quotation past the sentence that reports it: "“We shall not fail,” he said. “We shall
 * not tire.”" — the second sentence is his; so is a quotation that opens the paragraph after
 * "President Fidel Castro said:", and every sentence of that paragraph until the quotation closes.
 */
final class QuoteRun {
  private static final String QUOTES = "\"“”";

  private QuoteRun() {}

  /**
   * The statement {@code previous} (the statement of the sentence before, whose run of sentences
   * starts at {@code runStart}) grown by {@code s} when {@code s} goes on quoting it, or null: one
   * quotation is one statement, not one a sentence. A quotation is open when the run so far opened
   * more than it closed: "Give us the tools, and we will finish the job.”" ends it, though that
   * sentence alone holds one quotation mark.
   */
  static Statement continued(
      String text, Statement previous, int runStart, Sentence s, TopicClassifier topics) {
    if (previous == null) {
      return null;
    }
    String before = previous.text();
    boolean introduces = before.endsWith(":");
    boolean open = open(text.substring(Math.min(runStart, previous.start()), previous.end()));
    boolean opens = QUOTES.indexOf(text.charAt(s.start)) >= 0;
    boolean quoting = before.chars().anyMatch(c -> QUOTES.indexOf(c) >= 0);
    boolean sameParagraph = !text.substring(previous.end(), s.start).contains("\n");
    // an unclosed quotation (OCR drops quotation marks) runs to its paragraph's end at most
    boolean goesOn = sameParagraph && (open || opens && quoting) || opens && introduces;
    if (!goesOn) {
      return null;
    }
    String said = text.substring(previous.start(), s.end);
    return new Statement(
        previous.speakers(),
        said,
        previous.start(),
        s.end,
        previous.verb(),
        topics.passageTopics(said),
        previous.attribution());
  }

  /** True when a quotation opened in {@code said} is still open at its end. */
  static boolean open(String said) {
    int opening = said.lastIndexOf('“');
    if (opening >= 0 || said.indexOf('”') >= 0) {
      return opening > said.lastIndexOf('”');
    }
    return said.chars().filter(c -> c == '"').count() % 2 == 1;
  }

  /** True when {@code sentence} holds a quotation mark. */
  static boolean quotes(String sentence) {
    return sentence.chars().anyMatch(c -> QUOTES.indexOf(c) >= 0);
  }
}
