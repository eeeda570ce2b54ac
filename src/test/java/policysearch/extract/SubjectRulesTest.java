package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.corpus.DocumentSpeaker;

class SubjectRulesTest {
  @Test
  void aVerbAfterAndSharesTheSubjectTheSentenceOpensWith() {
    assertEquals(
        List.of(
            "[Joe Biden] expressed «President Biden»: President Biden spoke with President Andrzej"
                + " Duda of Poland and expressed deep condolences for the loss of life."),
        Said.in(
            null,
            "President Biden spoke with President Andrzej Duda of Poland and expressed deep"
                + " condolences for the loss of life."));
  }

  @Test
  void theNamesJustBeforeTheVerbAreItsSubjectNotTheSentencesFirstName() {
    assertEquals(
        List.of(
            "[Kamala Harris] reiterated «Vice President Harris»: President Biden made clear this"
                + " week that the law will hurt families with low incomes and Vice President Harris"
                + " reiterated the commitment to defend that right."),
        Said.in(
            null,
            "President Biden made clear this week that the law will hurt families with low incomes"
                + " and Vice President Harris reiterated the commitment to defend that right."));
  }

  @Test
  void anAppositiveOrACommonNounBeforeTheVerbNamesNoOtherSpeaker() {
    assertEquals(
        List.of(
            "[Amara Okafor] said «Amara Okafor»: Amara Okafor, the World Bank's representative in"
                + " Nigeria, said the reform was working."),
        Said.in(
            null,
            "Amara Okafor, the World Bank's representative in Nigeria, said the reform was working."
                + " Japan bought 5,000 tonnes of rapeseed overnight, trade sources said. The"
                + " Bank of Japan intervened in the market, dealers said. Mr. Okafor was warmly"
                + " welcomed by Prime Minister Fumio Kishida."));
  }

  @Test
  void aRelativeClauseBelongsToTheNamesBeforeItAndTheyToThoseNames() {
    assertEquals(
        List.of(
            "[Pakistan, Türkiye] expressed «Pakistan and Turkey»: The views were shared at the"
                + " conference of the leaders of Pakistan and Turkey, who expressed their deep"
                + " concern at the tensions.",
            "[Pakistan, Türkiye] reiterated «They»: They reiterated that force cannot settle the"
                + " dispute."),
        Said.in(
            null,
            "The views were shared at the conference of the leaders of Pakistan and Turkey, who"
                + " expressed their deep concern at the tensions. They reiterated that force cannot"
                + " settle the dispute."));
  }

  @Test
  void theCompanyAndItAreTheOrganisationLastReportedSpeaking() {
    assertEquals(
        List.of(
            "[NATO] said «NATO»: NATO said the exercise would start in May.",
            "[NATO] said «The group»: The group said the exercise is defensive.",
            "[NATO] added «it»: Ten ships will take part, it added."),
        Said.in(
            null,
            "NATO said the exercise would start in May. The group said the exercise is"
                + " defensive. Ten ships will take part, it added."));
  }

  @Test
  void aPronounThatIntroducesAQuotationInASpeechGivesItToThePersonNamedBefore() {
    assertEquals(
        List.of(
            "[Tomas Herrera] said «He»: He said:\n\n“We in the islands cannot wait for the big"
                + " Powers to act on the seas.”",
            "[Pérez] speech «Mr. PÉREZ»: Cuba has always stood by that principle, and we will"
                + " defend it in this Assembly for as long as it takes."),
        Said.in(
            "Cuba: statement in the General Debate",
            "That concern was voiced here last week by Prime Minister Tomas Herrera of Antigua."
                + " He said:\n\n“We in the islands cannot wait for the big Powers to act on the"
                + " seas.”\n\nCuba has always stood by that principle, and we will defend it in"
                + " this Assembly for as long as it takes.",
            new DocumentSpeaker(List.of("Mr. PÉREZ"), "Cuba")));
  }

  @Test
  void aQuotationAfterASpeakerAndAColonIsTheirsToTheEndOfItsParagraphInOneStatement() {
    assertEquals(
        List.of(
            "[Fidel Castro] said «President Fidel Castro»: Opening the summit in Havana, President"
                + " Fidel Castro said:\n\n“Peace must not be left to the big military Powers. It"
                + " belongs to all our peoples.”",
            "[Pérez] speech «Mr. PÉREZ»: Cuba has always stood by that principle, and we will"
                + " defend it in this Assembly for as long as it takes."),
        Said.in(
            "Cuba: statement in the General Debate",
            "Opening the summit in Havana, President Fidel Castro said:\n\n“Peace must not be left"
                + " to the big military Powers. It belongs to all our peoples.”\n\nCuba has always"
                + " stood by that principle, and we will defend it in this Assembly for as long as"
                + " it takes.",
            new DocumentSpeaker(List.of("Mr. PÉREZ"), "Cuba")));
  }
}
