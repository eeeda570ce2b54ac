package policysearch.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the paragraphs of a speech that are ceremony, not a position: courtesies to the chair, a
 * predecessor or the Secretary-General ({@code statements/courtesies.txt}) that open the paragraph
 * and fill at least half its sentences. A reader searching who said what about a matter never wants
 * "I congratulate Mr. Treki on his election to preside over this session".
 */
final class Ceremony {
  private final Pattern courtesy;

  Ceremony(Resources resources) {
    StringBuilder alternatives = new StringBuilder();
    for (String[] row : resources.rows("statements/courtesies.txt")) {
      String phrase = row[0].strip();
      boolean prefix = phrase.endsWith("*");
      String words = Pattern.quote(prefix ? phrase.substring(0, phrase.length() - 1) : phrase);
      alternatives.append(alternatives.isEmpty() ? "" : "|").append(words);
      alternatives.append(prefix ? "\\w*" : "");
    }
    this.courtesy =
        Pattern.compile(
            "\\b(?:" + alternatives + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  }

  /** The ceremony paragraphs of one text, decided once each. */
  Text of(String text, Paragraphs paragraphs, SentenceSplitter splitter) {
    return new Text(text, paragraphs, splitter);
  }

  /** One text's paragraphs, each judged on first use. */
  final class Text {
    private final String text;
    private final Paragraphs paragraphs;
    private final SentenceSplitter splitter;
    private final Map<Integer, Boolean> judged = new HashMap<>();

    private Text(String text, Paragraphs paragraphs, SentenceSplitter splitter) {
      this.text = text;
      this.paragraphs = paragraphs;
      this.splitter = splitter;
    }

    /** True when the paragraph holding {@code offset} is ceremony. */
    boolean holds(int offset) {
      int start = paragraphs.start(offset);
      return judged.computeIfAbsent(start, s -> ceremony(s, paragraphs.end(offset), true));
    }

    /**
     * True when the passage {@code [start, end)} of a transcript turn is ceremony as a whole: more
     * than half courtesies, for "Thank you. We will send 500 more inspectors …" is a position.
     */
    boolean spans(int start, int end) {
      return ceremony(start, end, false);
    }

    /** True when courtesies open {@code [start, end)} and fill half its sentences (or more). */
    private boolean ceremony(int start, int end, boolean half) {
      List<int[]> sentences =
          splitter.split(text, start, end).stream().filter(this::worded).toList(); // not "134."
      if (sentences.isEmpty() || !courteous(sentences.get(0))) {
        return false;
      }
      int courteous = 0;
      for (int[] sentence : sentences) {
        courteous += courteous(sentence) ? 1 : 0;
      }
      return 2 * courteous > sentences.size() - (half ? 1 : 0);
    }

    private boolean worded(int[] sentence) {
      return text.substring(sentence[0], sentence[1]).chars().anyMatch(Character::isLetter);
    }

    private boolean courteous(int[] sentence) {
      return courtesy.matcher(text).region(sentence[0], sentence[1]).find();
    }
  }
}
