package policysearch.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When two organisation names are one organisation. Certain: the same country and the same words
 * once "U.S."/"United States", "the", plurals and "&" are read alike ("U.S. International Trade
 * Commission" / "United States International Trade Commission"). Likely, taken only when
 * unambiguous: a name without a country and the one form of it with a country ("Department of
 * Veteran Affairs" → "U.S. Department of Veterans Affairs", but not when a Japanese one exists
 * too), and an acronym and its expansion when they are named together in articles.
 */
final class OrgRules {
  /** More expansions than this for one acronym: the letters are too common to tell. */
  private static final int MAX_EXPANSIONS = 12;

  private OrgRules() {}

  static void edges(List<Node> nodes, List<Integer> orgs, Cooccurrence both, RuleOutput out) {
    PersonRules.group(nodes, orgs, n -> n.org().key(), 0, "same words", out.strong());
    Map<String, List<Integer>> byCore = new HashMap<>();
    Map<String, List<Integer>> byInitials = new HashMap<>();
    for (int i : orgs) {
      OrgName org = nodes.get(i).org();
      byCore.computeIfAbsent(org.coreKey(), k -> new ArrayList<>()).add(i);
      for (String letters : org.initials()) {
        byInitials.computeIfAbsent(letters, k -> new ArrayList<>()).add(i);
      }
    }
    String home = home(nodes, orgs);
    for (List<Integer> same : byCore.values()) {
      long countries =
          same.stream()
              .map(j -> nodes.get(j).org().country())
              .filter(c -> !c.isEmpty())
              .distinct()
              .count();
      for (int i : same) {
        OrgName org = nodes.get(i).org();
        if (!org.country().isEmpty() || org.core().size() < 2) {
          continue;
        }
        for (int j : same) {
          String country = nodes.get(j).org().country();
          if (country.equals(home)) {
            out.weak().add(new Edge(i, j, 5, "same name with its country"));
          } else if (!country.isEmpty() && countries == 1) {
            out.candidates()
                .add(
                    new Candidate(
                        nodes.get(i).text(),
                        nodes.get(j).text(),
                        nodes.get(i).name().type(),
                        "same name with a country?"));
          }
        }
      }
    }
    for (int i : orgs) {
      String acronym = nodes.get(i).org().acronym();
      List<Integer> expansions = byInitials.getOrDefault(acronym, List.of());
      if (acronym.length() >= 2 && !expansions.isEmpty() && expansions.size() <= MAX_EXPANSIONS) {
        for (int j : expansions) {
          acronym(nodes, i, j, both, out);
        }
      }
    }
  }

  /**
   * The country most organisation names of the corpus belong to, when more than half of those
   * naming a country do ("United States" in White House text): a name without a country is taken to
   * be of this country only ("National Assembly" is not Kenya's because only Kenya's is named).
   */
  private static String home(List<Node> nodes, List<Integer> orgs) {
    Map<String, Integer> counts = new HashMap<>();
    int qualified = 0;
    for (int i : orgs) {
      String country = nodes.get(i).org().country();
      if (!country.isEmpty()) {
        counts.merge(country, 1, Integer::sum);
        qualified++;
      }
    }
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() * 2 > qualified) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * An acronym and a spelled-out name with its letters are one organisation when they are named
   * together in articles; an acronym the gazetteer knows takes only names close to its own
   * spelled-out names ("NSA" is the National Security Agency, not a National Sheriffs Association).
   */
  private static void acronym(List<Node> nodes, int i, int j, Cooccurrence both, RuleOutput out) {
    Node acronym = nodes.get(i);
    Node expansion = nodes.get(j);
    int together = both.articles(acronym.name(), expansion.name());
    if (together == 0) {
      return;
    }
    List<OrgName> known = acronym.known() ? out.data().expansions(acronym.text()) : null;
    if (known != null && known.stream().noneMatch(expansion.org()::closeTo)) {
      out.candidates()
          .add(new Candidate(acronym.text(), expansion.text(), acronym.name().type(), "acronym?"));
      return;
    }
    int fewer = Math.min(acronym.count(), expansion.count());
    if (together * 2 >= fewer) {
      out.weak().add(new Edge(i, j, 6, "acronym named with its expansion"));
    } else {
      out.candidates()
          .add(new Candidate(acronym.text(), expansion.text(), acronym.name().type(), "acronym?"));
    }
  }
}
