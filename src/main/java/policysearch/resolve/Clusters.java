package policysearch.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * Names grouped into entities (union-find). Two groups are joined only when no pair of their names
 * conflicts: two aliases-file entities, two gazetteer names, a "never merge" entry, or names that
 * cannot be one entity by their shape (Jill Biden / Joe Biden; organisations of two countries).
 */
final class Clusters {
  private final List<Node> nodes;
  private final Nicknames nicknames;
  private final int[] parent;
  private final List<List<Integer>> members = new ArrayList<>();

  Clusters(List<Node> nodes, Nicknames nicknames) {
    this.nodes = nodes;
    this.nicknames = nicknames;
    this.parent = new int[nodes.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      members.add(new ArrayList<>(List.of(i)));
    }
  }

  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The names of the group with root {@code root}. */
  List<Integer> members(int root) {
    return members.get(root);
  }

  /** Joins the groups of {@code a} and {@code b} unless they conflict; true when joined. */
  boolean union(int a, int b) {
    return !conflict(find(a), find(b)) && force(a, b);
  }

  /** Joins the groups of {@code a} and {@code b} whatever they hold (the aliases file says so). */
  boolean force(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return true;
    }
    if (members.get(ra).size() < members.get(rb).size()) {
      int swap = ra;
      ra = rb;
      rb = swap;
    }
    parent[rb] = ra;
    members.get(ra).addAll(members.get(rb));
    members.set(rb, List.of());
    return true;
  }

  /** True when the groups of roots {@code ra} and {@code rb} cannot be one entity. */
  boolean conflict(int ra, int rb) {
    if (ra == rb) {
      return false;
    }
    int pinA = pin(ra);
    int pinB = pin(rb);
    if (pinA >= 0 && pinB >= 0 && pinA != pinB) {
      return true;
    }
    if (known(ra) && known(rb)) {
      return true;
    }
    for (int i : members.get(ra)) {
      for (int j : members.get(rb)) {
        Node a = nodes.get(i);
        Node b = nodes.get(j);
        // A name the aliases file pins ("Abu Faris") is the entity's by decree, not by its shape.
        boolean pinned = a.pin() >= 0 || b.pin() >= 0;
        if ((!pinned && a.conflicts(b, nicknames)) || never(a, b)) {
          return true;
        }
      }
    }
    return false;
  }

  private int pin(int root) {
    for (int i : members.get(root)) {
      if (nodes.get(i).pin() >= 0) {
        return nodes.get(i).pin();
      }
    }
    return -1;
  }

  private boolean known(int root) {
    return members.get(root).stream().anyMatch(i -> nodes.get(i).known());
  }

  private static boolean never(Node a, Node b) {
    for (int[] x : a.nevers()) {
      for (int[] y : b.nevers()) {
        if (x[0] == y[0] && x[1] != y[1]) {
          return true;
        }
      }
    }
    return false;
  }

  /** The aliases-file entry pinning the group of root {@code root}, or -1. */
  int pinOf(int root) {
    return pin(root);
  }
}
