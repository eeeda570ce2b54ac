package policysearch.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who a speech verb's subject is: a pronoun, group word or "the <title>" just before the
 * verb, else the actors named between the start of its clause and the verb (persons first), else,
 * after a quote, the name that follows the verb ("…,” said Jens Stoltenberg).
 */
final class SubjectResolver {
  private static final Set<String> SKIPPED_BEFORE_VERB =
      Set.of(
          "have",
          "has",
          "had",
          "also",
          "further",
          "will",
          "would",
          "jointly",
          "strongly",
          "again",
          "publicly",
          "today",
          "then",
          "repeatedly",
          "each",
          "all",
          "is",
          "are",
          "was",
          "were",
          "been",
          "be",
          "remain",
          "remains",
          "firmly",
          "once",
          "warmly",
          "previously",
          "recently");
  private static final Set<String> INTRODUCTIONS =
      Set.of(
          "during",
          "in",
          "at",
          "after",
          "before",
          "on",
          "while",
          "as",
          "following",
          "with",
          "upon",
          "since",
          "throughout",
          "across",
          "from",
          "finally",
          "today",
          "earlier",
          "later",
          "yesterday",
          "recognizing",
          "building",
          "for",
          "through",
          "over",
          "under",
          "when");
  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "this", "these", "those", "that", "its", "their", "our", "his", "her");

  private final PhraseTrie<String> references;
  private final Gazetteer gazetteer;

  SubjectResolver(PhraseTrie<String> references, Gazetteer gazetteer) {
    this.references = references;
    this.gazetteer = gazetteer;
  }

  /** The subject of the verb at {@code [verb, verbEnd)}, resolved to canonical names. */
  List<String> speakers(Sentence s, int verb, int verbEnd, Speakers speakers) {
    boolean passive = verbEnd < s.last && s.lower.get(verbEnd).text().equals("by");
    int tail = verb - 1;
    while (tail >= s.first && SKIPPED_BEFORE_VERB.contains(s.lower.get(tail).text())) {
      tail--;
    }
    if (passive || tail < s.first) {
      return List.of();
    }
    if (s.lower.get(tail).text().equals("and")
        && tail > s.first
        && s.tokens.get(tail - 1).text().equals(",")) {
      // ", and highlighted …": the verb shares the subject that opens the sentence.
      return leadingReference(s, speakers);
    }
    List<String> referred = reference(s, tail, speakers);
    if (!referred.isEmpty()) {
      return referred;
    }
    int from = spanStart(s, verb);
    boolean nounSubject =
        DETERMINERS.contains(s.lower.get(from).text())
            && from + 1 < verb
            && s.tokens.get(from + 1).word()
            && !s.tokens.get(from + 1).capitalized();
    if (nounSubject) {
      return List.of();
    }
    List<String> subject = subject(s, from, verb, speakers);
    if (!subject.isEmpty()) {
      return subject;
    }
    boolean afterQuote = s.quoted(tail);
    return afterQuote
        ? subject(s, verbEnd, Math.min(s.last, verbEnd + 6), speakers).stream().limit(1).toList()
        : List.of();
  }

  private List<String> leadingReference(Sentence s, Speakers speakers) {
    for (int end = Math.min(s.last, s.first + 3); end > s.first; end--) {
      List<String> referred = reference(s, end - 1, speakers);
      if (!referred.isEmpty()) {
        return referred;
      }
    }
    return List.of();
  }

  /** A pronoun, group word or "the <title>" ending at token {@code tail}. */
  private List<String> reference(Sentence s, int tail, Speakers speakers) {
    for (int start = Math.max(s.first, tail - 3); start <= tail; start++) {
      PhraseTrie.Match<String> ref = references.longestMatch(s.lower.subList(0, tail + 1), start);
      if (ref != null && ref.end() == tail + 1) {
        return switch (ref.value()) {
          case "person" ->
              speakers.lastSubject(s.tokens.get(start).start()).map(List::of).orElse(List.of());
          case "persons" -> speakers.meetingParties();
          case "author" -> speakers.author().map(List::of).orElse(List.of());
          default -> List.of();
        };
      }
      if (s.lower.get(start).text().equals("the")) {
        PhraseTrie.Match<String> role = gazetteer.titleAt(s.tokens.subList(0, tail + 1), start + 1);
        if (role != null && role.end() == tail + 1) {
          return speakers.byRole(role.value()).map(List::of).orElse(List.of());
        }
      }
    }
    return List.of();
  }

  /**
   * Actors named between {@code from} and {@code to} (not in quotes or brackets), persons first.
   */
  private List<String> subject(Sentence s, int from, int to, Speakers speakers) {
    if (from >= to) {
      return List.of();
    }
    Set<String> persons = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    for (Mention m : speakers.within(s.tokens.get(from).start(), s.tokens.get(to - 1).end())) {
      if (!s.quotedOrBracketed(m.start())) {
        (m.type() == ActorType.PERSON ? persons : others).add(m.name());
      }
    }
    for (int i = from; i < to; i++) {
      if (s.quotedOrBracketed(s.tokens.get(i).start())) {
        continue;
      }
      speakers.bySurname(s.tokens.get(i).text()).ifPresent(persons::add);
      if (s.lower.get(i).text().equals("the") && i + 1 < to) {
        PhraseTrie.Match<String> role = gazetteer.titleAt(s.tokens.subList(0, to), i + 1);
        if (role != null) {
          speakers.byRole(role.value()).ifPresent(persons::add);
        }
      }
    }
    if (!persons.isEmpty()) {
      return List.copyOf(persons);
    }
    return to - from <= 12 ? List.copyOf(others) : List.of();
  }

  /**
   * Where the verb's subject may start: after an introductory phrase ("During their dialogue in
   * Tokyo,") and after the last clause boundary (", and", ", but", ";") before the verb.
   */
  private static int spanStart(Sentence s, int verb) {
    int start = s.first;
    if (INTRODUCTIONS.contains(s.lower.get(s.first).text())) {
      for (int i = s.first; i < verb - 1; i++) {
        if (s.tokens.get(i).text().equals(",")) {
          start = i + 1;
          break;
        }
      }
    }
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
}
