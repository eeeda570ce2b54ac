package policysearch.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token-sequence trie for longest-match look-up of gazetteer phrases in a token stream.
 *
 * @param <V> what a complete phrase maps to
 */
public final class PhraseTrie<V> {
  private final Node<V> root = new Node<>();

  /** A phrase found in the token stream: tokens {@code [start, end)}. */
  public record Match<V>(V value, int start, int end) {}

  private static final class Node<V> {
    private final Map<String, Node<V>> children = new HashMap<>(4);
    private V value;
  }

  /** Adds a phrase; a later value for the same phrase is ignored, so the first file wins. */
  public void add(List<String> phrase, V value) {
    if (phrase.isEmpty()) {
      return;
    }
    Node<V> node = root;
    for (String word : phrase) {
      node = node.children.computeIfAbsent(word, w -> new Node<>());
    }
    if (node.value == null) {
      node.value = value;
    }
  }

  /** The longest phrase starting at {@code from}, or null. */
  public Match<V> longestMatch(List<Token> tokens, int from) {
    Node<V> node = root;
    Match<V> best = null;
    for (int i = from; i < tokens.size(); i++) {
      node = node.children.get(tokens.get(i).text());
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(node.value, from, i + 1);
      }
    }
    return best;
  }

  /** True when some phrase starts with this word. */
  public boolean startsWith(String word) {
    return root.children.containsKey(word);
  }
}
