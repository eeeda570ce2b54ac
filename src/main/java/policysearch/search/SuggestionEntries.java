package policysearch.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.util.BytesRef;

/**
 * What the suggester is built from: text, weight, kind (the lookup context) and a payload carrying
 * the rest of the {@link Suggestion}.
 */
final class SuggestionEntries {
  /**
   * Longest text of an entry: a title is cut (at a word, with "…") to what a list under a search
   * box can show. The suggester indexes each text as one term too, which Lucene refuses beyond 32
   * KB: one immense title used to fail every rebuild.
   */
  static final int MAX_TEXT_CHARS = 200;

  static final String ACTOR = "actor";
  static final String TOPIC = "topic";
  static final String TITLE = "title";
  private static final String SEP = "\u001f";

  private record Entry(String text, long weight, String kind, String payload) {}

  private final List<Entry> entries = new ArrayList<>();

  void actor(String name, String type, long count) {
    entries.add(new Entry(cut(name), count, ACTOR, ACTOR + SEP + name + SEP + orEmpty(type) + SEP));
  }

  void topic(String id, String label, long count) {
    entries.add(new Entry(cut(label), count, TOPIC, TOPIC + SEP + id + SEP + SEP));
  }

  /** Titles weigh their epoch day, so the newest article with a matching title comes first. */
  void title(String id, String title, String date, long day) {
    entries.add(new Entry(cut(title), day, TITLE, TITLE + SEP + id + SEP + SEP + date));
  }

  static String cut(String text) {
    if (text.length() <= MAX_TEXT_CHARS) {
      return text;
    }
    int space = text.lastIndexOf(' ', MAX_TEXT_CHARS - 1);
    return text.substring(0, space > MAX_TEXT_CHARS / 2 ? space : MAX_TEXT_CHARS - 1) + "…";
  }

  /** The suggestion a looked-up entry stands for. */
  static Suggestion decode(String text, BytesRef payload, long weight) {
    String[] parts =
        new String(payload.bytes, payload.offset, payload.length, StandardCharsets.UTF_8)
            .split(SEP, -1);
    String kind = parts[0];
    boolean title = kind.equals(TITLE);
    return new Suggestion(
        kind,
        parts[1],
        text,
        parts[2].isEmpty() ? null : parts[2],
        title ? null : weight,
        parts[3].isEmpty() ? null : parts[3]);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  InputIterator iterator() {
    Iterator<Entry> it = entries.iterator();
    return new InputIterator() {
      private Entry current;

      @Override
      public BytesRef next() {
        current = it.hasNext() ? it.next() : null;
        return current == null ? null : new BytesRef(current.text());
      }

      @Override
      public long weight() {
        return current.weight();
      }

      @Override
      public BytesRef payload() {
        return new BytesRef(current.payload());
      }

      @Override
      public boolean hasPayloads() {
        return true;
      }

      @Override
      public Set<BytesRef> contexts() {
        return Set.of(new BytesRef(current.kind()));
      }

      @Override
      public boolean hasContexts() {
        return true;
      }
    };
  }
}
