package policysearch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.extract.ActorType;

/** The aliases file's entries win over the automatic merges. */
class AliasesTest {
  private static NameData file(String... rows) {
    return NameData.with(
        new Aliases(Arrays.stream(rows).map(r -> r.split("\t", -1)).toList(), "test.tsv"));
  }

  private static Resolution resolve(NameData data, ActorType type, String... names) {
    return ResolverTest.resolve(data, type, List.of(names));
  }

  @Test
  void aNeverEntryKeepsApartWhatTheRulesWouldMerge() {
    String[] names = {"Dorian Vasquez:10", "Dorrian Vasquez:1"};
    assertEquals(
        "Dorian Vasquez",
        resolve(file(), ActorType.PERSON, names)
            .canonical("Dorrian Vasquez", ActorType.PERSON, null));
    Resolution kept =
        resolve(file("never\tDorian Vasquez\tperson\tDorrian Vasquez"), ActorType.PERSON, names);
    assertEquals("Dorrian Vasquez", kept.canonical("Dorrian Vasquez", ActorType.PERSON, null));
  }

  @Test
  void anAliasEntryNamesTheEntityAndJoinsWhatTheRulesCannotSee() {
    NameData data = file("alias\tRashid Al-Qadiri\tperson\tAbu Faris|The Falcon of Qadir");
    Resolution r =
        resolve(
            data,
            ActorType.PERSON,
            "Rashid al-Qadiri:9",
            "Rashid El Qadiri:2",
            "Abu Faris:3",
            "Tomas Reyes:4");
    for (String name : List.of("Rashid al-Qadiri", "Rashid El Qadiri", "Abu Faris")) {
      assertEquals("Rashid Al-Qadiri", r.canonical(name, ActorType.PERSON, null), name);
    }
    assertEquals(
        "Rashid Al-Qadiri",
        r.canonical("the falcon of Qadir", ActorType.PERSON, null),
        "a listed name not in the corpus yet");
    assertEquals("Tomas Reyes", r.canonical("Tomas Reyes", ActorType.PERSON, null));
    assertEquals(
        "Abu Faris", r.canonical("Abu Faris", ActorType.ORGANIZATION, null), "types apart");
  }

  @Test
  void anEraEntryAppliesWithinItsDatesOnly() {
    NameData data = file("era\tOld Republic\tcountry\tNew Republic|NR\t\t1979-12-31");
    Resolution r = Resolution.empty(data);
    assertEquals("Old Republic", r.canonical("NR", ActorType.COUNTRY, LocalDate.of(1979, 12, 31)));
    assertEquals("NR", r.canonical("NR", ActorType.COUNTRY, LocalDate.of(1980, 1, 1)));
  }

  @Test
  void aBadRowIsRejectedWithItsRowAndReason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> file("alias\tX\tperson\tY", "era\tOld\tcountry\tNew\t1990-13-01\t"));
    assertEquals("test.tsv row 2: dates are YYYY-MM-DD, not '1990-13-01'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> file("alias\tX\tplanet\tY"));
    assertEquals(
        "test.tsv row 1: type must be person, country or organization, not 'planet'",
        e.getMessage());
  }
}
