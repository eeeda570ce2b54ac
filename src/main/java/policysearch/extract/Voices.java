package policysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import policysearch.corpus.DocumentSpeaker;

/**
 * Splits an article into the parts whose first-person words one speaker speaks: the whole text of a
 * first-person statement (its author named in the title) or of a speech (its speaker named by its
 * record), or each turn of a transcript (its speaker named by the label; a reporter's "Q" turn is
 * nobody's and says nothing).
 */
final class Voices {
  /**
   * Characters {@code [start, end)} spoken by {@code voice} (null: no one named); a {@code silent}
   * part holds no statements at all; {@code turn} marks a transcript turn.
   */
  record Part(int start, int end, Voice voice, boolean silent, boolean turn) {}

  /**
   * A title that names the author of a first-person text: "Statement from President Joe Biden",
   * "Remarks as Prepared for Delivery by First Lady Jill Biden", "Letter from …".
   */
  private static final Pattern FIRST_PERSON_TITLE =
      Pattern.compile(
          "^\\s*(?:[\\w'’-]+\\s+)?(?:statement|remarks|letter|message|excerpts?|address|op-ed)"
              + "\\b[^:;]{0,40}?\\s(?:from|by|of)\\s",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TITLE_SUBJECT =
      Pattern.compile(
          "\\s(on|regarding|about|announcing|marking|at|in|to|before|during)\\s",
          Pattern.CASE_INSENSITIVE);

  private final Gazetteer gazetteer;
  private final TurnLabels labels;
  private final Signature signature;
  private final Set<String> honorifics;
  private final Set<String> firstPersonSubjects;

  Voices(Resources resources, Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.labels = new TurnLabels(resources, gazetteer);
    this.signature = new Signature(gazetteer);
    this.honorifics = resources.wordSet("statements/honorifics.txt");
    this.firstPersonSubjects = resources.wordSet("statements/first-person-subjects.txt");
  }

  /** The parts of {@code text}, in order. */
  List<Part> parts(
      String title,
      String text,
      List<Token> tokens,
      List<Mention> titleMentions,
      DocumentSpeaker speaker,
      Speakers speakers) {
    Voice document =
        speaker != null ? speech(speaker, speakers) : titleAuthor(title, tokens, titleMentions);
    int signed = text.length();
    if (document == null && firstPerson(tokens)) {
      var signatory = signature.of(text, speakers);
      document = signatory.map(Signature.Signed::voice).orElse(null);
      signed = signatory.map(Signature.Signed::at).orElse(signed);
    }
    List<Transcript.Turn> turns = Transcript.turns(text);
    List<Part> parts = new ArrayList<>();
    boolean transcript = false;
    for (Transcript.Turn turn : turns) {
      Optional<String> name =
          turn.question() ? Optional.empty() : labels.speaker(turn.label(), speakers);
      transcript |= turn.question() || name.isPresent();
      Voice voice = name.map(n -> new Voice(n, Attribution.TRANSCRIPT, turn.label())).orElse(null);
      parts.add(new Part(turn.bodyStart(), turn.end(), voice, turn.question(), true));
    }
    if (!transcript) {
      return quoted(text, signed, document, speakers);
    }
    parts.addFirst(new Part(0, turns.get(0).labelStart(), null, false, false));
    return parts;
  }

  /**
   * The text up to {@code end} (a signature) in {@code document}'s voice, but for the paragraphs
   * quoting someone.
   */
  private static List<Part> quoted(String text, int end, Voice document, Speakers speakers) {
    List<Part> parts = new ArrayList<>();
    int from = 0;
    for (Quotations.Quote quote : Quotations.in(text, speakers)) {
      parts.add(new Part(from, quote.intro(), document, false, false));
      parts.add(new Part(quote.intro(), quote.start(), null, true, false));
      parts.add(new Part(quote.start(), quote.end(), quote.voice(), false, false));
      from = quote.end();
    }
    parts.add(new Part(from, Math.max(from, end), document, false, false));
    return parts;
  }

  /**
   * The person a "Statement from President Joe Biden on …" title names before its subject — when
   * the text speaks in the first person at all: a "Statement by the Press Secretary on the
   * President's Meeting" that only reports the meeting has no author's words.
   */
  private Voice titleAuthor(String title, List<Token> tokens, List<Mention> titleMentions) {
    var opening = title == null ? null : FIRST_PERSON_TITLE.matcher(title);
    if (opening == null || !opening.find() || !firstPerson(tokens)) {
      return null;
    }
    var subject = TITLE_SUBJECT.matcher(title);
    int limit = subject.find(opening.end()) ? subject.start() : title.length();
    int from = opening.end();
    return titleMentions.stream()
        .filter(m -> m.type() == ActorType.PERSON && m.start() >= from && m.start() < limit)
        .map(m -> new Voice(m.name(), Attribution.STATEMENT, title.substring(m.start(), m.end())))
        .findFirst()
        .orElse(null);
  }

  /** True when the text says "I" or "we" outside quotes. */
  private boolean firstPerson(List<Token> tokens) {
    boolean quoted = false;
    for (Token t : tokens) {
      String word = t.text();
      if (word.equals("\"")) {
        quoted = !quoted;
      } else if (word.equals("“") || word.equals("”")) {
        quoted = word.equals("“");
      } else if (!quoted && firstPersonSubjects.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The speaker a speech's record names: "Mr. SOARES" is Soares, or the fuller name the text gives
   * him.
   */
  private Voice speech(DocumentSpeaker speaker, Speakers speakers) {
    String written = speaker.names().get(0);
    List<String> words = new ArrayList<>();
    for (String word : written.split("\\s+")) {
      boolean honorific = words.isEmpty() && honorifics.contains(capitalised(word));
      if (!honorific && !word.isEmpty()) {
        boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        words.add(capitals ? TurnLabels.titleCase(word) : word);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    String name = String.join(" ", words);
    if (words.size() == 1) {
      name = speakers.personEndingWith(words, null).orElse(name);
    }
    return new Voice(name, Attribution.SPEECH, written, country(speaker.country()));
  }

  /** The canonical name of the country a record names ("United States of America"), or null. */
  private String country(String recorded) {
    if (recorded == null) {
      return null;
    }
    List<Token> tokens = Tokenizer.tokenize(recorded);
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, 0);
    return known != null && known.end() == tokens.size() ? known.value().name() : recorded;
  }

  /** "SOARES" → "Soares", "Mr." → "Mr", "AL-SHARA" → "Al-Shara". */
  private static String capitalised(String word) {
    return TurnLabels.titleCase(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
  }
}
