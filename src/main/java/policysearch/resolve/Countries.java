package policysearch.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import policysearch.extract.Resources;

/**
 * Country names, aliases and demonyms from the gazetteer, folded, so an organisation's name can be
 * read as belonging to a country ("U.S.", "Japanese", "of the Philippines").
 */
final class Countries {
  /** The folded key of the United States, whose acronyms start with its letters ("USAID"). */
  static final String UNITED_STATES = "united states";

  /** A country named by {@code words[start, end)}. */
  record Match(String country, int end) {}

  private final Map<String, String> byWords = new HashMap<>();
  private int longest;

  Countries(Resources resources) {
    for (String[] row : resources.rows("gazetteer/countries.tsv")) {
      String country = Fold.key(row[0]);
      add(row[0], country);
      for (int column = 1; column <= 2; column++) {
        Resources.list(row, column).forEach(alias -> add(alias, country));
      }
    }
  }

  private void add(String name, String country) {
    List<String> words = words(name);
    if (!words.isEmpty()) {
      byWords.putIfAbsent(String.join(" ", words), country);
      longest = Math.max(longest, words.size());
    }
  }

  /** Folded words of a name, possessive "'s" and "the" left out ("People's" → "people"). */
  static List<String> words(String name) {
    return Fold.words(name.replaceAll("['’]s\\b", "")).stream()
        .filter(w -> !w.equals("the"))
        .toList();
  }

  /** The longest country name starting at word {@code start}, or null. */
  Match at(List<String> words, int start) {
    for (int end = Math.min(words.size(), start + longest); end > start; end--) {
      String country = byWords.get(String.join(" ", words.subList(start, end)));
      if (country != null) {
        return new Match(country, end);
      }
    }
    return null;
  }
}
