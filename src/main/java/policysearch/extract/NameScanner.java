package policysearch.extract;

import java.util.BitSet;
import java.util.List;

/**
 * Finds where a person's name that starts at a token ends: capitalised words, initials ("R."),
 * joined parts ("Weiss-Wolf", "O'Brien", "Ki-moon") and particles ("bin", "al-", "von der"). In a
 * headline, where every word is capitalised, an ordinary word ends the name ("Jake Sullivan
 * Previewing the Trip").
 */
final class NameScanner {
  private static final int MAX_WORDS = 5;

  private final Gazetteer gazetteer;

  NameScanner(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * End (exclusive) of the name starting at {@code from} in {@code doc}, {@code from} when there is
   * none; with {@code actorWords}, a one-word country or organisation may be part of it ("Jim
   * Jordan"). A name never spans a line break; in {@code headline} lines common words end it.
   */
  int end(String doc, List<Token> tokens, BitSet headline, int from, boolean actorWords) {
    if (from >= tokens.size() || loneLetter(tokens, from)) {
      return from;
    }
    int i = from;
    int words = 0;
    while (i < tokens.size() && words < MAX_WORDS) {
      Token token = tokens.get(i);
      if (i > from && lineBreakBefore(doc, tokens, i)) {
        break;
      }
      if (nameWord(tokens, i, headline, words)
          && (words == 0
              || !startsOtherActor(tokens, i, actorWords)
                  && !startsTitle(tokens, i)
                  && !(words >= 2 && officeAt(tokens, i)))) {
        words++;
        i++;
        if (token.text().length() == 1 && isAdjacent(tokens, i - 1, ".")) {
          i++;
        } else if (joinsNext(tokens, i, words > 1)) {
          i += tokens.get(i + 1).capitalized() ? 1 : 2; // a lower-case syllable ends the word
        }
      } else if (words > 0 && token.word() && particlesBeforeName(tokens, i) > i) {
        i = particlesBeforeName(tokens, i);
      } else {
        break;
      }
    }
    return i;
  }

  private boolean nameWord(List<Token> tokens, int i, BitSet headline, int words) {
    Token token = tokens.get(i);
    if (words > 0 && initial(tokens, i)) {
      return true; // "Brent A. Robinson": an initial, though "A" opens sentences too
    }
    if (!token.word()
        || !token.capitalized()
        || gazetteer.notNameAt(tokens, i)
        || gazetteer.isOrgHead(token.text())) {
      return false;
    }
    boolean given = words == 0 && gazetteer.isGivenName(token.text());
    return !headline.get(i)
        || given
        || !gazetteer.isCommonWord(token.text())
        || words > 0 && gazetteer.isCapitalisedParticle(token.text());
  }

  /** A capital letter with its full stop glued to it: "A." in "Brent A. Robinson". */
  private static boolean initial(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.word()
        && t.text().length() == 1
        && Character.isUpperCase(t.text().charAt(0))
        && isAdjacent(tokens, i, ".");
  }

  /**
   * "Q Hi": a lone capital letter without a full stop (or the apostrophe of "O'Connor") is a
   * transcript label, no initial.
   */
  private static boolean loneLetter(List<Token> tokens, int from) {
    Token t = tokens.get(from);
    return t.text().length() == 1
        && !isAdjacent(tokens, from, ".")
        && !isAdjacent(tokens, from, "'");
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
  String text(String doc, List<Token> tokens, int from, int end) {
    int last = end - 1;
    while (last > from
        && (!tokens.get(last).word() || gazetteer.isNameSuffix(tokens.get(last).text()))) {
      last--;
    }
    return span(doc, tokens, from, last + 1);
  }

  /** The text of tokens {@code [from, end)}, spaces collapsed. */
  static String span(String doc, List<Token> tokens, int from, int end) {
    return doc.substring(tokens.get(from).start(), tokens.get(end - 1).end())
        .replaceAll("\\s+", " ");
  }

  private boolean startsOtherActor(List<Token> tokens, int i, boolean actorWords) {
    PhraseTrie.Match<Gazetteer.Entry> match = gazetteer.actorAt(tokens, i);
    return match != null
        && match.value().type() != ActorType.PERSON
        && !(actorWords && match.end() == i + 1);
  }

  /**
   * A title of two words or more ends a name: "King Hamad ... Al Khalifa and Crown Prince"; so does
   * an office after two name words ("Brendan Carr Chairman of the ..."), but not a one-word title
   * that is a surname too ("Martin Luther King").
   */
  private boolean startsTitle(List<Token> tokens, int i) {
    PhraseTrie.Match<String> title = gazetteer.titleAt(tokens, i);
    return title != null && title.end() - i > 1;
  }

  /** An office, alone or after its rank: "Chairman", "Acting Chairman", "Vice Chairperson". */
  private boolean officeAt(List<Token> tokens, int i) {
    return gazetteer.isOffice(tokens.get(i).text())
        || i + 1 < tokens.size()
            && tokens.get(i + 1).capitalized()
            && gazetteer.isOffice(tokens.get(i + 1).text());
  }

  /**
   * After particles starting at {@code i} ("von der", "al-"), the index of the capitalised name
   * part they lead to, or {@code i} when none follows.
   */
  private int particlesBeforeName(List<Token> tokens, int i) {
    int k = i;
    while (k < tokens.size()
        && tokens.get(k).word()
        && gazetteer.isParticle(tokens.get(k).text())) {
      k++;
      if (joinsNext(tokens, k, false)) {
        k++;
      }
    }
    return k > i && k < tokens.size() && tokens.get(k).capitalized() ? k : i;
  }

  private static boolean isAdjacent(List<Token> tokens, int left, String text) {
    int right = left + 1;
    return right < tokens.size()
        && tokens.get(right).text().equals(text)
        && tokens.get(right).start() == tokens.get(left).end();
  }

  /**
   * True when token {@code i} is a hyphen or apostrophe glued to words on both sides, the next one
   * capitalised, or, inside a name ({@code inside}), a short lower-case syllable after a short part
   * ("Ban Ki-moon", "Kim Jong-un") — not "Biden-led".
   */
  private static boolean joinsNext(List<Token> tokens, int i, boolean inside) {
    if (i <= 0 || i + 1 >= tokens.size()) {
      return false;
    }
    String joiner = tokens.get(i).text();
    Token next = tokens.get(i + 1);
    boolean glued =
        (joiner.equals("-") || joiner.equals("'"))
            && tokens.get(i - 1).end() == tokens.get(i).start()
            && tokens.get(i).end() == next.start();
    boolean syllable =
        inside
            && joiner.equals("-")
            && next.text().chars().allMatch(Character::isLowerCase)
            && tokens.get(i - 1).text().length() <= 4
            && next.text().length() <= 4
            && !glued(tokens, i + 1);
    return glued && (next.capitalized() || syllable);
  }

  /** True when another hyphen is glued after token {@code i} ("Ki-moon-led" is no name part). */
  private static boolean glued(List<Token> tokens, int i) {
    return i + 1 < tokens.size()
        && tokens.get(i + 1).text().equals("-")
        && tokens.get(i + 1).start() == tokens.get(i).end();
  }
}
