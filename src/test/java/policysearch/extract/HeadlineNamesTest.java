package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headlines capitalise every word, so a name there must show more than its capital letter. */
class HeadlineNamesTest {
  private final ActorExtractor extractor = new ActorExtractor(new Gazetteer(new Resources()));

  private List<String> actors(String text) {
    return extractor.extract(text).stream().map(a -> a.type() + ":" + a.name()).toList();
  }

  @Test
  void aVerbAfterANameInATitleCaseHeadlineIsNoPartOfIt() {
    assertEquals(
        List.of("person:Margaret Whitfield", "country:Canada"),
        actors("Statement by Senator Margaret Whitfield Previewing the Trip to Canada"));
    assertEquals(
        List.of("person:Tobias Renner"),
        actors("Vice President Tobias Renner Marking One Year of the Recovery Program"));
  }

  @Test
  void theSameWordsInASentenceStayPartOfTheName() {
    assertEquals(
        List.of("person:Samantha Power", "organization:USAID"),
        actors("Samantha Power, Administrator of USAID, spoke with farmers on Monday."));
  }

  @Test
  void aListLineWithACommaIsNoHeadline() {
    assertEquals(
        List.of("person:Alma Rose Young", "organization:Northfield Housing Alliance"),
        actors(
            "Participants:\n\nAlma Rose Young, Executive Director, Northfield Housing Alliance"));
  }

  @Test
  void aHeadlineInCapitalsIsReadInTitleCaseWithItsAcronymsKept() {
    assertEquals(
        List.of("person:Ronald Reagan", "organization:GATT", "organization:European Community"),
        actors("PRESIDENT REAGAN SAYS GATT TALKS WITH EC WILL GO ON\n\nThe talks resumed."));
  }

  @Test
  void anOrdinaryPhraseWithAHeadInACapitalsHeadlineIsNoOrganisation() {
    assertEquals(
        List.of("country:Malaysia"),
        actors("MALAYSIA RESCUES ANOTHER COMMERCIAL BANK\n\nThe central bank acted."));
  }

  @Test
  void aSignatureInCapitalsOnItsOwnLineIsTheKnownPerson() {
    assertEquals(List.of("person:Joe Biden"), actors("I am proud of them.\n\nJOSEPH R. BIDEN JR."));
  }
}
