package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Persons named without a title: after a lower-case role ("drug czar, Bill Bennett"), in lists with
 * their rank ("Senior Vice President"), with initials and with the corpora's given names.
 */
class PersonContextTest {
  private final ActorExtractor extractor = new ActorExtractor(new Gazetteer(new Resources()));

  private List<String> actors(String text) {
    return extractor.extract(text).stream().map(a -> a.type() + ":" + a.name()).toList();
  }

  @Test
  void aRoleNounIntroducesTheNameAfterIt() {
    assertEquals(
        List.of("person:Arthur Schlesinger"),
        actors("The historian Arthur Schlesinger wrote about it."));
    assertEquals(
        List.of("person:Gita Gopinath"), actors("Chief economist Gita Gopinath warned of it."));
  }

  @Test
  void aNameBetweenCommasAfterARoleIsItsApposition() {
    assertEquals(
        List.of("person:Bill Bennett"),
        actors("Our new drug czar, Bill Bennett, and I will be shoulder to shoulder."));
    assertEquals(
        List.of("person:Sandy Levin"), actors("We think of his brother, Sandy Levin, today."));
  }

  @Test
  void aRoleBeforeOneWordOrAnotherActorNamesNoOne() {
    assertEquals(List.of(), actors("The economist Paul spoke first, the economist, who knew."));
    assertEquals(
        List.of("organization:White House"),
        actors("The official White House photographer was there."));
    assertEquals(
        List.of("organization:Supreme Court"),
        actors("The lawyer, Supreme Court rules say, must file."));
  }

  @Test
  void aCapitalLetterWithAFullStopIsAnInitialInsideAName() {
    assertEquals(List.of("person:Brent A. Robinson"), actors("Brent A. Robinson said so."));
  }

  @Test
  void aRankBeforeATitleStillDescribesTheNameInAList() {
    assertEquals(
        List.of("person:Ebonie Riley", "organization:National Action Network"),
        actors("Ebonie Riley, Senior Vice President, National Action Network"));
  }

  @Test
  void givenNamesOfTheCorporaStartNames() {
    assertEquals(
        List.of("person:Kwame Nkrumah", "country:Ghana", "person:Trygve Lie"),
        actors("In 1957 Kwame Nkrumah led Ghana to independence, and Trygve Lie spoke."));
    assertEquals(List.of(), actors("Veterans marched on Armistice Day in Santa Cruz."));
    assertEquals(
        List.of("person:Leonid Ilyich Brezhnev"),
        actors("Comrade Leonid Ilyich Brezhnev stated that peace is indivisible."));
  }

  @Test
  void anOfficeAfterANameEndsIt() {
    assertEquals(
        List.of("person:Brendan Carr", "person:Henry Kerner"),
        actors(
            "I designate:\n\nBrendan Carr Chairman of the Board\n\nHenry Kerner Acting Chairman"));
  }

  @Test
  void aKnownPersonsNameEndsBeforeAnotherName() {
    assertEquals(
        List.of("person:Hun Manet", "person:Anutin Charnvirakul"),
        actors("Signed in quadruplicate.\n\nHun Manet Anutin Charnvirakul"));
  }

  @Test
  void anAppositionEndsAtAComma() {
    assertEquals(
        List.of(),
        actors("Its investment adviser, Keystone Realty Advisers has lent the trust money."));
  }

  @Test
  void unknownNameWordsBeforeAVerbOfSayingOrWhoAreAPerson() {
    assertEquals(
        List.of("person:Wamkele Mene", "person:Shahrazad Vellani"),
        actors("Wamkele Mene said the deal was done, and Shahrazad Vellani, who led it, agreed."));
  }

  @Test
  void bodiesAndPlacesBeforeAVerbOfSayingAreNoPersons() {
    assertEquals(
        List.of(),
        actors("Attacks by the Tamil Tigers, who fled, and by 100,000 Blue Helmets who act."));
    assertEquals(
        List.of("organization:Bache Securities Inc"),
        actors("Bache Securities Inc sold it.\n\nBache Securities said it needed a seat."));
    assertEquals(List.of(), actors("Exports rose, the Agriculture and Commerce Departments said."));
    assertEquals(List.of(), actors("The mission to Ruanda-Urundi says so."));
  }
}
