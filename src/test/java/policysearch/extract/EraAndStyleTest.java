package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names of other decades and of wire copy: lower-case titles, currencies, bodies of the past. */
class EraAndStyleTest {
  private final ActorExtractor extractor = new ActorExtractor(new Gazetteer(new Resources()));

  private List<String> actors(String text) {
    return extractor.extract(text).stream().map(a -> a.type() + ":" + a.name()).toList();
  }

  @Test
  void aLowerCaseTitleIntroducesAFullName() {
    assertEquals(
        List.of("country:United States", "person:Harlan Beckwith", "person:Wim Oosterhuis"),
        actors(
            "U.S. trade representative Harlan Beckwith met central bank president Wim Oosterhuis."));
  }

  @Test
  void aLowerCaseRankOrALoneSurnameAfterALowerCaseTitleIsNoName() {
    assertEquals(
        List.of("country:United States"),
        actors("It became the third major U.S. bank to act, the president Tuesday said."));
  }

  @Test
  void aDemonymBeforeACurrencyIsNoCountry() {
    assertEquals(
        List.of("country:Canada"),
        actors("It will invest 2.5 mln Canadian dlrs and 40 mln Swiss francs in Canada."));
  }

  @Test
  void bodiesAndStatesOfEarlierDecadesAreFound() {
    assertEquals(
        List.of(
            "organization:European Community",
            "organization:GATT",
            "organization:Comecon",
            "country:Soviet Union",
            "country:East Germany",
            "country:Czechoslovakia"),
        actors(
            "The EC and the GATT secretariat met Comecon envoys from the Soviet Union, the German"
                + " Democratic Republic and Czechoslovakia."));
  }

  @Test
  void unitedNationsOrgansAreWholeNames() {
    assertEquals(
        List.of("organization:United Nations General Assembly", "organization:Trusteeship Council"),
        actors("The General Assembly of the United Nations heard the Trusteeship Council."));
  }
}
