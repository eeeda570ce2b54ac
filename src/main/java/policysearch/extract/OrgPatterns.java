package policysearch.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds organisations the gazetteer does not know by the shape of their names: capitalised words
 * ending with a head word from {@code gazetteer/org-heads.txt} ("Harvard Law School", "Japanese
 * Foreign Ministry", "Sherwood Securities Corp", "52nd Fighter Wing"), parts joined by "and" before
 * the head ("United States Trade & Development Agency"), or a head followed right away by a
 * connector ({@code org-connectors.txt}: "of", "for", "on") and more capitalised words ("Ministry
 * of Defense", "Brennan Center for Justice").
 */
final class OrgPatterns {
  private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
  private static final int MAX_TOKENS = 16;
  private static final int MAX_TICKER_NAME = 6;

  private final Gazetteer gazetteer;

  OrgPatterns(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The organisation's name starting at token {@code from}, or null; a leading "The" is kept. */
  PhraseTrie.Match<String> at(String text, List<Token> tokens, int from) {
    if (!startsName(tokens, from)) {
      return null;
    }
    int i = from;
    int headEnd = -1;
    boolean complement = false;
    int limit = Math.min(tokens.size(), from + MAX_TOKENS);
    while (i < limit) {
      Token t = tokens.get(i);
      if (i > from && NameScanner.lineBreakBefore(text, tokens, i)) {
        break;
      }
      if (complement && personStarts(tokens, i)) {
        // "Office of Public Engagement Stephen Benjamin", "Committee for Chairman Mike Rogers":
        // the person, and the title before them, are no part of it
        while (i > from + 1 && titleAt(tokens, i - 1)) {
          i--;
        }
        break;
      }
      if (i == from
          || nameWord(t)
              && (complementStart(tokens, i)
                  || !titleAt(tokens, i)
                  || headAhead(tokens, i + 1, limit))
          || complement && isNumber(t)) {
        int word = i;
        i = wordEnd(tokens, i);
        if (head(tokens, word)) {
          headEnd = i;
        }
      } else if ((headEnd == i || complement)
          && gazetteer.isOrgConnector(t.text())
          && capitalisedAfter(tokens, i + 1)
          && !dateAfter(tokens, i + 1)) {
        complement = true;
        i = tokens.get(i + 1).text().equals("the") ? i + 2 : i + 1;
      } else if (t.text().equals(",")
          && i > from
          && headEnd < 0
          && !complement
          && partnersAhead(tokens, i + 1, limit)) {
        i++; // "Goldman, Sachs and Co"
      } else if (gazetteer.isOrgConjunction(t.text())
          && capitalisedAfter(tokens, i + 1)
          && !isNumber(tokens.get(i + 1))
          && (complement
              ? !headAhead(tokens, i + 1, limit)
              : headEnd < 0 && headAhead(tokens, i + 1, limit) && !oneActor(tokens, from, i))) {
        i++;
      } else {
        break;
      }
    }
    while (i > from
        && !tokens.get(i - 1).capitalized()
        && !isNumber(tokens.get(i - 1))
        && !(i - 2 > from && prefixed(tokens, i - 1))) {
      i--; // a trailing "and", "of the" belongs to what follows
    }
    int end = complement ? i : headEnd;
    if (headEnd < 0 || end != i || end - from < 2 || personBefore(tokens, from, headEnd)) {
      return null;
    }
    if (titleAt(tokens, from)
        && gazetteer.actorAt(tokens, from) == null
        && !gazetteer.isCompanyHead(tokens.get(headEnd - 1).text())
        && !ordinaryWordsAfterTitle(tokens, from, end)) {
      return null;
    }
    int start = tokens.get(from).text().equals("The") ? from + 1 : from;
    PhraseTrie.Match<Boolean> generic = gazetteer.notNameMatch(tokens, start);
    if (end - start < 2 || generic != null && generic.end() == end) {
      return null;
    }
    String name = NameScanner.span(text, tokens, start, end);
    return new PhraseTrie.Match<>(name, from, end);
  }

  /**
   * A company as wire copy marks it, in angle brackets ("&lt;Sherwood Securities Corp&gt;"): the
   * name starting at {@code from} right after a "&lt;", or null; tickers ("&lt;BTY.L&gt;") have no
   * lower-case letter and are no name.
   */
  PhraseTrie.Match<String> bracketed(String text, List<Token> tokens, int from) {
    if (from == 0 || !tokens.get(from - 1).text().equals("<") || !tokens.get(from).capitalized()) {
      return null;
    }
    boolean lowerCase = false;
    for (int k = from; k < Math.min(tokens.size(), from + MAX_TOKENS); k++) {
      if (k > from && NameScanner.lineBreakBefore(text, tokens, k)) {
        return null;
      }
      String word = tokens.get(k).text();
      if (word.equals(">")) {
        return lowerCase && k > from
            ? new PhraseTrie.Match<>(NameScanner.span(text, tokens, from, k), from, k)
            : null;
      }
      lowerCase |= word.chars().anyMatch(Character::isLowerCase);
    }
    return null;
  }

  /**
   * A company as wire copy names it before its ticker ("Supermarkets General &lt;SGL&gt;", "First
   * Interstate Bancorp &lt;I&gt;"): capitalised words from {@code from} up to a bracketed ticker on
   * the same line, or null.
   */
  PhraseTrie.Match<String> beforeTicker(String text, List<Token> tokens, int from) {
    if (!tokens.get(from).capitalized()
        || !tokens.get(from).word()
        || !runStart(text, tokens, from)
        || gazetteer.isOrgHead(tokens.get(from).text())) {
      return null;
    }
    int k = from;
    while (k < Math.min(tokens.size(), from + MAX_TICKER_NAME)
        && (tokens.get(k).capitalized() || tokens.get(k).text().equals("&"))
        && (k == from || !NameScanner.lineBreakBefore(text, tokens, k))) {
      k++;
    }
    if (k == from || k >= tokens.size() || !isTicker(tokens, k)) {
      return null;
    }
    return new PhraseTrie.Match<>(NameScanner.span(text, tokens, from, k), from, k);
  }

  /**
   * True when a name may start at {@code from}: first on its line, or after a lower-case word or a
   * comma, colon or bracket — not inside "Royal Dutch/Shell Group".
   */
  private static boolean runStart(String text, List<Token> tokens, int from) {
    if (from == 0 || NameScanner.lineBreakBefore(text, tokens, from)) {
      return true;
    }
    Token before = tokens.get(from - 1);
    return before.word() ? !before.capitalized() : ",;:(\"“".contains(before.text());
  }

  /** The index after a ticker in angle brackets at {@code k} ("&lt;UN.AS&gt;"), or {@code k}. */
  static int tickerEnd(List<Token> tokens, int k) {
    if (!isTicker(tokens, k)) {
      return k;
    }
    int j = k + 1;
    while (!tokens.get(j).text().equals(">")) {
      j++;
    }
    return j + 1;
  }

  /**
   * "&lt;SGL&gt;", "&lt;BTY.L&gt;": a bracket, capitals, dots and digits, and its closing bracket.
   */
  private static boolean isTicker(List<Token> tokens, int k) {
    if (!tokens.get(k).text().equals("<")) {
      return false;
    }
    for (int j = k + 1; j < Math.min(tokens.size(), k + 5); j++) {
      String t = tokens.get(j).text();
      if (t.equals(">")) {
        return j > k + 1;
      }
      if (t.chars().anyMatch(Character::isLowerCase)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "General Accounting Office", "General Assembly of the United Nations": a title starts an
   * organisation's name only before ordinary words — not "Director Lakeview Bureau", a title before
   * a named office.
   */
  private boolean ordinaryWordsAfterTitle(List<Token> tokens, int from, int end) {
    if (from > 0 && tokens.get(from - 1).capitalized()) {
      return false; // "Dame Law School" is the end of "Notre Dame Law School"
    }
    for (int k = from + 1; k < end && tokens.get(k).capitalized(); k++) {
      String word = tokens.get(k).text();
      if (!gazetteer.isOrgHead(word) && !gazetteer.isCommonWord(word)) {
        return false;
      }
    }
    return true;
  }

  /** A capitalised word, or an ordinal before a unit's name ("52nd Fighter Wing"). */
  private boolean startsName(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.text().length() == 1
        && !(i + 1 < tokens.size() && tokens.get(i + 1).text().equals("."))) {
      return false; // "O Union": a lone letter starts no name
    }
    return nameWord(t) || ORDINAL.matcher(t.text()).matches() && headAhead(tokens, i + 1, i + 6);
  }

  /** "on March 23": a capitalised word and a number after a connector are a date. */
  private static boolean dateAfter(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i).capitalized() && isNumber(tokens.get(i + 1));
  }

  private static boolean isNumber(Token t) {
    return Character.isDigit(t.text().charAt(0));
  }

  /**
   * A known person's name, a form of address ("Mr."), or a given name and one or two more name
   * words ending the capitalised run ("Stephen Benjamin", not "Diego County") starts here.
   */
  private boolean personStarts(List<Token> tokens, int i) {
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, i);
    if (known != null) {
      return known.value().type() == ActorType.PERSON;
    }
    PhraseTrie.Match<String> title = gazetteer.titleAt(tokens, i);
    if (title != null && gazetteer.isHonorific(title.value())) {
      return true;
    }
    if (!gazetteer.isGivenName(tokens.get(i).text())) {
      return false;
    }
    int k = i + 1;
    while (k < tokens.size() && k <= i + 3 && tokens.get(k).capitalized()) {
      String word = tokens.get(k).text();
      if (gazetteer.isOrgHead(word) || gazetteer.isThingHead(word) || gazetteer.isPlaceHead(word)) {
        return false;
      }
      k++;
    }
    return k > i + 1 && (k >= tokens.size() || !tokens.get(k).capitalized());
  }

  private boolean titleAt(List<Token> tokens, int i) {
    return gazetteer.titleAt(tokens, i) != null;
  }

  private boolean complementStart(List<Token> tokens, int i) {
    String previous = tokens.get(i - 1).text();
    return gazetteer.isOrgConnector(previous) || previous.equals("the");
  }

  private boolean nameWord(Token t) {
    return t.word()
        && (t.capitalized() || t.text().equals("The"))
        && !gazetteer.isOrgStopWord(t.text());
  }

  /**
   * True when tokens {@code [from, to)} are exactly one known actor: "Japan" in "Japan and ...".
   */
  private boolean oneActor(List<Token> tokens, int from, int to) {
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, from);
    return known != null && known.end() == to;
  }

  /**
   * Skips an abbreviation's dot ("U.S.", "John D. and") and hyphen-joined parts ("Biden-Harris");
   * not after a head ("Inc.").
   */
  private int wordEnd(List<Token> tokens, int i) {
    if (head(tokens, i)) {
      return i + 1; // "Safeway Stores Inc. The …": a head's full stop may end the sentence
    }
    int next = i + 1;
    if (tokens.get(i).capitalized()
        && tokens.get(i).text().length() <= 2
        && hyphenAfter(tokens, i)
        && next + 1 < tokens.size()
        && tokens.get(next + 1).start() == tokens.get(next).end()
        && tokens.get(next + 1).word()) {
      next += 2; // "Co-operation": a prefix and its word
    }
    while (next + 1 < tokens.size()
        && tokens.get(next).start() == tokens.get(next - 1).end()
        && (tokens.get(next).text().equals(".") || tokens.get(next).text().equals("-"))
        && tokens.get(next + 1).start() == tokens.get(next).end()
        && tokens.get(next + 1).capitalized()) {
      next += 2;
    }
    if (next < tokens.size()
        && tokens.get(next).text().equals(".")
        && tokens.get(next).start() == tokens.get(next - 1).end()
        && (tokens.get(next - 1).text().length() == 1
            || tokens.get(next - 1).text().length() <= 3
                && next + 1 < tokens.size()
                && tokens.get(next + 1).capitalized())) {
      next++;
    }
    return next;
  }

  /** A capitalised word, or a number ("Group of 77"), at {@code i} or after a "the" there. */
  private static boolean capitalisedAfter(List<Token> tokens, int i) {
    int at = i < tokens.size() && tokens.get(i).text().equals("the") ? i + 1 : i;
    return at < tokens.size()
        && tokens.get(at).word()
        && (tokens.get(at).capitalized() || Character.isDigit(tokens.get(at).text().charAt(0)));
  }

  /** True when the capitalised words from {@code i} contain a head: "X Center and Y Magazine". */
  private boolean headAhead(List<Token> tokens, int i, int limit) {
    for (int k = i; k < Math.min(limit, tokens.size()) && tokens.get(k).capitalized(); ) {
      if (head(tokens, k)) {
        return true;
      }
      k = wordEnd(tokens, k);
    }
    return false;
  }

  /**
   * A head word, but not a short one that is a prefix ("Co" of "Co-operation", "Co-Chair"); a
   * longer head keeps its hyphen ("Federal Housing Administration-insured").
   */
  private boolean head(List<Token> tokens, int i) {
    String word = tokens.get(i).text();
    return gazetteer.isOrgHead(word) && !(word.length() <= 2 && hyphenAfter(tokens, i));
  }

  private static boolean hyphenAfter(List<Token> tokens, int i) {
    return i + 1 < tokens.size()
        && tokens.get(i + 1).text().equals("-")
        && tokens.get(i + 1).start() == tokens.get(i).end();
  }

  /** The lower-case word of "Co-operation", after a short capitalised prefix and its hyphen. */
  private static boolean prefixed(List<Token> tokens, int i) {
    return tokens.get(i - 2).capitalized()
        && tokens.get(i - 2).text().length() <= 2
        && hyphenAfter(tokens, i - 2)
        && tokens.get(i - 1).end() == tokens.get(i).start();
  }

  /**
   * ", Sachs and Co", ", Wilson and Co": partners' names joined by commas, then "and" and more
   * names ending with a company's legal form.
   */
  private boolean partnersAhead(List<Token> tokens, int i, int limit) {
    boolean and = false;
    for (int k = i; k < Math.min(limit, tokens.size()); k++) {
      Token t = tokens.get(k);
      if (and && gazetteer.isCompanyHead(t.text()) && head(tokens, k)) {
        return true;
      }
      boolean comma = t.text().equals(",");
      if (t.text().equals("and") || t.text().equals("&")) {
        and =
            !tokens.get(k - 1).text().equals(","); // "Viasat, Visa Foundation, and Visa Inc" lists
      } else if (comma && and || !comma && !(t.word() && t.capitalized()) || head(tokens, k)) {
        return false;
      }
    }
    return false;
  }

  /** "Biden-Harris Administration" names persons, not an organisation. */
  private boolean personBefore(List<Token> tokens, int from, int headEnd) {
    if (!tokens.get(headEnd - 1).text().equals("Administration")) {
      return false;
    }
    for (int k = from; k < headEnd - 1; k++) {
      PhraseTrie.Match<Gazetteer.Entry> m = gazetteer.actorAt(tokens, k);
      if (m != null && m.value().type() == ActorType.PERSON
          || gazetteer.personWithSurname(tokens.get(k).text()).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
