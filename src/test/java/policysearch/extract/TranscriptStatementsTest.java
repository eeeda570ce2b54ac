package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptStatementsTest {
  private static final String BRIEFING =
      "Press Briefing by Press Secretary Jen Psaki, March 4, 2021";

  /** An answer long enough to be a statement (a turn needs {@value Authored#TURN_WORDS} words). */
  private static final String CHINA =
      "Well, it is part of the China strategy, and the President has asked his team to review"
          + " every tariff line this summer, with the report due on his desk before the G7 meets.";

  private static final String REVIEW =
      "We have said all along that the review of the tariffs will be finished before the summit"
          + " in June, and that nothing in it will be decided before our partners are consulted.";

  private static final String BRIDGES =
      "Thank you all for coming. We are going to rebuild the bridges and roads of this state, and"
          + " we will start this year with the ten bridges that the engineers rated worst.";

  private static final String BUDGET =
      "Japan will double its defense budget over five years, as I told President Biden today, and"
          + " we will buy the long-range missiles and the ships that this plan needs by 2027.";

  private static final String DATA =
      "The data show that vaccinated people are far less likely to be admitted to hospital than"
          + " unvaccinated people, and that is true in every age group we have looked at.";

  private static final String SPACE =
      "They say a lot of things about space, and we are not going to comment on intelligence"
          + " matters today, from this podium or anywhere else in this building, as you would all expect.";

  @Test
  void eachTurnBelongsToItsLabelledSpeakerUnderTheFullNameTheTitleGives() {
    assertEquals(
        List.of("[Jen Psaki] transcript «MS. PSAKI»: " + CHINA),
        Said.in(
            BRIEFING,
            "James S. Brady Press Briefing Room\n\n1:05 P.M. EST\n\nQ What did Ambassador Katherine"
                + " Tai say about the tariff review and the China strategy this morning?\n\n"
                + "MS. PSAKI: "
                + CHINA
                + "\n\nEND 1:45 P.M. EST"));
  }

  @Test
  void aLabelThatIsOnlyAnHonorificNamesNoOneAndStopsNothing() {
    assertEquals(
        List.of("[Jen Psaki] transcript «MS. PSAKI»: " + CHINA),
        Said.in(
            BRIEFING,
            "MR: We are going to take questions from the phone lines in a moment, so please"
                + " stand by for the next caller.\n\n"
                + "MS. PSAKI: "
                + CHINA));
  }

  @Test
  void questionsAreNobodysStatementsNotEvenTheirReportedSpeech() {
    assertEquals(
        List.of(),
        Said.in(
            BRIEFING,
            "Q Secretary Antony Blinken said yesterday that the talks had failed. Do you agree"
                + " with him on that, and will the President call the Chancellor today?\n\n"
                + "MS. PSAKI: Thank you.\n\nQ And a follow-up question on the talks?"));
  }

  @Test
  void aQuestionRunsOnOverUnlabelledParagraphsUntilTheNextLabel() {
    assertEquals(
        List.of("[Jen Psaki] transcript «MS. PSAKI»: " + REVIEW),
        Said.in(
            BRIEFING,
            "Q A question about tariffs, please.\n\nThe Commerce Secretary said last week that the"
                + " review would take a year.\n\nMS. PSAKI: "
                + REVIEW));
  }

  @Test
  void thePresidentLabelIsThePresidentThePageNames() {
    assertEquals(
        List.of("[Joe Biden] transcript «THE PRESIDENT»: " + BRIDGES),
        Said.in(
            "Remarks by President Biden on Infrastructure in Pittsburgh, Pennsylvania",
            "Carnegie Mellon University\n\nTHE PRESIDENT: " + BRIDGES));
  }

  @Test
  void aLabelWithATitleNamesThePersonOfThatSurnameElseTheSurnameItself() {
    assertEquals(
        List.of(
            "[Fumio Kishida] transcript «PRIME MINISTER KISHIDA»: " + BUDGET,
            "[Walensky] transcript «DR. WALENSKY»: " + DATA),
        Said.in(
            "Remarks by President Biden and Prime Minister Fumio Kishida of Japan",
            "PRIME MINISTER KISHIDA (As interpreted): " + BUDGET + "\n\nDR. WALENSKY: " + DATA));
  }

  @Test
  void labelsThatNameNoOneAndShortCourtesiesGiveNoStatements() {
    assertEquals(
        List.of(),
        Said.in(
            BRIEFING,
            "MODERATOR: Our next question comes from the line of a reporter who covers trade and"
                + " tariffs for a wire service.\n\nAUDIENCE MEMBER: We love you, and we want more"
                + " jobs in this town, more factories and more bridges!\n\nMS. PSAKI: Go ahead,"
                + " Darlene.\n\nMS. PSAKI: Thank you, everyone."));
  }

  @Test
  void aPageThatRepeatsItsTranscriptGivesEachPassageOnce() {
    String turn = "MS. PSAKI: " + CHINA + "\n\nQ And on Japan?\n\n";
    assertEquals(
        List.of("[Jen Psaki] transcript «MS. PSAKI»: " + CHINA), Said.in(BRIEFING, turn + turn));
  }

  @Test
  void anUpperCaseHeadingWithAColonIsNotATranscriptLabel() {
    assertEquals(
        List.of(
            "[Joe Biden] announced «President Biden»: FACT SHEET: President Biden announced the"
                + " order on Tuesday."),
        Said.in(
            "Fact Sheet: New Jobs",
            "FACT SHEET: President Biden announced the order on Tuesday.\n\nPRESIDENT BIDEN PROMISED"
                + " AND DELIVERED: more jobs in every state of the union this year."));
  }

  @Test
  void theyInABriefingIsNotTheTwoPersonsOfItsTitle() {
    assertEquals(
        List.of("[John Kirby] transcript «MR. KIRBY»: " + SPACE),
        Said.in(
            "Press Briefing by Press Secretary Karine Jean-Pierre and John Kirby",
            "Q They say Russia has a new weapon in space.\n\nMR. KIRBY: " + SPACE));
  }
}
