package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorExtractorTest {
  private final ActorExtractor extractor = new ActorExtractor(new Gazetteer(new Resources()));

  private List<String> actors(String text) {
    return extractor.extract(text).stream().map(a -> a.type() + ":" + a.name()).toList();
  }

  @Test
  void titledPersonsCountriesAndOrganisationAcronymsAreFound() {
    assertEquals(
        List.of(
            "person:Yoko Kamikawa",
            "country:Japan",
            "person:Christopher Cavoli",
            "organization:NATO",
            "country:Ukraine"),
        actors(
            "Foreign Minister Yoko Kamikawa of Japan and Gen. Christopher Cavoli, the supreme allied"
                + " commander Europe (SACEUR) of the North Atlantic Treaty Organization (NATO), met in"
                + " Tokyo. Kamikawa praised Japan's support for Ukraine."));
  }

  @Test
  void rolesAreKeptWithTheirPerson() {
    List<Actor> found =
        extractor.extract("Foreign Minister Yoko Kamikawa spoke. Later, Minister Kamikawa left.");
    assertEquals(
        List.of(
            new Actor("Yoko Kamikawa", ActorType.PERSON, List.of("Foreign Minister", "Minister"))),
        found);
  }

  @Test
  void titledSurnameResolvesToTheFullNameFromTheGazetteer() {
    assertEquals(
        List.of("person:Joe Biden", "country:Sweden"), actors("President Biden welcomed Sweden."));
    assertEquals(
        List.of("person:Joe Biden", "country:Israel"),
        actors("Readout of President Joseph R. Biden, Jr.'s Call with Israel"));
  }

  @Test
  void titledSurnameThatIsNoAliasResolvesThroughTheGazetteerOrTheArticle() {
    assertEquals(List.of("person:Kamala Harris"), actors("Vice President Harris spoke."));
    assertEquals(
        List.of("person:Maria Harris"),
        actors("Ambassador Maria Harris arrived. Ambassador Harris left."));
    assertEquals(
        List.of("person:Kowalczyk", "country:Poland"),
        actors("Prime Minister Kowalczyk of Poland spoke."));
  }

  @Test
  void aSurnameSharedByGazetteerPersonsResolvesByItsTitle() {
    assertEquals(List.of("person:Mike Johnson"), actors("Speaker Johnson spoke."));
    assertEquals(List.of("person:Boris Johnson"), actors("Prime Minister Johnson spoke."));
    assertEquals(List.of("person:Lyndon B. Johnson"), actors("President Johnson spoke."));
  }

  @Test
  void titleWithCountryBeforeTheNameGivesBothActors() {
    assertEquals(
        List.of("country:Japan", "person:Fumio Kishida"),
        actors("Prime Minister of Japan Fumio Kishida arrived."));
  }

  @Test
  void aliasesAbbreviationsAndDemonymsMapToOneCanonicalCountry() {
    assertEquals(
        List.of(
            "country:United States",
            "country:China",
            "country:United Kingdom",
            "country:North Korea"),
        actors(
            "The U.S. and America's partners met the PRC, British diplomats and the DPRK; American troops stayed."));
  }

  @Test
  void capitalisedNonNamesAfterATitleAreNotPersons() {
    assertEquals(
        List.of(), actors("The President said on Monday that the Vice President would travel."));
  }

  @Test
  void citiesAreNotActors() {
    assertEquals(
        List.of(
            "organization:Department of State",
            "person:Antony Blinken",
            "person:Yoko Kamikawa",
            "country:Japan"),
        actors(
            "Secretary of State Antony Blinken met Foreign Minister Yoko Kamikawa of Japan in Washington and Tokyo."));
  }
}
