package policysearch.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds organisations the gazetteer does not know by the shape of their names: capitalised words
 * ending with a head word from {@code gazetteer/org-heads.txt} ("Harvard Law School", "Japanese
 * Foreign Ministry") or a head followed by "of", "for" or "on" and more capitalised words
 * ("Ministry of Defense", "Brennan Center for Justice").
 */
final class OrgPatterns {
  private static final Set<String> CONNECTORS = Set.of("of", "for", "on");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "&");
  private static final int MAX_TOKENS = 16;

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
      if (nameWord(t) && (i == from || complementStart(tokens, i) || !titleAt(tokens, i))) {
        i = wordEnd(tokens, i);
        if (gazetteer.isOrgHead(t.text())) {
          headEnd = i;
        }
      } else if (headEnd > 0 && CONNECTORS.contains(t.text()) && capitalisedAfter(tokens, i + 1)) {
        complement = true;
        i = tokens.get(i + 1).text().equals("the") ? i + 2 : i + 1;
      } else if (complement
          && CONJUNCTIONS.contains(t.text())
          && capitalisedAfter(tokens, i + 1)
          && !headAhead(tokens, i + 1, limit)) {
        i++;
      } else {
        break;
      }
    }
    while (i > from && !tokens.get(i - 1).capitalized()) {
      i--; // a trailing "and", "of the" belongs to what follows
    }
    int end = complement ? i : headEnd;
    if (headEnd < 0 || end != i || end - from < 2 || personBefore(tokens, from, headEnd)) {
      return null;
    }
    int start = tokens.get(from).text().equals("The") ? from + 1 : from;
    PhraseTrie.Match<Boolean> generic = gazetteer.notNameMatch(tokens, start);
    if (end - start < 2 || generic != null && generic.end() == end) {
      return null;
    }
    String name = NameScanner.text(text, tokens, start, end);
    return new PhraseTrie.Match<>(name, from, end);
  }

  private boolean startsName(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return nameWord(t) && !titleAt(tokens, i);
  }

  private boolean titleAt(List<Token> tokens, int i) {
    return gazetteer.titleAt(tokens, i) != null;
  }

  private static boolean complementStart(List<Token> tokens, int i) {
    String previous = tokens.get(i - 1).text();
    return CONNECTORS.contains(previous) || previous.equals("the");
  }

  private boolean nameWord(Token t) {
    return t.word()
        && (t.capitalized() || t.text().equals("The"))
        && !gazetteer.isOrgStopWord(t.text());
  }

  /** Skips an abbreviation's dot ("U.S.", "Inc.") and hyphen-joined parts ("Biden-Harris"). */
  private static int wordEnd(List<Token> tokens, int i) {
    int next = i + 1;
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
        && tokens.get(next - 1).text().length() <= 3
        && next + 1 < tokens.size()
        && tokens.get(next + 1).capitalized()) {
      next++;
    }
    return next;
  }

  private static boolean capitalisedAfter(List<Token> tokens, int i) {
    int at = i < tokens.size() && tokens.get(i).text().equals("the") ? i + 1 : i;
    return at < tokens.size() && tokens.get(at).word() && tokens.get(at).capitalized();
  }

  /** True when the capitalised words from {@code i} contain a head: "X Center and Y Magazine". */
  private boolean headAhead(List<Token> tokens, int i, int limit) {
    for (int k = i; k < limit && tokens.get(k).word() && tokens.get(k).capitalized(); ) {
      if (gazetteer.isOrgHead(tokens.get(k).text())) {
        return true;
      }
      k = wordEnd(tokens, k);
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
