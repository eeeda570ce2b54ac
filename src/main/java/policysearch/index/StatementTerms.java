package policysearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A statement's words as related-statement ranking compares them: its stems in order (the query
 * analyzer's unmarked form), a break where words were dropped or punctuation stood. Written once at
 * index time, with the hashes of the actors it names or is said by and of its topics, as the
 * statement's {@link Schema#STATEMENT_SIGNATURE}: ranking a hundred candidates then reads a few
 * hundred bytes of doc values each instead of inflating and re-analysing their stored text.
 */
public final class StatementTerms {
  /** The hash standing for a break between words. */
  public static final int BREAK = 0;

  /**
   * A fixed seed: the hashes are written by one process and read by another (Lucene's own
   * GOOD_FAST_HASH_SEED is drawn afresh in every JVM).
   */
  private static final int SEED = 0x5eed1e55;

  private static final Analyzer ANALYZER = Analyzers.textQuery();

  /**
   * A text's stems in order, {@code null} for a break; where each was written; whether it starts
   * with a capital.
   */
  public record Tokens(
      List<String> stems, List<Integer> starts, List<Integer> ends, List<Boolean> capitals) {}

  /** What the signature holds: stem hashes in order ({@link #BREAK}s), actor and topic hashes. */
  public record Signature(int[] stems, int[] actors, int[] topics) {}

  private StatementTerms() {}

  /** The 32-bit hash of a stem, an actor's name or a topic; never {@link #BREAK}. */
  public static int hash(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    int hash = StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, SEED);
    return hash == BREAK ? 1 : hash;
  }

  /** The stems of {@code text} in order, a break where a word was dropped or punctuation stood. */
  public static Tokens analyze(String text) {
    List<String> stems = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    List<Boolean> capitals = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int lastEnd = -1;
      while (stream.incrementToken()) {
        if (position.getPositionIncrement() == 0) {
          continue; // the marked copy of the stem just read
        }
        String between = lastEnd < 0 ? "" : text.substring(lastEnd, offset.startOffset());
        if (position.getPositionIncrement() > 1 || !between.isBlank()) {
          stems.add(null);
          starts.add(lastEnd);
          ends.add(lastEnd);
          capitals.add(false);
        }
        stems.add(term.toString());
        starts.add(offset.startOffset());
        ends.add(offset.endOffset());
        capitals.add(Character.isUpperCase(text.charAt(offset.startOffset())));
        lastEnd = offset.endOffset();
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Tokens(stems, starts, ends, capitals);
  }

  /** The signature of a statement: its text's stems, the actors and the topics given. */
  static BytesRef signature(String text, Collection<String> actors, Collection<String> topics) {
    List<String> stems = analyze(text).stems();
    Set<String> distinctActors = new LinkedHashSet<>(actors);
    Set<String> distinctTopics = new LinkedHashSet<>(topics);
    int ints = 3 + stems.size() + distinctActors.size() + distinctTopics.size();
    ByteBuffer out = ByteBuffer.allocate(4 * ints);
    out.putInt(stems.size());
    stems.forEach(stem -> out.putInt(stem == null ? BREAK : hash(stem)));
    out.putInt(distinctActors.size());
    distinctActors.forEach(actor -> out.putInt(hash(actor)));
    out.putInt(distinctTopics.size());
    distinctTopics.forEach(topic -> out.putInt(hash(topic)));
    return new BytesRef(out.array());
  }

  /** Reads a signature written by {@link #signature}. */
  public static Signature read(BytesRef bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
    return new Signature(ints(in), ints(in), ints(in));
  }

  private static int[] ints(ByteBuffer in) {
    int[] values = new int[in.getInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.getInt();
    }
    return values;
  }
}
