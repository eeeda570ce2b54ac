package policysearch.extract;

import java.util.List;
import java.util.Set;

/**
 * Organisations named by the lower-case words around their names ({@code org-context.tsv}), as wire
 * copy and older speeches write them: a head in lower case after a demonym or a proper name ("the
 * Thai cabinet", "the Grace commission"), a newspaper's name before "newspaper" ("the Zambia Daily
 * Mail newspaper"), a company described in an apposition ("Dina Camiones, a truck subsidiary of
 * ...").
 */
final class DescribedOrganisations {
  private static final int MAX_NAME_WORDS = 5;
  private static final int MAX_DESCRIPTION_WORDS = 5;

  /** Words that may follow a company's description: "a Mexican company that", "a unit of". */
  private static final Set<String> AFTER_DESCRIPTION =
      Set.of("of", "in", "that", "which", "whose", "with", "for", "and", "based", "owned");

  private final Gazetteer gazetteer;

  DescribedOrganisations(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The organisation whose name starts at token {@code i}, or null. */
  PhraseTrie.Match<String> at(Scan s, int i) {
    List<Token> tokens = s.tokens();
    if (s.headline().get(i) || !runStart(tokens, i) || tokens.get(i).text().equals("The")) {
      return null;
    }
    int end = runEnd(s, i);
    if (end == i || end - i > MAX_NAME_WORDS || end >= tokens.size()) {
      return null;
    }
    String next = tokens.get(end).text();
    boolean afterThe = i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("the");
    if (afterThe
        && (end == i + 1
                && gazetteer.isDemonym(tokens.get(i).text())
                && gazetteer.isOrgContext("demonym-head", next)
            || gazetteer.isOrgContext("name-head", next) && properName(tokens, i, end))) {
      String head = Character.toUpperCase(next.charAt(0)) + next.substring(1);
      return new PhraseTrie.Match<>(
          NameScanner.span(s.text(), tokens, i, end) + " " + head, i, end + 1);
    }
    if (gazetteer.isOrgHead(tokens.get(i).text())) {
      return null; // "LLC, a law firm" ends a name written before it
    }
    boolean named =
        gazetteer.isOrgContext("press", next) && properName(tokens, i, end)
            || next.equals(",")
                && !oneKnownActor(tokens, i, end)
                && describedAsCompany(tokens, end);
    return named
        ? new PhraseTrie.Match<>(NameScanner.span(s.text(), tokens, i, end), i, end)
        : null;
  }

  /** The first word of a run of capitalised words: nothing capitalised but "The" right before. */
  private static boolean runStart(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.word() || !t.capitalized() || i == 0) {
      return t.word() && t.capitalized();
    }
    Token before = tokens.get(i - 1);
    boolean ofAName = before.text().equals("of") && i > 1 && tokens.get(i - 2).capitalized();
    if (before.end() == t.start() || ofAName || before.text().equals("&")) {
      return false; // "Dorr-Oliver", "District of Chicago", "Parks & Crump": the end of a name
    }
    return !(before.word() && before.capitalized()) || before.text().equals("The");
  }

  /** The end of the capitalised words from {@code i} on one line. */
  private static int runEnd(Scan s, int i) {
    List<Token> tokens = s.tokens();
    int k = i;
    while (k < tokens.size()
        && tokens.get(k).word()
        && tokens.get(k).capitalized()
        && (k == i || !NameScanner.lineBreakBefore(s.text(), tokens, k))) {
      k++;
      if (k + 1 < tokens.size()
          && tokens.get(k - 1).text().length() == 1
          && tokens.get(k).text().equals(".")
          && tokens.get(k).start() == tokens.get(k - 1).end()) {
        k++; // "G.D. Searle": an initial's full stop
      }
    }
    return k;
  }

  /**
   * Proper names, not a demonym nor one known actor ("the American commission", "the Soviet
   * newspaper"), nor a title or a word that is no name; ordinary words only in names of three words
   * or more ("the Make America Healthy Again commission", not "the Presidential commission").
   */
  private boolean properName(List<Token> tokens, int i, int end) {
    if (oneKnownActor(tokens, i, end)
        || gazetteer.titleAt(tokens, i) != null
        || gazetteer.notNameAt(tokens, i)) {
      return false;
    }
    for (int k = i; k < end; k++) {
      String word = tokens.get(k).text();
      if (gazetteer.isDemonym(word) || end - i < 3 && gazetteer.isCommonWord(word)) {
        return false;
      }
    }
    return true;
  }

  private boolean oneKnownActor(List<Token> tokens, int i, int end) {
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, i);
    return known != null && known.end() >= end;
  }

  /**
   * ", a truck subsidiary of", ", a Mexican government company,": after the comma at {@code comma},
   * "a" or "an", then a few words ending with a company's description, and no lower-case noun after
   * it (", a bank official" describes a person).
   */
  private boolean describedAsCompany(List<Token> tokens, int comma) {
    int at = comma + 1;
    if (at >= tokens.size()
        || !gazetteer.isArticle(tokens.get(at).text())
        || tokens.get(at).text().equals("the")) {
      return false;
    }
    for (int k = at + 1; k < Math.min(tokens.size(), at + 1 + MAX_DESCRIPTION_WORDS); k++) {
      Token t = tokens.get(k);
      if (!t.word() && !t.text().equals("-")) {
        return false;
      }
      if (gazetteer.isOrgContext("apposition", t.text())) {
        if (k + 1 >= tokens.size()) {
          return true;
        }
        Token after = tokens.get(k + 1);
        return !after.word() || after.capitalized() || AFTER_DESCRIPTION.contains(after.text());
      }
    }
    return false;
  }
}
