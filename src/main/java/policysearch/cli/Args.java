package policysearch.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line words: positional values and {@code --name value...} options. An option takes every
 * following word up to the next option, so {@code --corpus a b} gives two values.
 */
final class Args {
  private final List<String> positional = new ArrayList<>();
  private final Map<String, List<String>> options = new LinkedHashMap<>();

  Args(List<String> words, Set<String> known) {
    String current = null;
    for (String word : words) {
      if (word.startsWith("--") && word.length() > 2) {
        current = word.substring(2);
        if (!known.contains(current)) {
          throw new UsageException(
              "unknown option --" + current + " (known: --" + String.join(", --", known) + ")");
        }
        options.computeIfAbsent(current, k -> new ArrayList<>());
      } else if (current != null) {
        options.get(current).add(word);
      } else {
        positional.add(word);
      }
    }
  }

  List<String> positional() {
    return positional;
  }

  List<String> all(String name) {
    return options.getOrDefault(name, List.of());
  }

  String one(String name, String fallback) {
    List<String> values = all(name);
    if (values.size() > 1) {
      throw new UsageException("--" + name + " takes one value, got " + values);
    }
    return values.isEmpty() ? fallback : values.get(0);
  }

  boolean has(String name) {
    return options.containsKey(name);
  }

  int integer(String name, int fallback) {
    String value = one(name, null);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, not '" + value + "'");
    }
  }
}
