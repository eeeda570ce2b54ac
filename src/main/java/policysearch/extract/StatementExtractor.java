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

  /** At most this many words close a sentence after its reporting verb ("said in a statement"). */
  private static final int TAIL_AFTER_VERB = 8;

  /** At most this many words name the speaker of a closing reporting clause (", he added."). */
  private static final int TAIL_SUBJECT = 6;

  /**
   * How far back a "he" may look for the person it means: the paragraph before the current one, and
   * at least this many characters (wire copy writes a paragraph a sentence).
   */
  private static final int RECENT_CHARS = 1200;

  private final PhraseTrie<String> verbs = new PhraseTrie<>();
  private final PhraseTrie<String> jointVerbs = new PhraseTrie<>();
  private final PhraseTrie<String> nonFinite = new PhraseTrie<>();
  private final List<String> jointTitles;
  private final List<String> addresses;
  private final Set<String> firstPersonWords = new LinkedHashSet<>();
  private final Set<String> pronouns = new LinkedHashSet<>();
  private final SubjectResolver subjects;
  private final SentenceSplitter splitter;
  private final Voices voices;
  private final MeetingParties parties;
  private final TopicClassifier topics;
  private final Ceremony ceremony;

  /** Loads the verb, reference and rule lists through {@code resources}. */
  public StatementExtractor(Resources resources, Gazetteer gazetteer, TopicClassifier topics) {
    for (String[] row : resources.rows("statements/verbs.txt")) {
      String verb = row[0].strip().toLowerCase(Locale.ROOT);
      verbs.add(Tokenizer.words(verb), verb);
      jointVerbs.add(Tokenizer.words(verb), verb);
    }
    for (String[] row : resources.rows("statements/nonfinite-verbs.txt")) {
      String verb = row[0].strip().toLowerCase(Locale.ROOT);
      nonFinite.add(Tokenizer.words(verb), verb);
    }
    for (String[] row : resources.rows("statements/commitments.txt")) {
      String word = row[0].strip().toLowerCase(Locale.ROOT);
      jointVerbs.add(Tokenizer.words(word), word);
    }
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
    this.subjects = new SubjectResolver(references, gazetteer, resources);
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
    PhraseTrie<String> cues = joint(title) ? jointVerbs : verbs;
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
        Statement reported = reported(s, speakers, cues).orElse(null);
        if (reported == null) {
          reported = QuoteRun.continued(text, previous, runStart, s, topics);
        } else if (ownWords(reported, s, part.voice())) {
          reported = null;
        } else {
          runStart = s.start;
        }
        boolean speech = part.voice() != null && part.voice().cue().equals(Attribution.SPEECH);
        if (reported == null && speech && ceremonial.holds(span[0])) {
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
            && !QuoteRun.quotes(s.text());
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

  private Optional<Statement> reported(Sentence s, Speakers speakers, PhraseTrie<String> verbs) {
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
