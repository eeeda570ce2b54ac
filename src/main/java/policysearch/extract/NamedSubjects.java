package policysearch.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The actors a stretch of a sentence names as a subject: mentions, surnames and "the <title>",
 * persons first, without the names that only modify another — "Former Biden Treasury Secretary
 * Janet Yellen", "Biden administration officials", "Putin's spokesman" ({@code
 * statements/modified-heads.txt}).
 */
final class NamedSubjects {
  private static final int MAX_NON_PERSON_SPAN = 12;
  private final Gazetteer gazetteer;
  private final Set<String> modifiedHeads;
  private final SubjectSpans spans;

  NamedSubjects(Gazetteer gazetteer, Resources resources, SubjectSpans spans) {
    this.gazetteer = gazetteer;
    this.modifiedHeads = resources.wordSet("statements/modified-heads.txt");
    this.spans = spans;
  }

  /** An actor named between tokens {@code from} and {@code to}, and where the name is. */
  private record Named(String name, boolean person, boolean country, int first, int last) {}

  /**
   * Actors named between {@code from} and {@code to} (not in quotes or brackets, not modifying a
   * name after them), persons first; {@code one} keeps only the first.
   */
  Subject of(Sentence s, int from, int to, Speakers speakers, boolean one) {
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
    if (!anyPerson && to - from > MAX_NON_PERSON_SPAN) {
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
    for (Mention m : speakers.within(s.tokens.get(from).start(), s.tokens.get(to - 1).end())) {
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
      named.add(
          new Named(
              m.name(), m.type() == ActorType.PERSON, m.type() == ActorType.COUNTRY, first, t - 1));
    }
    while (t < to) {
      t = surnameOrRole(s, t, to, speakers, named);
    }
    return named;
  }

  /**
   * Adds the person token {@code t} names as a surname or "the <title>", or the organisation it
   * names by its first word; returns the next token.
   */
  private int surnameOrRole(Sentence s, int t, int to, Speakers speakers, List<Named> named) {
    if (s.quotedOrBracketed(s.tokens.get(t).start())) {
      return t + 1;
    }
    boolean alone = !partOfLongerName(s, t);
    var surname = speakers.bySurname(s.tokens.get(t).text()).filter(n -> alone);
    if (surname.isPresent()) {
      named.add(new Named(surname.get(), true, false, t, t));
      return t + 1;
    }
    var organisation = speakers.byShortName(s.tokens.get(t).text());
    int run = organisation.map(o -> continues(s, t, o)).orElse(0);
    if (run > 0) {
      named.add(new Named(organisation.get(), false, false, t, t + run - 1));
      return t + run;
    }
    if (s.lower.get(t).text().equals("the") && t + 1 < to) {
      PhraseTrie.Match<String> role = gazetteer.titleAt(s.tokens.subList(0, to), t + 1);
      var person = role == null ? null : speakers.byRole(role.value()).orElse(null);
      if (person != null) {
        named.add(new Named(person, true, false, t, role.end() - 1));
        return role.end();
      }
    }
    return t + 1;
  }

  /**
   * How many capitalised words from {@code t} name {@code organisation}: its first words as
   * written, with what follows them ("Norfolk Southern Corp" for "Norfolk Southern", "Union
   * Carbide" for "Union Carbide Corp"); 0 when they part from its name ("Diamond Shamrock Offshore"
   * is not "Diamond Shamrock Corp", "Petroleum Intelligence Weekly" not "Petroleum Industry …").
   */
  private static int continues(Sentence s, int t, String organisation) {
    String[] words = organisation.split(" ");
    int run = 0;
    while (t + run < s.last
        && s.tokens.get(t + run).word()
        && s.tokens.get(t + run).capitalized()) {
      if (run < words.length
          && !Speakers.fold(words[run]).equals(Speakers.fold(s.tokens.get(t + run).text()))) {
        return 0;
      }
      run++;
    }
    return run;
  }

  /**
   * True when the capitalised word at {@code t} runs on into more capitalised words that the
   * article does not know as a name: "Dean Foods Co" is not the "Dean" of "Howard Dean".
   */
  private static boolean partOfLongerName(Sentence s, int t) {
    return t + 1 < s.last && s.tokens.get(t + 1).word() && s.tokens.get(t + 1).capitalized();
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
    if (n.country() && next < to && spans.qualifies(s, next)) {
      return true; // "American Express said", "Dutch chemicals group Akzo said", "A U.S. diplomat"
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
    boolean opener = start == s.first && spans.opensIntroduction(s);
    return opener && start < name ? start + 1 : start; // "As President Hugo Chávez said"
  }
}
