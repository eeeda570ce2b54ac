package policysearch.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who a speech verb's subject is: a pronoun, group word or "the <title>" just before the
 * verb, else the actors named between the start of its clause and the verb (persons first, names
 * that only modify another — "Former Biden Treasury Secretary Janet Yellen" — left out), else,
 * after a quote, the name that follows the verb ("…,” said Jens Stoltenberg"). Its word lists are
 * {@code statements/*.txt}.
 */
final class SubjectResolver {
  private static final int MAX_HEAD_TOKENS = 8;
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
  private final PhraseTrie<String> references;
  private final Gazetteer gazetteer;
  private final Set<String> skippedBeforeVerb;
  private final Set<String> introductions;
  private final Set<String> determiners;
  private final Set<String> modifiedHeads;
  private final Set<String> nameJoiners;
  private final Set<String> adjectival;

  SubjectResolver(PhraseTrie<String> references, Gazetteer gazetteer, Resources resources) {
    this.references = references;
    this.gazetteer = gazetteer;
    this.skippedBeforeVerb = resources.wordSet("statements/skipped-before-verb.txt");
    this.introductions = resources.wordSet("statements/introductions.txt");
    this.determiners = resources.wordSet("statements/determiners.txt");
    this.modifiedHeads = resources.wordSet("statements/modified-heads.txt");
    this.nameJoiners = resources.wordSet("statements/name-joiners.txt");
    this.adjectival = resources.wordSet("statements/adjectival-verbs.txt");
  }

  /** The subject of the verb at {@code [verb, verbEnd)}, resolved to canonical names. */
  Subject speakers(Sentence s, int verb, int verbEnd, Speakers speakers) {
    boolean passive = verbEnd < s.last && s.lower.get(verbEnd).text().equals("by");
    int tail = verb - 1;
    while (tail >= s.first && skipped(s, tail)) {
      tail--;
    }
    if (passive || tail < s.first || beforeParticiple(s, verb, tail)) {
      return Subject.NONE;
    }
    String joined = s.lower.get(tail).text();
    if ((joined.equals("and") || joined.equals("but")) && tail > s.first) {
      // "… spoke with President Duda and expressed …": the verb shares the opening subject.
      return leading(s, verb, speakers);
    }
    Subject referred = reference(s, tail, speakers);
    if (referred != null) {
      return referred; // "…, they added." with no "they" known is nobody's
    }
    int from = spanStart(s, verb);
    boolean nounSubject =
        determiners.contains(s.lower.get(from).text())
            && from + 1 < verb
            && s.tokens.get(from + 1).word()
            && !s.tokens.get(from + 1).capitalized();
    int to = appositive(s, from, verb);
    // "…, the only Democrat to support Reagan, later said": after an appositive, an adverb
    if (nounSubject || to == verb && commonNoun(s, from, tail)) {
      return Subject.NONE;
    }
    Subject subject = subject(s, nameBlock(s, from, to), to, speakers, false);
    if (subject.isEmpty() || !subject.person()) {
      Subject whole = subject(s, from, to, speakers, false);
      subject = whole.isEmpty() ? subject : whole;
    }
    if (!subject.isEmpty() || !s.quoted(tail)) {
      return subject;
    }
    return subject(s, verbEnd, clauseEnd(s, verbEnd), speakers, true);
  }

  /** The subject a sentence opens with: a pronoun or role, else the names before its first verb. */
  private Subject leading(Sentence s, int verb, Speakers speakers) {
    int start = introEnd(s, verb);
    Subject referred = leadingReference(s, start, speakers);
    if (!referred.isEmpty()) {
      return referred;
    }
    int end = start;
    while (end < verb && nameish(s, end)) {
      end++;
    }
    return subject(s, start, end, speakers, false);
  }

  /**
   * True when the word before the verb is a common noun that is the whole subject ("…, trade
   * sources said", "the U.S. co-chairs stressed"), not one joined by "and" to a name ("The
   * President and House leaders agreed").
   */
  private static boolean commonNoun(Sentence s, int from, int tail) {
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
   * True for a passive "was confirmed", "were welcomed": a form of "be" right before a verb in
   * "-ed" (but "are committed to", {@code statements/adjectival-verbs.txt}, still states a
   * position).
   */
  private boolean beforeParticiple(Sentence s, int verb, int tail) {
    int before = verb - 1;
    while (before > tail && !BE.contains(s.lower.get(before).text())) {
      before--;
    }
    String form = s.lower.get(verb).text();
    return before > tail && form.endsWith("ed") && !adjectival.contains(form);
  }

  /** True for a word between a subject and its verb: "has", "also", "reportedly". */
  private boolean skipped(Sentence s, int token) {
    String word = s.lower.get(token).text();
    boolean adverb = word.length() > 4 && word.endsWith("ly") && !s.tokens.get(token).capitalized();
    return skippedBeforeVerb.contains(word) || adverb;
  }

  /**
   * Where the names just before the verb start: "… for low incomes and Vice President Harris
   * reiterated" is Harris's, not the sentence's first name's. Names, titles and the words that join
   * them ("and", "of", "the") count; a lower-case word ends the block.
   */
  private int nameBlock(Sentence s, int from, int to) {
    int start = to;
    while (start > from && nameish(s, start - 1)) {
      start--;
    }
    return start;
  }

  /**
   * A capitalised word, punctuation but a comma that ends a clause, or a word that joins names
   * ("and", "of", "bin").
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
  private static int clauseEnd(Sentence s, int verbEnd) {
    int end = verbEnd;
    while (end < s.last && !s.tokens.get(end).text().equals(",")) {
      end++;
    }
    return end;
  }

  /** A pronoun or role that opens the sentence ("He also highlighted …, and stressed"). */
  private Subject leadingReference(Sentence s, int start, Speakers speakers) {
    for (int end = Math.min(s.last, start + 3); end > start; end--) {
      Subject referred = reference(s, end - 1, speakers);
      if (referred != null
          && !referred.isEmpty()
          && s.source(s.tokens.get(start).start(), s.end).startsWith(referred.mention())) {
        return referred;
      }
    }
    return Subject.NONE;
  }

  /**
   * A pronoun, group word or "the <title>" ending at token {@code tail}, resolved (to nobody when
   * the article names no one it can mean); null when there is none.
   */
  private Subject reference(Sentence s, int tail, Speakers speakers) {
    for (int start = Math.max(s.first, tail - 3); start <= tail; start++) {
      PhraseTrie.Match<String> ref = references.longestMatch(s.lower.subList(0, tail + 1), start);
      if (ref != null && ref.end() == tail + 1) {
        List<String> names =
            switch (ref.value()) {
              case "person" ->
                  speakers.lastSubject(s.tokens.get(start).start()).map(List::of).orElse(List.of());
              case "persons" -> speakers.meetingParties();
              case "author" -> speakers.author().map(List::of).orElse(List.of());
              case "organization" -> speakers.lastOrganization().map(List::of).orElse(List.of());
              default -> List.of();
            };
        return subject(names, s, start, tail + 1);
      }
      if (s.lower.get(start).text().equals("the")) {
        PhraseTrie.Match<String> role = gazetteer.titleAt(s.tokens.subList(0, tail + 1), start + 1);
        if (role != null && role.end() == tail + 1) {
          List<String> names = speakers.byRole(role.value()).map(List::of).orElse(List.of());
          return subject(names, s, start, tail + 1);
        }
      }
    }
    return null;
  }

  private static Subject subject(List<String> names, Sentence s, int from, int to) {
    return names.isEmpty()
        ? Subject.NONE
        : new Subject(
            names, s.source(s.tokens.get(from).start(), s.tokens.get(to - 1).end()), true);
  }

  /** An actor named between tokens {@code from} and {@code to}, and where the name is. */
  private record Named(String name, boolean person, int first, int last) {}

  /**
   * Actors named between {@code from} and {@code to} (not in quotes or brackets, not modifying a
   * name after them), persons first; {@code one} keeps only the first.
   */
  private Subject subject(Sentence s, int from, int to, Speakers speakers, boolean one) {
    if (from >= to) {
      return Subject.NONE;
    }
    List<Named> named = named(s, from, to, speakers);
    List<Named> heads = new ArrayList<>();
    for (Named n : named) {
      if (!modifier(s, n, to, named)) {
        heads.add(n);
      }
    }
    boolean anyPerson = heads.stream().anyMatch(Named::person);
    if (!anyPerson && to - from > 12) {
      return Subject.NONE;
    }
    Set<String> names = new LinkedHashSet<>();
    int first = to;
    int last = from;
    for (Named n : heads) {
      if (n.person() == anyPerson && (!one || names.isEmpty())) {
        names.add(n.name());
        first = Math.min(first, n.first());
        last = Math.max(last, n.last());
      }
    }
    if (names.isEmpty()) {
      return Subject.NONE;
    }
    return new Subject(
        List.copyOf(names),
        s.source(s.tokens.get(titleStart(s, from, first)).start(), s.tokens.get(last).end()),
        anyPerson);
  }

  /** Mentions, surnames and "the <title>" between {@code from} and {@code to}, in text order. */
  private List<Named> named(Sentence s, int from, int to, Speakers speakers) {
    List<Named> named = new ArrayList<>();
    int t = from;
    List<Mention> mentions =
        new ArrayList<>(speakers.within(s.tokens.get(from).start(), s.tokens.get(to - 1).end()));
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    for (Mention m : mentions) {
      boolean overlapsPrevious = t >= to || s.tokens.get(t).start() > m.start();
      if (s.quotedOrBracketed(m.start()) || overlapsPrevious) {
        continue;
      }
      while (t < to && s.tokens.get(t).end() <= m.start()) {
        t = surnameOrRole(s, t, to, speakers, named);
      }
      int first = t;
      while (t < to && s.tokens.get(t).end() <= m.end()) {
        t++;
      }
      named.add(new Named(m.name(), m.type() == ActorType.PERSON, first, t - 1));
    }
    while (t < to) {
      t = surnameOrRole(s, t, to, speakers, named);
    }
    return named;
  }

  /**
   * Adds the person token {@code t} names as a surname or "the <title>"; returns the next token.
   */
  private int surnameOrRole(Sentence s, int t, int to, Speakers speakers, List<Named> named) {
    if (s.quotedOrBracketed(s.tokens.get(t).start())) {
      return t + 1;
    }
    var surname = speakers.bySurname(s.tokens.get(t).text());
    if (surname.isPresent()) {
      named.add(new Named(surname.get(), true, t, t));
      return t + 1;
    }
    if (s.lower.get(t).text().equals("the") && t + 1 < to) {
      PhraseTrie.Match<String> role = gazetteer.titleAt(s.tokens.subList(0, to), t + 1);
      var person = role == null ? null : speakers.byRole(role.value()).orElse(null);
      if (person != null) {
        named.add(new Named(person, true, t, role.end() - 1));
        return role.end();
      }
    }
    return t + 1;
  }

  /**
   * True when the name modifies what follows it: a possessive ("Biden's spokesman"), a title or
   * another name right after it ("Biden Treasury Secretary Janet Yellen"), or a word such as
   * "administration" or "officials".
   */
  private boolean modifier(Sentence s, Named n, int to, List<Named> named) {
    int next = n.last() + 1;
    if (next >= s.last) {
      return false;
    }
    String word = s.lower.get(next).text();
    if (word.equals("'") || modifiedHeads.contains(word)) {
      return true;
    }
    if ((word.equals("-") || word.equals("–")) && next + 1 < to) {
      int joined = next + 1; // "Biden-Harris Administration": a name joined to a qualifier
      return named.stream()
          .anyMatch(other -> other.first() == joined && modifier(s, other, to, named));
    }
    if (gazetteer.titleAt(s.tokens.subList(0, to), next) != null) {
      return true;
    }
    return named.stream().anyMatch(other -> other.first() == next);
  }

  /** The start of the title words before a name ("Foreign Minister Penny Wong"), else the name. */
  private int titleStart(Sentence s, int from, int name) {
    int start = name;
    while (start > from
        && (s.tokens.get(start - 1).capitalized()
            || s.tokens.get(start - 1).text().equals(".")
            || s.tokens.get(start - 1).text().equals("-")
            || s.lower.get(start - 1).text().equals("of")
                && start - 2 >= from
                && s.tokens.get(start - 2).capitalized())) {
      start--;
    }
    boolean opener = start == s.first && introductions.contains(s.lower.get(start).text());
    return opener && start < name ? start + 1 : start; // "As President Hugo Chávez said"
  }

  /**
   * Where the subject's head ends: before an appositive between commas ("Ishrat Husain, the World
   * Bank's representative in Nigeria, said" is said by Husain, not Nigeria), else at the verb. An
   * appositive opens with a lower-case word after a short head and closes with a comma before the
   * verb; a list ("Japan, Australia and India") and a trailing "…, trade sources said" are none.
   */
  private int appositive(Sentence s, int from, int verb) {
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
  private int spanStart(Sentence s, int verb) {
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
  private int introEnd(Sentence s, int verb) {
    if (introductions.contains(s.lower.get(s.first).text())) {
      for (int i = s.first; i < verb - 1; i++) {
        if (s.tokens.get(i).text().equals(",")) {
          return i + 1;
        }
      }
    }
    return s.first;
  }
}
