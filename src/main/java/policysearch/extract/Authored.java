package policysearch.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects an article's statements in text order, and groups the first-person words of its speakers
 * — runs of sentences that no one else is reported to have said — into statements of that speaker:
 * a paragraph of a first-person statement or a speech, a whole turn of a transcript (the answer to
 * a question is one statement).
 */
final class Authored {
  static final int MIN_WORDS = 15;

  /**
   * Words a transcript passage needs: a turn of one or two short sentences ("I'll take the
   * question. We'll get it back to you.", "Okay, we got to get out of here at 2:35, so let me — go
   * ahead, Jonathan.") is procedure or banter far more often than a position.
   */
  static final int TURN_WORDS = 30;

  private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\s*\\d+\\.\\s*");
  private final String text;
  private final Paragraphs paragraphs;
  private final TopicClassifier topics;
  private final Set<String> firstPersonWords;
  private final int passageChars;
  private final List<String> addresses;
  private final Ceremony.Text ceremonial;
  private boolean speechOpened;
  private final List<Statement> statements = new ArrayList<>();
  private final Set<String> said = new HashSet<>();
  private final Set<Statement> passages = Collections.newSetFromMap(new IdentityHashMap<>());
  private int[] run;
  private Voice runVoice;

  /**
   * @param firstPersonWords lower-case words that show a passage is in the first person ("i",
   *     "we"), named as the evidence of a first-person statement
   * @param addresses lower-case openings of a speech's address to the chair ("mr. president")
   */
  Authored(
      String text,
      Paragraphs paragraphs,
      TopicClassifier topics,
      Set<String> firstPersonWords,
      int passageChars,
      List<String> addresses,
      Ceremony.Text ceremonial) {
    this.ceremonial = ceremonial;
    this.passageChars = passageChars;
    this.addresses = addresses;
    this.paragraphs = paragraphs;
    this.text = text;
    this.topics = topics;
    this.firstPersonWords = firstPersonWords;
  }

  /**
   * Adds the sentence {@code span}, reported as {@code reported}, or else said by {@code voice}
   * (null when no one named speaks it).
   */
  void add(int[] span, Statement reported, Voice voice) {
    if (run != null && (reported != null || voice != runVoice || full(span))) {
      flush();
    }
    if (reported != null) {
      if (said.add(reported.speakers() + "\0" + reported.text())) {
        statements.add(reported); // wire copy repeats a story whole: each statement once
      }
    } else if (voice != null) {
      run = run == null ? span.clone() : new int[] {run[0], span[1]};
      runVoice = voice;
    }
  }

  /** Replaces {@code statement}, the last one added, with {@code grown}: its quotation goes on. */
  void grow(Statement statement, Statement grown) {
    if (!statements.isEmpty() && statements.getLast() == statement) {
      said.remove(statement.speakers() + "\0" + statement.text());
      statements.removeLast();
    }
    add(new int[] {grown.start(), grown.end()}, grown, null);
  }

