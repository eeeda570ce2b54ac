package policysearch.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a text's language by the share of its words that are a language's commonest function words
 * ({@code languages/function-words.tsv}): English prose has 35–50 % of its words in the English
 * list, other languages under 10 %. No model, a few microseconds per thousand words, and it can
 * only answer the languages of its list: anything else is "und" (undetermined).
 */
public final class Languages {
  /** The answer when a text is too short or matches no list well enough. */
  public static final String UNDETERMINED = "und";

  private static final String FILE = "/languages/function-words.tsv";
  private static final String ENGLISH = "en";
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MIN_WORDS = 30;
  private static final int MAX_WORDS = 20_000;
  private static final double MIN_SHARE = 0.12;

  /** Each listed word, with the languages whose list has it: one look-up per word of a text. */
  private final Map<String, List<String>> words;

  private final String fingerprint;

  /** Loads the bundled word lists. */
  public static Languages load() {
    try (InputStream in = Languages.class.getResourceAsStream(FILE)) {
      byte[] bytes = in.readAllBytes();
      return new Languages(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  Languages(String table) {
    Map<String, List<String>> lists = new HashMap<>();
    for (String line : table.lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      for (String word : Set.of(parts[1].strip().split("\\s+"))) {
        lists.computeIfAbsent(word, w -> new ArrayList<>()).add(parts[0].strip());
      }
    }
    this.words = Map.copyOf(lists);
    this.fingerprint = Hashes.of(table);
  }

  /** The language code of {@code text}, or {@link #UNDETERMINED}. */
  public String detect(String text) {
    Map<String, Integer> hits = new HashMap<>();
    Matcher word = WORD.matcher(text);
    int total = 0;
    while (total < MAX_WORDS && word.find()) {
      String w = word.group().toLowerCase(Locale.ROOT);
      total++;
      for (String language : words.getOrDefault(w, List.of())) {
        hits.merge(language, 1, Integer::sum);
      }
    }
    if (total < MIN_WORDS) {
      return UNDETERMINED;
    }
    if (hits.getOrDefault(ENGLISH, 0) >= MIN_SHARE * total) {
      return ENGLISH;
    }
    String best = UNDETERMINED;
    int most = 0;
    for (Map.Entry<String, Integer> hit : hits.entrySet()) {
      if (hit.getValue() > most) {
        best = hit.getKey();
        most = hit.getValue();
      }
    }
    return most >= MIN_SHARE * total ? best : UNDETERMINED;
  }

  /** Changes when the word lists change. */
  String fingerprint() {
    return fingerprint;
  }
}
