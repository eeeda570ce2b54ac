package policysearch.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds who a speech verb's subject is: a pronoun, group word or "the <title>" just before the
 * verb, else the actors named just before it or between the start of its clause and the verb
 * (persons first, modifiers left out), else, after a quote, the name that follows the verb ("…,”
 * said Jens Stoltenberg"); a verb after "and" shares the sentence's opening subject.
 */
final class SubjectResolver {
  private final PhraseTrie<String> references;
  private final Gazetteer gazetteer;
  private final SubjectSpans spans;
  private final NamedSubjects names;
  private final Set<String> unnamed;

  SubjectResolver(PhraseTrie<String> references, Gazetteer gazetteer, Resources resources) {
    this.references = references;
    this.gazetteer = gazetteer;
    this.spans = new SubjectSpans(gazetteer, resources);
    this.names = new NamedSubjects(gazetteer, resources, spans);
    this.unnamed = resources.wordSet("statements/unnamed-speakers.txt");
  }

  /** The subject of the verb at {@code [verb, verbEnd)}, resolved to canonical names. */
  Subject speakers(Sentence s, int verb, int verbEnd, Speakers speakers) {
    boolean byAgent = verbEnd < s.last && s.lower.get(verbEnd).text().equals("by");
    int tail = spans.tail(s, verb);
    if (byAgent || tail < s.first || spans.passive(s, verb, tail)) {
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
    int from = spans.spanStart(s, verb);
    if (joined.equals("who") && tail - 1 > from && s.tokens.get(tail - 1).text().equals(",")) {
      // "… the Heads of State of Pakistan, Turkey and Iran, who expressed …"
      return names.of(s, SubjectSpans.listStart(s, from, tail - 1), tail - 1, speakers, false);
    }
    int to = spans.appositive(s, from, verb);
    // "…, the only Democrat to support Reagan, later said": after an appositive, an adverb
    boolean common = to == verb && SubjectSpans.commonNoun(s, from, tail);
    if (spans.nounSubject(s, from, verb) || common) {
      if (unnamed.contains(s.lower.get(tail).text())) {
        speakers.sawUnnamed(s.start);
      }
      return Subject.NONE;
    }
    Subject subject = names.of(s, spans.nameBlock(s, from, to), to, speakers, false);
    if (subject.isEmpty() || !subject.person()) {
      // persons first: "… Biden today announced" — but an organisation just before the verb is not
      // joined by the names of an earlier clause ("<Ord Minnett> will underwrite it, Emperor said")
      // or of a modifier ("Fiji gold miner <Emperor Mines> said")
      Subject whole = names.of(s, from, to, speakers, false);
      subject = whole.isEmpty() || !subject.isEmpty() && !whole.person() ? subject : whole;
    }
    if (!subject.isEmpty()) {
      return subject;
    }
    if (s.quoted(tail)) {
      return names.of(s, verbEnd, SubjectSpans.clauseEnd(s, verbEnd), speakers, true);
    }
    return s.tokens.get(tail).text().equals(",") ? inverted(s, verbEnd, speakers) : Subject.NONE;
  }

  /**
   * Wire copy's inverted order without a quote: "…, stands to lose 15 mln dlrs, said Joseph
   * Arsenio, analyst with …" — the person (with a title) right after the verb; "…, noted that Japan
   * …" names no one.
   */
  private Subject inverted(Sentence s, int verbEnd, Speakers speakers) {
    if (verbEnd >= s.last || !s.tokens.get(verbEnd).capitalized()) {
      return Subject.NONE;
    }
    Subject after = names.of(s, verbEnd, SubjectSpans.clauseEnd(s, verbEnd), speakers, true);
    boolean right =
        after.person()
            && s.source(s.tokens.get(verbEnd).start(), s.end).startsWith(after.mention());
    return right ? after : Subject.NONE;
  }

  /**
   * The subject the sentence opens with, for a verb that has none of its own ("…, underscoring"; "…
   * to reaffirm"); nobody when the sentence is a question or opens with a passive.
   */
  Subject opening(Sentence s, int verb, Speakers speakers) {
    return leading(s, verb, speakers);
  }

  /** The subject a sentence opens with: a pronoun or role, else the names before its first verb. */
  private Subject leading(Sentence s, int verb, Speakers speakers) {
    int start = spans.introEnd(s, verb);
    for (int end = Math.min(s.last, start + 3); end > start; end--) {
      Subject referred = reference(s, end - 1, speakers);
      if (referred != null
          && !referred.isEmpty()
          && s.source(s.tokens.get(start).start(), s.end).startsWith(referred.mention())) {
        return referred; // "He also highlighted …, and stressed …"
      }
    }
    return names.of(s, start, spans.nameBlockEnd(s, start, verb), speakers, false);
  }

  /**
   * A pronoun, group word or "the <title>" ending at token {@code tail}, resolved (to nobody when
   * the article names no one it can mean); null when there is none.
   */
  private Subject reference(Sentence s, int tail, Speakers speakers) {
    for (int start = Math.max(s.first, tail - 3); start <= tail; start++) {
      PhraseTrie.Match<String> ref = references.longestMatch(s.lower.subList(0, tail + 1), start);
      if (ref != null && ref.end() == tail + 1) {
        int at = s.tokens.get(start).start();
        List<String> names =
            switch (ref.value()) {
              case "person" -> speakers.lastSubject(at).map(List::of).orElse(List.of());
              case "persons" -> speakers.meetingParties();
              case "group" -> speakers.group();
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
}
