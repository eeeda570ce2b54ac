package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Persons known by a role written after their name, by "the late" before it, by a plural title, and
 * roles that stand before a body's name, not a person's.
 */
class PersonAppositionTest {
  private final ActorExtractor extractor = new ActorExtractor(new Gazetteer(new Resources()));

  private List<String> actors(String text) {
    return extractor.extract(text).stream().map(a -> a.type() + ":" + a.name()).toList();
  }

  @Test
  void aRoleAfterTheNameAndACommaMakesItAPerson() {
    assertEquals(
        List.of("person:Marit Oksvold"),
        actors("A letter came from Marit Oksvold, the widow of a fallen sailor."));
    assertEquals(
        List.of("person:Tobin Ferrante"),
        actors("We heard Tobin Ferrante, a veteran of two wars, speak."));
  }

  @Test
  void aRoleWordThatOnlyModifiesAnotherNounMakesNoPerson() {
    assertEquals(
        List.of(), actors("The treaty with the Ostrava Republic, our late envoy, was signed."));
  }

  @Test
  void theLateIntroducesAName() {
    assertEquals(
        List.of("person:Walter Brandow"), actors("I once asked the late Walter Brandow about it."));
  }

  @Test
  void aPluralTitleIntroducesTheFirstNameOfItsList() {
    assertEquals(
        List.of("person:Odessa Pruitt"),
        actors("She thanked Representatives Odessa Pruitt and others."));
  }

  @Test
  void aRoleBeforeACompanysNameNamesNoPerson() {
    assertEquals(
        List.of("organization:Harbor Lane Ltd"),
        actors("The notes were priced at par, lead manager Harbor Lane Ltd said."));
  }
}
