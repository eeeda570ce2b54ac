package policysearch.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import policysearch.extract.ActorType;
import policysearch.extract.Resources;

/**
 * Rules by shape that make an actor's name look wrong to a data editor: headline or grammar words
 * inside a person's name, one-word persons, places as persons, fragments starting with a
 * conjunction or "Acting", a person's name glued to an organisation's, ... Words come from {@code
 * entities/audit-words.tsv} and the gazetteer (titles, organisation heads, places).
 */
public final class Shapes {
  /** The names an index holds, which some rules compare a name with. */
  public static final class Context {
    private final Map<String, Integer> persons = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> actors = new HashSet<>();
    private final Map<String, String> andTails = new HashMap<>();
    private final Map<String, String> andHeads = new HashMap<>();

    /** The names of the index with their article counts (canonical names). */
    public Context(List<NameCount> names) {
      for (NameCount n : names) {
        actors.add(n.name());
        counts.merge(n.name(), n.articles(), Math::max);
        if (n.type() == ActorType.PERSON) {
          persons.put(n.name(), n.articles());
        } else if (n.type() == ActorType.ORGANIZATION) {
          for (String joiner : List.of(" and ", " & ")) {
            String org = n.name();
            for (int at = org.indexOf(joiner); at >= 0; at = org.indexOf(joiner, at + 1)) {
              andTails.putIfAbsent(org.substring(at + joiner.length()), org);
              andHeads.putIfAbsent(org.substring(at + joiner.length()), org.substring(0, at));
            }
          }
        }
      }
    }

    /** True when the index names an actor so (also with "U.S." or "the" before it). */
    boolean actor(String name) {
      return actors.contains(name)
          || actors.contains("U.S. " + name)
          || actors.contains("the " + name);
    }

    /** The articles of the most common of {@code name}, "U.S. name" and "the name". */
    int articles(String name) {
      return Math.max(
          counts.getOrDefault(name, 0),
          Math.max(counts.getOrDefault("U.S. " + name, 0), counts.getOrDefault("the " + name, 0)));
    }
  }

  /** A name inside another is evidence when it is this common, and this many times more. */
  private static final int COMMON = 5;

  private static final int DOMINANCE = 3;

  private final NameData data;
  private final Map<String, Set<String>> words = new HashMap<>();
  private final Set<String> titles = new HashSet<>();
  private final Set<String> heads = new HashSet<>();
  private final Set<String> places = new HashSet<>();

  /** Loads the word lists. */
  public Shapes(NameData data) {
    this.data = data;
    Resources resources = new Resources();
    for (String[] row : resources.tableRows("entities/audit-words.tsv")) {
      Set<String> kind = words.computeIfAbsent(row[0].strip(), k -> new HashSet<>());
      Resources.list(row, 1).forEach(w -> kind.add(Fold.key(w)));
    }
    for (String[] row : resources.rows("gazetteer/titles.txt")) {
      if (!row[0].strip().contains(" ")) {
        titles.add(row[0].strip());
      }
    }
    for (String file : List.of("gazetteer/org-heads.txt", "gazetteer/thing-heads.txt")) {
      resources.rows(file).forEach(row -> heads.add(row[0].strip()));
    }
    resources.rows("gazetteer/places.txt").forEach(row -> places.add(Fold.key(row[0])));
  }

  private boolean is(String kind, String word) {
    return words.getOrDefault(kind, Set.of()).contains(Fold.key(word));
  }

  /** What looks wrong with {@code name}, one short reason each; empty when nothing does. */
  public List<String> flags(String name, ActorType type, Context context) {
    List<String> units = List.of(name.strip().split("\\s+"));
    List<String> flags = new ArrayList<>();
    String first = units.get(0);
    // Two-word persons are left alone: "Liu He", "To Lam" are names.
    boolean shortPerson = type == ActorType.PERSON && units.size() < 3;
    if (is("function", first)
        && !shortPerson
        && !(type != ActorType.PERSON && Fold.key(first).equals("the"))) {
      flags.add("starts with '" + first + "'");
    }
    if (is("modifier", first) && units.size() > 1 && type != ActorType.COUNTRY) {
      flags.add("'" + first + "' before the name");
    }
    if (type == ActorType.PERSON) {
      person(name, units, context, flags);
    } else if (type == ActorType.ORGANIZATION) {
      organization(name, units, context, flags);
    }
    return flags;
  }

