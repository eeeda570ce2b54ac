package policysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraphs that are one actor's quotation, found by shape: the paragraph opens with the actor's
 * name (titles before it, a date in brackets after it allowed), a colon and a quotation mark —
 * "Sen. Chris Murphy (9/27/13): “There is a time …”". The quotation is that actor's statement.
 */
final class Quotations {
  /** A quotation: its paragraph starts at {@code intro}, its text is {@code [start, end)}. */
  record Quote(int intro, int start, int end, Voice voice) {}

  private static final Pattern INTRODUCED =
      Pattern.compile("([^\\n:“\"]{2,80}?)\\s*(?:\\([^)\\n]{0,40}\\))?\\s*:\\s*(?=[“\"])");

  private static final int MAX_INTRO = 130;

  private Quotations() {}

  /** The quotations of {@code text}, in order. */
  static List<Quote> in(String text, Speakers speakers) {
    List<Quote> quotes = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int next = text.indexOf("\n\n", start);
      int end = next < 0 ? text.length() : next;
      Matcher m = introduced(text, start, end) ? INTRODUCED.matcher(text).region(start, end) : null;
      if (m != null && m.lookingAt()) {
        Mention who = speaker(text, start, m.end(1), speakers);
        if (who != null) {
          quotes.add(
              new Quote(
                  start,
                  m.end(),
                  end,
                  new Voice(who.name(), Attribution.QUOTE, text.substring(start, m.end(1)))));
        }
      }
      start = next < 0 ? text.length() : next + 2;
    }
    return quotes;
  }

  /** A cheap look before the pattern: a colon and a quotation mark near the paragraph's start. */
  private static boolean introduced(String text, int start, int end) {
    int colon = text.indexOf(':', start);
    if (colon < 0 || colon >= Math.min(end, start + MAX_INTRO)) {
      return false;
    }
    int next = colon + 1;
    while (next < end && text.charAt(next) == ' ') {
      next++;
    }
    return next < end && (text.charAt(next) == '“' || text.charAt(next) == '"');
  }

  /**
   * The actor the words {@code [from, to)} name: a mention that ends them, with nothing but
   * capitalised words (titles) before it.
   */
  private static Mention speaker(String text, int from, int to, Speakers speakers) {
    List<Mention> named = speakers.within(from, to);
    if (named.isEmpty()) {
      return null;
    }
    Mention last = named.getLast();
    if (!text.substring(last.end(), to).isBlank() || last.type() == ActorType.COUNTRY) {
      return null;
    }
    for (Token t : Tokenizer.tokenize(text.substring(from, last.start()))) {
      if (t.word() && !t.capitalized()) {
        return null;
      }
    }
    return last;
  }
}
