package policysearch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects an article's statements in text order; in a first-person statement it also groups the
 * author's own sentences — runs of sentences within a paragraph that no one else is reported to
 * have said — into statements of the author.
 */
final class Authored {
  private final String text;
  private final Speakers speakers;
  private final TopicClassifier topics;
  private final List<Statement> statements = new ArrayList<>();
  private int[] run;

  Authored(String text, Speakers speakers, TopicClassifier topics) {
    this.text = text;
    this.speakers = speakers;
    this.topics = topics;
  }

  /** Adds the sentence {@code span}, reported as {@code reported} or said by no one named. */
  void add(int[] span, Statement reported) {
    boolean newParagraph = run != null && text.substring(run[1], span[0]).contains("\n\n");
    if (run != null && (reported != null || newParagraph)) {
      flush();
    }
    if (reported != null) {
      statements.add(reported);
    } else if (speakers.author().isPresent()) {
      run = run == null ? span.clone() : new int[] {run[0], span[1]};
    }
  }

  List<Statement> statements() {
    flush();
    return List.copyOf(statements);
  }

  private void flush() {
    if (run == null) {
      return;
    }
    String body = text.substring(run[0], run[1]);
    statements.add(
        new Statement(
            List.of(speakers.actor(speakers.author().orElseThrow())),
            body,
            run[0],
            run[1],
            "statement",
            topics.passageTopics(body)));
    run = null;
  }
}
