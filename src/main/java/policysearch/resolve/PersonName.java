package policysearch.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person's name taken apart for comparison: given names, the surname with its particles
 * ("el-Sisi", "von der Leyen", "bin Salman") and a generation suffix ("Jr."), all folded.
 *
 * @param given given and middle names in order ("ferdinand", "r")
 * @param surname the surname's words, particles included ("al", "sisi"); Arabic articles are "al"
 * @param generation "jr", "sr", "ii", ... or empty
 * @param words every word in order, given names first
 * @param surnameKey the surname without particles: "sisi" for "el-Sisi", "sherwood randall"
 * @param concatKey the words run together, so spacing and hyphens do not matter
 */
record PersonName(
    List<String> given,
    List<String> surname,
    String generation,
    List<String> words,
    String surnameKey,
    String concatKey) {
  private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");
  private static final Set<String> POST_NOMINALS = Set.of("mp", "md", "phd", "esq");
  private static final Set<String> ARTICLES =
      Set.of("al", "el", "ul", "as", "es", "ad", "ed", "ash", "esh", "at", "an", "az", "ar");
  private static final Set<String> PARTICLES =
      Set.of(
          "al", "von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le",
          "bin", "ibn", "ben", "bint", "dos", "das", "ter", "ten", "zu");

  /** Parses a display name ("Abdel Fattah el-Sisi", "Ferdinand R. Marcos Jr."). */
  static PersonName parse(String name) {
    List<String> units = new ArrayList<>(List.of(name.strip().split("\\s+")));
    List<List<String>> words = new ArrayList<>();
    for (String unit : units) {
      words.add(unitWords(unit));
    }
    for (int i = words.size() - 1; i >= 0; i--) {
      if (words.get(i).isEmpty()) {
        units.remove(i);
        words.remove(i);
      }
    }
    String generation = "";
    while (words.size() > 2 && isSuffix(words.getLast())) {
      String last = String.join("", words.removeLast());
      units.removeLast();
      generation = GENERATIONS.contains(last) ? last : generation;
    }
    int start = surnameStart(units, words);
    List<String> given = new ArrayList<>();
    List<String> surname = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      (i < start ? given : surname).addAll(words.get(i));
    }
    return of(given, surname, generation);
  }

  private static PersonName of(List<String> given, List<String> surname, String generation) {
    List<String> words = new ArrayList<>(given);
    words.addAll(surname);
    String surnameKey =
        String.join(" ", surname.stream().filter(w -> !PARTICLES.contains(w)).toList());
    return new PersonName(
        List.copyOf(given),
        List.copyOf(surname),
        generation,
        List.copyOf(words),
        surnameKey,
        concat(words) + "/" + generation);
  }

  /** Words run together, initials kept apart: "Michael F. Roman" is not "Michael Froman". */
  private static String concat(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      out.append(w.length() == 1 ? "." + w + "." : w);
    }
    return out.toString();
  }

  /** The folded words of one space-separated unit; a hyphenated Arabic article becomes "al". */
  private static List<String> unitWords(String unit) {
    List<String> words = new ArrayList<>(Fold.words(unit));
    if (words.size() > 1 && ARTICLES.contains(words.get(0)) && unit.contains("-")) {
      words.set(0, "al");
    }
    return words;
  }

  private static boolean isSuffix(List<String> words) {
    String joined = String.join("", words);
    return GENERATIONS.contains(joined) || POST_NOMINALS.contains(joined);
  }

  /**
   * Where the surname starts: the last unit, plus the particles before it that belong to it — a
   * lower-case particle ("von der"), "el"/"al" before a name (but "Al" opening a name is a given
   * name: Al Gore), or a particle after a given name ("Mohammed bin Salman").
   */
  private static int surnameStart(List<String> units, List<List<String>> words) {
    int start = words.size() - 1;
    while (start > 0) {
      int i = start - 1;
      List<String> w = words.get(i);
      if (w.size() != 1 || !PARTICLES.contains(canonicalArticle(w.get(0)))) {
        break;
      }
      String original = units.get(i);
      boolean lower = Character.isLowerCase(original.charAt(0));
      // "Al Sisi" is the article before a surname; "Al Gore" too by shape, but the gazetteer knows
      // him, and a known name never stands for a surname alone.
      boolean article =
          w.get(0).equals("el") || (w.get(0).equals("al") && (i > 0 || words.size() == 2));
      if (!lower && !article && i == 0) {
        break;
      }
      if (w.get(0).equals("el")) {
        w.set(0, "al");
      }
      start = i;
    }
    return start;
  }

  private static String canonicalArticle(String word) {
    return word.equals("el") ? "al" : word;
  }

  /** True for a surname alone ("Marcos", "El-Sisi", "Von der Leyen"). */
  boolean surnameOnly() {
    return given.isEmpty();
  }

  /**
   * True when the two names can be one person by their words: the same first name (or a short form
   * of it: "Liz" / "Elizabeth"), the same surname, middle names equal or initials of each other, or
   * one name without middle names; generations agree. An initial for the first name is not enough
   * ("H.R. McMaster" is not Henry McMaster).
   */
  boolean compatible(PersonName other, Nicknames nicknames) {
    if (given.isEmpty() || other.given.isEmpty() || !generationAgrees(other)) {
      return false;
    }
    return surnameKey.equals(other.surnameKey)
        && nicknames.same(given.get(0), other.given.get(0))
        && middlesAgree(other);
  }

  /**
   * True when the names cannot be one person: different first names (an initial, a short form or a
   * one-letter slip is no difference), surnames, middle names or generations.
   */
  boolean conflicts(PersonName other, Nicknames nicknames) {
    if (!generationAgrees(other)) {
      return true;
    }
    if (given.isEmpty() || other.given.isEmpty()) {
      return false;
    }
    if (concatKey.equals(other.concatKey) || sameWords(other)) {
      return false;
    }
    String first = given.get(0);
    String otherFirst = other.given.get(0);
    boolean firstAgrees =
        sameOrInitial(first, otherFirst)
            || nicknames.same(first, otherFirst)
            || typo(first, otherFirst);
    boolean surnameAgrees =
        surnameKey.equals(other.surnameKey)
            || typo(surnameKey, other.surnameKey)
            || endsWith(words, other.surnameKey)
            || endsWith(other.words, surnameKey);
    return !firstAgrees || !surnameAgrees || !middlesAgree(other);
  }

  /** "Liz Sherwood Randall" ends with the surname "sherwood randall" of "Sherwood-Randall". */
  private static boolean endsWith(List<String> words, String surnameKey) {
    String joined = String.join(" ", words);
    return !surnameKey.isEmpty()
        && (joined.equals(surnameKey) || joined.endsWith(" " + surnameKey));
  }

  /** Same words in another order ("KISHIDA Fumio" / "Fumio Kishida"). */
  boolean sameWords(PersonName other) {
    List<String> a = new ArrayList<>(words);
    List<String> b = new ArrayList<>(other.words);
    a.sort(null);
    b.sort(null);
    return a.size() > 1 && a.equals(b);
  }

  private boolean generationAgrees(PersonName other) {
    return generation.isEmpty()
        || other.generation.isEmpty()
        || generation.equals(other.generation);
  }

  private boolean middlesAgree(PersonName other) {
    List<String> a = given.subList(Math.min(1, given.size()), given.size());
    List<String> b = other.given.subList(Math.min(1, other.given.size()), other.given.size());
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!sameOrInitial(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameOrInitial(String a, String b) {
    return a.equals(b)
        || (a.length() == 1 && b.startsWith(a))
        || (b.length() == 1 && a.startsWith(b));
  }

  /** A likely misspelling: one edit apart, both words long enough for that to be rare by chance. */
  static boolean typo(String a, String b) {
    return a.length() >= 5 && b.length() >= 5 && Fold.oneEditApart(a, b);
  }

  /**
   * A likely misspelling of word {@code index}: surnames differ more often than given names (Smith
   * / Smyth, Brady / Grady are both real), so a surname needs seven letters and its first letter.
   */
  boolean typoAt(int index, PersonName other) {
    String a = words.get(index);
    String b = other.words.get(index);
    if (index < given.size()) {
      return typo(a, b);
    }
    return a.length() >= 7 && b.length() >= 7 && a.charAt(0) == b.charAt(0) && typo(a, b);
  }
}
