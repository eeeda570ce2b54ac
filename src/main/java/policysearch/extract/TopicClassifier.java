package policysearch.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Tags an article with the topics whose cues ({@code taxonomy/topic-rules.tsv}: weighted words and
 * phrases, {@code *} for a prefix) score above the topic's threshold. Title cues count triple, and
 * the threshold grows with the square root of the length, so a passing mention in a long briefing
 * does not tag it; of the topics above their thresholds an article keeps the few strongest.
 */
public final class TopicClassifier {
  private static final int TITLE_FACTOR = 3;
  private static final double REFERENCE_WORDS = 400;
  private static final double PASSAGE_THRESHOLD = 3;

  /** An article is about a few topics: at most this many, the strongest first. */
  private static final int MAX_TOPICS = 4;

  /**
   * A topic above its threshold is kept only with this share of the strongest topic's strength
   * (score over threshold): a climate order that mentions workers is not about labour.
   */
  private static final double MIN_SHARE_OF_TOP = 0.3;

  private record Cue(int topic, double weight, String[] words) {}

  private final List<Topic> topics;
  private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
  private final Map<String, List<Cue>> byFirstPrefix = new HashMap<>();
  private final int[] prefixLengths;

  /** Loads the cues for the taxonomy's topics through {@code resources}. */
  public TopicClassifier(Taxonomy taxonomy, Resources resources) {
    this.topics = taxonomy.all();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < topics.size(); i++) {
      index.put(topics.get(i).id(), i);
    }
    TreeSet<Integer> lengths = new TreeSet<>();
    for (String[] row : resources.tableRows("taxonomy/topic-rules.tsv")) {
      Integer topic = index.get(row[0].strip());
      if (topic == null || row.length < 3) {
        throw new IllegalArgumentException(
            "topic-rules.tsv: unknown topic or missing cue in " + Arrays.toString(row));
      }
      String[] words = row[2].strip().toLowerCase(Locale.ROOT).split("\\s+");
      Cue cue = new Cue(topic, Double.parseDouble(row[1].strip()), words);
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

  /** Topic ids for the article, highest score first. */
  public List<String> classify(String title, String text) {
    double[] scores = new double[topics.size()];
    if (title != null) {
      score(Words.of(title), TITLE_FACTOR, scores);
    }
    String[] words = Words.of(text);
    score(words, 1, scores);
    double lengthFactor = Math.max(1, Math.sqrt(words.length / REFERENCE_WORDS));
    double[] strength = new double[scores.length];
    List<Integer> tagged = new ArrayList<>();
    for (int t = 0; t < scores.length; t++) {
      strength[t] = scores[t] / (topics.get(t).threshold() * lengthFactor);
      if (strength[t] >= 1) {
        tagged.add(t);
      }
    }
    tagged.sort((a, b) -> Double.compare(strength[b], strength[a]));
    List<String> kept = new ArrayList<>();
    for (int t : tagged) {
      if (kept.size() < MAX_TOPICS && strength[t] >= MIN_SHARE_OF_TOP * strength[tagged.get(0)]) {
        kept.add(topics.get(t).id());
      }
    }
    return kept;
  }

  /**
   * Topics of a short passage such as a statement: a sentence cannot repeat its cues the way an
   * article does, so a lower fixed score is enough.
   */
  public List<String> passageTopics(String text) {
    double[] scores = new double[topics.size()];
    score(Words.of(text), 1, scores);
    List<String> tagged = new ArrayList<>();
    for (int t = 0; t < scores.length; t++) {
      if (scores[t] >= PASSAGE_THRESHOLD) {
        tagged.add(topics.get(t).id());
      }
    }
    return tagged;
  }

  /**
   * Adds each topic's cue weights found in {@code words} to {@code scores}, used by statements too.
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
      if (matches(cue.words(), words, at)) {
        scores[cue.topic()] += cue.weight() * factor;
      }
    }
  }

  private static boolean matches(String[] cue, String[] words, int at) {
    if (at + cue.length > words.length) {
      return false;
    }
    for (int k = 1; k < cue.length; k++) {
      String part = cue[k];
      String word = words[at + k];
      boolean ok =
          part.endsWith("*")
              ? word.startsWith(part.substring(0, part.length() - 1))
              : word.equals(part);
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
