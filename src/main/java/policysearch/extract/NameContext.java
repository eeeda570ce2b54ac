package policysearch.extract;

import java.util.List;

/**
 * What the words around a name say about it: a ship's, building's or law's name ("USS …", "… Act"),
 * heritage ("Palestinian American") or a partner in a joint name ("Biden-Harris").
 */
final class NameContext {
  private final Gazetteer gazetteer;

  NameContext(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** True for a name after "USS" or "Fort", or before "-class": a thing named after someone. */
  boolean namesThing(List<Token> tokens, int start, int end) {
    int before = start > 0 && tokens.get(start - 1).text().equals(".") ? start - 2 : start - 1;
    boolean prefixed = before >= 0 && gazetteer.isNamePrefix(tokens.get(before).text());
    boolean shipClass =
        end + 1 < tokens.size()
            && tokens.get(end).text().equals("-")
            && tokens.get(end + 1).text().equalsIgnoreCase("class");
    return prefixed || shipClass || thingAfter(tokens, end);
  }

  /**
   * "… Press Briefing Room", "… Voting Rights Act", "… Justice in Policing Act", "…'s County" right
   * after a name.
   */
  private boolean thingAfter(List<Token> tokens, int end) {
    int k = end;
    if (k + 1 < tokens.size()
        && tokens.get(k).text().equals("'")
        && tokens.get(k + 1).text().equals("s")) {
      k += 2;
    }
    for (int words = 0; k < tokens.size() && words < 6; k++, words++) {
      Token t = tokens.get(k);
      if (t.word() && gazetteer.isThingHead(t.text())) {
        return true;
      }
      boolean smallWord = words > 0 && gazetteer.isHeadlineSmallWord(t.text());
      if (!smallWord && (!t.word() || !t.capitalized() || gazetteer.notNameAt(tokens, k))) {
        return false;
      }
    }
    return false;
  }

  /** End of a thing's name: capitalised words, initials and possessives on one line. */
  static int thingEnd(List<Token> tokens, int i) {
    int k = i + 1;
    while (k < tokens.size()) {
      String t = tokens.get(k).text();
      boolean glued = tokens.get(k).start() == tokens.get(k - 1).end();
      if (tokens.get(k).capitalized()
          || glued && (t.equals(".") || t.equals("'") || t.equals("s"))) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  /** "Palestinian American" describes heritage: returns the end of such a phrase, or 0. */
  int heritageEnd(List<Token> tokens, PhraseTrie.Match<Gazetteer.Entry> known) {
    int k = known.end();
    String demonym = tokens.get(k - 1).text();
    if (known.end() - known.start() != 1 || !gazetteer.isDemonym(demonym)) {
      return 0;
    }
    if (k < tokens.size() && tokens.get(k).text().equals("-")) {
      k++;
    }
    boolean american =
        k < tokens.size()
            && (tokens.get(k).text().equals("American") || tokens.get(k).text().equals("Americans"))
            && !demonym.startsWith("American");
    return american ? k + 1 : 0;
  }

  /** "Biden-Harris Administration": a surname glued to a person's name is a person too. */
  int hyphenedPartner(
      List<Token> tokens, PhraseTrie.Match<Gazetteer.Entry> known, List<Mention> mentions) {
    int dash = known.end();
    if (known.value().type() != ActorType.PERSON
        || dash + 1 >= tokens.size()
        || !tokens.get(dash).text().equals("-")
        || tokens.get(dash).start() != tokens.get(dash - 1).end()) {
      return known.end();
    }
    Token partner = tokens.get(dash + 1);
    PhraseTrie.Match<Gazetteer.Entry> other = gazetteer.actorAt(tokens, dash + 1);
    String name =
        other != null && other.value().type() == ActorType.PERSON
            ? other.value().name()
            : gazetteer.personWithSurname(partner.text()).orElse(null);
    if (name == null) {
      return known.end();
    }
    mentions.add(new Mention(name, ActorType.PERSON, null, partner.start(), partner.end()));
    return dash + 2;
  }
}
