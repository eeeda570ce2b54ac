package policysearch.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import policysearch.extract.ActorType;
import policysearch.resolve.NameCount;

/**
 * Names that are the start of a longer name of the same type ("Kim Jong" / "Kim Jong Un", "Liz
 * Sherwood" / "Liz Sherwood-Randall", "Ursula" / "Ursula von der Leyen"): cut off by extraction or
 * a one-word leftover, which no resolution rule merges because the cut part could be anyone's.
 */
final class Lookalikes {
  private static final int MAX_PER_NAME = 3;

  private Lookalikes() {}

  static List<Audit.Pair> truncations(List<NameCount> names, Set<String> shown) {
    Map<String, List<NameCount>> byFirstWord = new HashMap<>();
    for (NameCount n : names) {
      byFirstWord.computeIfAbsent(firstWord(n.name()), k -> new ArrayList<>()).add(n);
    }
    List<Audit.Pair> pairs = new ArrayList<>();
    for (NameCount shorter : names) {
      if (!shown.contains(shorter.name()) || shorter.type() != ActorType.PERSON) {
        continue;
      }
      int found = 0;
      for (NameCount longer : byFirstWord.getOrDefault(firstWord(shorter.name()), List.of())) {
        if (longer.type() == shorter.type()
            && longer.articles() > shorter.articles()
            && longer.name().length() > shorter.name().length()
            && startsWithWords(longer.name(), shorter.name())
            && found++ < MAX_PER_NAME) {
          pairs.add(
              new Audit.Pair(
                  shorter.name(),
                  shorter.articles(),
                  longer.name(),
                  longer.articles(),
                  shorter.type().toString(),
                  "cut short?"));
        }
      }
    }
    return pairs;
  }

  private static String firstWord(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  /** "Liz Sherwood-Randall" starts with the words of "Liz Sherwood" (a hyphen ends a word). */
  private static boolean startsWithWords(String longer, String shorter) {
    if (!longer.startsWith(shorter)) {
      return false;
    }
    char next = longer.charAt(shorter.length());
    return next == ' ' || next == '-';
  }
}
