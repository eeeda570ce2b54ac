package policysearch.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import policysearch.extract.Resources;

/**
 * Given names and their short forms ({@code entities/nicknames.tsv}): "Liz" is "Elizabeth". Two
 * short forms of one name are not each other ("Chris" and "Tina" of Christina are two people).
 */
final class Nicknames {
  private final Map<String, Set<Integer>> fullNames = new HashMap<>();
  private final Map<String, Set<Integer>> shortForms = new HashMap<>();

  Nicknames(List<String[]> rows) {
    int id = 0;
    for (String[] row : rows) {
      add(fullNames, row[0], id);
      for (String shortForm : Resources.list(row, 1)) {
        add(shortForms, shortForm, id);
      }
      id++;
    }
  }

  private static void add(Map<String, Set<Integer>> map, String name, int id) {
    map.computeIfAbsent(Fold.key(name), k -> new HashSet<>()).add(id);
  }

  /** True when the folded given names are the same name, or a name and a short form of it. */
  boolean same(String a, String b) {
    return a.equals(b) || shortFor(a, b) || shortFor(b, a);
  }

  private boolean shortFor(String shortForm, String full) {
    Set<Integer> of = shortForms.get(shortForm);
    Set<Integer> names = fullNames.get(full);
    return of != null && names != null && of.stream().anyMatch(names::contains);
  }
}
