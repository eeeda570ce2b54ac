package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules beyond plain gazetteer look-up: untitled names, name shapes, places, heritage. */
class ActorRulesTest {
  private final ActorExtractor extractor = new ActorExtractor(new Gazetteer(new Resources()));

  private List<String> actors(String text) {
    return extractor.extract(text).stream().map(a -> a.type() + ":" + a.name()).toList();
  }

  @Test
  void namesInAListWithoutTitlesArePersonsAndTheirSchoolsOrganisations() {
    assertEquals(
        List.of(
            "person:Margaret Ellen Whitfield",
            "organization:Northfield School of Law",
            "person:Tobias Renner",
            "organization:Lakeside Policy Institute"),
        actors(
            "Participants:\n\nMargaret Ellen Whitfield of Northfield School of Law\n\n"
                + "Tobias Renner, Director of Lakeside Policy Institute"));
  }

  @Test
  void aLaterBareSurnameAndPossessiveAreMentionsOfTheFullName() {
    List<Mention> mentions =
        extractor.mentions("Margaret Whitfield spoke first. Whitfield's plan was praised.");
    assertEquals(
        List.of(
            new Mention("Margaret Whitfield", ActorType.PERSON, null, 0, 18),
            new Mention("Margaret Whitfield", ActorType.PERSON, null, 32, 41)),
        mentions);
  }

  @Test
  void organisationsAreFoundByTheShapeOfTheirNames() {
    assertEquals(
        List.of(
            "organization:Ministry of Fisheries",
            "organization:Norwegian Coastal Command",
            "country:Norway",
            "organization:Brightwater Center for Ocean Studies"),
        actors(
            "The Ministry of Fisheries and the Norwegian Coastal Command joined the"
                + " Brightwater Center for Ocean Studies."));
  }

  @Test
  void sentenceStartsAndKnownNamesWithAHeadAreNoNewOrganisations() {
    assertEquals(
        List.of("organization:NATO"),
        actors("Our Administration backs the NATO Alliance. Each Department helped."));
  }

  @Test
  void aJointAdministrationNamesBothPersonsAndNoOrganisation() {
    assertEquals(
        List.of("person:Joe Biden", "person:Kamala Harris"),
        actors("The Biden-Harris Administration announced new funding."));
  }

  @Test
  void placesThatContainACountryNameDoNotTagIt() {
    assertEquals(
        List.of(),
        actors(
            "Flights from New Mexico to Latin America crossed the Gulf of Mexico; ships sailed the"
                + " Indian Ocean and the Taiwan Strait, and leaders met in Northern Ireland."));
  }

  @Test
  void georgiaTheStateIsNoCountryButGeorgiaWithTbilisiIs() {
    assertEquals(List.of(), actors("The President will travel to Atlanta, Georgia, on Friday."));
    assertEquals(
        List.of("country:Georgia", "country:Russia"),
        actors("Georgia's government in Tbilisi protested to Russia."));
  }

  @Test
  void heritageDemonymsDoNotCountButAPeopleDoes() {
    assertEquals(
        List.of("country:Israel"),
        actors("Palestinian American and Asian American leaders met Israelis."));
  }

  @Test
  void thingsNamedAfterPersonsAreNotPersons() {
    assertEquals(
        List.of(),
        actors(
            "The USS Harry S. Truman docked near a Gerald R. Ford-class carrier after the"
                + " Jack Brightwell Memorial Act passed."));
  }

  @Test
  void rolesAloneAndHeadingsAfterTitlesAreNotPersons() {
    assertEquals(
        List.of(),
        actors("The Prime Minister spoke. Sec. 5. General Provisions. The Vice President left."));
  }

  @Test
  void aKnownSurnameAfterATitleEndsTheNameInATitleCaseHeading() {
    assertEquals(
        List.of("person:Joe Biden"), actors("Statement from President Biden Announcing Grants"));
  }

  @Test
  void aSignatureInCapitalsIsTheKnownPerson() {
    assertEquals(List.of("person:Donald Trump"), actors("Signed by President DONALD J. TRUMP."));
  }
}
