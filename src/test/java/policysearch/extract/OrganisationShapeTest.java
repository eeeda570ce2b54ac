package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisations by the shape of their names: whole names, no fragments, no false joins. */
class OrganisationShapeTest {
  private final ActorExtractor extractor = new ActorExtractor(new Gazetteer(new Resources()));

  private List<String> actors(String text) {
    return extractor.extract(text).stream().map(a -> a.type() + ":" + a.name()).toList();
  }

  @Test
  void partsJoinedByAndBeforeTheHeadAreOneName() {
    assertEquals(
        List.of(
            "organization:Mary R. and Peter T. Hollis Foundation",
            "organization:Northfield Trade & Development Agency"),
        actors(
            "A grant from the Mary R. and Peter T. Hollis Foundation went to the Northfield Trade &"
                + " Development Agency."));
    assertEquals(
        List.of("organization:Economic and Social Council"),
        actors("The report went to the Economic and Social Council in May."));
  }

  @Test
  void aCountryBeforeAndStaysACountry() {
    assertEquals(
        List.of("country:Japan", "organization:Korea Foundation"),
        actors("Japan and Korea Foundation fellows met in Seoul."));
  }

  @Test
  void wordsAfterAHeadBeforeAConnectorMakeNoOrganisation() {
    assertEquals(
        List.of(),
        actors("Administration Cracks Down on Foreign-Owned Meat Packing Cartels\n\nIt acted."));
  }

  @Test
  void companiesEndWithTheirLegalFormAndWireCopyBracketsThem() {
    assertEquals(
        List.of(
            "organization:Harlow Mining Ltd",
            "organization:Brisk Harbour Securities Corp",
            "organization:Quillon"),
        actors(
            "<Harlow Mining Ltd> said Brisk Harbour Securities Corp. will advise it. <Quillon>"
                + " <QLN.T> said nothing."));
  }

  @Test
  void anOrdinalStartsAMilitaryUnit() {
    assertEquals(
        List.of("organization:48th Fighter Wing", "organization:9th Airborne Division"),
        actors("The 48th Fighter Wing flew with the 9th Airborne Division."));
  }

  @Test
  void aNumberCompletesAGroupOf() {
    assertEquals(List.of("organization:Group of 18"), actors("The Group of 18 met again."));
  }

  @Test
  void aTitleOfOrdinaryWordsMayStartAnOrganisationButNotOneBeforeANamedOffice() {
    assertEquals(
        List.of("organization:General Accounting Office"),
        actors("The General Accounting Office upheld the ruling."));
    assertEquals(
        List.of(
            "person:Tara Quist",
            "organization:Lakeview Bureau",
            "organization:Plainview Policy Institute"),
        actors("Tara Quist, Executive Director Lakeview Bureau, Plainview Policy Institute"));
  }

  @Test
  void anOrdinaryWordOpeningASentenceIsNoPartOfAKnownOrganisation() {
    assertEquals(
        List.of("organization:Economic and Social Council"),
        actors("(See Economic and Social Council, resolution 12.)"));
  }

  @Test
  void aSecretaryOfADepartmentNamesTheDepartment() {
    assertEquals(
        List.of("organization:Department of Homeland Security"),
        actors("The Secretary of Homeland Security shall report within 90 days."));
  }

  @Test
  void aDateAfterAConnectorIsNoPartOfTheName() {
    assertEquals(
        List.of("organization:Harlow Stock Exchange"),
        actors("Shares begin trading on the Harlow Stock Exchange on March 23."));
  }
}