  /**
   * True for a speech's first passage when it opens by addressing the chair ("Mr. President, on
   * behalf of … may I extend to you our congratulations"): that paragraph is ceremony, not a
   * position, and is left out. Later paragraphs that open the same way are the speaker's words.
   */
  private boolean openingAddress(String body) {
    if (!runVoice.cue().equals(Attribution.SPEECH) || speechOpened) {
      return false;
    }
    speechOpened = true;
    String opening = PARAGRAPH_NUMBER.matcher(body).replaceFirst("").toLowerCase(Locale.ROOT);
    for (String address : addresses) {
      String after = opening.startsWith(address) ? opening.substring(address.length()) : null;
      if (after != null
          && !after.isEmpty()
          && (",:".indexOf(after.charAt(0)) >= 0 || anotherAddress(after))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code after} joins another address: "Mr. Speaker| and Mr. President, …". */
  private boolean anotherAddress(String after) {
    return after.startsWith(" and ") && addresses.stream().anyMatch(after.substring(5)::startsWith);
  }

  /**
   * True when the passage must end before {@code span}: at a new paragraph that would not fit whole
   * in it; inside a paragraph longer than one passage, where the paragraph splits into passages of
   * even length.
   */
  private boolean full(int[] span) {
    int paragraphEnd = paragraphs.end(span[0]);
    if (paragraphs.breakBetween(run[1], span[0])) {
      return paragraphEnd - run[0] > passageChars;
    }
    int paragraph = paragraphEnd - paragraphs.start(span[0]);
    if (paragraph <= passageChars) {
      return false;
    }
    int pieces = (paragraph + passageChars - 1) / passageChars;
    return span[1] - run[0] > (paragraph + pieces - 1) / pieces;
  }

  /**
   * The statements, in text order; a passage too short to carry a position is left out only now,
   * for it may have joined the same speaker's next passage, and so is a passage said before.
   */
  List<Statement> statements() {
    flush();
    Set<String> seen = new HashSet<>(); // a page that repeats its transcript: each passage once
    statements.removeIf(
        s ->
            passages.contains(s) && (!substantive(s) || !seen.add(s.speakers() + "\0" + s.text())));
    return List.copyOf(statements);
  }

  private void flush() {
    if (run == null) {
      return;
    }
    if (openingAddress(text.substring(run[0], run[1]))) {
      int next = paragraphs.end(run[0]);
      while (next < run[1] && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      run = next < run[1] ? new int[] {next, run[1]} : null; // the paragraphs after it stay
      if (run == null) {
        return;
      }
    }
    String body = text.substring(run[0], run[1]);
    boolean thanks =
        runVoice.cue().equals(Attribution.TRANSCRIPT) && ceremonial.spans(run[0], run[1]);
    if (thanks) {
      run = null;
      return;
    }
    int start = run[0];
    if (joinsPrevious(run)) {
      start = statements.removeLast().start();
      body = text.substring(start, run[1]);
    }
    Statement passage =
        new Statement(
            List.of(Actor.of(runVoice.name(), ActorType.PERSON)),
            body,
            start,
            run[1],
            Attribution.STATEMENT,
            topics.passageTopics(body),
            new Attribution(runVoice.cue(), mention(body)));
    statements.add(passage);
    passages.add(passage);
    run = null;
  }

  /**
   * True when the passage {@code span} and the same speaker's passage right before it are one
   * statement: either is shorter than half a passage, and both fit in one and a half. A short
   * remainder ("I believe that will is stronger today than ever before.") is seldom a key sentence
   * of its own; left alone it is a statement that holds none, joined it costs nothing.
   */
  private boolean joinsPrevious(int[] span) {
    if (runVoice.cue().equals(Attribution.QUOTE) || statements.isEmpty()) {
      return false;
    }
    Statement last = statements.getLast();
    boolean same =
        last.verb().equals(Attribution.STATEMENT)
            && last.attribution().cue().equals(runVoice.cue())
            && last.speakers().size() == 1
            && last.speakers().get(0).name().equals(runVoice.name())
            && text.substring(last.end(), span[0]).isBlank();
    boolean small = Math.min(last.end() - last.start(), span[1] - span[0]) < passageChars / 2;
    return same && small && span[1] - last.start() <= passageChars * 3 / 2;
  }

  /**
   * True for a passage that can carry a position; a paragraph quoting its speaker ("Sen. Chris
   * Murphy: “…”") always can.
   */
  private static boolean substantive(Statement passage) {
    String cue = passage.attribution().cue();
    return cue.equals(Attribution.QUOTE)
        || substantive(passage.text(), cue.equals(Attribution.TRANSCRIPT) ? TURN_WORDS : MIN_WORDS);
  }

  /**
   * True for a passage that can carry a position: at least {@code minWords} words ({@value
   * #MIN_WORDS}, {@value #TURN_WORDS} in a transcript), and not only questions. "Thank you.", "Yes,
   * sir." and "And you're still employed?" are not statements.
   */
  private static boolean substantive(String body, int minWords) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < body.length(); i++) {
      boolean letter = Character.isLetterOrDigit(body.charAt(i));
      words += letter && !inWord ? 1 : 0;
      inWord = letter;
    }
    String trimmed = body.strip();
    boolean questions = trimmed.endsWith("?") && !trimmed.contains(". ") && !trimmed.contains("! ");
    return words >= minWords && !questions;
  }

  /** The first first-person word of a statement's passage, else the words naming the speaker. */
  private String mention(String body) {
    if (runVoice.cue().equals(Attribution.STATEMENT)) {
      for (Token t : Tokenizer.tokenize(body)) {
        if (firstPersonWords.contains(t.text().toLowerCase(Locale.ROOT))) {
          return t.text();
        }
      }
    }
    return runVoice.mention();
  }
}
