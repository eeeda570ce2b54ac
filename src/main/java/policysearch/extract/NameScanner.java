package policysearch.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds where a person's name that starts at a token ends: capitalised words, initials ("R."),
 * joined parts ("Weiss-Wolf", "O'Brien") and particles ("bin", "al-", "van der").
 */
final class NameScanner {
  private static final Set<String> PARTICLES =
      Set.of(
          "bin", "bint", "ibn", "al", "el", "de", "del", "della", "da", "dos", "das", "do", "van",
          "von", "der", "den", "la", "le", "du", "di", "ul", "ud", "y");
  private static final Set<String> JOINERS = Set.of("-", "'");
  private static final Set<String> SUFFIXES = Set.of("Jr", "Sr", "II", "III", "IV");
  private static final int MAX_WORDS = 5;

  private final Gazetteer gazetteer;

  NameScanner(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * End (exclusive) of the name starting at {@code from} in {@code doc}, {@code from} when there is
   * none; with {@code actorWords}, a one-word country or organisation may be part of it ("Jim
   * Jordan"). A name never spans a line break.
   */
  int end(String doc, List<Token> tokens, int from, boolean actorWords) {
    int i = from;
    int words = 0;
    while (i < tokens.size() && words < MAX_WORDS) {
      Token token = tokens.get(i);
      if (i > from && lineBreakBefore(doc, tokens, i)) {
        break;
      }
      boolean nameWord =
          token.word()
              && token.capitalized()
              && !gazetteer.notNameAt(tokens, i)
              && !gazetteer.isOrgHead(token.text());
      if (nameWord
          && (words == 0 || !startsOtherActor(tokens, i, actorWords) && !startsTitle(tokens, i))) {
        words++;
        i++;
        if (token.text().length() == 1 && isAdjacent(tokens, i - 1, ".")) {
          i++;
        } else if (joinsNext(tokens, i)) {
          i++;
        }
      } else if (words > 0
          && token.word()
          && PARTICLES.contains(token.text())
          && nextIsName(tokens, i)) {
        i++;
        if (joinsNext(tokens, i)) {
          i++;
        }
      } else {
        break;
      }
    }
    return i;
  }

  /** True when a line break separates token {@code i} from the one before. */
  static boolean lineBreakBefore(String doc, List<Token> tokens, int i) {
    for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start(); c++) {
      if (doc.charAt(c) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Words of the name in {@code [from, end)} without a trailing "Jr."-style suffix. */
  static String text(String doc, List<Token> tokens, int from, int end) {
    int last = end - 1;
    while (last > from
        && (!tokens.get(last).word() || SUFFIXES.contains(tokens.get(last).text()))) {
      last--;
    }
    return doc.substring(tokens.get(from).start(), tokens.get(last).end()).replaceAll("\\s+", " ");
  }

  private boolean startsOtherActor(List<Token> tokens, int i, boolean actorWords) {
    PhraseTrie.Match<Gazetteer.Entry> match = gazetteer.actorAt(tokens, i);
    return match != null
        && match.value().type() != ActorType.PERSON
        && !(actorWords && match.end() == i + 1);
  }

  /** A title of two words or more ends a name: "King Hamad ... Al Khalifa and Crown Prince". */
  private boolean startsTitle(List<Token> tokens, int i) {
    PhraseTrie.Match<String> title = gazetteer.titleAt(tokens, i);
    return title != null && title.end() - i > 1;
  }

  private static boolean nextIsName(List<Token> tokens, int i) {
    int next = joinsNext(tokens, i + 1) ? i + 2 : i + 1;
    return next < tokens.size() && tokens.get(next).capitalized();
  }

  private static boolean isAdjacent(List<Token> tokens, int left, String text) {
    int right = left + 1;
    return right < tokens.size()
        && tokens.get(right).text().equals(text)
        && tokens.get(right).start() == tokens.get(left).end();
  }

  /** True when token {@code i} is a hyphen or apostrophe glued to words on both sides. */
  private static boolean joinsNext(List<Token> tokens, int i) {
    return i > 0
        && i + 1 < tokens.size()
        && JOINERS.contains(tokens.get(i).text())
        && tokens.get(i - 1).end() == tokens.get(i).start()
        && tokens.get(i).end() == tokens.get(i + 1).start()
        && tokens.get(i + 1).capitalized();
  }
}
