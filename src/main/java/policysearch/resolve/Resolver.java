package policysearch.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import policysearch.extract.ActorType;

/**
 * Corpus-level entity resolution: groups the distinct names of an index into entities and gives
 * each one canonical name. Pure: the same names, counts and aliases file give the same result
 * whatever their order. Certain rules merge at once; likely rules merge only where they point at a
 * single entity (a lone "Biden" fitting Joe and Jill Biden stays apart and becomes a candidate).
 */
public final class Resolver {
  private static final Comparator<Edge> ORDER = Comparator.comparingInt(Edge::rank);

  private final NameData data;

  /** A resolver with these aliases file and gazetteer. */
  public Resolver(NameData data) {
    this.data = data;
  }

  /** The vocabularies this resolver reads. */
  public NameData data() {
    return data;
  }

  /** Resolves {@code names}; {@code both} counts articles naming two names together. */
  public Resolution resolve(List<NameCount> names, Cooccurrence both) {
    List<Node> nodes = new ArrayList<>(names.size());
    names.forEach(n -> nodes.add(Node.of(n, data)));
    Clusters clusters = new Clusters(nodes, data.nicknames());
    pin(nodes, clusters);
    RuleOutput out = new RuleOutput(data);
    Map<ActorType, List<Integer>> byType = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      byType.computeIfAbsent(nodes.get(i).name().type(), t -> new ArrayList<>()).add(i);
    }
    List<Integer> persons = byType.getOrDefault(ActorType.PERSON, List.of());
    List<Integer> orgs = byType.getOrDefault(ActorType.ORGANIZATION, List.of());
    List<Integer> countries = byType.getOrDefault(ActorType.COUNTRY, List.of());
    PersonRules.edges(nodes, persons, both, out);
    OrgRules.edges(nodes, orgs, both, out);
    PersonRules.group(nodes, countries, n -> Fold.key(n.text()), 0, "same words", out.strong());
    Comparator<Edge> order =
        ORDER
            .thenComparing(e -> nodes.get(e.a()).text())
            .thenComparing(e -> nodes.get(e.b()).text());
    out.strong().sort(order);
    for (Edge e : out.strong()) {
      refused(clusters.union(e.a(), e.b()), e, nodes, out);
    }
    out.weak().sort(order);
    Set<Integer> ambiguous = ambiguous(clusters, nodes, out);
    for (Edge e : out.weak()) {
      if (!ambiguous.contains(clusters.find(e.a())) && !ambiguous.contains(clusters.find(e.b()))) {
        refused(clusters.union(e.a(), e.b()), e, nodes, out);
      }
    }
    return Resolution.of(data, nodes, clusters, out.candidates());
  }

  /** Joins the names of each aliases-file entry: the file says they are one. */
  private static void pin(List<Node> nodes, Clusters clusters) {
    Map<Integer, Integer> first = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      int pin = nodes.get(i).pin();
      Integer f = pin < 0 ? null : first.putIfAbsent(pin, i);
      if (f != null) {
        clusters.force(f, i);
      }
    }
  }

  private static void refused(boolean joined, Edge e, List<Node> nodes, RuleOutput out) {
    if (!joined) {
      Node a = nodes.get(e.a());
      Node b = nodes.get(e.b());
      out.candidates()
          .add(
              new Candidate(a.text(), b.text(), a.name().type(), e.rule() + ", but they conflict"));
    }
  }

  /**
   * Groups that a likely rule links to two groups that conflict with each other ("George Bush" to
   * George W. Bush and George H. W. Bush): such a group is left apart, and its links are
   * candidates.
   */
  private static Set<Integer> ambiguous(Clusters clusters, List<Node> nodes, RuleOutput out) {
    Map<Integer, Set<Integer>> neighbours = new HashMap<>();
    for (Edge e : out.weak()) {
      int ra = clusters.find(e.a());
      int rb = clusters.find(e.b());
      if (ra != rb) {
        neighbours.computeIfAbsent(ra, k -> new LinkedHashSet<>()).add(rb);
        neighbours.computeIfAbsent(rb, k -> new LinkedHashSet<>()).add(ra);
      }
    }
    Set<Integer> hubs = new HashSet<>();
    for (Map.Entry<Integer, Set<Integer>> e : neighbours.entrySet()) {
      List<Integer> around = new ArrayList<>(e.getValue());
      if (anyConflict(clusters, around)) {
        hubs.add(e.getKey());
        Node hub = nodes.get(e.getKey());
        for (int other : around) {
          out.candidates()
              .add(
                  new Candidate(
                      hub.text(), nodes.get(other).text(), hub.name().type(), "fits several"));
        }
      }
    }
    return hubs;
  }

  private static boolean anyConflict(Clusters clusters, List<Integer> roots) {
    for (int x = 0; x < roots.size(); x++) {
      for (int y = x + 1; y < roots.size(); y++) {
        if (clusters.conflict(roots.get(x), roots.get(y))) {
          return true;
        }
      }
    }
    return false;
  }
}
