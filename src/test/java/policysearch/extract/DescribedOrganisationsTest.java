package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisations named by the words around them: heads in lower case, descriptions, newspapers. */
class DescribedOrganisationsTest {
  private final ActorExtractor extractor = new ActorExtractor(new Gazetteer(new Resources()));

  private List<String> actors(String text) {
    return extractor.extract(text).stream().map(a -> a.type() + ":" + a.name()).toList();
  }

  @Test
  void aLowerCaseCommissionAfterAProperNameIsABody() {
    assertEquals(
        List.of("organization:Hollister Commission"),
        actors("The Hollister commission sent its report to the city in March."));
    assertEquals(
        List.of("organization:Keep Rivers Clean Again Commission"),
        actors("She chaired the Keep Rivers Clean Again commission for two years."));
  }

  @Test
  void aLowerCaseCommissionAfterADemonymOrOrdinaryWordIsNoBody() {
    assertEquals(List.of(), actors("A Presidential commission will study it."));
    assertEquals(List.of("country:Canada"), actors("The Canadian commission will study it."));
  }

  @Test
  void aDemonymBeforeALowerCaseCabinetNamesTheCabinetAndTheCountry() {
    assertEquals(
        List.of("organization:Norwegian Cabinet", "country:Norway"),
        actors("The Norwegian cabinet approved the budget on Friday."));
  }

  @Test
  void namesBeforeNewspaperAreTheNewspapers() {
    assertEquals(
        List.of("organization:Harbour Evening Clarion"),
        actors("Dockers walked out, the Harbour Evening Clarion newspaper said."));
  }

  @Test
  void aCompanyDescribedInAnAppositionIsAnOrganisation() {
    assertEquals(
        List.of("organization:Talleres Norte", "organization:Grupo Vasco", "country:Mexico"),
        actors(
            "Arden said it and Talleres Norte, a bus subsidiary of Grupo Vasco, a Mexican state"
                + " company, signed an accord."));
  }

  @Test
  void aPersonDescribedByACompanyWordIsNoCompany() {
    assertEquals(
        List.of("person:Ellen Marsh"),
        actors("Ellen Marsh, a bank official, declined to comment."));
  }

  @Test
  void theEndOfALongerNameIsNoCompanyOfItsOwn() {
    assertEquals(
        List.of(),
        actors("Work by the Harlan Water District of Ogden, an agency of the state, went on."));
  }

  @Test
  void aPossessiveInsideANameKeepsTheWholeName() {
    assertEquals(
        List.of(
            "organization:Rosa's Kitchen Center",
            "organization:Commission on Japan's Aging Towns",
            "country:Japan"),
        actors("Rosa's Kitchen Center and the Commission on Japan's Aging Towns met."));
  }

  @Test
  void aPossessiveBeforeAnotherBodyKeepsTwoBodies() {
    assertEquals(
        List.of("organization:Department of Education", "organization:Office of Civil Rights"),
        actors("The Department of Education's Office of Civil Rights opened a case."));
  }

  @Test
  void aNumberAfterOnOrForIsADateNotPartOfTheName() {
    assertEquals(
        List.of("organization:United Nations Security Council", "organization:Trusteeship Council"),
        actors(
            "The Security Council on 14 May 1961 asked the Trusteeship Council for 2020 figures."));
  }

  @Test
  void aDemonymBeforeAHeadNamesABodyOfItsOwn() {
    assertEquals(
        List.of("organization:American League", "country:United States"),
        actors("They won the American League pennant."));
  }
}
