package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.corpus.DocumentSpeaker;

class SpeechCeremonyTest {
  private static final String UN_TITLE =
      "Portugal: statement in the General Debate of the 30th session of the UN General Assembly";
  private static final DocumentSpeaker SOARES =
      new DocumentSpeaker(List.of("Mr. SOARES"), "Portugal");
  private static final String POSITION =
      "We call on all States to sign the treaty banning nuclear tests without delay, and Portugal"
          + " will sign it this year.";

  @Test
  void aParagraphOfThanksAndCongratulationsToTheChairIsNoStatement() {
    assertEquals(
        List.of("[Soares] speech «Mr. SOARES»: " + POSITION),
        Said.in(
            UN_TITLE,
            "14. I also thank Mr. Amerasinghe for his able conduct of the last session. I wish"
                + " him every success in the years ahead.\n\n"
                + POSITION,
            SOARES));
  }

  @Test
  void aParagraphThatOpensWithThanksButMostlyStatesPositionsIsKept() {
    String mixed =
        "We thank the donors for their help, but aid to Africa has fallen by half. We must reverse"
            + " this decline in the coming decade. The poorest countries cannot wait.";
    assertEquals(
        List.of("[Soares] speech «Mr. SOARES»: " + mixed + "\n\n" + POSITION),
        Said.in(UN_TITLE, mixed + "\n\n" + POSITION, SOARES));
  }

  @Test
  void aTributeToTheSecretaryGeneralsWorkIsKeptAsAJudgement() {
    String tribute =
        "I pay a tribute to the Secretary-General for his efforts to make the Organization an"
            + " effective instrument for peace.";
    assertEquals(
        List.of("[Soares] speech «Mr. SOARES»: " + tribute + "\n\n" + POSITION),
        Said.in(UN_TITLE, tribute + "\n\n" + POSITION, SOARES));
  }

  private static final String REMARKS =
      "Remarks by President Biden and Secretary Raimondo at a Meeting of the Competition Council";

  @Test
  void aTranscriptTurnOfThanksAndHandingOverIsNoStatement() {
    assertEquals(
        List.of(
            "[Gina Raimondo] transcript «SECRETARY RAIMONDO»: Thank you. We will send 500 more"
                + " inspectors to the ports next month, and we ask Congress to fund 500 more in"
                + " the budget it passes this spring, because the ports cannot wait another year."),
        Said.in(
            REMARKS,
            "THE PRESIDENT: Thank you all for being here, and thank you, Gina, for your work on"
                + " the council. With that, I'll turn it over to Secretary Gina Raimondo.\n\n"
                + "SECRETARY RAIMONDO: Thank you. We will send 500 more inspectors to the ports"
                + " next month, and we ask Congress to fund 500 more in the budget it passes this"
                + " spring, because the ports cannot wait another year."));
  }

  @Test
  void aTranscriptTurnOfOneOrTwoShortSentencesIsNoStatement() {
    assertEquals(
        List.of(),
        Said.in(
            REMARKS,
            "THE PRESIDENT: I'll take the question and we'll get back to you on the numbers for the"
                + " ports, I promise.\n\n"
                + "SECRETARY RAIMONDO: Okay, we have to get out of here at 2:35, so let me go"
                + " ahead."));
  }
}
