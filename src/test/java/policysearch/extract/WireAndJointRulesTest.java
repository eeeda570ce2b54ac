package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireAndJointRulesTest {
  @Test
  void aPersonRightAfterASpeechVerbThatFollowsACommaIsItsSubjectWithoutQuotes() {
    assertEquals(
        List.of(
            "[Maria Delgado] said «Maria Delgado»: Harlow Mining Corp stands to lose 10 mln dlrs"
                + " if copper prices fall further, said Maria Delgado, analyst with Fenwick"
                + " Securities.",
            "[Maria Delgado] noted «He»: He noted that the loss would not show this quarter."),
        Said.in(
            null,
            "Harlow Mining Corp stands to lose 10 mln dlrs if copper prices fall further, said"
                + " Maria Delgado, analyst with Fenwick Securities.\n\nHe noted that the loss"
                + " would not show this quarter."));
  }

  @Test
  void aCommaBeforeASpeechVerbFollowedByNoPersonMakesNoStatement() {
    assertEquals(
        List.of(),
        Said.in(null, "Exports of copper fell sharply in March, noted an analyst in London."));
  }

  @Test
  void anOrganisationsFirstWordAloneStandsForIt() {
    assertEquals(
        List.of(
            "[Harlow Mining Corp] said «Harlow Mining Corp»: Harlow Mining Corp said it will close"
                + " the Blackwater mine in June.",
            "[Harlow Mining Corp] said «HARLOW»: HARLOW said output would fall by half."),
        Said.in(
            null,
            "Harlow Mining Corp said it will close the Blackwater mine in June.\n\nHARLOW said"
                + " output would fall by half."));
  }

  @Test
  void aFirstWordAlsoUsedAsAnOrdinaryWordDoesNotStandForTheOrganisation() {
    assertEquals(
        List.of(
            "[Pacific Timber Corp] said «Pacific Timber Corp»: Pacific Timber Corp said it sold"
                + " its mill in Oregon."),
        Said.in(
            null,
            "Pacific Timber Corp said it sold its mill in Oregon.\n\nDemand on the pacific coast"
                + " is weak. Pacific said prices would rise."));
  }

  private static final String COMMITMENTS =
      "Canada and Chile commit to hold annual talks on critical minerals. Chile notes its"
          + " intention to lower tariffs on wheat. Canada will open a trade office in Santiago.";

  @Test
  void inAJointStatementAPartysCommitmentIsItsStatementButAMereWillIsNot() {
    assertEquals(
        List.of(
            "[Canada, Chile] commit to «Canada and Chile»: Canada and Chile commit to hold annual"
                + " talks on critical minerals.",
            "[Chile] notes «Chile»: Chile notes its intention to lower tariffs on wheat."),
        Said.in("Joint Statement on Canada-Chile Trade", COMMITMENTS));
  }

  @Test
  void outsideAJointStatementCommitmentWordsAreNoSpeechVerbs() {
    assertEquals(List.of(), Said.in("Canada and Chile Trade Talks Resume", COMMITMENTS));
  }
}
