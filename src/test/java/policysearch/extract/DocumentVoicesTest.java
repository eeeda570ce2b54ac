package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.corpus.DocumentSpeaker;

class DocumentVoicesTest {
  private static final String UN_TITLE =
      "Portugal: statement in the General Debate of the 29th session of the UN General Assembly";

  @Test
  void aSpeechBelongsToTheSpeakerItsRecordNames() {
    assertEquals(
        List.of(
            "[Soares] speech «Mr. SOARES»: 1. Portugal has ceased to be a hostile and silent country"
                + " within the United Nations, and we are ready to respect its recommendations."),
        Said.in(
            UN_TITLE,
            "1. Portugal has ceased to be a hostile and silent country within the United Nations,"
                + " and we are ready to respect its recommendations.",
            new DocumentSpeaker(List.of("Mr. SOARES"), "Portugal")));
  }

  @Test
  void aSpeakerWhoIsQuotedInASpeechKeepsTheQuote() {
    assertEquals(
        List.of(
            "[Kurt Waldheim] said «Secretary-General Kurt Waldheim»: Secretary-General Kurt"
                + " Waldheim said that the Organization must be strengthened.",
            "[Mário Soares] speech «SOARES»: My Government will support every effort to strengthen"
                + " the Organization and to bring peace to Africa. Prime Minister Mário Soares is"
                + " here."),
        Said.in(
            UN_TITLE,
            "Secretary-General Kurt Waldheim said that the Organization must be strengthened.\n\n"
                + "My Government will support every effort to strengthen the Organization and to"
                + " bring peace to Africa. Prime Minister Mário Soares is here.",
            new DocumentSpeaker(List.of("SOARES"), "Portugal")));
  }

  @Test
  void titledRemarksBelongToTheirSpeakerWhenTheTextSpeaksInTheFirstPerson() {
    assertEquals(
        List.of(
            "[Jill Biden] statement «I»: I am so moved to be part of this meeting of nurses from"
                + " every state, and I thank you for your work."),
        Said.in(
            "Remarks as Prepared for Delivery by First Lady Jill Biden at the Nursing Summit",
            "I am so moved to be part of this meeting of nurses from every state, and I thank you"
                + " for your work."));
  }

  @Test
  void aTitledStatementThatOnlyReportsAMeetingHasNoAuthorsWords() {
    assertEquals(
        List.of(
            "[Joe Biden] expressed «The President»: The President expressed his strong commitment"
                + " to the Alliance."),
        Said.in(
            "Statement by Press Secretary Jen Psaki on President Biden’s Meeting with Secretary"
                + " General Jens Stoltenberg",
            "President Joseph R. Biden, Jr. met today with Secretary General Jens Stoltenberg of"
                + " NATO to discuss the summit in Brussels next month. The President expressed his"
                + " strong commitment to the Alliance."));
  }

  @Test
  void aSignedOrderBelongsToItsSignatory() {
    assertEquals(
        List.of(
            "[Joe Biden] statement «I»: By the authority vested in me as President, I hereby order"
                + " that every agency shall report on its energy use within ninety days."),
        Said.in(
            "Executive Order on Federal Energy Use",
            "By the authority vested in me as President, I hereby order that every agency shall"
                + " report on its energy use within ninety days.\n\nJOSEPH R. BIDEN JR.\n\nTHE"
                + " WHITE HOUSE,\n\nJuly 8, 2022."));
  }

  @Test
  void aHeadingInCapitalsAtTheEndIsNoSignature() {
    assertEquals(
        List.of(),
        Said.in(
            "Fact Sheet: Energy",
            "We will cut the energy use of every federal building in half by the end of the"
                + " decade.\n\nDEFENDING OUR NATION"));
  }

  @Test
  void aParagraphQuotingANamedPersonIsTheirStatementHoweverShort() {
    assertEquals(
        List.of(
            "[Jane Dolan] quote «Sen. Jane Dolan»: “Shutting down the government is not an"
                + " option.”"),
        Said.in(
            "What They Said About Shutdowns",
            "Sen. Jane Dolan (3/4/21): “Shutting down the government is not an option.”\n\nNote:"
                + " “Shutdowns” here means any lapse in funding."));
  }
}
