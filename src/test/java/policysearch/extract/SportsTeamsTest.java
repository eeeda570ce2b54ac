package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sports teams: plural names after "the" in articles about sport, and nowhere else. */
class SportsTeamsTest {
  private final ActorExtractor extractor = new ActorExtractor(new Gazetteer(new Resources()));

  private List<String> actors(String text) {
    return extractor.extract(text).stream()
        .filter(a -> a.type() == ActorType.ORGANIZATION)
        .map(Actor::name)
        .toList();
  }

  @Test
  void inAnArticleAboutSportAPluralAfterTheNamesATeamByItsFullestName() {
    assertEquals(
        List.of("Riverton Otters", "Zephyrs"),
        actors(
            "We welcome the Riverton Otters, this year's champions. After a long postseason the"
                + " Otters beat the Zephyrs in six games and won the pennant."));
  }

  @Test
  void anOrdinaryPluralCountsOnlyWhenTheArticleNamesTheTeamInFull() {
    assertEquals(
        List.of("Ridgefield Pilots", "Dolphins"),
        actors(
            "The playoffs were hard for the Pilots. The Ridgefield Pilots won the championship"
                + " against the Dolphins — and the fans cheered."));
    assertEquals(
        List.of(), actors("The playoffs were hard for the Pilots, who won the championship."));
  }

  @Test
  void withoutTwoCuesOfSportNoPluralIsATeam() {
    assertEquals(List.of(), actors("We beat the Zephyrs in six games and won the pennant."));
  }

  @Test
  void placesFamiliesAndPluralsBeforeANounAreNoTeams() {
    assertEquals(
        List.of(),
        actors(
            "The coach of the championship side hiked in the Rocky Mountains, met the Bidens, and"
                + " read the Dobbs decision."));
  }

  @Test
  void aDemonymBeforeCabinetNamesTheCabinet() {
    assertEquals(List.of("Danish Cabinet"), actors("The Danish Cabinet met on Monday."));
  }
}
