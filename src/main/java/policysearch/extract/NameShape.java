package policysearch.extract;

import java.util.List;

/**
 * What the words of a would-be person's name say about it: ordinary words ("Bradley Infantry
 * Fighting Vehicles", "Clean Power") and a place's or thing's last word ("Thomas Shoal", "Brent
 * Spence Bridge") make it no person.
 */
final class NameShape {
  private final Gazetteer gazetteer;

  NameShape(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * True when tokens {@code [start, end)} cannot be a person's name: two ordinary words or more
   * besides a leading given name, nothing but ordinary words, or a thing's head word after the
   * first word.
   */
  boolean notAPerson(List<Token> tokens, int start, int end) {
    int words = 0;
    int common = 0;
    for (int k = start; k < end; k++) {
      Token t = tokens.get(k);
      if (!t.word() || !t.capitalized() || t.text().length() == 1) {
        continue;
      }
      if (words > 0 && (gazetteer.isThingHead(t.text()) || gazetteer.isPlaceHead(t.text()))) {
        return true;
      }
      if (words > 0 && gazetteer.isCapitalisedParticle(t.text())) {
        continue;
      }
      boolean given = words == 0 && gazetteer.isGivenName(t.text());
      words++;
      if (!given && gazetteer.isCommonWord(t.text())) {
        common++;
      }
    }
    return common >= 2 || words > 0 && common == words;
  }
}
