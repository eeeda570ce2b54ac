package policysearch.extract;

import java.util.Set;

/**
 * Where a speech verb's subject lies in its sentence: past an introductory phrase and the last
 * clause boundary, before an appositive, the names just before the verb — and when there is no
 * actor subject at all: a common noun ("trade sources said"), a passive ("was confirmed"). Word
 * lists are {@code statements/*.txt}.
 */
final class SubjectSpans {
  private static final int MAX_HEAD_TOKENS = 8;
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
  private final Gazetteer gazetteer;
  private final Set<String> skippedBeforeVerb;
  private final Set<String> introductions;
  private final Set<String> determiners;
  private final Set<String> nameJoiners;
  private final Set<String> adjectival;

  SubjectSpans(Gazetteer gazetteer, Resources resources) {
    this.gazetteer = gazetteer;
    this.skippedBeforeVerb = resources.wordSet("statements/skipped-before-verb.txt");
    this.introductions = resources.wordSet("statements/introductions.txt");
    this.determiners = resources.wordSet("statements/determiners.txt");
    this.nameJoiners = resources.wordSet("statements/name-joiners.txt");
    this.adjectival = resources.wordSet("statements/adjectival-verbs.txt");
  }

  /** The last word of the subject: the token before the verb, past "has", "also", "reportedly". */
  int tail(Sentence s, int verb) {
    int tail = verb - 1;
    while (tail >= s.first && skipped(s, tail)) {
      tail--;
    }
    return tail;
  }

  /**
   * True when the word at {@code token}, right after a country's name inside a subject, makes the
   * country a qualifier of what follows ("American Express", "Dutch chemicals group", "U.S.
   * diplomat"): a word that neither joins names ("and") nor stands between subject and verb.
   */
  boolean qualifies(Sentence s, int token) {
    return s.tokens.get(token).word()
        && !nameJoiners.contains(s.lower.get(token).text())
        && !skipped(s, token);
  }

  /** True for a word between a subject and its verb: "has", "also", "reportedly". */
  private boolean skipped(Sentence s, int token) {
    String word = s.lower.get(token).text();
    boolean adverb = word.length() > 4 && word.endsWith("ly") && !s.tokens.get(token).capitalized();
    return skippedBeforeVerb.contains(word) || adverb;
  }

  /**
   * True for a passive "was confirmed", "it will be said": a form of "be" before the verb (but "are
   * committed to", {@code statements/adjectival-verbs.txt}, still states a position).
   */
  boolean passive(Sentence s, int verb, int tail) {
    int before = verb - 1;
    while (before > tail && !BE.contains(s.lower.get(before).text())) {
      before--;
    }
    return before > tail && !adjectival.contains(s.lower.get(verb).text());
  }

  /** True for "The report said", "This agreement stated": a determiner and a common noun. */
  boolean nounSubject(Sentence s, int from, int verb) {
    int names = nameBlock(s, from, verb);
    if (names > from + 1 && names < verb && s.tokens.get(names - 1).text().equals(",")) {
      return false; // "Its debt plan may force a sale, Harlow said": the name after the comma
    }
    return determiners.contains(s.lower.get(from).text())
        && from + 1 < verb
        && s.tokens.get(from + 1).word()
        && !s.tokens.get(from + 1).capitalized();
  }

  /**
   * True when the word before the verb is a common noun that is the whole subject ("…, trade
   * sources said", "the U.S. co-chairs stressed"), not one joined by "and" to a name ("The
   * President and House leaders agreed").
   */
  static boolean commonNoun(Sentence s, int from, int tail) {
    Token head = s.tokens.get(tail);
    if (!head.word() || head.capitalized() || s.quoted(tail)) {
      return false;
    }
    for (int i = tail - 1; i >= from; i--) {
      String word = s.lower.get(i).text();
      if (word.equals("and")) {
        return false;
      }
      if (word.equals(",")) {
        return true;
      }
    }
    return true;
  }

  /**
   * Where the names just before {@code to} start: "… for low incomes and Vice President Harris
   * reiterated" is Harris's, not the sentence's first name's.
   */
  int nameBlock(Sentence s, int from, int to) {
    int start = to;
    int comma = -1;
    boolean and = false;
    while (start > from && nameish(s, start - 1)) {
      start--;
      String word = s.lower.get(start).text();
      comma = comma < 0 && word.equals(",") ? start : comma;
      and |= word.equals("and") || word.equals("&");
    }
    // "Pakistan, Turkey and Iran said" is a list; "… stake in <Encor Energy Corp>, Dome said" ends
    // a clause with a name and the speaker follows the comma
    return comma >= 0 && !and ? comma + 1 : start;
  }

