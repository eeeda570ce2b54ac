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

  private final Gazetteer gazetteer;
  private final OrgWords words;
  private final OrgLimits limits;

  OrgPatterns(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.words = new OrgWords(gazetteer);
    this.limits = new OrgLimits(gazetteer, words);
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
      if (complement && limits.personStarts(tokens, i)) {
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
                  || words.headAhead(tokens, i + 1, limit))
          || complement && OrgWords.isNumber(t)) {
        int word = i;
        i = words.wordEnd(tokens, i);
        if (words.head(tokens, word)) {
          headEnd = i;
        } else {
          i = possessiveEnd(tokens, word, i, complement, limit);
        }
      } else if ((headEnd == i || complement)
          && gazetteer.isOrgConnector(t.text())
          && OrgWords.capitalisedAfter(tokens, i + 1)
          && !OrgWords.dateAfter(tokens, i + 1)
          && !(OrgWords.isNumber(tokens.get(i + 1)) && !t.text().equals("of"))) {
        // "Group of 77" is a name, "Security Council on 17 July" a date
        complement = true;
        i = tokens.get(i + 1).text().equals("the") ? i + 2 : i + 1;
      } else if (t.text().equals(",")
          && i > from
          && headEnd < 0
          && !complement
          && limits.partnersAhead(tokens, i + 1, limit)) {
        i++; // "Goldman, Sachs and Co"
      } else if (gazetteer.isOrgConjunction(t.text())
          && OrgWords.capitalisedAfter(tokens, i + 1)
          && !OrgWords.isNumber(tokens.get(i + 1))
          && (complement
              ? !words.headAhead(tokens, i + 1, limit)
              : headEnd < 0
                  && words.headAhead(tokens, i + 1, limit)
                  && !limits.oneActor(tokens, from, i))) {
        i++;
      } else {
        break;
      }
    }
    while (i > from
        && !tokens.get(i - 1).capitalized()
        && !OrgWords.isNumber(tokens.get(i - 1))
        && !(i - 2 > from && OrgWords.prefixed(tokens, i - 1))) {
      i--; // a trailing "and", "of the" belongs to what follows
    }
    int end = complement ? i : headEnd;
    if (headEnd < 0 || end != i || end - from < 2 || limits.personBefore(tokens, from, headEnd)) {
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
   * After a possessive inside a name, where the name goes on: after a given name ("Mary's Center",
   * "Wendy's International Inc") or a country in a complement before words with no head of their
   * own ("Commission on America's Urban Families", not "Department of Education's Office of Civil
   * Rights", two bodies). Else {@code i}, the index after the word at {@code word}.
   */
  private int possessiveEnd(List<Token> tokens, int word, int i, boolean complement, int limit) {
    int after = OrgWords.possessiveEnd(tokens, i);
    if (after == i || gazetteer.isGivenName(tokens.get(word).text())) {
      return after;
    }
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, word);
    boolean country =
        known != null && known.end() == i && known.value().type() == ActorType.COUNTRY;
    return complement && country && !words.headAhead(tokens, after, limit) ? after : i;
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
    return nameWord(t)
        || ORDINAL.matcher(t.text()).matches() && words.headAhead(tokens, i + 1, i + 6);
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
}
