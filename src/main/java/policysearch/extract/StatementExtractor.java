package policysearch.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds statements: sentences whose subject is an actor and whose verb is a speech verb ({@code
 * statements/verbs.txt}), quotes included; pronouns and roles ("he", "the President", "both
 * leaders", {@code statements/references.tsv}) resolve to the actor they refer to; the text of a
 * first-person statement ("Statement from President Joe Biden") belongs to its author.
 */
public final class StatementExtractor {
  private static final int SUBJECT_WINDOW = 6;
  private static final Pattern FIRST_PERSON_TITLE =
      Pattern.compile("^\\s*(joint\\s+)?statement\\s+(from|by|of)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE_SUBJECT =
      Pattern.compile("\\s(on|regarding|about|announcing|marking)\\s", Pattern.CASE_INSENSITIVE);
  private final PhraseTrie<String> verbs = new PhraseTrie<>();
  private final SubjectResolver subjects;
  private final TopicClassifier topics;

  /** Loads the verb and reference lists through {@code resources}. */
  public StatementExtractor(Resources resources, Gazetteer gazetteer, TopicClassifier topics) {
    for (String[] row : resources.rows("statements/verbs.txt")) {
      String verb = row[0].strip().toLowerCase(Locale.ROOT);
      verbs.add(Tokenizer.words(verb), verb);
    }
    PhraseTrie<String> references = new PhraseTrie<>();
    for (String[] row : resources.tableRows("statements/references.tsv")) {
      references.add(Tokenizer.words(row[0].strip().toLowerCase(Locale.ROOT)), row[1].strip());
    }
    this.subjects = new SubjectResolver(references, gazetteer);
    this.topics = topics;
  }

  /**
   * The statements of an article.
   *
   * @param titleMentions actors named in the title
   * @param mentions actors named in the text, offsets into {@code text}
   */
  public List<Statement> extract(
      String title, String text, List<Mention> titleMentions, List<Mention> mentions) {
    Speakers speakers = new Speakers(titleMentions, mentions, author(title, titleMentions));
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Token> lower =
        tokens.stream()
            .map(t -> new Token(t.text().toLowerCase(Locale.ROOT), t.start(), t.end()))
            .toList();
    Authored authored = new Authored(text, speakers, topics);
    int t = 0;
    for (int[] span : SentenceSplitter.split(text)) {
      while (t < tokens.size() && tokens.get(t).start() < span[0]) {
        t++;
      }
      int first = t;
      while (t < tokens.size() && tokens.get(t).end() <= span[1]) {
        t++;
      }
      Sentence s = new Sentence(text, tokens, lower, first, t, span[0], span[1]);
      Optional<Statement> reported = reported(s, speakers);
      authored.add(span, reported.orElse(null));
      speakers.sawSubject(
          reported.map(r -> r.speakers().get(0).name()).or(() -> firstPerson(s, speakers)));
    }
    return authored.statements();
  }

  /** The person a "Statement from President Joe Biden on …" title names before its subject. */
  private static String author(String title, List<Mention> titleMentions) {
    if (title == null || !FIRST_PERSON_TITLE.matcher(title).find()) {
      return null;
    }
    var subject = TITLE_SUBJECT.matcher(title);
    int limit = subject.find() ? subject.start() : title.length();
    return titleMentions.stream()
        .filter(m -> m.type() == ActorType.PERSON && m.start() < limit)
        .map(Mention::name)
        .findFirst()
        .orElse(null);
  }

  /** The person a sentence opens with (its likely subject), within its first few words. */
  private static Optional<String> firstPerson(Sentence s, Speakers speakers) {
    int opening =
        s.first + SUBJECT_WINDOW < s.last ? s.tokens.get(s.first + SUBJECT_WINDOW).start() : s.end;
    return speakers.within(s.start, s.end).stream()
        .filter(m -> m.type() == ActorType.PERSON && m.start() < opening)
        .map(Mention::name)
        .findFirst();
  }

  private Optional<Statement> reported(Sentence s, Speakers speakers) {
    if (s.length() < 4 || s.lower.get(s.first).text().equals("q")) {
      return Optional.empty();
    }
    for (int i = s.first; i < s.last; i++) {
      PhraseTrie.Match<String> verb =
          s.quoted(i) ? null : verbs.longestMatch(s.lower.subList(0, s.last), i);
      if (verb == null) {
        continue;
      }
      List<String> who = subjects.speakers(s, i, verb.end(), speakers);
      if (!who.isEmpty()) {
        String text = s.text();
        return Optional.of(
            new Statement(
                who.stream().map(speakers::actor).toList(),
                text,
                s.start,
                s.end,
                verb.value(),
                topics.passageTopics(text)));
      }
      i = verb.end() - 1;
    }
    return Optional.empty();
  }
}
