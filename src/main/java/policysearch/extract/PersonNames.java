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
    if (roleNoun && orgs.at(s.text(), tokens, nameStart) != null) {
      return i; // "lead manager Credit Suisse First Boston Ltd": a role before a body's name
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
}
