package policysearch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.extract.ActorType;

/** Shape rules on names written for these tests. */
class ShapesTest {
  private static final Shapes SHAPES = new Shapes(NameData.load());
  private static final Shapes.Context INDEX =
      new Shapes.Context(
          List.of(
              new NameCount("Marta Okonkwo", ActorType.PERSON, 40),
              new NameCount("Marta Okonkwo Briefing", ActorType.PERSON, 1),
              new NameCount("Peter Lindqvist", ActorType.PERSON, 12),
              new NameCount("Maritime and Harbor Agency", ActorType.ORGANIZATION, 2),
              new NameCount("Harbor Agency", ActorType.ORGANIZATION, 3),
              new NameCount("Port Authority", ActorType.ORGANIZATION, 9),
              new NameCount("Port Authority and Chile", ActorType.ORGANIZATION, 1),
              new NameCount("Customs Office", ActorType.ORGANIZATION, 30),
              new NameCount("Customs Office and Port Authority", ActorType.ORGANIZATION, 1),
              new NameCount("Department of Fisheries", ActorType.ORGANIZATION, 2),
              new NameCount("Coastal Resources", ActorType.ORGANIZATION, 3),
              new NameCount(
                  "Department of Fisheries and Coastal Resources", ActorType.ORGANIZATION, 80)));

  private static List<String> person(String name) {
    return SHAPES.flags(name, ActorType.PERSON, INDEX);
  }

  private static List<String> org(String name) {
    return SHAPES.flags(name, ActorType.ORGANIZATION, INDEX);
  }

  @Test
  void wrongPersonNamesSayWhy() {
    assertEquals(List.of("one word"), person("Okonkwo"));
    assertEquals(List.of("'Marta Okonkwo' plus other words"), person("Marta Okonkwo Briefing"));
    assertEquals(
        List.of("headline word 'Hailing'", "number word 'Two'"), person("Ingrid Hailing Two"));
    assertEquals(List.of("stray letter 'Q'"), person("Q Ho"));
    assertEquals(
        List.of("two names: 'Marta Okonkwo', 'Peter Lindqvist'"),
        person("Marta Okonkwo Peter Lindqvist"));
    assertEquals(List.of("'Shoal' ends names of places or things"), person("Anders Shoal"));
    assertEquals(
        List.of("starts with 'And'", "'Peter Lindqvist' plus other words"),
        person("And Peter Lindqvist"));
    assertEquals(List.of("in capitals"), person("OKONKWO Marta"));
  }

  @Test
  void goodPersonNamesAreNotFlagged() {
    for (String name :
        List.of("Marta Okonkwo", "Liu He", "To Lam", "Ferdinand R. Marcos Jr.", "Peyton Manning")) {
      assertEquals(List.of(), person(name), name);
    }
  }

  @Test
  void organisationFragmentsAndJoinsSayWhy() {
    assertEquals(List.of("fragment of 'Maritime and Harbor Agency'"), org("Harbor Agency"));
    assertEquals(List.of("two actors joined by 'and'"), org("Port Authority and Chile"));
    assertEquals(List.of("starts with 'And'"), org("And Alliance"));
    assertEquals(List.of("'Acting' before the name"), org("Acting Port Authority"));
    assertEquals(List.of(), org("Port Authority"));
  }

  @Test
  void twoActorsJoinedAreFlaggedWhenTheTailStandsAloneMoreOften() {
    assertEquals(List.of("two actors joined by 'and'"), org("Customs Office and Port Authority"));
  }

  @Test
  void aJoinedNameMoreCommonThanItsPartsIsANameOfItsOwn() {
    assertEquals(List.of(), org("Department of Fisheries and Coastal Resources"));
  }
}
