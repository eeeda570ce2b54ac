package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RelatedWeightsTest {
  @Test
  void namedWeightsReplaceTheShippedOnesAndTheRestStay() {
    assertEquals(
        new RelatedWeights(0.5, 0.25, 0.0, 0.05, 0.05, 0.2, 0.1, 14, 0.3, 0, 0),
        RelatedWeights.parse("rare=0.2, date=0.1,days=14,context=0.3"));
    assertEquals(RelatedWeights.DEFAULT, RelatedWeights.parse(""));
  }

  @Test
  void aDecayOfNoDaysOrAnUnknownNameIsRefused() {
    assertThrows(InvalidRequestException.class, () -> RelatedWeights.parse("days=0"));
    assertThrows(InvalidRequestException.class, () -> RelatedWeights.parse("title=0.1"));
  }

  @Test
  void aStatementSaidCloserInTimeScoresHigherByTheDecay() {
    RelatedWeights weights = new RelatedWeights(1, 0.5, 0, 0, 0, 0.2, 0.3, 10, 0, 0, 0);
    Candidate c = new Candidate(0);
    c.similarity = 0.5;
    c.coverage = 0.4;
    c.rare = 0.5;
    c.contextSimilarity = 0.9;
    c.daysApart = 10;
    assertEquals(0.5 + 0.2 + 0.1 + 0.3 * Math.exp(-1), weights.score(c), 1e-12);
    c.daysApart = 0;
    assertEquals(0.5 + 0.2 + 0.1 + 0.3, weights.score(c), 1e-12);
  }

  @Test
  void theContextCosineAndTheShareOfRareWordsAddByTheirWeights() {
    RelatedWeights weights = new RelatedWeights(0.5, 0, 0, 0, 0, 0, 0, 10, 0.5, 0.2, 0);
    Candidate c = new Candidate(0);
    c.similarity = 0.4;
    c.contextSimilarity = 0.8;
    c.matter = 0.5;
    c.daysApart = 3;
    assertEquals(0.2 + 0.4 + 0.1, weights.score(c), 1e-12);
  }
}
