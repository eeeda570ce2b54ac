package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the words of a would-be name say: ordinary words, places and labels are no persons. */
class NameShapeTest {
  private final ActorExtractor extractor = new ActorExtractor(new Gazetteer(new Resources()));

  private List<String> actors(String text) {
    return extractor.extract(text).stream().map(a -> a.type() + ":" + a.name()).toList();
  }

  @Test
  void aGivenNameBeforeOrdinaryWordsIsNoPerson() {
    assertEquals(
        List.of("country:Ukraine"),
        actors("The package adds Bradley Infantry Fighting Vehicles for Ukraine."));
  }

  @Test
  void aNameEndingWithAPlaceWordIsAPlace() {
    assertEquals(
        List.of("country:Philippines"),
        actors("Ships gathered near Thomas Shoal and the Caroline Islands, the Philippines said."));
  }

  @Test
  void anOrdinaryWordAfterATitleIsNoName() {
    assertEquals(
        List.of("organization:United Nations General Assembly"),
        actors("We speak in this General Debate of the General Assembly once more."));
  }

  @Test
  void aTranscriptLabelIsNoInitial() {
    assertEquals(List.of(), actors("Q Hi, thanks for doing this. Will the talks go on?"));
  }

  @Test
  void particlesMayFollowEachOtherInsideAName() {
    assertEquals(
        List.of("person:Ursula von der Leyen"),
        actors("Commission chief Ursula von der Leyen spoke. Later Ursula von der Leyen left."));
    assertEquals(
        List.of("person:Monica De La Cruz"),
        actors("Representative Monica De La Cruz voted against the bill."));
  }

  @Test
  void aShortLowerCaseSyllableJoinsAKoreanGivenName() {
    assertEquals(
        List.of("person:Lee Ji-hoon", "country:South Korea"),
        actors("Foreign Minister Lee Ji-hoon of South Korea met Lee Ji-hoon's staff."));
    assertEquals(
        List.of("person:Joe Biden"),
        actors("The Biden-led coalition met while Biden-era rules held."));
  }

  @Test
  void anApostropheAfterOneLetterIsASurname() {
    assertEquals(List.of("person:Sandra O'Connor"), actors("Justice Sandra O'Connor wrote it."));
  }
}
