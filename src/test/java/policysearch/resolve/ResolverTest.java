package policysearch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import policysearch.extract.ActorType;

/** Merges and non-merges of names written for these tests, one class of variant each. */
class ResolverTest {
  private static final NameData DATA = NameData.load();

  /** Names "name:count" of one type; pairs named together in articles, "a+b". */
  private static Resolution resolve(ActorType type, List<String> names, String... together) {
    return resolve(DATA, type, names, together);
  }

  static Resolution resolve(NameData data, ActorType type, List<String> names, String... together) {
    List<NameCount> counts = new ArrayList<>();
    for (String n : names) {
      int colon = n.lastIndexOf(':');
      counts.add(
          new NameCount(n.substring(0, colon), type, Integer.parseInt(n.substring(colon + 1))));
    }
    Map<String, Integer> both = new HashMap<>();
    for (String pair : together) {
      String[] p = pair.split("\\+");
      both.put(p[0] + "|" + p[1], 1);
      both.put(p[1] + "|" + p[0], 1);
    }
    return new Resolver(data)
        .resolve(counts, (a, b) -> both.getOrDefault(a.name() + "|" + b.name(), 0));
  }

  private static String person(Resolution r, String name) {
    return r.canonical(name, ActorType.PERSON, null);
  }

  private static String org(Resolution r, String name) {
    return r.canonical(name, ActorType.ORGANIZATION, null);
  }

  @Test
  void arabicArticlesHyphensAndCaseAreOneName() {
    Resolution r =
        resolve(
            ActorType.PERSON,
            List.of(
                "Rashid al-Qadiri:9",
                "Rashid Al-Qadiri:3",
                "Rashid El Qadiri:2",
                "Rashid Al Qadiri:1",
                "El-Qadiri:2",
                "Al Qadiri:1"));
    for (String name : List.of("Rashid Al-Qadiri", "Rashid El Qadiri", "El-Qadiri", "Al Qadiri")) {
      assertEquals("Rashid al-Qadiri", person(r, name), name);
    }
    assertEquals(
        List.of(
            "Al Qadiri", "El-Qadiri", "Rashid Al Qadiri", "Rashid Al-Qadiri", "Rashid El Qadiri"),
        r.aliases("Rashid al-Qadiri", ActorType.PERSON));
  }

  @Test
  void wordOrderAccentsAndHyphenOrSpaceAreOneName() {
    Resolution r =
        resolve(
            ActorType.PERSON,
            List.of(
                "TANAKA Hiroshi:4",
                "Hiroshi Tanaka:2",
                "Inés Ferrándiz:3",
                "Ines Ferrandiz:3",
                "Karen Ashby-Lowell:5",
                "Karen Ashby Lowell:1"));
    assertEquals(
        "Hiroshi Tanaka", person(r, "TANAKA Hiroshi"), "a shouted surname is no canonical");
    assertEquals("Inés Ferrándiz", person(r, "Ines Ferrandiz"), "accents kept on a tie");
    assertEquals("Karen Ashby-Lowell", person(r, "Karen Ashby Lowell"));
  }

  @Test
  void middleNamesAndInitialsJoinTheFullName() {
    Resolution r =
        resolve(
            ActorType.PERSON,
            List.of("Marta L. Okonkwo:2", "Marta Okonkwo:7", "Marta Lucia Okonkwo:1", "Okonkwo:2"));
    for (String name : List.of("Marta L. Okonkwo", "Marta Lucia Okonkwo", "Okonkwo")) {
      assertEquals("Marta Okonkwo", person(r, name), name);
    }
  }

  @Test
  void aMisspeltGivenNameJoinsTheCommonSpelling() {
    Resolution r = resolve(ActorType.PERSON, List.of("Dorian Vasquez:10", "Dorrian Vasquez:1"));
    assertEquals("Dorian Vasquez", person(r, "Dorrian Vasquez"));
  }

  @Test
  void aMisspeltSurnameJoinsOnlyWhenBothSpellingsShareAnArticle() {
    List<String> names = List.of("Petra Wolkenstein:9", "Petra Wolkenstien:1");
    assertEquals(
        "Petra Wolkenstien",
        person(resolve(ActorType.PERSON, names), "Petra Wolkenstien"),
        "Johnson and Johnston are two people: a surname slip needs evidence");
    assertEquals(
        "Petra Wolkenstein",
        person(
            resolve(ActorType.PERSON, names, "Petra Wolkenstein+Petra Wolkenstien"),
            "Petra Wolkenstien"));
  }

  @Test
  void aShortFormJoinsWhenTheSurnameIsOnePersonsOrBothShareAnArticle() {
    Resolution r =
        resolve(
            ActorType.PERSON,
            List.of(
                "Beth Calloway:2",
                "Elizabeth Calloway:6",
                "Tom Brandt:1",
                "Thomas Brandt:4",
                "Anna Brandt:3"));
    assertEquals("Elizabeth Calloway", person(r, "Beth Calloway"));
    assertEquals("Tom Brandt", person(r, "Tom Brandt"), "two Brandts: a short form needs evidence");
  }

