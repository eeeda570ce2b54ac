package policysearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the full name a one-word person stands for in the same text: capitalised name words right
 * before that word ("Bathsheba Nell Crocker" for "Ms. Crocker"), where no title introduced them.
 */
final class FullNames {
  private static final int MAX_WORDS_BEFORE = 3;

  private final Gazetteer gazetteer;
  private final NameShape shape;

  FullNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.shape = new NameShape(gazetteer);
  }

  /**
   * The longest plausible full name ending with {@code surname} in the text, if all such names are
   * forms of one ("Nell Crocker", "Bathsheba Nell Crocker"); none for "Al Gore" and "Tipper Gore".
   */
  Optional<String> before(
      String text, List<Token> tokens, Map<String, List<Integer>> positions, String surname) {
    if (surname.length() < 2) {
      return Optional.empty();
    }
    String best = null;
    for (int k : positions.getOrDefault(surname, List.of())) {
      int start = start(text, tokens, k);
      if (start < k && !shape.notAPerson(tokens, start, k + 1)) {
        String name = NameScanner.span(text, tokens, start, k + 1);
        if (best != null && !best.endsWith(name) && !name.endsWith(best)) {
          return Optional.empty();
        }
        best = best == null || name.length() > best.length() ? name : best;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Where each capitalised word stands in {@code tokens}, for {@link #before}. */
  static Map<String, List<Integer>> positions(List<Token> tokens) {
    Map<String, List<Integer>> positions = new HashMap<>();
    for (int k = 1; k < tokens.size(); k++) {
      if (tokens.get(k).capitalized()) {
        positions.computeIfAbsent(tokens.get(k).text(), w -> new ArrayList<>(2)).add(k);
      }
    }
    return positions;
  }

  /** First token of the name words right before {@code k} on its line, or {@code k}. */
  private int start(String text, List<Token> tokens, int k) {
    int start = k;
    int words = 0;
    int i = k - 1;
    while (i >= 0
        && words < MAX_WORDS_BEFORE
        && !NameScanner.lineBreakBefore(text, tokens, i + 1)) {
      Token t = tokens.get(i);
      boolean initialDot = t.text().equals(".") && i > 0 && tokens.get(i - 1).text().length() == 1;
      if (initialDot) {
        i--;
        continue;
      }
      if (!nameWord(tokens, i)) {
        break;
      }
      start = i;
      words++;
      i--;
    }
    return start;
  }

  private static boolean isAdjacentDot(List<Token> tokens, int i) {
    return i + 1 < tokens.size()
        && tokens.get(i + 1).text().equals(".")
        && tokens.get(i + 1).start() == tokens.get(i).end();
  }

  /**
   * True when token {@code i} is part of a title ("Ranking Member", "President Pro Tem", the plural
   * "Presidents") rather than of a name.
   */
  private boolean inTitle(List<Token> tokens, int i) {
    for (int j = Math.max(0, i - 3); j <= i; j++) {
      PhraseTrie.Match<String> title = gazetteer.titleAt(tokens, j);
      if (title != null && title.end() > i) {
        return true;
      }
    }
    String word = tokens.get(i).text();
    return word.endsWith("s")
        && gazetteer.titleAt(List.of(new Token(word.substring(0, word.length() - 1), 0, 0)), 0)
            != null;
  }

  private boolean nameWord(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, i);
    return t.word()
        && t.capitalized()
        && (t.text().length() > 1 || isAdjacentDot(tokens, i))
        && !inTitle(tokens, i)
        && !gazetteer.notNameAt(tokens, i)
        && !gazetteer.isOrgHead(t.text())
        && !gazetteer.isCommonWord(t.text())
        && (known == null || known.value().type() == ActorType.PERSON);
  }
}
