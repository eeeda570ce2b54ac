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
  private static final String SECRETARY_OF = "Secretary of ";

  private final Gazetteer gazetteer;
  private final Headlines headlines;
  private final NameShape shape;
  private final OrgPatterns orgs;
  private final WireCompanies wire;
  private final DescribedOrganisations described;
  private final OrganisationMentions organisations;
  private final PersonNames personNames;
  private final UntitledPersons untitled;
  private final PersonResolver persons;
  private final Ambiguity ambiguity;
  private final NameContext context;
  private final ShortReferences shortReferences;
  private final SportsTeams teams;

  /** Extracts with the given gazetteer and the shipped vocabulary files. */
  public ActorExtractor(Gazetteer gazetteer) {
    this(gazetteer, new Resources());
  }

  /** Extracts with the given gazetteer and the other vocabularies {@code resources} reads. */
  public ActorExtractor(Gazetteer gazetteer, Resources resources) {
    this.gazetteer = gazetteer;
    this.headlines = new Headlines(gazetteer);
    this.shape = new NameShape(gazetteer);
    this.orgs = new OrgPatterns(gazetteer);
    this.wire = new WireCompanies(gazetteer);
    this.described = new DescribedOrganisations(gazetteer);
    this.organisations = new OrganisationMentions(gazetteer);
    this.personNames = new PersonNames(gazetteer, orgs, organisations);
    this.untitled = new UntitledPersons(gazetteer);
    this.persons = new PersonResolver(gazetteer);
    this.ambiguity = new Ambiguity(gazetteer);
    this.context = new NameContext(gazetteer);
    this.shortReferences = new ShortReferences(gazetteer);
    this.teams = new SportsTeams(gazetteer, resources);
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
      int ticker = WireCompanies.tickerEnd(tokens, i);
      if (ticker > i) {
        i = ticker; // "<UN.AS>" is Unilever's ticker, no mention of the United Nations
        continue;
      }
      departmentInTitle(s, i, mentions);
      int next = titledOrganization(s, i, mentions);
      if (next == i) {
        next = personNames.titledPerson(s, i, mentions);
      }
      if (next == i) {
        next = namedActor(s, i, mentions);
      }
      if (next == i && !s.headline().get(i)) {
        next = shortReferences.at(s, i, mentions);
      }
      if (next > i) {
        covered.set(i, next);
      }
      i = Math.max(next, i + 1);
    }
    teams.add(s, mentions);
    shortReferences.national(s, mentions);
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
    if (organisations.confirmed(s, org)) {
      mentions.add(organisations.mention(org, s.tokens()));
    }
    organisations.actorsInside(s.tokens(), i, org.end(), mentions);
    return org.end();
  }

  /**
   * "Secretary of Homeland Security" names the Department of Homeland Security too: an organisation
   * named inside a job title counts.
   */
  private void departmentInTitle(Scan s, int i, List<Mention> mentions) {
    PhraseTrie.Match<String> title = gazetteer.titleAt(s.tokens(), i);
    if (title == null || !title.value().startsWith(SECRETARY_OF)) {
      return;
    }
    String department = "Department of " + title.value().substring(SECRETARY_OF.length());
    List<Token> words = Tokenizer.tokenize(department);
    PhraseTrie.Match<Gazetteer.Entry> body = gazetteer.actorAt(words, 0);
    if (body != null && body.end() == words.size()) {
      mentions.add(
          new Mention(
              body.value().name(),
              body.value().type(),
              null,
              s.tokens().get(i).start(),
              s.tokens().get(title.end() - 1).end()));
    }
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
    PhraseTrie.Match<String> org = s.headline().get(i) ? null : wire.bracketed(s.text(), tokens, i);
    if (org == null && !s.headline().get(i)) {
      org = wire.beforeTicker(s.text(), tokens, i);
    }
    if (org == null) {
      org = orgs.at(s.text(), tokens, i);
    }
    if (org == null) {
      org = described.at(s, i);
    }
    if (org != null && organisations.knownAfterOrdinaryFirstWord(s, i, org)) {
      return i + 1;
    }
    if (org != null
        && org.end() > Math.max(knownEnd, placeEnd)
        && !organisations.onlyHeadsAfter(s, known, org.end())) {
      if (organisations.confirmed(s, org)) {
        mentions.add(organisations.mention(org, tokens));
      }
      organisations.actorsInside(tokens, i, org.end(), mentions);
      return org.end();
    }
    if (placeEnd > i && placeEnd >= knownEnd) {
      return placeEnd;
    }
    int personEnd = untitled.end(s, i);
    if (secondNameAfter(tokens, known, personEnd)) {
      personEnd = knownEnd;
    }
    if (context.namesThing(tokens, i, Math.max(personEnd, knownEnd))) {
      return NameContext.thingEnd(tokens, i);
    }
    if (personEnd > knownEnd) {
      if (!shape.notAPerson(tokens, i, personEnd)) {
        mentions.add(
            new Mention(
                personNames.text(s, i, personEnd),
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
    mentions.add(s.mention(known.value(), known.start(), known.end()));
    return context.hyphenedPartner(tokens, known, mentions);
  }

  /**
   * "Hun Manet Anutin Charnvirakul", signatures side by side: a given name or a known person's name
   * right after a known person's name starts another name.
   */
  private boolean secondNameAfter(
      List<Token> tokens, PhraseTrie.Match<Gazetteer.Entry> known, int personEnd) {
    return known != null
        && known.value().type() == ActorType.PERSON
        && known.end() < personEnd
        && (gazetteer.isGivenName(tokens.get(known.end()).text())
            || gazetteer.actorAt(tokens, known.end()) != null
                && gazetteer.actorAt(tokens, known.end()).value().type() == ActorType.PERSON);
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
}
