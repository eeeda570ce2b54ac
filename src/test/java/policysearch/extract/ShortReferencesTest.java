package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bodies named in short or in wire copy's way: plural heads before several names, "the House",
 * companies before their tickers and partnerships joined by commas.
 */
class ShortReferencesTest {
  private final ActorExtractor extractor = new ActorExtractor(new Gazetteer(new Resources()));

  private List<String> actors(String text) {
    return extractor.extract(text).stream().map(a -> a.type() + ":" + a.name()).toList();
  }

  @Test
  void aPluralHeadNamesEveryBodyAfterIt() {
    assertEquals(
        List.of("organization:Department of State", "organization:Department of Justice"),
        actors("Agents of the Departments of State and Justice will help."));
    assertEquals(
        List.of(
            "organization:Department of Transportation",
            "organization:Department of Agriculture",
            "organization:Small Business Administration"),
        actors(
            "The Secretaries of Transportation, Agriculture, and the Administrator of the Small"
                + " Business Administration spoke."));
    assertEquals(
        List.of("organization:Department of Health and Human Services"),
        actors("The Departments of Health and Human Services sent staff."));
  }

  @Test
  void aPluralHeadBeforePersonsNamesOnlyTheBodiesItKnows() {
    assertEquals(
        List.of("organization:Department of Defense", "person:Leo Pardo", "person:Ann Hollis"),
        actors("Former Secretaries of Defense Leo Pardo and Ann Hollis warned."));
  }

  @Test
  void theHouseIsTheHouseOfRepresentatives() {
    assertEquals(
        List.of("organization:House of Representatives", "organization:Senate"),
        actors("Members of the House and Senate, honored guests."));
    assertEquals(
        List.of("organization:House of Lords", "organization:White House"),
        actors("The House of Lords voted and the White House welcomed it."));
  }

  @Test
  void aCompanyBeforeItsTickerIsNamedWhole() {
    assertEquals(
        List.of("organization:Supermarkets General"),
        actors("Dart bid for Supermarkets General <SGL> on Monday."));
    assertEquals(
        List.of("organization:Unilever Plc", "organization:Plessey Co"),
        actors("Unilever Plc and NV <UN.AS> sold Plessey Co."));
  }

  @Test
  void partnersJoinedByCommasBeforeALegalFormAreOneCompany() {
    assertEquals(
        List.of("person:Joseph Arsenio", "organization:Birr, Wilson and Co"),
        actors("said Joseph Arsenio, analyst with Birr, Wilson and Co."));
    assertEquals(
        List.of("organization:Visa Foundation", "organization:Visa Inc"),
        actors("Partners: Viasat, Visa Foundation, and Visa Inc."));
  }

  @Test
  void aTickerNamesNoActor() {
    assertEquals(
        List.of("organization:Texaco", "organization:Unilever"),
        actors("Stocks of Texaco <TX.N> and Unilever <UN.AS> rose."));
  }

  @Test
  void aShortLegalFormBeforeAHyphenIsAPrefix() {
    assertEquals(
        List.of("organization:Council for Security and Co-operation"),
        actors("The Council for Security and Co-operation met."));
    assertEquals(
        List.of("organization:Federal Housing Administration"),
        actors("A Co-Chair praised Federal Housing Administration-insured loans."));
  }
}
