package policysearch.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * When two person names are one person. Certain: the same words run together ("Sherwood Randall" /
 * "Sherwood-Randall", "Al Sisi" / "El-Sisi"), the same words in another order ("KISHIDA Fumio"), or
 * one misspelt word where everything else agrees and one spelling is far more common ("Dennis" /
 * "Denis McDonough"). Likely, and taken only when unambiguous: the same first name and surname with
 * middle names or initials on one side ("Ferdinand R. Marcos" / "Ferdinand Marcos"), and a surname
 * alone when only one person in the corpus bears it ("Año" → "Eduardo M. Año").
 */
final class PersonRules {
  /** A misspelling is at most this share of the spelling it is merged into. */
  private static final int DOMINANCE = 3;

  /** A misspelling is rare: at most this many articles, or a twentieth of the spelling's. */
  private static final int MAX_MISSPELT = 5;

  private static final int RARE_SHARE = 20;

  private PersonRules() {}

  static void edges(List<Node> nodes, List<Integer> persons, Cooccurrence both, RuleOutput out) {
    group(nodes, persons, n -> n.person().concatKey(), 0, "same words", out.strong());
    group(
        nodes,
        persons,
        n -> n.person().words().size() > 1 ? sorted(n.person().words()) : null,
        1,
        "same words in another order",
        out.strong());
    misspellings(nodes, persons, both, out);
    Map<String, List<Integer>> bySurname = new HashMap<>();
    for (int i : persons) {
      String surname = nodes.get(i).person().surnameKey();
      if (surname.length() >= 2) {
        bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> same : bySurname.values()) {
      boolean onePerson = onePerson(nodes, same, out.data());
      for (int x = 0; x < same.size(); x++) {
        for (int y = x + 1; y < same.size(); y++) {
          compare(nodes, same.get(x), same.get(y), onePerson, both, out);
        }
      }
    }
  }

  /** True when every full name with this surname can be one person ("Liz", "Elizabeth"). */
  private static boolean onePerson(List<Node> nodes, List<Integer> same, NameData data) {
    for (int x = 0; x < same.size(); x++) {
      for (int y = x + 1; y < same.size(); y++) {
        if (nodes.get(same.get(x)).conflicts(nodes.get(same.get(y)), data.nicknames())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Two names with one surname. A short form of a first name ("Kate" / "Katherine Johnson") is
   * weaker evidence than a middle initial, so it also needs both names in one article, or a surname
   * that only this person bears in the corpus ({@code onePerson}).
   */
  private static void compare(
      List<Node> nodes, int i, int j, boolean onePerson, Cooccurrence both, RuleOutput out) {
    Node a = nodes.get(i);
    Node b = nodes.get(j);
    if (a.person().compatible(b.person(), out.data().nicknames())) {
      if (a.person().given().get(0).equals(b.person().given().get(0))) {
        out.weak().add(new Edge(i, j, 3, "middle names or initials"));
      } else if (onePerson || both.articles(a.name(), b.name()) > 0) {
        out.weak().add(new Edge(i, j, 3, "short form of the first name"));
      } else {
        out.candidates().add(new Candidate(a.text(), b.text(), a.name().type(), "short form?"));
      }
    } else if (a.person().surnameOnly() != b.person().surnameOnly()) {
      Node alone = a.person().surnameOnly() ? a : b;
      if (surnameCanStandAlone(alone, out.data())) {
        out.weak().add(new Edge(i, j, 4, "surname alone"));
      }
    }
  }

  /** A lone word that is a given name ("Ursula") or a gazetteer name is not a surname. */
  private static boolean surnameCanStandAlone(Node alone, NameData data) {
    String surname = alone.person().surnameKey();
    return !alone.known() && surname.length() >= 3 && !data.givenName(surname);
  }

  private static void misspellings(
      List<Node> nodes, List<Integer> persons, Cooccurrence both, RuleOutput out) {
    Map<String, List<Integer>> byOthers = new HashMap<>();
    for (int i : persons) {
      List<String> words = nodes.get(i).person().words();
      if (words.size() < 2) {
        continue;
      }
      String generation = nodes.get(i).person().generation();
      for (int w = 0; w < words.size(); w++) {
        StringBuilder key = new StringBuilder().append(w).append(':');
        for (int x = 0; x < words.size(); x++) {
          key.append(x == w ? "*" : words.get(x)).append(' ');
        }
        byOthers
            .computeIfAbsent(key.append('/').append(generation).toString(), k -> new ArrayList<>())
            .add(i);
      }
    }
    for (Map.Entry<String, List<Integer>> e : byOthers.entrySet()) {
      int w = Integer.parseInt(e.getKey().substring(0, e.getKey().indexOf(':')));
      List<Integer> same = e.getValue();
      for (int x = 0; x < same.size(); x++) {
        for (int y = x + 1; y < same.size(); y++) {
          misspelling(nodes, same.get(x), same.get(y), w, both, out);
        }
      }
    }
  }

  /**
   * One word one letter apart. A given name may be misspelt where one spelling is far more common;
   * surnames differ by a letter more often (Johnson / Johnston, Schmitt / Schmidt are different
   * people), so a surname also needs both spellings in one article.
   */
  private static void misspelling(
      List<Node> nodes, int i, int j, int word, Cooccurrence both, RuleOutput out) {
    Node a = nodes.get(i);
    Node b = nodes.get(j);
    if (a.person().given().size() != b.person().given().size()
        || !a.person().typoAt(word, b.person())) {
      return;
    }
    Node rare = a.count() <= b.count() ? a : b;
    Node common = rare == a ? b : a;
    boolean surname = word >= a.person().given().size();
    if (!rare.known()
        && (rare.count() <= MAX_MISSPELT || rare.count() * RARE_SHARE <= common.count())
        && rare.count() * DOMINANCE <= common.count()
        && (!surname || both.articles(a.name(), b.name()) > 0)) {
      out.strong().add(new Edge(i, j, 2, "one letter apart"));
    } else {
      out.candidates().add(new Candidate(a.text(), b.text(), a.name().type(), "one letter apart"));
    }
  }

  private static String sorted(List<String> words) {
    List<String> copy = new ArrayList<>(words);
    copy.sort(null);
    return String.join(" ", copy);
  }

  /** Links every name to the first of its group under {@code key} (null: no key). */
  static void group(
      List<Node> nodes,
      List<Integer> indices,
      Function<Node, String> key,
      int rank,
      String rule,
      List<Edge> into) {
    Map<String, Integer> first = new HashMap<>();
    for (int i : indices) {
      String k = key.apply(nodes.get(i));
      if (k == null) {
        continue;
      }
      Integer f = first.putIfAbsent(k, i);
      if (f != null) {
        into.add(new Edge(f, i, rank, rule));
      }
    }
  }
}
