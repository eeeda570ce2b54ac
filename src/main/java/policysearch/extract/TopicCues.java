package policysearch.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The weighted cues of {@code taxonomy/topic-rules.tsv} (topic, weight, cue, optional context),
 * matched against the lower-case words of one sentence or title. A word ending in {@code *} matches
 * any word with that prefix; a cue with a context counts only when one of its context words ({@code
 * |}-separated, prefixes allowed) occurs in the same sentence: "union" is labour beside "workers",
 * not in "the Soviet Union".
 */
final class TopicCues {
  private record Cue(int topic, double weight, String[] words, String[] context) {}

  private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
  private final Map<String, List<Cue>> byFirstPrefix = new HashMap<>();
  private final int[] prefixLengths;

  /**
   * Reads the rule rows for {@code topics}; an unknown topic or a row without a cue is an error.
   */
  TopicCues(List<Topic> topics, List<String[]> rows) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < topics.size(); i++) {
      index.put(topics.get(i).id(), i);
    }
    TreeSet<Integer> lengths = new TreeSet<>();
    for (String[] row : rows) {
      Integer topic = index.get(row[0].strip());
      if (topic == null || row.length < 3 || row[2].isBlank()) {
        throw new IllegalArgumentException(
            "topic-rules.tsv: unknown topic or missing cue in " + Arrays.toString(row));
      }
      String[] words = row[2].strip().toLowerCase(Locale.ROOT).split("\\s+");
      String[] context =
          Resources.list(row, 3).stream()
              .map(w -> w.toLowerCase(Locale.ROOT))
              .toArray(String[]::new);
      Cue cue = new Cue(topic, Double.parseDouble(row[1].strip()), words, context);
      String first = words[0];
      if (first.endsWith("*")) {
        String prefix = first.substring(0, first.length() - 1);
        byFirstPrefix.computeIfAbsent(prefix, k -> new ArrayList<>()).add(cue);
        lengths.add(prefix.length());
      } else {
        byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(cue);
      }
    }
    this.prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Adds each topic's cue weights found in {@code words} times {@code factor} to {@code scores}.
   */
  void score(String[] words, double factor, double[] scores) {
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      addMatches(byFirstWord.get(word), words, i, factor, scores);
      for (int length : prefixLengths) {
        if (length > word.length()) {
          break;
        }
        addMatches(byFirstPrefix.get(word.substring(0, length)), words, i, factor, scores);
      }
    }
  }

  private static void addMatches(
      List<Cue> cues, String[] words, int at, double factor, double[] scores) {
    if (cues == null) {
      return;
    }
    for (Cue cue : cues) {
      if (matches(cue.words(), words, at) && inContext(cue.context(), words)) {
        scores[cue.topic()] += cue.weight() * factor;
      }
    }
  }

  private static boolean matches(String[] cue, String[] words, int at) {
    if (at + cue.length > words.length) {
      return false;
    }
    for (int k = 1; k < cue.length; k++) {
      if (!wordMatches(cue[k], words[at + k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean inContext(String[] context, String[] words) {
    if (context.length == 0) {
      return true;
    }
    for (String word : words) {
      for (String term : context) {
        if (wordMatches(term, word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean wordMatches(String part, String word) {
    return part.endsWith("*")
        ? word.startsWith(part.substring(0, part.length() - 1))
        : word.equals(part);
  }
}
