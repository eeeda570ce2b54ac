package policysearch.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the persons, countries and organisations an article names: gazetteer names, aliases and
 * demonyms, and persons introduced by a title ("Foreign Minister Yoko Kamikawa"), with surnames and
 * titled short forms resolved to the fullest name in the same article.
 */
public final class ActorExtractor {
  /** Tokens of an organisation's name in a headline that needs no second mention to count. */
  private static final int MAX_HEADLINE_ORG_TOKENS = 5;

  /** One text being read: its tokens and which of them stand on title-case lines. */
  private record Scan(String text, List<Token> tokens, BitSet headline) {}

  private final Gazetteer gazetteer;
  private final Headlines headlines;
  private final NameScanner names;
  private final NameShape shape;
  private final OrgPatterns orgs;
  private final PersonResolver persons;
  private final Ambiguity ambiguity;
  private final NameContext context;

  /** Extracts with the given gazetteer. */
  public ActorExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.headlines = new Headlines(gazetteer);
    this.names = new NameScanner(gazetteer);
    this.shape = new NameShape(gazetteer);
    this.orgs = new OrgPatterns(gazetteer);
    this.persons = new PersonResolver(gazetteer);
    this.ambiguity = new Ambiguity(gazetteer);
    this.context = new NameContext(gazetteer);
  }

  /** The distinct actors of a text, in order of first mention, with the roles seen for each. */
  public List<Actor> extract(String text) {
    return actors(mentions(text));
  }

  /** The distinct actors of {@code mentions}, in order, with the roles seen for each. */
  public static List<Actor> actors(List<Mention> mentions) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    Map<String, Set<String>> roles = new LinkedHashMap<>();
    for (Mention mention : mentions) {
      String key = mention.type() + "\u001f" + mention.name();
      actors.putIfAbsent(key, Actor.of(mention.name(), mention.type()));
      Set<String> seen = roles.computeIfAbsent(key, k -> new LinkedHashSet<>());
      if (mention.role() != null) {
        seen.add(mention.role());
      }
    }
    List<Actor> result = new ArrayList<>(actors.size());
    actors.forEach(
        (key, actor) ->
            result.add(new Actor(actor.name(), actor.type(), List.copyOf(roles.get(key)))));
    return result;
  }

  /**
   * Every mention of an actor in the text, persons resolved to their fullest name; lines in
   * capitals are read in title case.
   */
  public List<Mention> mentions(String text) {
    String doc = headlines.normalise(text);
    List<Token> tokens = Tokenizer.tokenize(doc);
    Scan s = new Scan(doc, tokens, Headlines.titleCaseTokens(doc, tokens));
    List<Mention> mentions = new ArrayList<>();
    BitSet covered = new BitSet(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      int next = titledOrganization(s, i, mentions);
      if (next == i) {
        next = titledPerson(s, i, mentions);
      }
      if (next == i) {
        next = namedActor(s, i, mentions);
      }
      if (next > i) {
        covered.set(i, next);
      }
      i = Math.max(next, i + 1);
    }
    List<Mention> resolved = persons.resolve(doc, mentions, tokens, covered);
    return ambiguity.keepConfirmed(resolved, tokens);
  }

  /**
   * "General Accounting Office", "General Assembly": a title that starts an organisation's name of
   * ordinary words — not "Director Washington Bureau", a title before a name.
   */
  private int titledOrganization(Scan s, int i, List<Mention> mentions) {
    if (gazetteer.titleAt(s.tokens(), i) == null) {
      return i;
    }
    PhraseTrie.Match<String> org = orgs.at(s.text(), s.tokens(), i);
    if (org == null) {
      return i;
    }
    if (confirmed(s, org)) {
      mentions.add(organization(org, s.tokens()));
    }
    actorsInside(s.tokens(), i, org.end(), mentions);
    return org.end();
  }

  /**
   * A title (also in lower case: "trade representative Clayton Yeutter"), an optional "of Japan",
   * then a name: returns the index after it, or {@code i}.
   */
  private int titledPerson(Scan s, int i, List<Mention> mentions) {
    List<Token> tokens = s.tokens();
    PhraseTrie.Match<String> title = gazetteer.titleAt(tokens, i);
    boolean lowerCase = title == null && !s.headline().get(i);
    if (lowerCase) {
      title = gazetteer.lowerCaseTitleAt(tokens, i);
    }
    PhraseTrie.Match<Gazetteer.Entry> actor = gazetteer.actorAt(tokens, i);
    if (title == null || actor != null && actor.end() >= title.end()) {
      return i;
    }
    String role = title.value();
    int nameStart = title.end();
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
        affiliation = organization(longer, tokens);
        nameStart = longer.end();
      } else {
        affiliation = mention(of.value(), tokens, of.start(), of.end());
        nameStart = of.end();
      }
    }
    if (nameStart >= tokens.size() || NameScanner.lineBreakBefore(s.text(), tokens, nameStart)) {
      return i; // a title alone on its line names no one
    }
    int nameEnd = nameEnd(s, nameStart, lowerCase);
    if (nameEnd == nameStart) {
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
            gazetteer.isHonorific(role) ? null : role,
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
    if (words == 0 || lowerCaseTitle && words < 2 || headAfter(s, end)) {
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

  /** "Director Lakeview Bureau": a name right before an organisation's head is that body's. */
  private boolean headAfter(Scan s, int end) {
    return end < s.tokens().size()
        && gazetteer.isOrgHead(s.tokens().get(end).text())
        && !NameScanner.lineBreakBefore(s.text(), s.tokens(), end);
  }

  /**
   * The longest of: an organisation by its name's shape, a place that hides an actor's name, a
   * person by a given name, a gazetteer actor. Returns the index after it, or {@code i}.
   */
  private int namedActor(Scan s, int i, List<Mention> mentions) {
    List<Token> tokens = s.tokens();
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, i);
    PhraseTrie.Match<Boolean> place = gazetteer.placeAt(tokens, i);
    int knownEnd = known == null ? i : known.end();
    int placeEnd = place == null ? i : place.end();
    PhraseTrie.Match<String> org = s.headline().get(i) ? null : orgs.bracketed(s.text(), tokens, i);
    if (org == null) {
      org = orgs.at(s.text(), tokens, i);
    }
    if (org != null && knownAfterOrdinaryFirstWord(s, i, org)) {
      return i + 1;
    }
    if (org != null
        && org.end() > Math.max(knownEnd, placeEnd)
        && !onlyHeadsAfter(tokens, known, org.end())) {
      if (confirmed(s, org)) {
        mentions.add(organization(org, tokens));
      }
      actorsInside(tokens, i, org.end(), mentions);
      return org.end();
    }
    if (placeEnd > i && placeEnd >= knownEnd) {
      return placeEnd;
    }
    int personEnd = untitledPersonEnd(s, i);
    if (context.namesThing(tokens, i, Math.max(personEnd, knownEnd))) {
      return NameContext.thingEnd(tokens, i);
    }
    if (personEnd > knownEnd) {
      if (!shape.notAPerson(tokens, i, personEnd)) {
        mentions.add(
            new Mention(
                names.text(s.text(), tokens, i, personEnd),
                ActorType.PERSON,
                null,
                tokens.get(i).start(),
                tokens.get(personEnd - 1).end()));
      }
      return personEnd;
    }
    if (known == null) {
      return i;
    }
    if (currencyAfter(tokens, known) || placeAfter(tokens, known)) {
      return known.end() + 1;
    }
    int heritageEnd = context.heritageEnd(tokens, known);
    if (heritageEnd > 0) {
      return heritageEnd;
    }
    mentions.add(mention(known.value(), tokens, known.start(), known.end()));
    return context.hyphenedPartner(tokens, known, mentions);
  }

  /**
   * "Amazon River": an organisation's or person's name before a place's head word names a place.
   */
  private boolean placeAfter(List<Token> tokens, PhraseTrie.Match<Gazetteer.Entry> known) {
    return known.value().type() != ActorType.COUNTRY
        && known.end() < tokens.size()
        && gazetteer.isPlaceHead(tokens.get(known.end()).text());
  }

  /** "Canadian dlrs", "U.S. dollars": a currency, no mention of the country. */
  private boolean currencyAfter(List<Token> tokens, PhraseTrie.Match<Gazetteer.Entry> known) {
    return known.value().type() == ActorType.COUNTRY
        && known.end() < tokens.size()
        && gazetteer.isCurrencyWord(tokens.get(known.end()).text());
  }

  /**
   * "(See Economic and Social Council …": an ordinary word that opens a sentence before a known
   * organisation is no part of its name.
   */
  private boolean knownAfterOrdinaryFirstWord(Scan s, int i, PhraseTrie.Match<String> org) {
    if (i + 1 >= org.end() || !gazetteer.isCommonWord(s.tokens().get(i).text())) {
      return false;
    }
    boolean sentenceStart =
        i == 0
            || NameScanner.lineBreakBefore(s.text(), s.tokens(), i)
            || ".!?(:\"“".contains(s.tokens().get(i - 1).text());
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(s.tokens(), i + 1);
    return sentenceStart && known != null && known.end() == org.end();
  }

  /**
   * An organisation found by its shape in a title-case first line, the article's headline, counts
   * when it is short and opens with no ordinary word ("Mesa Community College", "Graco Inc") or its
   * name recurs below: "Buy Giorgio Inc", "Commercial Bank" or "White House Office of Gun Violence
   * Prevention Hosts Briefing on Mental Health" do not (the next word is tried instead).
   */
  private boolean confirmed(Scan s, PhraseTrie.Match<String> org) {
    int firstLineEnd = s.text().indexOf('\n');
    boolean inHeadline =
        s.headline().get(org.start())
            && (firstLineEnd < 0 || s.tokens().get(org.start()).start() < firstLineEnd);
    if (!inHeadline) {
      return true;
    }
    boolean plain =
        org.end() - org.start() <= MAX_HEADLINE_ORG_TOKENS
            && !gazetteer.isCommonWord(s.tokens().get(org.start()).text());
    return plain || s.text().indexOf(org.value(), firstLineEnd) >= 0;
  }

  /** "NATO Alliance" is NATO: a known name followed by nothing but head words. */
  private boolean onlyHeadsAfter(
      List<Token> tokens, PhraseTrie.Match<Gazetteer.Entry> known, int to) {
    if (known == null) {
      return false;
    }
    for (int k = known.end(); k < to; k++) {
      if (!gazetteer.isOrgHead(tokens.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  private Mention organization(PhraseTrie.Match<String> org, List<Token> tokens) {
    List<Token> nameTokens = Tokenizer.tokenize(org.value());
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(nameTokens, 0);
    String name =
        known != null && known.end() == nameTokens.size() ? known.value().name() : org.value();
    return new Mention(
        name,
        ActorType.ORGANIZATION,
        null,
        tokens.get(org.start()).start(),
        tokens.get(org.end() - 1).end());
  }

  /** "Japanese Foreign Ministry" also mentions Japan, "Quad Senior Cyber Group" the Quad. */
  private void actorsInside(List<Token> tokens, int from, int to, List<Mention> mentions) {
    for (int k = from; k < to; k++) {
      PhraseTrie.Match<Boolean> place = gazetteer.placeAt(tokens, k);
      PhraseTrie.Match<Gazetteer.Entry> m = gazetteer.actorAt(tokens, k);
      if (place != null) {
        k = place.end() - 1;
      } else if (m != null && m.end() <= to && m.value().type() != ActorType.PERSON) {
        mentions.add(mention(m.value(), tokens, m.start(), m.end()));
        k = m.end() - 1;
      }
    }
  }

  /**
   * A given name and more name words ("Peggy Cooper Davis"), or two to four name words followed by
   * a comma and a title ("Sonal Shah, President of …"): the end, or {@code i}.
   */
  private int untitledPersonEnd(Scan s, int i) {
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
    if (words < 2 || !given && (words > 4 || !titleFollows(tokens, end))) {
      return i;
    }
    return end;
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
    while (title == null
        && at < Math.min(end + 3, tokens.size() - 1)
        && tokens.get(at).capitalized()
        && gazetteer.isCommonWord(tokens.get(at).text())) {
      title = gazetteer.titleAt(tokens, ++at);
    }
    if (title == null) {
      return false;
    }
    int after = title.end();
    return after >= tokens.size() || !tokens.get(after).capitalized();
  }

  private static Mention mention(Gazetteer.Entry entry, List<Token> tokens, int start, int end) {
    return new Mention(
        entry.name(), entry.type(), null, tokens.get(start).start(), tokens.get(end - 1).end());
  }
}
