package policysearch.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which topics a passage is about by meaning rather than by cue words: the passage's mean word
 * vector ({@link WordVectors}) against each topic's own description in the taxonomy (its label and
 * what it covers), less how near that topic is to an ordinary sentence (its baseline). Each
 * sentence votes, with its length, for the topics it is nearest to beyond their baselines, so an
 * article's votes show which subjects most of its sentences are about — also in words no cue list
 * has — and a topic whose description is near every sentence ("governance", "relations") does not
 * lead every article.
 */
final class TopicMeaning {
  /** A sentence no nearer (cosine) than this above every topic's baseline is about none of them. */
  static final double MIN_SIMILARITY = 0.05;

  /** A sentence votes for every topic within this cosine of its nearest topic. */
  static final double NEAR_BEST = 0.05;

  private final WordVectors words;
  private final float[][] topicVectors;
  private final double[] baselines;

  /**
   * The meaning of each of {@code topics}, from its label and what it covers, with its {@code
   * baselines} (topic id to the mean cosine of an ordinary sentence; a topic without one gets the
   * mean of the others, as a topic added by hand has not been measured yet).
   */
  TopicMeaning(List<Topic> topics, WordVectors words, Map<String, Double> baselines) {
    this.words = words;
    this.topicVectors = new float[topics.size()][];
    this.baselines = new double[topics.size()];
    double usual = baselines.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    for (int t = 0; t < topics.size(); t++) {
      Topic topic = topics.get(t);
      topicVectors[t] = new float[words.dimensions()];
      words.mean(Words.of(topic.label() + ": " + topic.covers()), topicVectors[t]);
      this.baselines[t] = baselines.getOrDefault(topic.id(), usual);
    }
  }

  /** Rows of {@code meaning-baseline.tsv}: topic id, mean cosine of an ordinary sentence. */
  static Map<String, Double> baselines(List<String[]> rows) {
    Map<String, Double> baselines = new HashMap<>();
    for (String[] row : rows) {
      if (row.length < 2) {
        throw new IllegalArgumentException(
            "meaning-baseline.tsv: want topic and baseline in " + String.join(" ", row));
      }
      baselines.put(row[0].strip(), Double.parseDouble(row[1].strip()));
    }
    return baselines;
  }

  /** An empty tally for one article. */
  Votes votes() {
    return new Votes();
  }

  /** One article's votes, passage by passage; not thread-safe (one per article). */
  final class Votes {
    private final float[] mean = new float[words.dimensions()];
    private final double[] similarity = new double[topicVectors.length];
    private final double[] votes = new double[topicVectors.length];

    /**
     * Adds {@code weight} times the passage's length in words to the votes of the topics nearest to
     * it; a passage of stop words and unknown words votes for nothing.
     */
    void add(String[] passage, double weight) {
      if (words.mean(passage, mean) == 0) {
        return;
      }
      double best = Double.NEGATIVE_INFINITY;
      for (int t = 0; t < topicVectors.length; t++) {
        double dot = 0;
        float[] topic = topicVectors[t];
        for (int i = 0; i < topic.length; i++) {
          dot += topic[i] * mean[i];
        }
        similarity[t] = dot - baselines[t];
        best = Math.max(best, similarity[t]);
      }
      for (int t = 0; t < topicVectors.length; t++) {
        if (similarity[t] >= MIN_SIMILARITY && similarity[t] >= best - NEAR_BEST) {
          votes[t] += weight * passage.length;
        }
      }
    }

    /**
     * The (at most) {@code k} topics with the most votes, most first; a topic without votes is not
     * among them.
     */
    int[] leading(int k) {
      int[] leading = new int[Math.min(k, votes.length)];
      int found = 0;
      for (; found < leading.length; found++) {
        int best = -1;
        for (int t = 0; t < votes.length; t++) {
          if (votes[t] > 0
              && !contains(leading, found, t)
              && (best < 0 || votes[t] > votes[best])) {
            best = t;
          }
        }
        if (best < 0) {
          break;
        }
        leading[found] = best;
      }
      return java.util.Arrays.copyOf(leading, found);
    }

    private static boolean contains(int[] values, int size, int value) {
      for (int i = 0; i < size; i++) {
        if (values[i] == value) {
          return true;
        }
      }
      return false;
    }
  }
}
