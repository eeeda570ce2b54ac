package policysearch.extract;

import java.util.List;

/**
 * Persons by the words around their names: a title before the name, also in lower case ("Foreign
 * Minister Yoko Kamikawa", "trade representative Clayton Yeutter"), or a given name and name words,
 * or name words and a comma before a title ("Sonal Shah, President of ...").
 */
final class PersonNames {
  private final Gazetteer gazetteer;
  private final NameScanner names;
  private final NameShape shape;
  private final OrgPatterns orgs;
  private final OrganisationMentions organisations;

  PersonNames(Gazetteer gazetteer, OrgPatterns orgs, OrganisationMentions organisations) {
    this.gazetteer = gazetteer;
    this.names = new NameScanner(gazetteer);
    this.shape = new NameShape(gazetteer);
    this.orgs = orgs;
    this.organisations = organisations;
  }

  /** The text of a person's name in {@code [from, end)} without suffixes such as "Jr.". */
  String text(Scan s, int from, int end) {
    return names.text(s.text(), s.tokens(), from, end);
  }

  /**
   * A title (also in lower case: "trade representative Clayton Yeutter"), an optional "of Japan",
   * then a name: returns the index after it, or {@code i}.
   */
  int titledPerson(Scan s, int i, List<Mention> mentions) {
    List<Token> tokens = s.tokens();
    PhraseTrie.Match<String> title = gazetteer.titleAt(tokens, i);
    boolean lowerCase = title == null && !s.headline().get(i);
    if (lowerCase) {
      title = gazetteer.lowerCaseTitleAt(tokens, i);
    }
    boolean roleNoun = lowerCase && title == null && gazetteer.isRoleNoun(tokens.get(i).text());
    if (roleNoun) {
      title = new PhraseTrie.Match<>(null, i, i + 1);
    }
    PhraseTrie.Match<Gazetteer.Entry> actor = gazetteer.actorAt(tokens, i);
    if (title == null || actor != null && actor.end() >= title.end()) {
      return i;
    }
    String role = title.value();
    int nameStart = title.end();
    boolean apposition =
        lowerCase && nameStart < tokens.size() && ",".equals(tokens.get(nameStart).text());
    if (apposition) {
      nameStart++; // "our new drug czar, Bill Bennett, and I"
    }
    PhraseTrie.Match<String> chained = gazetteer.titleAt(tokens, nameStart);
    if (chained != null) {
      role = chained.value();
      nameStart = chained.end();
    }
    Mention affiliation = null;
    if (nameStart < tokens.size() && tokens.get(nameStart).text().equals("of")) {
      int at = nameStart + 1;
      if (at < tokens.size() && tokens.get(at).text().equals("the")) {
        at++;
      }
      PhraseTrie.Match<Gazetteer.Entry> of = gazetteer.actorAt(tokens, at);
      if (of == null || of.value().type() == ActorType.PERSON) {
        return i;
      }
      PhraseTrie.Match<String> longer = orgs.at(s.text(), tokens, at);
      if (longer != null && longer.end() > of.end()) {
        // "Director of the White House Office of Science and Technology Policy Arati Prabhakar"
        affiliation = organisations.mention(longer, tokens);
        nameStart = longer.end();
      } else {
        affiliation = s.mention(of.value(), of.start(), of.end());
        nameStart = of.end();
      }
    }
    if (nameStart >= tokens.size() || NameScanner.lineBreakBefore(s.text(), tokens, nameStart)) {
      return i; // a title alone on its line names no one
    }
    int nameEnd = nameEnd(s, nameStart, lowerCase);
    if (nameEnd == nameStart || apposition && !appositionEnds(tokens, nameEnd)) {
      return i;
    }
    if (affiliation != null) {
      mentions.add(affiliation);
    }
    String name = names.text(s.text(), tokens, nameStart, nameEnd);
    mentions.add(
        new Mention(
            name,
            ActorType.PERSON,
            role == null || gazetteer.isHonorific(role) ? null : role,
            tokens.get(nameStart).start(),
            tokens.get(nameEnd - 1).end()));
    return nameEnd;
  }

  /**
   * End of a name after a title: a known person's name as the gazetteer has it ("President Biden
   * Announcing"); no lone ordinary word ("General Provisions", "General Debate"), no ordinary words
   * for a name ("Clean Power"), and after a lower-case title two name words at least.
   */
  private int nameEnd(Scan s, int nameStart, boolean lowerCaseTitle) {
    List<Token> tokens = s.tokens();
    boolean given =
        nameStart < tokens.size() && gazetteer.isGivenName(tokens.get(nameStart).text());
    int end = names.end(s.text(), tokens, s.headline(), nameStart, given);
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, nameStart);
    boolean knownPerson = known != null && known.value().type() == ActorType.PERSON;
    if (knownPerson) {
      return known.end();
    }
    int words = 0;
    for (int k = nameStart; k < end; k++) {
      words += tokens.get(k).word() ? 1 : 0;
    }
    boolean otherActor = known != null && known.end() >= end;
    if (words == 0 || lowerCaseTitle && (words < 2 || otherActor) || headAfter(s, end)) {
      return nameStart;
    }
    String first = tokens.get(nameStart).text();
    if (words == 1
        && known == null
        && gazetteer.personWithSurname(first).isEmpty()
        && (CommonWords.occursInLowerCase(s.text(), first) || gazetteer.isCommonWord(first))) {
      return nameStart;
    }
    return words > 1 && known == null && shape.notAPerson(tokens, nameStart, end) ? nameStart : end;
  }

  /**
   * An apposition's name ends the apposition: a comma or a full stop follows it ("his brother,
   * Sandy Levin, and"), not a verb ("its adviser, Keystone Realty Advisers has") or another word.
   */
  private static boolean appositionEnds(List<Token> tokens, int end) {
    if (end >= tokens.size()) {
      return true;
    }
    String next = tokens.get(end).text();
    return next.equals(",") || next.equals(".") || next.equals(";") || next.equals(")");
  }

  /** "Director Lakeview Bureau": a name right before an organisation's head is that body's. */
  private boolean headAfter(Scan s, int end) {
    return end < s.tokens().size()
        && gazetteer.isOrgHead(s.tokens().get(end).text())
        && !NameScanner.lineBreakBefore(s.text(), s.tokens(), end);
  }

  /**
   * A given name and more name words ("Peggy Cooper Davis"), or two to four name words followed by
   * a comma and a title ("Sonal Shah, President of …"): the end, or {@code i}.
   */
  int untitledPersonEnd(Scan s, int i) {
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
            && (words > 4 || !titleFollows(tokens, end) && !personVerbFollows(s, i, end, words))) {
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
}
