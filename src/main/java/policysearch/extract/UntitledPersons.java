package policysearch.extract;

import java.util.List;

/**
 * Persons without a title, known by their name's shape and by what follows it: a given name and
 * name words ("Peggy Cooper Davis"), or name words before a comma and a title ("Sonal Shah,
 * President of ..."), a comma and a role ("Joan Keller, the wife of ..."), or a verb of saying.
 */
final class UntitledPersons {
  private static final java.util.Set<String> DETERMINERS =
      java.util.Set.of("the", "a", "an", "his", "her", "my", "our", "their");
  private static final java.util.Set<String> AFTER_ROLE =
      java.util.Set.of("of", "to", "for", "who", "and", "at", "in", "from", "with");

  private final Gazetteer gazetteer;
  private final NameScanner names;

  UntitledPersons(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.names = new NameScanner(gazetteer);
  }

  /**
   * A given name and more name words ("Peggy Cooper Davis"), or two to four name words followed by
   * a comma and a title ("Sonal Shah, President of …"): the end, or {@code i}.
   */
  int end(Scan s, int i) {
    List<Token> tokens = s.tokens();
    boolean given = gazetteer.isGivenName(tokens.get(i).text());
    if (!given && gazetteer.notNameAt(tokens, i)) {
      return i;
    }
    int end = names.end(s.text(), tokens, s.headline(), i, given);
    int words = 0;
    for (int k = i; k < end; k++) {
      words += tokens.get(k).word() ? 1 : 0;
    }
    if (words < 2
        || !given
            && (words > 4
                || !titleFollows(tokens, end)
                    && !roleFollows(tokens, i, end, words)
                    && !personVerbFollows(s, i, end, words))) {
      return i;
    }
    return end;
  }

  /**
   * "Wamkele Mene, who", "Ebonie Riley said": two or three name words, none of them ordinary,
   * before a verb of saying or a "who" that only a person takes.
   */
  private boolean personVerbFollows(Scan s, int i, int end, int words) {
    List<Token> tokens = s.tokens();
    if (words > 3 || s.headline().get(i) || end + 1 >= tokens.size()) {
      return false;
    }
    if (i > 0) {
      Token before = tokens.get(i - 1);
      String b = before.text().toLowerCase(java.util.Locale.ROOT);
      if (before.capitalized() || Character.isDigit(b.charAt(0)) || gazetteer.isArticle(b)) {
        return false; // "the Tamil Tigers, who", "100,000 Blue Helmets who": no person takes these
      }
    }
    int separate = 0;
    for (int k = i; k < end; k++) {
      Token t = tokens.get(k);
      if (t.word() && gazetteer.isCommonWord(t.text())) {
        return false;
      }
      separate += t.word() && (k == i || tokens.get(k - 1).end() < t.start()) ? 1 : 0;
    }
    if (separate < 2) {
      return false; // "Ruanda-Urundi says": one hyphened word is no given name and surname
    }
    String next = tokens.get(end).text();
    String after = tokens.get(end + 1).text();
    boolean verb =
        gazetteer.isPersonVerb(next) || next.equals(",") && gazetteer.isPersonVerb(after);
    return verb && !bodyNamed(s, i, end);
  }

  /**
   * "Commerce Departments said", "Bache Securities said" after "Bache Securities Inc": a plural
   * head, or the start of a body named in full elsewhere in the text.
   */
  private boolean bodyNamed(Scan s, int i, int end) {
    String last = s.tokens().get(end - 1).text();
    if (last.endsWith("s") && gazetteer.isOrgHead(last.substring(0, last.length() - 1))) {
      return true;
    }
    String name = NameScanner.span(s.text(), s.tokens(), i, end) + " ";
    for (int at = s.text().indexOf(name); at >= 0; at = s.text().indexOf(name, at + 1)) {
      int from = at + name.length();
      int to = from;
      while (to < s.text().length() && Character.isLetter(s.text().charAt(to))) {
        to++;
      }
      if (to > from && gazetteer.isOrgHead(s.text().substring(from, to))) {
        return true;
      }
    }
    return false;
  }

  /**
   * ", President of", ", CEO,", ", Senior Vice President,": a comma and a title, perhaps after one
   * or two ordinary words, that describes the name before it.
   */
  private boolean titleFollows(List<Token> tokens, int end) {
    if (end + 1 >= tokens.size() || !tokens.get(end).text().equals(",")) {
      return false;
    }
    int at = end + 1;
    PhraseTrie.Match<String> title = gazetteer.titleAt(tokens, at);
    // Ranks and seniority before the title, in capitals as lists write them: ", Senior Vice
    // President,", ", Executive Director".
    while (title == null
        && at < Math.min(end + 3, tokens.size() - 1)
        && tokens.get(at).word()
        && tokens.get(at).capitalized()) {
      title = gazetteer.titleAt(tokens, ++at);
    }
    if (title == null) {
      return false;
    }
    int after = title.end();
    return after >= tokens.size() || !tokens.get(after).capitalized();
  }

  /**
   * "Joan Keller, the wife of", "Amos Tutu, a veteran of": two or three name words, none of them
   * ordinary, then a comma, an article or possessive, at most two more words and a role noun.
   */
  private boolean roleFollows(List<Token> tokens, int i, int end, int words) {
    if (words > 3 || end + 2 >= tokens.size() || !tokens.get(end).text().equals(",")) {
      return false;
    }
    if (!DETERMINERS.contains(tokens.get(end + 1).text())) {
      return false;
    }
    for (int k = i; k < end; k++) {
      Token t = tokens.get(k);
      if (t.word() && (gazetteer.isCommonWord(t.text()) || gazetteer.actorAt(tokens, k) != null)) {
        return false; // "the Chinese Empire, our late minister"
      }
    }
    for (int k = end + 2; k < Math.min(tokens.size() - 1, end + 5); k++) {
      Token t = tokens.get(k);
      if (!t.word() || t.capitalized()) {
        return false;
      }
      Token next = tokens.get(k + 1);
      if (gazetteer.isRoleNoun(t.text())
          && (!next.word() || next.capitalized() || AFTER_ROLE.contains(next.text()))) {
        return true; // the role is the noun of the apposition, not a modifier ("late minister")
      }
    }
    return false;
  }
}