  @Test
  void differentPeopleWithOneSurnameStayApart() {
    Resolution r =
        resolve(
            ActorType.PERSON,
            List.of(
                "Joan Harlow:5",
                "Jack Harlow:4",
                "Harlow:3",
                "Samuel A. Pryce:2",
                "Samuel B. Pryce:2",
                "Samuel Pryce:5",
                "Carl Benning Jr.:3",
                "Carl Benning Sr.:3",
                "Paul Delacroix:4",
                "P. Delacroix:1",
                "Anna Frost:3",
                "Anna F. Rost:1",
                "Joe Biden:50",
                "Jill Biden:9"));
    for (String name :
        List.of(
            "Joan Harlow",
            "Jack Harlow",
            "Harlow",
            "Samuel A. Pryce",
            "Samuel B. Pryce",
            "Samuel Pryce",
            "Carl Benning Jr.",
            "Carl Benning Sr.",
            "P. Delacroix",
            "Anna F. Rost",
            "Jill Biden")) {
      assertEquals(name, person(r, name), name);
    }
    Set<String> ambiguous =
        Set.copyOf(
            r.candidates().stream()
                .filter(c -> c.reason().equals("fits several"))
                .map(Candidate::a)
                .toList());
    assertTrue(ambiguous.containsAll(List.of("Harlow", "Samuel Pryce")), ambiguous.toString());
  }

  @Test
  void usAndUnitedStatesPluralsAndTheAreOneOrganisation() {
    Resolution r =
        resolve(
            ActorType.ORGANIZATION,
            List.of(
                "U.S. Maritime Safety Board:6",
                "United States Maritime Safety Board:2",
                "U.S. Department of Veterans Services:8",
                "Department of Veteran Services:2",
                "the Coastal Commission for Fisheries:1",
                "Coastal Commission for Fishery:3"));
    assertEquals("U.S. Maritime Safety Board", org(r, "United States Maritime Safety Board"));
    assertEquals("U.S. Department of Veterans Services", org(r, "Department of Veteran Services"));
    assertEquals("Coastal Commission for Fishery", org(r, "the Coastal Commission for Fisheries"));
  }

  @Test
  void organisationsOfDifferentCountriesStayApart() {
    Resolution r =
        resolve(
            ActorType.ORGANIZATION,
            List.of(
                "Japanese Ministry of Fisheries:4",
                "Korean Ministry of Fisheries:3",
                "Ministry of Fisheries:2",
                "U.S. Office of Ports:5",
                "National Assembly of Kenya:3",
                "National Assembly:6"));
    for (String name :
        List.of("Korean Ministry of Fisheries", "Ministry of Fisheries", "National Assembly")) {
      assertEquals(name, org(r, name), name);
    }
  }

  @Test
  void anAcronymJoinsItsExpansionWhenTheyAreNamedTogether() {
    List<String> names = List.of("NMSB:12", "National Maritime Safety Bureau:2");
    assertEquals(
        "National Maritime Safety Bureau",
        org(resolve(ActorType.ORGANIZATION, names), "National Maritime Safety Bureau"));
    assertEquals(
        "NMSB",
        org(
            resolve(ActorType.ORGANIZATION, names, "NMSB+National Maritime Safety Bureau"),
            "National Maritime Safety Bureau"));
  }

  @Test
  void anAcronymTheGazetteerKnowsTakesOnlyNamesCloseToItsOwn() {
    Resolution r =
        resolve(
            ActorType.ORGANIZATION,
            List.of("NSA:40", "National Sheriffs Association:2"),
            "NSA+National Sheriffs Association");
    assertEquals("National Sheriffs Association", org(r, "National Sheriffs Association"));
  }

  @Test
  void erasGiveTheNameOfTheArticlesTime() {
    Resolution r = Resolution.empty(DATA);
    assertEquals(
        "West Germany", r.canonical("Germany", ActorType.COUNTRY, LocalDate.of(1985, 5, 1)));
    assertEquals("Germany", r.canonical("Germany", ActorType.COUNTRY, LocalDate.of(1990, 10, 3)));
    assertEquals("Germany", r.canonical("Germany", ActorType.COUNTRY, LocalDate.of(1914, 1, 1)));
    assertEquals(
        "European Community",
        r.canonical("European Union", ActorType.ORGANIZATION, LocalDate.of(1992, 1, 1)));
    assertEquals(
        "European Union",
        r.canonical("European Union", ActorType.ORGANIZATION, LocalDate.of(1994, 1, 1)));
    assertEquals(
        "Soviet Union", r.canonical("Russia", ActorType.COUNTRY, LocalDate.of(1987, 3, 2)));
    assertTrue(r.dependsOnDate("Germany", ActorType.COUNTRY));
  }
}
