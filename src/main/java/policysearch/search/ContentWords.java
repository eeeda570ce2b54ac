package policysearch.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import policysearch.extract.Resources;
import policysearch.index.Analyzers;
import policysearch.index.Schema;

/**
 * The words a statement is about: its stems, less English stop words (Snowball's list, which Lucene
 * ships), speech filler ({@code related/filler.txt}), speech verbs and one-word titles. Used to
 * choose MoreLikeThis terms and to weigh what two statements share; searching itself still matches
 * every word, so a quoted phrase keeps its meaning.
 */
final class ContentWords {
  private static final char MARK = Analyzers.STEM_MARK;

  private final Analyzer analyzer = Analyzers.textQuery();
  private final Set<String> ignored;

  ContentWords() {
    Resources resources = new Resources();
    Set<String> words = new HashSet<>();
    try (InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
      WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8))
          .forEach(w -> words.addAll(stems(new String((char[]) w)).keySet()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    resources.rows("related/filler.txt").forEach(row -> words.addAll(stems(row[0]).keySet()));
    resources.rows("statements/verbs.txt").forEach(row -> words.addAll(stems(row[0]).keySet()));
    // One-word titles only: "Defence Minister" must not make "defence" filler.
    resources.rows("gazetteer/titles.txt").stream()
        .filter(row -> !row[0].strip().contains(" "))
        .forEach(row -> words.addAll(stems(row[0]).keySet()));
    this.ignored = Set.copyOf(words);
  }

  /** The stems never chosen as content: stop words, filler, speech verbs, one-word titles. */
  Set<String> ignored() {
    return ignored;
  }

  /** The query analyzer whose stems these are. */
  Analyzer analyzer() {
    return analyzer;
  }

  /**
   * The content stems of {@code text} (the unmarked form), each with the word as first written
   * there, lower-cased; {@code alsoIgnored} are left out too (a speaker's names).
   */
  Map<String, String> of(String text, Set<String> alsoIgnored) {
    Map<String, String> content = new LinkedHashMap<>();
    stems(text)
        .forEach(
            (stem, word) -> {
              if (!ignored.contains(stem) && !alsoIgnored.contains(stem) && stem.length() > 1) {
                content.put(stem, word);
              }
            });
    return content;
  }

  /** Every stem of {@code text} (marked copies dropped) with the word it came from. */
  Map<String, String> stems(String text) {
    Map<String, String> stems = new LinkedHashMap<>();
    try (TokenStream stream = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.length() > 0 && term.charAt(0) != MARK) {
          stems.putIfAbsent(
              term.toString(),
              text.substring(offset.startOffset(), offset.endOffset())
                  .toLowerCase(java.util.Locale.ROOT));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stems;
  }
}
