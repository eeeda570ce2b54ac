package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import policysearch.index.Analyzers;
import policysearch.index.Schema;
import policysearch.index.StatementTerms;

/**
 * What a statement is about, in terms another statement can share: its content stems weighed by
 * rarity (inverse document frequency), its key phrases (runs of capitalised words such as "Second
 * Thomas Shoal", and pairs of adjacent content words one of which is rare, such as "fentanyl
 * precursor"). Other statements are compared through their signatures (stem hashes, see {@link
 * StatementTerms}), so only the source is analysed per request.
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

  private final Map<String, Double> idf;
  private final Map<Integer, Double> idfByHash = new HashMap<>();
  private final double totalIdf;
  private final List<List<String>> phrases;
  private final List<int[]> phraseHashes = new ArrayList<>();
  private final Map<String, String> written;

  private Aboutness(
      Map<String, Double> idf, List<List<String>> phrases, Map<String, String> written) {
    this.idf = idf;
    this.totalIdf = idf.values().stream().mapToDouble(Double::doubleValue).sum();
    this.phrases = phrases;
    this.written = written;
    idf.forEach((stem, value) -> idfByHash.put(StatementTerms.hash(stem), value));
    for (List<String> phrase : phrases) {
      phraseHashes.add(phrase.stream().mapToInt(StatementTerms::hash).toArray());
    }
  }

  /** The aboutness of {@code text}, its speakers' names ({@code ignored} stems) left out. */
  static Aboutness of(String text, ContentWords words, Set<String> ignored, IndexReader reader)
      throws IOException {
    Map<String, String> content = words.of(text, ignored);
    Map<String, Double> idf = new LinkedHashMap<>();
    for (String stem : content.keySet()) {
      idf.put(stem, idf(reader, stem));
    }
    StatementTerms.Tokens tokens = StatementTerms.analyze(text);
    List<String> stems = tokens.stems();
    List<List<String>> phrases = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (int i = 0; i <= stems.size(); i++) {
      String stem = i < stems.size() ? stems.get(i) : null;
      boolean content1 = stem != null && idf.containsKey(stem);
      if (content1 && tokens.capitals().get(i)) {
        run.add(stem);
      } else {
        if (run.size() >= 2 && run.stream().mapToDouble(idf::get).max().orElse(0) >= RUN_IDF) {
          phrases.add(List.copyOf(run));
        }
        run.clear();
      }
      if (content1 && i + 1 < stems.size()) {
        String next = stems.get(i + 1);
        if (next != null
            && idf.containsKey(next)
            && Math.max(idf.get(stem), idf.get(next)) >= RARE_IDF) {
          phrases.add(List.of(stem, next));
        }
      }
    }
    return new Aboutness(idf, List.copyOf(new LinkedHashSet<>(phrases)), content);
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

  /**
   * The rare content stems (idf at least {@code minIdf}), rarest first, at most {@code max}: the
   * names and specific words that tell one matter from others of its topic.
   */
  List<String> rare(double minIdf, int max) {
    return idf.entrySet().stream()
        .filter(e -> e.getValue() >= minIdf)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * The share of the source's rare stems (idf at least {@code minIdf}) a statement with these
   * sorted distinct stems holds, counting up to {@code enough} of them as all: 0 if the source has
   * none.
   */
  double rareShare(int[] distinct, double minIdf, int enough) {
    int rare = 0;
    int shared = 0;
    for (Map.Entry<String, Double> e : idf.entrySet()) {
      if (e.getValue() >= minIdf) {
        rare++;
        if (Arrays.binarySearch(distinct, StatementTerms.hash(e.getKey())) >= 0) {
          shared++;
        }
      }
    }
    return rare == 0 ? 0 : Math.min(1, shared / (double) Math.min(rare, enough));
  }

  /** The key phrases, as lists of stems. */
  List<List<String>> phrases() {
    return phrases;
  }

  /** Share of the source's content (by idf) that a statement with these distinct stems holds. */
  double coverage(int[] distinct) {
    double shared = 0;
    for (int stem : distinct) {
      shared += idfByHash.getOrDefault(stem, 0.0);
    }
    return totalIdf == 0 ? 0 : shared / totalIdf;
  }

  /**
   * How rare the rarest content word a statement with these distinct stems shares is: its idf over
   * {@value #FULL_PHRASE_IDF}, at most 1; 0 if it shares none.
   */
  double rarest(int[] distinct) {
    double best = 0;
    for (int stem : distinct) {
      best = Math.max(best, idfByHash.getOrDefault(stem, 0.0));
    }
    return Math.min(1, best / FULL_PHRASE_IDF);
  }

  /** The content words a statement with these sorted distinct stems shares, rarest first. */
  List<String> sharedWords(int[] distinct) {
    return idf.entrySet().stream()
        .filter(e -> Arrays.binarySearch(distinct, StatementTerms.hash(e.getKey())) >= 0)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .map(e -> written.get(e.getKey()))
        .toList();
  }

  /** The key phrases a statement with these stems (in order) holds word for word. */
  List<String> sharedPhrases(int[] stems) {
    List<String> shared = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      if (contains(stems, phraseHashes.get(i))) {
        shared.add(String.join(" ", phrases.get(i).stream().map(written::get).toList()));
      }
    }
    return shared;
  }

  /**
   * How telling the rarest key phrase a statement with these stems shares is: the idf of its rarest
   * word over {@value #FULL_PHRASE_IDF}, at most 1; 0 if it shares none.
   */
  double phraseWeight(int[] stems) {
    double best = 0;
    for (int i = 0; i < phrases.size(); i++) {
      if (contains(stems, phraseHashes.get(i))) {
        best = Math.max(best, phrases.get(i).stream().mapToDouble(idf::get).max().orElse(0));
      }
    }
    return Math.min(1, best / FULL_PHRASE_IDF);
  }

  private static boolean contains(int[] stems, int[] phrase) {
    for (int start = 0; start + phrase.length <= stems.length; start++) {
      int i = 0;
      while (i < phrase.length && stems[start + i] == phrase[i]) {
        i++;
      }
      if (i == phrase.length) {
        return true;
      }
    }
    return false;
  }
}
