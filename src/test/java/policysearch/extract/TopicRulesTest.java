package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule classes of the topic classifier, each on a small rule set written for the test. */
class TopicRulesTest {
  private static final String FILLER = "The committee met in the afternoon and then went home. ";

  private static TopicClassifier classifier(double threshold, String... rules) {
    List<Topic> topics =
        List.of(
            new Topic("trade", "economy", "Trade", "tariffs", threshold),
            new Topic("labour", "economy", "Labour", "unions", threshold));
    return new TopicClassifier(
        topics, java.util.Arrays.stream(rules).map(r -> r.split("\t", -1)).toList(), NO_MEANING);
  }

  /** No word vectors: these tests are about the cue rules alone. */
  private static final WordVectors NO_MEANING = new WordVectors(new byte[8], Set.of());

  private static final TopicClassifier TRADE =
      classifier(10, "trade\t3\ttariff*", "trade\t3\timports", "trade\t3\texports");

  @Test
  void cuesInOneSentenceDoNotMakeATopic() {
    assertEquals(List.of(), TRADE.classify(null, "Tariffs on imports and exports rose."));
  }

  @Test
  void theSameCuesInTwoSentencesMakeATopic() {
    assertEquals(List.of("trade"), TRADE.classify(null, "Tariffs rose. Imports and exports fell."));
  }

  @Test
  void theTitleCountsAsOnePlaceWithTripleWeight() {
    assertEquals(List.of("trade"), TRADE.classify("Tariffs", "Imports fell."));
    assertEquals(List.of(), TRADE.classify(null, "Imports fell."));
  }

  @Test
  void oneSentenceAddsAtMostTheCap() {
    TopicClassifier high =
        classifier(16, "trade\t3\ttariff*", "trade\t3\timports", "trade\t3\texports");
    // 12 in the first sentence counts as 8; 8 + 3 is under 16 x 0.7 for a short text.
    assertEquals(
        List.of(),
        high.classify(null, "Tariffs, imports, exports and tariffs again. Imports fell."));
    assertEquals(
        List.of("trade"),
        high.classify(
            null, "Tariffs and imports rose. Exports and tariffs fell. Imports and exports."));
  }

  @Test
  void aShortWireItemNeedsLessThanTheFullThreshold() {
    TopicClassifier small = classifier(6, "trade\t2.5\ttariff*");
    String twoMentions = "Tariffs rose. The tariff was raised. ";
    assertEquals(List.of("trade"), small.classify(null, twoMentions));
    assertEquals(List.of(), small.classify(null, twoMentions + FILLER.repeat(40)));
  }

  @Test
  void aCueWithAContextCountsOnlyBesideAContextWord() {
    TopicClassifier unions = classifier(6, "labour\t3\tunion\tworkers|member*");
    assertEquals(
        List.of("labour"),
        unions.classify(null, "The union said its workers will protest. The union members voted."));
    assertEquals(
        List.of(),
        unions.classify(null, "The Soviet Union said it would protest. The Union voted again."));
  }

  @Test
  void aNegativeCueCancelsOnlyInItsOwnSentence() {
    TopicClassifier trade =
        classifier(6, "trade\t3\ttrade", "trade\t-3\ttrade center", "trade\t3\ttariff*");
    assertEquals(
        List.of("trade"),
        trade.classify(null, "They met at the Trade Center. Trade grew. Tariffs fell."));
    assertEquals(
        List.of(), trade.classify(null, "They met at the Trade Center. The Trade Center closed."));
  }

  @Test
  void aSideTopicNeedsAThirdOfTheMainTopicsSentences() {
    TopicClassifier both = classifier(6, "trade\t3\ttariff*", "labour\t4\twages");
    String main = "Tariffs rose. ".repeat(7);
    assertEquals(List.of("trade"), both.classify(null, main + "Wages fell. Wages rose."));
    assertEquals(
        List.of("trade", "labour"),
        both.classify(null, main + "Wages fell. Wages rose. Wages held."));
  }

  @Test
  void aRuleForAnUnknownTopicIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> classifier(6, "sport\t3\tfootball"));
  }
}
