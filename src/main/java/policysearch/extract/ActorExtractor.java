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
  private static final Set<String> HONORIFICS =
      Set.of(
          "Mr.",
          "Mrs.",
          "Ms.",
          "Dr.",
          "Mr",
          "Mrs",
          "Ms",
          "Dr",
          "His Majesty",
          "Her Majesty",
          "His Excellency",
          "Her Excellency",
          "His Highness",
          "Her Highness");

  private final Gazetteer gazetteer;
  private final NameScanner names;
  private final OrgPatterns orgs;
  private final PersonResolver persons;
  private final Ambiguity ambiguity;
  private final NameContext context;

  /** Extracts with the given gazetteer. */
  public ActorExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.names = new NameScanner(gazetteer);
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
      if (mention.role() != null && !HONORIFICS.contains(mention.role())) {
        seen.add(mention.role());
      }
    }
    List<Actor> result = new ArrayList<>(actors.size());
    actors.forEach(
        (key, actor) ->
            result.add(new Actor(actor.name(), actor.type(), List.copyOf(roles.get(key)))));
    return result;
  }

  /** Every mention of an actor in the text, persons resolved to their fullest name. */
  public List<Mention> mentions(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Mention> mentions = new ArrayList<>();
    BitSet covered = new BitSet(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      int next = titledPerson(text, tokens, i, mentions);
      if (next == i) {
        next = namedActor(text, tokens, i, mentions);
      }
      if (next > i) {
        covered.set(i, next);
      }
      i = Math.max(next, i + 1);
    }
    List<Mention> resolved = persons.resolve(mentions, tokens, covered);
    return ambiguity.keepConfirmed(resolved, tokens);
  }

  /** A title, an optional "of Japan", then a name: returns the index after it, or {@code i}. */
  private int titledPerson(String text, List<Token> tokens, int i, List<Mention> mentions) {
    PhraseTrie.Match<String> title = gazetteer.titleAt(tokens, i);
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
      affiliation = mention(of.value(), tokens, of.start(), of.end());
      nameStart = of.end();
    }
    int nameEnd = nameEnd(text, tokens, nameStart);
    if (nameEnd == nameStart) {
      return i;
    }
    if (affiliation != null) {
      mentions.add(affiliation);
    }
    String name = NameScanner.text(text, tokens, nameStart, nameEnd);
    mentions.add(
        new Mention(
            name,
            ActorType.PERSON,
            role,
            tokens.get(nameStart).start(),
            tokens.get(nameEnd - 1).end()));
    return nameEnd;
  }

  /**
   * End of a name after a title: a known person's name as the gazetteer has it ("President Biden
   * Announcing"), and no lone common word ("General Provisions").
   */
  private int nameEnd(String text, List<Token> tokens, int nameStart) {
    int end = names.end(text, tokens, nameStart, false);
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, nameStart);
    if (known != null && known.value().type() == ActorType.PERSON && known.end() < end) {
      return known.end();
    }
    if (end == nameStart + 1
        && known == null
        && gazetteer.personWithSurname(tokens.get(nameStart).text()).isEmpty()
        && CommonWords.occursInLowerCase(text, tokens.get(nameStart).text())) {
      return nameStart;
    }
    return end;
  }

  /**
   * The longest of: an organisation by its name's shape, a place that hides an actor's name, a
   * person by a given name, a gazetteer actor. Returns the index after it, or {@code i}.
   */
  private int namedActor(String text, List<Token> tokens, int i, List<Mention> mentions) {
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, i);
    PhraseTrie.Match<Boolean> place = gazetteer.placeAt(tokens, i);
    int knownEnd = known == null ? i : known.end();
    int placeEnd = place == null ? i : place.end();
    PhraseTrie.Match<String> org = orgs.at(text, tokens, i);
    if (org != null
        && org.end() > Math.max(knownEnd, placeEnd)
        && !onlyHeadsAfter(tokens, known, org.end())) {
      mentions.add(organization(org, tokens));
      actorsInside(tokens, i, org.end(), mentions);
      return org.end();
    }
    if (placeEnd > i && placeEnd >= knownEnd) {
      return placeEnd;
    }
    int personEnd = untitledPersonEnd(text, tokens, i);
    if (context.namesThing(tokens, i, Math.max(personEnd, knownEnd))) {
      return NameContext.thingEnd(tokens, i);
    }
    if (personEnd > knownEnd) {
      mentions.add(
          new Mention(
              NameScanner.text(text, tokens, i, personEnd),
              ActorType.PERSON,
              null,
              tokens.get(i).start(),
              tokens.get(personEnd - 1).end()));
      return personEnd;
    }
    if (known == null) {
      return i;
    }
    int heritageEnd = context.heritageEnd(tokens, known);
    if (heritageEnd > 0) {
      return heritageEnd;
    }
    mentions.add(mention(known.value(), tokens, known.start(), known.end()));
    return context.hyphenedPartner(tokens, known, mentions);
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
  private int untitledPersonEnd(String text, List<Token> tokens, int i) {
    boolean given = gazetteer.isGivenName(tokens.get(i).text());
    if (!given && gazetteer.notNameAt(tokens, i)) {
      return i;
    }
    int end = names.end(text, tokens, i, given);
    int words = 0;
    for (int k = i; k < end; k++) {
      words += tokens.get(k).word() ? 1 : 0;
    }
    if (words < 2 || !given && (words > 4 || !titleFollows(tokens, end))) {
      return i;
    }
    return end;
  }

  /** ", President of", ", CEO," : a comma and a title that describes the name before it. */
  private boolean titleFollows(List<Token> tokens, int end) {
    if (end + 1 >= tokens.size() || !tokens.get(end).text().equals(",")) {
      return false;
    }
    PhraseTrie.Match<String> title = gazetteer.titleAt(tokens, end + 1);
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
