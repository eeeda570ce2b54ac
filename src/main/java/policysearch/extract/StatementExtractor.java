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
  static final int PASSAGE_CHARS = 1200;

  /**
   * How far back a "he" may look for the person it means: the paragraph before the current one, and
   * at least this many characters (wire copy writes a paragraph a sentence).
   */
  private static final int RECENT_CHARS = 1200;

  private final List<String> jointTitles;
  private final List<String> addresses;
  private final Set<String> firstPersonWords = new LinkedHashSet<>();
  private final Set<String> pronouns = new LinkedHashSet<>();
  private final ReportedSpeech reportedSpeech;
  private final SentenceSplitter splitter;
  private final Voices voices;
  private final MeetingParties parties;
  private final TopicClassifier topics;
  private final Ceremony ceremony;

  /** Loads the verb, reference and rule lists through {@code resources}. */
  public StatementExtractor(Resources resources, Gazetteer gazetteer, TopicClassifier topics) {
    this.addresses = lowerCaseLines(resources, "statements/addresses.txt");
    this.jointTitles = lowerCaseLines(resources, "statements/joint-titles.txt");
    PhraseTrie<String> references = new PhraseTrie<>();
    for (String[] row : resources.tableRows("statements/references.tsv")) {
      String phrase = row[0].strip().toLowerCase(Locale.ROOT);
      references.add(Tokenizer.words(phrase), row[1].strip());
      if (row[1].strip().equals("author")) {
        firstPersonWords.add(phrase);
      } else if (row[1].strip().equals("person")) {
        pronouns.add(phrase);
      }
    }
    this.reportedSpeech =
        new ReportedSpeech(
            resources, new SubjectResolver(references, gazetteer, resources), topics);
    this.splitter = new SentenceSplitter(resources);
    this.voices = new Voices(resources, gazetteer);
    this.parties = new MeetingParties(splitter, resources);
    this.topics = topics;
    this.ceremony = new Ceremony(resources);
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
    Speakers speakers = new Speakers(titleMentions, mentions, text);
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Token> lower =
        tokens.stream()
            .map(t -> new Token(t.text().toLowerCase(Locale.ROOT), t.start(), t.end()))
            .toList();
    Paragraphs paragraphs = new Paragraphs(text);
    List<Voices.Part> parts = voices.parts(title, text, tokens, titleMentions, speaker, speakers);
    if (speaker == null && parts.stream().noneMatch(Voices.Part::turn)) {
      speakers.meeting(parties.of(title, text, titleMentions, speakers));
    }
    Ceremony.Text ceremonial = ceremony.of(text, paragraphs, splitter);
    Authored authored =
        new Authored(
            text, paragraphs, topics, firstPersonWords, PASSAGE_CHARS, addresses, ceremonial);
    boolean joint = joint(title);
    int t = 0;
    for (Voices.Part part : parts) {
      if (part.silent()) {
        continue;
      }
      speakers.speaking(part.voice());
      Statement previous = null;
      int runStart = 0;
      for (int[] span : splitter.split(text, part.start(), part.end())) {
        while (t < tokens.size() && tokens.get(t).start() < span[0]) {
          t++;
        }
        int first = t;
        while (t < tokens.size() && tokens.get(t).end() <= span[1]) {
          t++;
        }
        Sentence s = new Sentence(text, tokens, lower, first, t, span[0], span[1]);
        speakers.recentFrom(
            Math.min(paragraphs.previousStart(span[0]), Math.max(0, span[0] - RECENT_CHARS)));
        Statement reported = reportedSpeech.in(s, speakers, joint).orElse(null);
        boolean grows = false;
        if (reported == null) {
          reported = QuoteRun.continued(text, previous, runStart, s, topics);
          grows = reported != null;
        } else if (ownWords(reported, s, part.voice())) {
          reported = null;
        } else {
          runStart = s.start;
        }
        boolean speech = part.voice() != null && part.voice().cue().equals(Attribution.SPEECH);
        if (grows) {
          authored.grow(previous, reported);
        } else if (reported == null && speech && ceremonial.holds(span[0])) {
          authored.add(span, null, null); // courtesies to the chair are no one's position
        } else {
          authored.add(span, reported, part.voice());
        }
        if (reported != null) {
          speakers.saw(reported.speakers(), s.start);
        } else {
          speakers.sawSubject(firstPerson(s, speakers), s.start);
        }
        previous = reported;
      }
    }
    return authored.statements();
  }

  /**
   * True when a statement reported inside someone's own words is theirs: "As I said", "Ukraine
   * welcomes …" in Ukraine's speech, or an unquoted "he is committed to …" that only paraphrases.
   */
  private boolean ownWords(Statement reported, Sentence s, Voice voice) {
    if (voice == null) {
      return false;
    }
    boolean own =
        reported.speakers().stream()
            .allMatch(a -> a.name().equals(voice.name()) || a.name().equals(voice.country()));
    boolean paraphrase =
        pronouns.contains(reported.attribution().mention().toLowerCase(Locale.ROOT))
            && !QuoteRun.quotes(s.text())
            && !s.text().endsWith(":"); // "He said:" introduces the quotation that follows
    return own || paraphrase;
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

  private static List<String> lowerCaseLines(Resources resources, String resource) {
    return resources.rows(resource).stream()
        .map(row -> row[0].strip().toLowerCase(Locale.ROOT))
        .toList();
  }

  /** True when the title makes the text a joint statement: its parties' commitments are said. */
  private boolean joint(String title) {
    String lower = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
    return jointTitles.stream().anyMatch(lower::startsWith);
  }
}
