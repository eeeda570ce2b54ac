package policysearch.extract;

import java.util.List;

/**
 * Where an organisation's name must stop or may not be read: a person right after its complement
 * ("Office of Public Engagement Stephen Benjamin"), persons before "Administration" ("Biden-Harris
 * Administration"), one known actor before "and" ("Japan and ..."), and partners' names joined by
 * commas before a legal form ("Goldman, Sachs and Co").
 */
final class OrgLimits {
  private final Gazetteer gazetteer;
  private final OrgWords words;

  OrgLimits(Gazetteer gazetteer, OrgWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /**
   * A known person's name, a form of address ("Mr."), or a given name and one or two more name
   * words ending the capitalised run ("Stephen Benjamin", not "Diego County") starts here.
   */
  boolean personStarts(List<Token> tokens, int i) {
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

  /**
   * True when tokens {@code [from, to)} are exactly one known actor: "Japan" in "Japan and ...".
   */
  boolean oneActor(List<Token> tokens, int from, int to) {
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, from);
    return known != null && known.end() == to;
  }

  /**
   * ", Sachs and Co", ", Wilson and Co": partners' names joined by commas, then "and" and more
   * names ending with a company's legal form.
   */
  boolean partnersAhead(List<Token> tokens, int i, int limit) {
    boolean and = false;
    for (int k = i; k < Math.min(limit, tokens.size()); k++) {
      Token t = tokens.get(k);
      if (and && gazetteer.isCompanyHead(t.text()) && words.head(tokens, k)) {
        return true;
      }
      boolean comma = t.text().equals(",");
      if (t.text().equals("and") || t.text().equals("&")) {
        and =
            !tokens.get(k - 1).text().equals(","); // "Viasat, Visa Foundation, and Visa Inc" lists
      } else if (comma && and
          || !comma && !(t.word() && t.capitalized())
          || words.head(tokens, k)) {
        return false;
      }
    }
    return false;
  }

  /** "Biden-Harris Administration" names persons, not an organisation. */
  boolean personBefore(List<Token> tokens, int from, int headEnd) {
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