  private void person(String name, List<String> units, Context context, List<String> flags) {
    PersonName parsed = PersonName.parse(name);
    if (parsed.surnameOnly() || units.size() == 1) {
      flags.add("one word");
    }
    for (int i = 0; i < units.size(); i++) {
      String unit = units.get(i);
      String letters = unit.replaceAll("[^\\p{L}]", "");
      if (i > 0 && units.size() >= 3 && is("function", unit)) {
        flags.add("grammar word '" + unit + "'");
      }
      if (is("number", unit)) {
        flags.add("number word '" + unit + "'");
      }
      if (letters.length() == 1 && !unit.contains(".") && units.size() > 1) {
        flags.add("stray letter '" + unit + "'");
      }
      if (i < units.size() - 1 && letters.length() >= 6 && letters.endsWith("ing")) {
        flags.add("headline word '" + unit + "'");
      }
      if (titles.contains(unit) && i < units.size() - 1) {
        flags.add("title '" + unit + "'");
      }
      if (letters.length() >= 3 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))) {
        flags.add("in capitals");
      }
    }
    String last = units.get(units.size() - 1);
    if (units.size() > 1 && (is("geography", last) || heads.contains(last))) {
      flags.add("'" + last + "' ends names of places or things");
    }
    List<String> folded = Countries.words(name);
    Countries.Match country = data.countries().at(folded, 0);
    if (places.contains(Fold.key(name)) || (country != null && country.end() == folded.size())) {
      flags.add("a place");
    }
    knownInside(name, units, context, flags);
  }

  /** A known person's name plus other words ("Jake Sullivan Previewing"), or two names glued. */
  private void knownInside(String name, List<String> units, Context context, List<String> flags) {
    List<String> found = new ArrayList<>();
    for (int from = 0; from < units.size(); from++) {
      for (int to = units.size(); to >= from + 2; to--) {
        String part = String.join(" ", units.subList(from, to));
        if (!part.equals(name) && moreCommonPerson(part, name, context)) {
          found.add(part);
          from = to - 1;
          break;
        }
      }
    }
    if (found.size() >= 2) {
      flags.add("two names: '" + found.get(0) + "', '" + found.get(1) + "'");
    } else if (found.size() == 1) {
      flags.add("'" + found.get(0) + "' plus other words");
    }
  }

  private boolean knownPerson(String name, Context context) {
    return context.persons.containsKey(name) || data.known(name, ActorType.PERSON);
  }

  /**
   * A person's name inside {@code name} that the gazetteer knows or that is far more common than
   * {@code name} itself ("Jake Sullivan" in "Jake Sullivan Previewing").
   */
  private boolean moreCommonPerson(String part, String name, Context context) {
    int inside = context.persons.getOrDefault(part, 0);
    return data.known(part, ActorType.PERSON)
        || (inside >= COMMON && inside >= DOMINANCE * context.persons.getOrDefault(name, 0));
  }

  private void organization(String name, List<String> units, Context context, List<String> flags) {
    if (units.size() == 1 && heads.contains(name)) {
      flags.add("a generic word");
    }
    // "Social Council" of "Economic and Social Council" is a fragment; "White House" of
    // "Department of Homeland Security and White House" is not: there two actors were joined.
    String parent = context.andTails.get(name);
    String head = context.andHeads.get(name);
    if (parent != null
        && !context.actor(head)
        && !data.known(name, ActorType.ORGANIZATION)
        && Arrays.stream(head.split("\\s+")).noneMatch(heads::contains)) {
      flags.add("fragment of '" + parent + "'");
    }
    // Two actors glued by extraction are rarer than the second standing alone ("Department of
    // Homeland Security and White House"); a name written more often than its tail alone is a
    // name of its own, its parts leftovers of it ("Department of Housing and Urban Development"
    // beside a stray "Department of Housing" and "Urban Development").
    for (String joiner : List.of(" and ", " & ")) {
      int at = name.indexOf(joiner);
      String tail = at > 0 ? name.substring(at + joiner.length()) : "";
      if (at > 0
          && context.actor(name.substring(0, at))
          && context.actor(tail)
          && context.articles(name) <= context.articles(tail)) {
        flags.add("two actors joined by '" + joiner.strip() + "'");
        return;
      }
    }
    for (int from = 1; from < units.size() - 1; from++) {
      String tail = String.join(" ", units.subList(from, units.size()));
      if (heads.contains(units.get(from - 1)) && knownPerson(tail, context)) {
        flags.add("person '" + tail + "' glued on");
        break;
      }
    }
    int and = Math.max(units.lastIndexOf("and"), units.lastIndexOf("&"));
    if (and > 0 && and < units.size() - 1) {
      List<String> after = Countries.words(String.join(" ", units.subList(and + 1, units.size())));
      Countries.Match country = data.countries().at(after, 0);
      if (country != null && country.end() == after.size()) {
        flags.add("two actors joined by '" + units.get(and) + "'");
      }
    }
  }
}
