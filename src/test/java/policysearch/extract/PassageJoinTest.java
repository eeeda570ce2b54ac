package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.corpus.DocumentSpeaker;

class PassageJoinTest {
  private static final String UN_TITLE =
      "Portugal: statement in the General Debate of the 30th session of the UN General Assembly";
  private static final DocumentSpeaker SOARES =
      new DocumentSpeaker(List.of("Mr. SOARES"), "Portugal");

  /** A paragraph of about {@code chars} characters: numbered sentences on fisheries. */
  private static String paragraph(String topic, int chars) {
    StringBuilder p = new StringBuilder();
    for (int i = 1; p.length() < chars - 60; i++) {
      p.append(p.isEmpty() ? "" : " ")
          .append("Point ")
          .append(i)
          .append(" on ")
          .append(topic)
          .append(" is that coastal States must share the burden fairly.");
    }
    return p.toString();
  }

  private static List<Integer> lengths(String text) {
    return Said.in(UN_TITLE, text, SOARES).stream()
        .map(s -> s.length() - "[Soares] speech «Mr. SOARES»: ".length())
        .toList();
  }

  @Test
  void aShortParagraphThatDoesNotFitTheLastPassageJoinsIt() {
    String first = paragraph("fisheries", 1100);
    String last = "We shall sign the fisheries treaty this year and we urge all States to do so.";
    String text = first + "\n\n" + last;
    assertEquals(List.of("[Soares] speech «Mr. SOARES»: " + text), Said.in(UN_TITLE, text, SOARES));
  }

  @Test
  void aShortOpeningParagraphJoinsTheLongOneAfterIt() {
    String opening = "We come to this Assembly with one message for all States: the seas are full.";
    String second = paragraph("the seas", 1100);
    String text = opening + "\n\n" + second;
    assertEquals(List.of(text.length()), lengths(text));
  }

  @Test
  void twoPassagesOfHalfALengthOrMoreStayApart() {
    String first = paragraph("fisheries", 1000);
    String second = paragraph("the seas", 700);
    assertEquals(List.of(first.length(), second.length()), lengths(first + "\n\n" + second));
  }

  @Test
  void aJoinedPassageTakesNoFurtherPassageOfHalfALength() {
    String first = paragraph("fisheries", 1190);
    String second = paragraph("the seas", 500);
    String third = paragraph("the ports", 800);
    assertEquals(
        List.of(first.length() + 2 + second.length(), third.length()),
        lengths(first + "\n\n" + second + "\n\n" + third));
  }

  @Test
  void aTurnsShortLastParagraphJoinsTheTurnRatherThanBeingDropped() {
    String body = paragraph("the ports", 1100) + "\n\nThat is all I have on the ports today.";
    assertEquals(
        List.of("[Joe Biden] transcript «THE PRESIDENT»: " + body),
        Said.in("Remarks by President Biden on the Ports", "THE PRESIDENT: " + body));
  }

  @Test
  void aPassageNeverJoinsAnotherSpeakersTurn() {
    String answer =
        "We will send 500 more inspectors to the ports next month, and we ask Congress to fund 500"
            + " more in the budget it passes this spring, so that no ship waits a week.";
    List<String> said =
        Said.in(
            "Remarks by President Biden and Secretary Raimondo at a Meeting",
            "THE PRESIDENT: " + paragraph("ports", 1100) + "\n\nSECRETARY RAIMONDO: " + answer);
    assertEquals(2, said.size());
    assertEquals("[Gina Raimondo] transcript «SECRETARY RAIMONDO»: " + answer, said.get(1));
  }
}
