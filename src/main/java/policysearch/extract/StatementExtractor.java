package policysearch.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import policysearch.corpus.DocumentSpeaker;

/**
 * Finds statements: sentences whose subject is an actor and whose verb is a speech verb ({@code
 * statements/verbs.txt}), quotes included; pronouns and roles ("he", "the President", "both
 * leaders", {@code statements/references.tsv}) resolve to the actor they refer to; first-person
 * words belong to their speaker — the author a "Statement from President Joe Biden" title names,
 * the speaker a speech's record names, or the speaker a transcript turn's label names.
 */
public final class StatementExtractor {
  private static final int SUBJECT_WINDOW = 6;
  static final int PASSAGE_CHARS = Integer.getInteger("passage", 1200);
  private final PhraseTrie<String> verbs = new PhraseTrie<>();
  private final Set<String> firstPersonWords = new LinkedHashSet<>();
  private final SubjectResolver subjects;
  private final SentenceSplitter splitter;
  private final Voices voices;
  private final MeetingParties parties;
  private final TopicClassifier topics;

  /** Loads the verb, reference and rule lists through {@code resources}. */
  public StatementExtractor(Resources resources, Gazetteer gazetteer, TopicClassifier topics) {
    for (String[] row : resources.rows("statements/verbs.txt")) {
      String verb = row[0].strip().toLowerCase(Locale.ROOT);
      verbs.add(Tokenizer.words(verb), verb);
    }
    PhraseTrie<String> references = new PhraseTrie<>();
    for (String[] row : resources.tableRows("statements/references.tsv")) {
      String phrase = row[0].strip().toLowerCase(Locale.ROOT);
      references.add(Tokenizer.words(phrase), row[1].strip());
      if (row[1].strip().equals("author")) {
        firstPersonWords.add(phrase);
      }
    }
    this.subjects = new SubjectResolver(references, gazetteer, resources);
    this.splitter = new SentenceSplitter(resources);
    this.voices = new Voices(resources, gazetteer);
    this.parties = new MeetingParties(splitter, resources);
    this.topics = topics;
  }

  /**
   * The statements of an article.
   *
   * @param titleMentions actors named in the title
   * @param mentions actors named in the text, offsets into {@code text}
   * @param speaker who delivers the whole text as its record says, or null
   */
  public List<Statement> extract(
      String title,
      String text,
      List<Mention> titleMentions,
      List<Mention> mentions,
      DocumentSpeaker speaker) {
    Speakers speakers = new Speakers(titleMentions, mentions);
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Token> lower =
        tokens.stream()
            .map(t -> new Token(t.text().toLowerCase(Locale.ROOT), t.start(), t.end()))
            .toList();
    List<Voices.Part> parts = voices.parts(title, text, titleMentions, speaker, speakers);
    if (parts.stream().noneMatch(Voices.Part::turn)) {
      speakers.meeting(parties.of(title, text, titleMentions, speakers));
    }
    Authored authored = new Authored(text, topics, firstPersonWords, PASSAGE_CHARS);
    int t = 0;
    for (Voices.Part part : parts) {
      if (part.silent()) {
        continue;
      }
      speakers.speaking(part.voice());
      for (int[] span : splitter.split(text, part.start(), part.end())) {
        while (t < tokens.size() && tokens.get(t).start() < span[0]) {
          t++;
        }
        int first = t;
        while (t < tokens.size() && tokens.get(t).end() <= span[1]) {
          t++;
        }
        Sentence s = new Sentence(text, tokens, lower, first, t, span[0], span[1]);
        Optional<Statement> reported = reported(s, speakers);
        authored.add(span, reported.orElse(null), part.voice());
        speakers.sawSubject(
            reported.map(r -> r.speakers().get(0).name()).or(() -> firstPerson(s, speakers)));
      }
    }
    return authored.statements();
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
      Subject who = subjects.speakers(s, i, verb.end(), speakers);
      if (!who.isEmpty()) {
        String text = s.text();
        String cue = s.source(s.tokens.get(i).start(), s.tokens.get(verb.end() - 1).end());
        return Optional.of(
            new Statement(
                who.names().stream().map(speakers::actor).toList(),
                text,
                s.start,
                s.end,
                verb.value(),
                topics.passageTopics(text),
                new Attribution(cue, who.mention())));
      }
      i = verb.end() - 1;
    }
    return Optional.empty();
  }
}
