package policysearch.extract;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Static word vectors distilled from the MiniLM sentence model ({@code taxonomy/word-vectors.bin},
 * made by {@code tools/word-vectors.py}): each word of the model's vocabulary embedded on its own,
 * reduced to a few dimensions. The mean of a passage's word vectors is a rough sentence vector at a
 * tiny fraction of the model's cost, so extraction can read the meaning of every sentence.
 */
final class WordVectors {
  // Stop words have no entry: one lookup per word tells both.
  private final Map<String, float[]> vectors = new HashMap<>();
  private final int dimensions;

  /** Loads the vectors and the words that carry no topic through {@code resources}. */
  WordVectors(Resources resources) {
    this(
        resources.bytes("taxonomy/word-vectors.bin"),
        resources.wordSet("taxonomy/meaning-stop-words.txt"));
  }

  /**
   * Reads {@code table} (big-endian int count, int dimensions, then per word one byte of length,
   * its ASCII letters and one signed byte per dimension), leaving out {@code stopWords}.
   */
  WordVectors(byte[] table, Set<String> stopWords) {
    ByteBuffer in = ByteBuffer.wrap(table);
    int count = in.getInt();
    this.dimensions = in.getInt();
    byte[] letters = new byte[256];
    for (int w = 0; w < count; w++) {
      int length = Byte.toUnsignedInt(in.get());
      in.get(letters, 0, length);
      String word = new String(letters, 0, length, StandardCharsets.US_ASCII);
      float[] vector = new float[dimensions];
      double norm = 0;
      for (int i = 0; i < dimensions; i++) {
        vector[i] = in.get();
        norm += vector[i] * vector[i];
      }
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < dimensions; i++) {
        vector[i] *= scale;
      }
      if (!stopWords.contains(word)) {
        vectors.put(word, vector);
      }
    }
  }

  /** Length of every vector. */
  int dimensions() {
    return dimensions;
  }

  /**
   * Sets {@code mean} to the unit mean of the words' vectors and returns how many words had one; a
   * hyphenated word the vocabulary lacks counts by its parts, stop words do not count.
   */
  int mean(String[] words, float[] mean) {
    Arrays.fill(mean, 0);
    int found = 0;
    for (String word : words) {
      float[] vector = vectors.get(word);
      if (vector != null) {
        found += add(vector, mean);
      } else if (word.indexOf('-') > 0) {
        for (String part : word.split("-")) {
          found += add(vectors.get(part), mean);
        }
      }
    }
    double norm = 0;
    for (float value : mean) {
      norm += value * value;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < mean.length; i++) {
        mean[i] *= scale;
      }
    }
    return found;
  }

  private static int add(float[] vector, float[] sum) {
    if (vector == null) {
      return 0;
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] += vector[i];
    }
    return 1;
  }
}
