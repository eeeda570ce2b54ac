package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.corpus.DocumentSpeaker;

class SpeechOpeningTest {
  private static final String UN_TITLE =
      "Portugal: statement in the General Debate of the 30th session of the UN General Assembly";
  private static final DocumentSpeaker SOARES =
      new DocumentSpeaker(List.of("Mr. SOARES"), "Portugal");
  private static final String POSITION =
      "Portugal will support every effort to bring peace to Africa, and we ask every Member to"
          + " do the same.";

  @Test
  void aSpeechsOpeningAddressToTheChairIsLeftOutAndLaterAddressesAreKept() {
    String later =
        "Mr. President, we also believe that the Organization must be strengthened without delay"
            + " by every Member.";
    assertEquals(
        List.of("[Soares] speech «Mr. SOARES»: " + POSITION + "\n\n" + later),
        Said.in(
            UN_TITLE,
            "12. Mr. President, on behalf of my delegation may I extend to you our warmest"
                + " congratulations on your election to this high office.\n\n"
                + POSITION
                + "\n\n"
                + later,
            SOARES));
  }

  @Test
  void anOpeningAddressToSeveralJoinedByAndIsLeftOutToo() {
    assertEquals(
        List.of("[George Bush] speech «George Bush»: " + POSITION),
        Said.in(
            "Address Before a Joint Session of the Congress on the State of the Union",
            "Mr. Speaker and Mr. President, distinguished Members of Congress, honored guests: Thank"
                + " you very much for that warm reception.\n\n"
                + POSITION,
            new DocumentSpeaker(List.of("George Bush"), "United States")));
  }

  @Test
  void anAddressWordThatOpensASentenceOtherwiseIsKept() {
    String speaker = "Mr. Speaker and his deputies have served this House well for many years now.";
    assertEquals(
        List.of("[George Bush] speech «George Bush»: " + speaker + "\n\n" + POSITION),
        Said.in(
            "Address Before a Joint Session of the Congress on the State of the Union",
            speaker + "\n\n" + POSITION,
            new DocumentSpeaker(List.of("George Bush"), "United States")));
  }

  @Test
  void aSpeechThatIsOnlyItsOpeningAddressHasNoStatement() {
    assertEquals(
        List.of(),
        Said.in(
            UN_TITLE,
            "Mr. President, on behalf of my delegation may I extend to you our warmest"
                + " congratulations on your election to this high office.",
            SOARES));
  }

  @Test
  void aSpeechThatOpensWithItsPositionKeepsIt() {
    assertEquals(
        List.of("[Soares] speech «Mr. SOARES»: " + POSITION), Said.in(UN_TITLE, POSITION, SOARES));
  }

  @Test
  void anAddressOutsideASpeechIsNotLeftOut() {
    assertEquals(
        List.of(
            "[Jill Biden] statement «I»: Mr. President, I am so moved to be part of this meeting"
                + " of nurses from every state."),
        Said.in(
            "Remarks as Prepared for Delivery by First Lady Jill Biden at the Nursing Summit",
            "Mr. President, I am so moved to be part of this meeting of nurses from every state."));
  }
}
