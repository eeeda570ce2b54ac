package policysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import policysearch.index.Analyzers;
import policysearch.index.Schema;

/**
 * What a statement is about, in terms another statement can share: its content stems weighed by
 * rarity (inverse document frequency), its key phrases (runs of capitalised words such as "Second
 * Thomas Shoal", and pairs of adjacent content words one of which is rare, such as "fentanyl
 * precursor"), the actors it names and its topics.
 */
final class Aboutness {
  /** A word in at most about one document in 400 makes a pair of words a key phrase. */
  private static final double RARE_IDF = 6.0;

  /**
   * A run of capitalised words is a key phrase if one of its words is in at most about one document
   * in 100: "Second Thomas Shoal", not "White House" or "United States".
   */
  private static final double RUN_IDF = 4.5;

  /** The idf at which a shared phrase counts fully. */
  private static final double FULL_PHRASE_IDF = 9.0;

  /**
   * A text's stems in order, with a gap ({@code null}) where words were dropped or punctuation
   * stood; the word each stem was first written as; and whether each entry starts with a capital.
   */
  record Tokens(List<String> stems, Map<String, String> written, List<Boolean> capitals) {}

  private final Map<String, Double> idf;
  private final double totalIdf;
  private final List<List<String>> phrases;
  private final Map<String, String> written;

  private Aboutness(
      Map<String, Double> idf, List<List<String>> phrases, Map<String, String> written) {
    this.idf = idf;
    this.totalIdf = idf.values().stream().mapToDouble(Double::doubleValue).sum();
    this.phrases = phrases;
    this.written = written;
  }

  /** The aboutness of {@code text}, its speakers' names ({@code ignored} stems) left out. */
  static Aboutness of(String text, ContentWords words, Set<String> ignored, IndexReader reader)
      throws IOException {
    Map<String, String> content = words.of(text, ignored);
    Map<String, Double> idf = new LinkedHashMap<>();
    for (String stem : content.keySet()) {
      idf.put(stem, idf(reader, stem));
    }
    Tokens tokens = tokens(text, words);
    List<List<String>> phrases = new ArrayList<>();
    List<String> run = new ArrayList<>();
    List<Boolean> capitals = tokens.capitals();
    for (int i = 0; i <= tokens.stems().size(); i++) {
      String stem = i < tokens.stems().size() ? tokens.stems().get(i) : null;
      boolean content1 = stem != null && idf.containsKey(stem);
      if (content1 && capitals.get(i)) {
        run.add(stem);
      } else {
        if (run.size() >= 2 && run.stream().mapToDouble(idf::get).max().orElse(0) >= RUN_IDF) {
          phrases.add(List.copyOf(run));
        }
        run.clear();
      }
      if (content1 && i + 1 < tokens.stems().size()) {
        String next = tokens.stems().get(i + 1);
        if (next != null
            && idf.containsKey(next)
            && Math.max(idf.get(stem), idf.get(next)) >= RARE_IDF) {
          phrases.add(List.of(stem, next));
        }
      }
    }
    return new Aboutness(idf, distinct(phrases), content);
  }

  private static List<List<String>> distinct(List<List<String>> phrases) {
    return List.copyOf(new LinkedHashSet<>(phrases));
  }

  private static double idf(IndexReader reader, String stem) throws IOException {
    long df =
        reader.docFreq(new Term(Schema.BODY, stem))
            + (long) reader.docFreq(new Term(Schema.BODY, Analyzers.STEM_MARK + stem));
    int docs = Math.max(1, reader.numDocs());
    return Math.log(1 + (docs - Math.min(df, docs) + 0.5) / (Math.min(df, docs) + 0.5));
  }

  /** The content stems with their inverse document frequency, most telling first. */
  Map<String, Double> terms() {
    return idf;
  }

  /** The key phrases, as lists of stems. */
  List<List<String>> phrases() {
    return phrases;
  }

  /** Share of the source's content (by idf) that {@code other} holds too: 0 to 1. */
  double coverage(Tokens other) {
    double shared = 0;
    for (String stem : new LinkedHashSet<>(other.stems())) {
      shared += stem == null ? 0 : idf.getOrDefault(stem, 0.0);
    }
    return totalIdf == 0 ? 0 : shared / totalIdf;
  }

  /** The content words {@code other} shares, as the source writes them, rarest first. */
  List<String> sharedWords(Tokens other) {
    Set<String> in = new LinkedHashSet<>(other.stems());
    return idf.entrySet().stream()
        .filter(e -> in.contains(e.getKey()))
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .map(e -> written.get(e.getKey()))
        .toList();
  }

  /** The key phrases {@code other} holds word for word, as the source writes them. */
  List<String> sharedPhrases(Tokens other) {
    return shared(other).stream()
        .map(phrase -> String.join(" ", phrase.stream().map(written::get).toList()))
        .toList();
  }

  /**
   * How telling the rarest key phrase {@code other} shares is: the idf of its rarest word over
   * {@value #FULL_PHRASE_IDF}, at most 1; 0 if it shares none.
   */
  double phraseWeight(Tokens other) {
    double best = 0;
    for (List<String> phrase : shared(other)) {
      best = Math.max(best, phrase.stream().mapToDouble(idf::get).max().orElse(0));
    }
    return Math.min(1, best / FULL_PHRASE_IDF);
  }

  private List<List<String>> shared(Tokens other) {
    String sequence =
        " " + String.join(" ", other.stems().stream().map(this::orGap).toList()) + " ";
    return phrases.stream()
        .filter(phrase -> sequence.contains(" " + String.join(" ", phrase) + " "))
        .toList();
  }

  private String orGap(String stem) {
    return stem == null ? "|" : stem;
  }

  /** The stems of {@code text} in order, a {@code null} gap where a word was dropped. */
  static Tokens tokens(String text, ContentWords words) {
    List<String> stems = new ArrayList<>();
    List<Boolean> capitals = new ArrayList<>();
    Map<String, String> written = new LinkedHashMap<>();
    try (TokenStream stream = words.analyzer().tokenStream(Schema.BODY, text)) {
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
          capitals.add(false);
        }
        String stem = term.toString();
        stems.add(stem);
        capitals.add(Character.isUpperCase(text.charAt(offset.startOffset())));
        written.putIfAbsent(
            stem,
            text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT));
        lastEnd = offset.endOffset();
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Tokens(stems, written, capitals);
  }
}
