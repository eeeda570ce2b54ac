package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who reported speech belongs to when a sentence holds more than one candidate speaker. */
class ReportingRulesTest {
  @Test
  void aQuotationClosedInTheSentenceBeforeEndsTheSpeakersRunWhichIsOneStatement() {
    assertEquals(
        List.of(
            "[Winston Churchill] said «he»: \"We shall not fail,\" he said. \"We shall not"
                + " tire. Give us the tools.\""),
        Said.in(
            null,
            "Winston Churchill spoke to the nation by radio. \"We shall not fail,\" he said. \"We"
                + " shall not tire. Give us the tools.\" Tonight our own task is just as"
                + " great."));
  }

  @Test
  void aClosingReportingClauseNamesTheSpeakerOfWhatItReports() {
    assertEquals(
        List.of(
            "[Maria Delgado] added «she»: Harlow Mining Corp offered 10 mln dlrs and agreed to"
                + " sell its Blackwater mill, she added."),
        Said.in(
            null,
            "Maria Delgado is the president of Harlow Mining Corp.\n\nHarlow Mining Corp offered"
                + " 10 mln dlrs and agreed to sell its Blackwater mill, she added."));
  }

  @Test
  void aSecondClauseJoinedByAndIsNoReportingClause() {
    assertEquals(
        List.of(
            "[Harlow Mining Corp] agreed «Harlow Mining Corp»: Harlow Mining Corp agreed to sell"
                + " its mill, and Fenwick Securities agreed."),
        Said.in(
            null, "Harlow Mining Corp agreed to sell its mill, and Fenwick Securities agreed."));
  }

  @Test
  void anOrganisationBeforeTheVerbIsNotJoinedByTheNamesOfAnEarlierClauseOrAModifier() {
    assertEquals(
        List.of(
            "[Harlow Mining Corp] said «Harlow Mining Corp»: Chilean copper"
                + " miner Harlow Mining Corp said it will sell shares in its Blackwater unit.",
            "[Harlow Mining Corp] said «Harlow»: Fenwick Securities Inc will underwrite the"
                + " issue, Harlow said."),
        Said.in(
            null,
            "Chilean copper miner Harlow Mining Corp said it will sell shares in its Blackwater"
                + " unit.\n\nFenwick Securities Inc will underwrite the issue, Harlow said."));
  }

  @Test
  void aShortNameThatRunsOnIntoOtherCapitalisedWordsIsAnotherName() {
    assertEquals(
        List.of(
            "[Harlow Mining Corp] said «Harlow Mining Corp»: Harlow Mining Corp said it will close"
                + " the Blackwater mine."),
        Said.in(
            null,
            "Harlow Mining Corp said it will close the Blackwater mine.\n\nHarlow Valley Weekly,"
                + " in its Monday edition, said the closure would cost 300 jobs."));
  }

  @Test
  void aCountryThatQualifiesTheWordsAfterItIsNoSpeaker() {
    assertEquals(
        List.of(),
        Said.in(
            null,
            "A U.S. diplomat said the talks would resume in May. Sources close to Italian bank"
                + " officials said no deal was near. American Lumber said prices would rise."));
  }

  @Test
  void aCountryFollowedByItsVerbOrAnAdverbIsTheSpeaker() {
    assertEquals(
        List.of(
            "[United States] said «The United States»: The United States said it would ease"
                + " tension in the Aegean.",
            "[Japan] said «Japan»: Japan also said it would cut tariffs on beef."),
        Said.in(
            null,
            "The United States said it would ease tension in the Aegean. Japan also said it would"
                + " cut tariffs on beef."));
  }

  @Test
  void anOpeningParticiplePhraseNamesNoSpeaker() {
    assertEquals(
        List.of(
            "[Maria Delgado] said «Maria Delgado»: Commenting on a report to Jonas Berg, Maria"
                + " Delgado said the mine would stay open."),
        Said.in(
            null,
            "Commenting on a report to Jonas Berg, Maria Delgado said the mine would stay open."));
  }

  @Test
  void aNameEndingTheClauseBeforeACommaIsNotListedWithTheSpeaker() {
    assertEquals(
        List.of(
            "[Harlow Mining Corp] said «Harlow»: Its debt plan may force a sale of its stake in"
                + " Fenwick Securities Inc, Harlow said.",
            "[Fenwick Securities Inc, Harlow Mining Corp] said «Fenwick Securities Inc and Harlow"
                + " Mining Corp»: Fenwick Securities Inc and Harlow Mining Corp said talks would"
                + " resume."),
        Said.in(
            null,
            "Harlow Mining Corp sold its mill.\n\nIts debt plan may force a sale of its stake in"
                + " Fenwick Securities Inc, Harlow said.\n\nFenwick Securities Inc and Harlow"
                + " Mining Corp said talks would resume."));
  }

  @Test
  void aStoryRepeatedWholeGivesEachStatementOnce() {
    String story = "Harlow Mining Corp said it will close the Blackwater mine in June.";
    assertEquals(
        List.of("[Harlow Mining Corp] said «Harlow Mining Corp»: " + story),
        Said.in(null, story + "\n\n" + story));
  }

  @Test
  void anOrganisationsFirstWordsWithItsSuffixStandForItButPartingWordsNameAnother() {
    assertEquals(
        List.of(
            "[Harlow Mining Corp] said «Harlow Mining Corp»: Harlow Mining Corp said it will close"
                + " the Blackwater mine.",
            "[Harlow Mining Corp] said «Harlow Mining»: Harlow Mining said 300 jobs would go."),
        Said.in(
            null,
            "Harlow Mining Corp said it will close the Blackwater mine.\n\nHarlow Mining said 300"
                + " jobs would go.\n\nHarlow Timber Partners said its mill stays open."));
  }
}
