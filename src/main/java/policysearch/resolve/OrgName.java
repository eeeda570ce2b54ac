package policysearch.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An organisation's name taken apart for comparison: the country it belongs to, when the name says
 * so ("U.S.", "United States", "Japanese", "... of Japan"), and the rest, folded, without "the",
 * with plural words made singular ("Veterans Affairs" → "veteran affair").
 *
 * @param country the folded country key ("united states"), or empty when the name names none
 * @param core the remaining words
 * @param acronym the letters of a name written as an acronym ("FEMA", "U.S.T.R."), or empty
 * @param spelledOut true when no word of the name is itself an acronym ("Senate EPW Committee")
 */
record OrgName(String country, List<String> core, String acronym, boolean spelledOut) {
  private static final Set<String> SMALL_WORDS =
      Set.of("of", "and", "the", "for", "on", "in", "to");

  /**
   * Parses {@code name}, recognising country names, aliases and demonyms through {@code places}.
   */
  static OrgName parse(String name, Countries places) {
    String stripped = name.strip();
    String acronym =
        stripped.matches("[A-Z](?:[A-Z.&]*[A-Z])?\\.?") && stripped.length() >= 2
            ? String.join("", Fold.words(stripped))
            : "";
    List<String> words = new ArrayList<>(Countries.words(stripped));
    String country = "";
    Countries.Match lead = places.at(words, 0);
    if (lead != null && lead.end() < words.size() && places.at(words, lead.end()) == null) {
      country = lead.country();
      words = new ArrayList<>(words.subList(lead.end(), words.size()));
    } else {
      for (int i = 1; i < words.size() - 1; i++) {
        Countries.Match tail = words.get(i).equals("of") ? places.at(words, i + 1) : null;
        if (tail != null && tail.end() == words.size()) {
          country = tail.country();
          words = new ArrayList<>(words.subList(0, i));
          break;
        }
      }
    }
    words.replaceAll(OrgName::singular);
    return new OrgName(country, List.copyOf(words), acronym, spelledOut(stripped, places));
  }

  private static boolean spelledOut(String name, Countries places) {
    for (String word : name.split("[\\s-]+")) {
      String letters = word.replaceAll("[^\\p{L}]", "");
      if (letters.length() >= 2
          && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
          && places.at(List.of(Fold.key(letters)), 0) == null) {
        return false;
      }
    }
    return true;
  }

  /** "affairs" → "affair", "agencies" → "agency"; "congress", "status", "analysis" stay. */
  static String singular(String word) {
    if (word.length() <= 3 || !word.endsWith("s")) {
      return word;
    }
    if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
      return word;
    }
    return word.endsWith("ies")
        ? word.substring(0, word.length() - 3) + "y"
        : word.substring(0, word.length() - 1);
  }

  /**
   * True when the two names differ in at most one word besides "of", "and", "the" ...: "Federal
   * Emergency Management Administration" is a slip for the Agency, "National Sheriffs Association"
   * is another body than the National Security Agency.
   */
  boolean closeTo(OrgName other) {
    List<String> a = core.stream().filter(w -> !SMALL_WORDS.contains(w)).toList();
    List<String> b = other.core.stream().filter(w -> !SMALL_WORDS.contains(w)).toList();
    if (a.size() != b.size()) {
      return false;
    }
    int differences = 0;
    for (int i = 0; i < a.size(); i++) {
      differences += a.get(i).equals(b.get(i)) ? 0 : 1;
    }
    return differences <= 1;
  }

  /** Country and core: names with one key are one organisation. */
  String key() {
    return country + "|" + String.join(" ", core);
  }

  /** The core alone, to find the one country-qualified form of an unqualified name. */
  String coreKey() {
    return String.join(" ", core);
  }

  /**
   * The acronyms this name could be written as: first letters of every word, and of every word but
   * "of", "and", "for" ...; with the country's letters first when the country is the U.S. A name of
   * another country has none: its acronym is not written alone in U.S. text ("Thai Community
   * Development Center" is not the CDC).
   */
  List<String> initials() {
    boolean ownCountry = country.isEmpty() || country.equals(Countries.UNITED_STATES);
    if (core.size() < 2 || !acronym.isEmpty() || !spelledOut || !ownCountry) {
      return List.of();
    }
    StringBuilder all = new StringBuilder();
    StringBuilder content = new StringBuilder();
    for (String w : core) {
      all.append(w.charAt(0));
      if (!SMALL_WORDS.contains(w)) {
        content.append(w.charAt(0));
      }
    }
    List<String> forms = new ArrayList<>(List.of(all.toString(), content.toString()));
    if (country.equals(Countries.UNITED_STATES)) {
      forms.add("us" + all);
      forms.add("us" + content);
    }
    return forms.stream().distinct().toList();
  }
}
