package policysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tags an article with the topics whose cues ({@link TopicCues}) score above the topic's threshold.
 * The evidence is read sentence by sentence: one sentence adds at most {@value #SENTENCE_CAP} to a
 * topic, and a topic needs cues in at least {@value #MIN_PLACES} places (the title is one place),
 * so one sentence naming a "free trade agreement" does not make a trade article. Title cues count
 * triple; the threshold grows with the square root of the length, so a passing mention in a long
 * briefing does not tag it, and shrinks a little for short wire items. Meaning ({@link
 * TopicMeaning}) weighs in: the {@value #MEANING_LEADERS} topics most of the sentences are nearest
 * to count their cues double, so a subject told in words no cue list has still reaches its
 * threshold and a passing mention falls behind the main subjects. Of the topics above their
 * thresholds an article keeps the few strongest.
 */
public final class TopicClassifier {
  private static final int TITLE_FACTOR = 3;
  private static final double REFERENCE_WORDS = 400;
  private static final double PASSAGE_THRESHOLD = 3;

  /** The most one sentence adds to a topic: a topic is made by several sentences, not one. */
  static final double SENTENCE_CAP = 8;

  /** A topic needs cues in this many sentences (the title counts as one). */
  static final int MIN_PLACES = 2;

  /**
   * The threshold scales down to this share for texts shorter than {@link #REFERENCE_WORDS}: a
   * 150-word wire item about a takeover says "takeover" once or twice, not five times.
   */
  private static final double MIN_LENGTH_FACTOR = 0.7;

  /** An article is about a few topics: at most this many, the strongest first. */
  private static final int MAX_TOPICS = 4;

  /**
   * A topic above its threshold is kept only with this share of the strongest topic's strength
   * (score over threshold) and of the most sentences any tagged topic has cues in: a climate order
   * that mentions workers is not about labour, nor a long speech about budgets about one crime
   * bill.
   */
  private static final double MIN_SHARE_OF_TOP = 0.3;

  /** How many topics, those most sentences are nearest to in meaning, get their cues doubled. */
  static final int MEANING_LEADERS = 2;

  /**
   * How much more the meaning of a paragraph's first sentence weighs than that of the others: a
   * paragraph opens by naming its matter ("The leaders discussed …") and goes on into details.
   */
  static final double PARAGRAPH_OPENING_VOTES = 2;

  /** What the cues of a topic the meaning leads with are multiplied by. */
  private static final double MEANING_BOOST = 2;

  /** The cues alone must reach this share of the threshold for meaning to weigh in. */
  private static final double MEANING_FLOOR = 0.5;

  private final List<Topic> topics;
  private final TopicCues cues;
  private final TopicMeaning meaning;
  // The shipped abbreviation list (the statement rules read the same file into the fingerprint).
  private final SentenceSplitter splitter = new SentenceSplitter(new Resources());

  /** Loads the cues for the taxonomy's topics through {@code resources}. */
  public TopicClassifier(Taxonomy taxonomy, Resources resources) {
    this(
        taxonomy.all(),
        resources.tableRows("taxonomy/topic-rules.tsv"),
        new WordVectors(resources),
        TopicMeaning.baselines(resources.tableRows("taxonomy/meaning-baseline.tsv")));
  }

  /**
   * A classifier for {@code topics} with the given rule rows (topic, weight, cue[, context]) and
   * word vectors, every topic with the same meaning baseline.
   */
  TopicClassifier(List<Topic> topics, List<String[]> rules, WordVectors words) {
    this(topics, rules, words, Map.of());
  }

  /** As above, with each topic's meaning baseline (topic id to mean cosine). */
  TopicClassifier(
      List<Topic> topics, List<String[]> rules, WordVectors words, Map<String, Double> baselines) {
    this.topics = List.copyOf(topics);
    this.cues = new TopicCues(this.topics, rules);
    this.meaning = new TopicMeaning(this.topics, words, baselines);
  }

  /** What an article says, read sentence by sentence. */
  private record Evidence(double[] scores, int[] places, TopicMeaning.Votes votes, int words) {}

  /** Topic ids for the article, highest score first. */
  public List<String> classify(String title, String text) {
    int n = topics.size();
    Evidence evidence = read(title, text);
    double[] scores = evidence.scores();
    int[] places = evidence.places();
    TopicMeaning.Votes votes = evidence.votes();
    int words = evidence.words();
    double lengthFactor = Math.max(MIN_LENGTH_FACTOR, Math.sqrt(words / REFERENCE_WORDS));
    double[] strength = new double[n];
    for (int t = 0; t < n; t++) {
      strength[t] = scores[t] / (topics.get(t).threshold() * lengthFactor);
    }
    weighMeaning(strength, votes);
    List<Integer> tagged = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      if (strength[t] >= 1 && places[t] >= MIN_PLACES) {
        tagged.add(t);
      }
    }
    tagged.sort((a, b) -> Double.compare(strength[b], strength[a]));
    return strongest(tagged, strength, places);
  }

  /**
   * The cue scores and places of every topic, the meaning votes and the number of words of the
   * article's title and text.
   */
  private Evidence read(String title, String text) {
    int n = topics.size();
    double[] scores = new double[n];
    int[] places = new int[n];
    double[] here = new double[n];
    TopicMeaning.Votes votes = meaning.votes();
    if (title != null) {
      String[] titleWords = Words.of(title);
      addPlace(titleWords, TITLE_FACTOR, Double.MAX_VALUE, here, scores, places);
      votes.add(titleWords, TITLE_FACTOR);
    }
    int words = 0;
    int previousEnd = 0;
    for (int[] sentence : splitter.split(text)) {
      String[] sentenceWords = Words.of(text, sentence[0], sentence[1]);
      words += sentenceWords.length;
      addPlace(sentenceWords, 1, SENTENCE_CAP, here, scores, places);
      boolean opens = previousEnd == 0 || paragraphBreak(text, previousEnd, sentence[0]);
      votes.add(sentenceWords, opens ? PARAGRAPH_OPENING_VOTES : 1);
      previousEnd = sentence[1];
    }
    return new Evidence(scores, places, votes, words);
  }

  /** The topics most of the article's sentences mean, most votes first (the meaning leaders). */
  int[] meaningLeaders(String title, String text) {
    return read(title, text).votes().leading(MEANING_LEADERS);
  }

  /** Whether a blank line separates {@code text[from, to)}: the next sentence opens a paragraph. */
  private static boolean paragraphBreak(String text, int from, int to) {
    // Bounded: a search to the next blank line would read a long paragraph once per sentence.
    return text.indexOf("\n\n", from, Math.min(to + 1, text.length())) >= 0;
  }

  /** Doubles the strength of the topics most sentences mean, where the cues reach the floor. */
  private static void weighMeaning(double[] strength, TopicMeaning.Votes votes) {
    for (int t : votes.leading(MEANING_LEADERS)) {
      if (strength[t] >= MEANING_FLOOR) {
        strength[t] *= MEANING_BOOST;
      }
    }
  }

  /** Of the tagged topics (strongest first), the few near the top in strength and in spread. */
  private List<String> strongest(List<Integer> tagged, double[] strength, int[] places) {
    int widest = 0;
    for (int t : tagged) {
      widest = Math.max(widest, places[t]);
    }
    List<String> kept = new ArrayList<>();
    for (int t : tagged) {
      if (kept.size() < MAX_TOPICS
          && strength[t] >= MIN_SHARE_OF_TOP * strength[tagged.get(0)]
          && places[t] >= MIN_SHARE_OF_TOP * widest) {
        kept.add(topics.get(t).id());
      }
    }
    return kept;
  }

  /**
   * Adds one place's evidence (a sentence or the title): its positive score per topic, capped, and
   * one place for each topic it scores. Negative cues only cancel false friends in the same place.
   * {@code here} is scratch space, left zeroed.
   */
  private void addPlace(
      String[] words, double factor, double cap, double[] here, double[] scores, int[] places) {
    if (words.length == 0) {
      return;
    }
    cues.score(words, factor, here);
    for (int t = 0; t < here.length; t++) {
      if (here[t] > 0) {
        scores[t] += Math.min(here[t], cap);
        places[t]++;
      }
      here[t] = 0;
    }
  }

  /**
   * Topics of a short passage such as a statement: a sentence cannot repeat its cues the way an
   * article does, so a lower fixed score is enough.
   */
  public List<String> passageTopics(String text) {
    double[] scores = new double[topics.size()];
    cues.score(Words.of(text), 1, scores);
    List<String> tagged = new ArrayList<>();
    for (int t = 0; t < scores.length; t++) {
      if (scores[t] >= PASSAGE_THRESHOLD) {
        tagged.add(topics.get(t).id());
      }
    }
    return tagged;
  }
}
