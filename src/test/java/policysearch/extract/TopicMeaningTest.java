package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Meaning evidence: sentences vote for the topics they are nearest to by the shipped vectors. */
class TopicMeaningTest {
  private static final WordVectors VECTORS = new WordVectors(new Resources());
  private static final WordVectors NO_VECTORS = new WordVectors(new byte[8], Set.of());
  private static final List<Topic> TOPICS =
      List.of(
          new Topic("trade", "economy", "Trade", "tariffs, imports and exports", 10),
          new Topic("health", "society", "Health", "public health, vaccines, hospitals", 10),
          new Topic("education", "society", "Education", "schools, universities", 10));
  private static final List<String[]> CUES =
      List.of(
          new String[] {"trade", "3", "tariff*"},
          new String[] {"health", "3", "vaccine*"},
          new String[] {"education", "3", "school*"});

  private static int[] leading(String... sentences) {
    return leading(Map.of(), sentences);
  }

  private static int[] leading(Map<String, Double> baselines, String... sentences) {
    TopicMeaning.Votes votes = new TopicMeaning(TOPICS, VECTORS, baselines).votes();
    for (String sentence : sentences) {
      votes.add(Words.of(sentence), 1);
    }
    return votes.leading(2);
  }

  @Test
  void aSentenceVotesForTheTopicItMeansWithoutItsCueWords() {
    assertArrayEquals(new int[] {1}, leading("Doctors treated the sick patients in the clinic."));
    assertArrayEquals(new int[] {2}, leading("Pupils and teachers returned to the classrooms."));
  }

  @Test
  void theTopicsMostSentencesAreNearestToLead() {
    assertArrayEquals(
        new int[] {1, 0},
        leading(
            "Doctors treated the sick patients in the clinic.",
            "Nurses cared for the sick in the clinic.",
            "Customs duties on foreign goods rose."));
  }

  @Test
  void aTopicCountsOnlyHowMuchNearerThanItsBaselineASentenceIs() {
    String sentence = "The nurses taught pupils about vaccines in school.";
    assertArrayEquals(new int[] {2}, leading(sentence));
    assertArrayEquals(
        new int[] {1}, leading(Map.of("trade", 0.0, "health", 0.0, "education", 0.3), sentence));
  }

  @Test
  void aTopicWithoutABaselineGetsTheMeanOfTheOthers() {
    String sentence = "The nurses taught pupils about vaccines in school.";
    assertArrayEquals(new int[] {1}, leading(Map.of("trade", 0.6, "health", 0.0), sentence));
  }

  @Test
  void theFirstSentenceOfAParagraphVotesDouble() {
    TopicClassifier classifier = new TopicClassifier(TOPICS, CUES, VECTORS);
    String health = "Doctors treated the sick patients in the clinic.";
    String education = "Pupils and teachers returned to the classrooms of the old school.";

    assertArrayEquals(new int[] {1, 2}, classifier.meaningLeaders(null, health + " " + education));
    assertArrayEquals(
        new int[] {2, 1}, classifier.meaningLeaders(null, health + "\n\n" + education));
  }

  @Test
  void stopWordsAndUnknownWordsVoteForNothing() {
    assertArrayEquals(new int[0], leading("It is what it is, and they were there.", "Xqzt blorf."));
  }

  @Test
  void theMeaningOfTheSentencesLiftsATopicWhoseCuesFallShort() {
    String text =
        "Vaccines arrived at the clinic. Doctors treated the sick patients. Nurses cared for the"
            + " sick all night. More vaccines are on the way.";
    assertEquals(List.of(), new TopicClassifier(TOPICS, CUES, NO_VECTORS).classify(null, text));
    assertEquals(
        List.of("health"), new TopicClassifier(TOPICS, CUES, VECTORS).classify(null, text));
  }

  @Test
  void aPassingMentionFallsBehindTheSubjectsTheMeaningLeadsWith() {
    String text =
        "Vaccines arrived at the clinic. Doctors gave the vaccines to the sick. Nurses gave"
            + " vaccines all night. The vaccines saved lives. More vaccines came. Vaccines ran"
            + " short. Pupils and teachers returned to the classrooms. Teachers marked the"
            + " homework of their pupils. The classrooms were full of children. Tariffs on paper"
            + " rose. The tariff on ink rose and tariffs on glue.";
    assertEquals(
        List.of("health", "trade"),
        new TopicClassifier(TOPICS, CUES, NO_VECTORS).classify(null, text));
    assertEquals(
        List.of("health"), new TopicClassifier(TOPICS, CUES, VECTORS).classify(null, text));
  }
}
