package policysearch.extract;

import java.util.ArrayList;
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

  /** Extracts with the given gazetteer. */
  public ActorExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.names = new NameScanner(gazetteer);
  }

  /** The distinct actors of a text, in order of first mention, with the roles seen for each. */
  public List<Actor> extract(String text) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    Map<String, Set<String>> roles = new LinkedHashMap<>();
    for (Mention mention : mentions(text)) {
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
    int i = 0;
    while (i < tokens.size()) {
      int next = titledPerson(text, tokens, i, mentions);
      if (next == i) {
        next = gazetteerActor(tokens, i, mentions);
      }
      i = Math.max(next, i + 1);
    }
    return resolvePersons(mentions);
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
    int nameEnd = names.end(tokens, nameStart);
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

  private int gazetteerActor(List<Token> tokens, int i, List<Mention> mentions) {
    PhraseTrie.Match<Gazetteer.Entry> match = gazetteer.actorAt(tokens, i);
    if (match == null) {
      return i;
    }
    mentions.add(mention(match.value(), tokens, match.start(), match.end()));
    return match.end();
  }

  private static Mention mention(Gazetteer.Entry entry, List<Token> tokens, int start, int end) {
    return new Mention(
        entry.name(), entry.type(), null, tokens.get(start).start(), tokens.get(end - 1).end());
  }

  /**
   * Gives each person mention the fullest form of the name: the gazetteer's canonical name, or for
   * a bare surname ("Kamikawa") the longest name in the text that ends with it.
   */
  private List<Mention> resolvePersons(List<Mention> mentions) {
    List<Mention> resolved = new ArrayList<>(mentions.size());
    Map<String, String> fullestBySurname = new LinkedHashMap<>();
    for (Mention m : mentions) {
      Mention canonical = m.type() == ActorType.PERSON ? canonicalPerson(m) : m;
      resolved.add(canonical);
      if (canonical.type() == ActorType.PERSON && canonical.name().contains(" ")) {
        fullestBySurname.merge(
            surname(canonical.name()), canonical.name(), (a, b) -> b.length() > a.length() ? b : a);
      }
    }
    resolved.replaceAll(
        m ->
            m.type() != ActorType.PERSON || m.name().contains(" ")
                ? m
                : new Mention(
                    fullestBySurname.getOrDefault(
                        m.name(), gazetteer.personWithSurname(m.name()).orElse(m.name())),
                    m.type(),
                    m.role(),
                    m.start(),
                    m.end()));
    return resolved;
  }

  private Mention canonicalPerson(Mention m) {
    String withoutInitials = m.name().replaceAll("\\s+\\p{Lu}\\.(?=\\s)", "");
    for (String candidate : List.of(m.name(), withoutInitials)) {
      List<Token> tokens = Tokenizer.tokenize(candidate);
      PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, 0);
      if (known != null
          && known.end() == tokens.size()
          && known.value().type() == ActorType.PERSON) {
        return new Mention(known.value().name(), m.type(), m.role(), m.start(), m.end());
      }
    }
    return m;
  }

  private static String surname(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }
}
