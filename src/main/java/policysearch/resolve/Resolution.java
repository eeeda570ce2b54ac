package policysearch.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import policysearch.extract.Actor;
import policysearch.extract.ActorType;
import policysearch.extract.Enriched;

/**
 * The outcome of resolving an index's names: the canonical name of each name (for an article's
 * date: eras), the names each entity was seen under, and the near misses left for a data editor.
 * Immutable.
 */
public final class Resolution implements Canonical {
  private final NameData data;
  private final Map<String, String> canonical;
  private final Map<String, List<String>> aliases;
  private final List<Candidate> candidates;
  private final Set<String> names;

  private Resolution(
      NameData data,
      Map<String, String> canonical,
      Map<String, List<String>> aliases,
      List<Candidate> candidates,
      Set<String> names) {
    this.data = data;
    this.canonical = canonical;
    this.aliases = aliases;
    this.candidates = candidates;
    this.names = names;
  }

  /** No corpus names yet: only the aliases file and eras apply. */
  public static Resolution empty(NameData data) {
    return new Resolution(data, Map.of(), Map.of(), List.of(), Set.of());
  }

  static Resolution of(
      NameData data, List<Node> nodes, Clusters clusters, List<Candidate> candidates) {
    Map<String, String> canonical = new HashMap<>();
    Map<String, List<String>> aliases = new HashMap<>();
    for (int root = 0; root < nodes.size(); root++) {
      List<Integer> members = clusters.members(root);
      if (clusters.find(root) != root || members.isEmpty()) {
        continue;
      }
      ActorType type = nodes.get(root).name().type();
      String name = canonicalName(data, nodes, clusters.pinOf(root), members);
      TreeSet<String> seen = new TreeSet<>();
      for (int i : members) {
        String member = nodes.get(i).text();
        if (!member.equals(name)) {
          canonical.put(key(member, type), name);
          seen.add(member);
        }
      }
      if (!seen.isEmpty()) {
        aliases.put(key(name, type), List.copyOf(seen));
      }
    }
    Set<String> names = new HashSet<>();
    nodes.forEach(n -> names.add(key(n.text(), n.name().type())));
    return new Resolution(data, canonical, aliases, List.copyOf(candidates), names);
  }

  /**
   * The aliases-file name if the entity has one; else the gazetteer's name; else the most common
   * form, a person's with more than one word and not shouted in capitals; on a tie the one with
   * accents ("Año" over "Ano"), then the longest.
   */
  private static String canonicalName(
      NameData data, List<Node> nodes, int pin, List<Integer> members) {
    if (pin >= 0) {
      return data.aliases().entries().get(pin).canonical();
    }
    Comparator<Node> best =
        Comparator.comparing(Node::known)
            .thenComparing(n -> n.person() == null || n.text().contains(" "))
            .thenComparing(n -> !shouted(n))
            .thenComparingInt(Node::count)
            .thenComparingInt(Resolution::accents)
            .thenComparingInt(n -> n.text().length())
            .thenComparing(Node::text, Comparator.reverseOrder());
    return members.stream().map(nodes::get).max(best).orElseThrow().text();
  }

  private static int accents(Node n) {
    int count = 0;
    String folded = Fold.fold(n.text());
    String lower = n.text().toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < Math.min(folded.length(), lower.length()); i++) {
      count += folded.charAt(i) != lower.charAt(i) ? 1 : 0;
    }
    return count;
  }

  /** A person written with a word in capitals ("KISHIDA Fumio"); acronyms are not shouting. */
  private static boolean shouted(Node n) {
    if (n.person() == null) {
      return false;
    }
    for (String word : n.text().split("[\\s-]+")) {
      if (word.length() > 2 && word.chars().allMatch(c -> !Character.isLowerCase(c))) {
        return true;
      }
    }
    return false;
  }

  private static String key(String name, ActorType type) {
    return type + "|" + name;
  }

  /** The entity {@code name} stands for in an article of {@code date} (null: no date known). */
  public String canonical(String name, ActorType type, LocalDate date) {
    String era = data.aliases().era(name, type, date);
    if (era != null) {
      return era;
    }
    String resolved = canonical.get(key(name, type));
    if (resolved == null) {
      Aliases.Entry pin = data.aliases().pin(name, type);
      resolved = pin == null ? name : pin.canonical();
    }
    String later = data.aliases().era(resolved, type, date);
    return later != null ? later : resolved;
  }

  @Override
  public Actor of(Actor actor, LocalDate date) {
    String name = canonical(actor.name(), actor.type(), date);
    return name.equals(actor.name()) ? actor : new Actor(name, actor.type(), actor.roles());
  }

  /** True when the entity of {@code name} depends on the article's date (an era entry names it). */
  public boolean dependsOnDate(String name, ActorType type) {
    return data.aliases().hasEra(name, type)
        || data.aliases().hasEra(canonical(name, type, null), type);
  }

  /** The other names the entity {@code canonical} was seen under in the corpus, sorted. */
  public List<String> aliases(String canonical, ActorType type) {
    return aliases.getOrDefault(key(canonical, type), List.of());
  }

  /** Names that look alike but were left apart, with why. */
  public List<Candidate> candidates() {
    return candidates;
  }

  /** How many distinct names were resolved. */
  public int names() {
    return names.size();
  }

  /** True when {@code name} was among the names resolved. */
  public boolean knows(String name, ActorType type) {
    return names.contains(key(name, type));
  }

  /** True when every actor and speaker of {@code enriched} was among the names resolved. */
  public boolean knowsAll(Enriched enriched) {
    return enriched.actors().stream().allMatch(a -> knows(a.name(), a.type()))
        && enriched.statements().stream()
            .flatMap(s -> s.speakers().stream())
            .allMatch(a -> knows(a.name(), a.type()));
  }

  /** How many of them were merged into another name. */
  public int merged() {
    return canonical.size();
  }

  /** How many entities have more than one name. */
  public int entitiesWithAliases() {
    return aliases.size();
  }

  /** The merges, entity by entity: canonical name first, then the names merged into it. */
  public List<List<String>> groups() {
    List<List<String>> groups = new ArrayList<>();
    aliases.forEach(
        (k, v) -> {
          List<String> group = new ArrayList<>(List.of(k.substring(k.indexOf('|') + 1)));
          group.addAll(v);
          groups.add(group);
        });
    groups.sort(Comparator.comparing(g -> g.get(0)));
    return groups;
  }
}
