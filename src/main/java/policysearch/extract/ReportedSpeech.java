package policysearch.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the reported speech in one sentence: a speech verb ({@code statements/verbs.txt}) whose
 * subject resolves to actors — the closing reporting clause ("…, he added.") before a verb inside
 * what it reports — else a speech verb after "to" or a comma that takes the sentence's subject
 * ({@code statements/nonfinite-verbs.txt}).
 */
final class ReportedSpeech {
  /** At most this many words close a sentence after its reporting verb ("said in a statement"). */
  private static final int TAIL_AFTER_VERB = 8;

  /** At most this many words name the speaker of a closing reporting clause (", he added."). */
  private static final int TAIL_SUBJECT = 6;

  private final PhraseTrie<String> verbs = new PhraseTrie<>();
  private final PhraseTrie<String> jointVerbs = new PhraseTrie<>();
  private final PhraseTrie<String> nonFinite = new PhraseTrie<>();
  private final SubjectResolver subjects;
  private final TopicClassifier topics;

  ReportedSpeech(Resources resources, SubjectResolver subjects, TopicClassifier topics) {
    for (String verb : lowerCase(resources, "statements/verbs.txt")) {
      verbs.add(Tokenizer.words(verb), verb);
      jointVerbs.add(Tokenizer.words(verb), verb);
    }
    for (String verb : lowerCase(resources, "statements/nonfinite-verbs.txt")) {
      nonFinite.add(Tokenizer.words(verb), verb);
    }
    for (String word : lowerCase(resources, "statements/commitments.txt")) {
      jointVerbs.add(Tokenizer.words(word), word);
    }
    this.subjects = subjects;
    this.topics = topics;
  }

  private static List<String> lowerCase(Resources resources, String resource) {
    return resources.rows(resource).stream()
        .map(row -> row[0].strip().toLowerCase(Locale.ROOT))
        .toList();
  }

  /**
   * The statement {@code s} reports, if a speech verb in it has an actor for its subject; {@code
   * joint}: the text is a joint statement, whose parties' commitments are said too.
   */
  Optional<Statement> in(Sentence s, Speakers speakers, boolean joint) {
    PhraseTrie<String> verbs = joint ? jointVerbs : this.verbs;
    boolean tooShort = s.length() < 4 && !s.text().endsWith(":"); // "He said:" introduces a quote
    if (tooShort || s.lower.get(s.first).text().equals("q") || s.text().endsWith("?")) {
      return Optional.empty();
    }
    Statement first = null;
    for (int i = s.first; i < s.last; i++) {
      PhraseTrie.Match<String> verb =
          s.quoted(i) ? null : verbs.longestMatch(s.lower.subList(0, s.last), i);
      if (verb == null) {
        continue;
      }
      boolean tail = first != null && reportingTail(s, i, verb.end());
      if (first == null || tail) {
        Subject who = subjects.speakers(s, i, verb.end(), speakers);
        if (!who.isEmpty()) {
          Statement said = statement(s, i, verb, who, speakers);
          if (tail || reportingTail(s, i, verb.end())) {
            return Optional.of(said);
          }
          first = said;
        }
      }
      i = verb.end() - 1;
    }
    return first != null ? Optional.of(first) : nonFinite(s, speakers);
  }

  /**
   * A speech verb that hangs on the sentence's opening subject: a purpose after the person met
   * ("President Biden spoke with Prime Minister Bennett of Israel to reaffirm …") or a participle
   * after a comma ("…, underscoring that the United States will compete …").
   */
  private Optional<Statement> nonFinite(Sentence s, Speakers speakers) {
    for (int i = s.first + 2; i < s.last; i++) {
      PhraseTrie.Match<String> verb =
          s.quoted(i) ? null : nonFinite.longestMatch(s.lower.subList(0, s.last), i);
      if (verb == null) {
        continue;
      }
      boolean participle = s.lower.get(i).text().endsWith("ing");
      Token before = s.tokens.get(i - 1);
      boolean purpose =
          !participle
              && s.lower.get(i - 1).text().equals("to")
              && (s.tokens.get(i - 2).capitalized() || s.tokens.get(i - 2).text().equals(")"));
      if (participle ? before.text().equals(",") : purpose) {
        Subject who = subjects.opening(s, i, speakers);
        if (!who.isEmpty()) {
          return Optional.of(statement(s, i, verb, who, speakers));
        }
      }
      i = verb.end() - 1;
    }
    return Optional.empty();
  }

  /**
   * True for the reporting clause that closes a sentence: "Texaco offered … and agreed not to …, he
   * added." — its speaker, not the subject of a speech verb inside what is reported, said it. A
   * clause joined by "and" or "but" is a second statement of the same sentence, not its reporter.
   */
  private static boolean reportingTail(Sentence s, int verb, int verbEnd) {
    if (s.last - verbEnd > TAIL_AFTER_VERB) {
      return false;
    }
    for (int i = verbEnd; i < s.last; i++) {
      if (s.tokens.get(i).text().equals(",")) {
        return false;
      }
    }
    for (int i = verb - 1; i > s.first && i >= verb - TAIL_SUBJECT; i--) {
      if (s.tokens.get(i).text().equals(",") && !s.quoted(i)) {
        String opening = s.lower.get(i + 1).text();
        return i + 1 < verb && !opening.equals("and") && !opening.equals("but");
      }
    }
    return false;
  }

  private Statement statement(
      Sentence s, int verb, PhraseTrie.Match<String> match, Subject who, Speakers speakers) {
    String text = s.text();
    String cue = s.source(s.tokens.get(verb).start(), s.tokens.get(match.end() - 1).end());
    return new Statement(
        who.names().stream().map(speakers::actor).toList(),
        text,
        s.start,
        s.end,
        match.value(),
        topics.passageTopics(text),
        new Attribution(cue, who.mention()));
  }
}