  /** Where the list of names just before {@code to} starts: "Pakistan, Turkey and Iran". */
  static int listStart(Sentence s, int from, int to) {
    int start = to;
    while (start > from
        && (s.tokens.get(start - 1).capitalized()
            || s.tokens.get(start - 1).text().equals(",")
            || s.lower.get(start - 1).text().equals("and"))) {
      start--;
    }
    return start;
  }

  /** Where the names that open the subject at {@code from} end. */
  int nameBlockEnd(Sentence s, int from, int verb) {
    int end = from;
    while (end < verb && nameish(s, end)) {
      end++;
    }
    return end;
  }

  /**
   * A capitalised word, punctuation but a comma that ends a clause, or a word that joins names
   * ("and", "of", "bin", {@code statements/name-joiners.txt}).
   */
  private boolean nameish(Sentence s, int token) {
    Token t = s.tokens.get(token);
    boolean listComma =
        t.text().equals(",")
            && token + 1 < s.last
            && (s.tokens.get(token + 1).capitalized()
                || s.lower.get(token + 1).text().equals("and"));
    return t.capitalized()
        || !t.word() && !t.text().equals(",")
        || listComma
        || nameJoiners.contains(s.lower.get(token).text());
  }

  /** The end of the name after a verb that follows a quote: up to a comma or the sentence end. */
  static int clauseEnd(Sentence s, int verbEnd) {
    int end = verbEnd;
    while (end < s.last && !s.tokens.get(end).text().equals(",")) {
      end++;
    }
    return end;
  }

  /**
   * Where the subject's head ends: before an appositive between commas ("Ishrat Husain, the World
   * Bank's representative in Nigeria, said" is said by Husain, not Nigeria), else at the verb. An
   * appositive opens with a lower-case word or a title after a short head and closes with a comma
   * before the verb; a list ("Japan, Australia and India") and a trailing "…, trade sources said"
   * are none.
   */
  int appositive(Sentence s, int from, int verb) {
    int close = verb - 1;
    while (close > from && skipped(s, close)) {
      close--; // "…, later said"
    }
    if (!s.tokens.get(close).text().equals(",")) {
      return verb;
    }
    for (int i = from + 1; i < Math.min(close, from + MAX_HEAD_TOKENS); i++) {
      if (s.tokens.get(i).text().equals(",") && !s.quoted(i)) {
        Token next = s.tokens.get(i + 1);
        boolean described =
            Character.isLowerCase(next.text().charAt(0))
                || gazetteer.titleAt(s.tokens.subList(0, close), i + 1) != null;
        return described ? i : verb;
      }
    }
    return verb;
  }

  /**
   * Where the verb's subject may start: after an introductory phrase ("During their dialogue in
   * Tokyo,") and after the last clause boundary (", and", ", but", ";") before the verb.
   */
  int spanStart(Sentence s, int verb) {
    int start = introEnd(s, verb);
    for (int i = verb - 2; i > start; i--) {
      String word = s.lower.get(i).text();
      boolean clause =
          s.tokens.get(i).text().equals(";")
              || s.tokens.get(i - 1).text().equals(",")
                  && (word.equals("and") || word.equals("but"));
      if (clause && !s.quoted(i)) {
        return i + 1;
      }
    }
    return start;
  }

  /** The first token after an introductory phrase ("During their dialogue in Tokyo,"). */
  int introEnd(Sentence s, int verb) {
    if (opensIntroduction(s)) {
      for (int i = s.first; i < verb - 1; i++) {
        if (s.tokens.get(i).text().equals(",")) {
          return i + 1;
        }
      }
    }
    return s.first;
  }

  /**
   * True when the sentence opens with a word like "During", "As", "Today", or with a participle
   * ("Commenting on a report to Nakasone, Miyazawa said").
   */
  boolean opensIntroduction(Sentence s) {
    String first = s.lower.get(s.first).text();
    boolean participle =
        first.length() > 5
            && first.endsWith("ing")
            && s.first + 1 < s.last
            && s.tokens.get(s.first + 1).word()
            && !s.tokens.get(s.first + 1).capitalized(); // not "Baring Capital Investors said"
    return introductions.contains(first) || participle;
  }
}
