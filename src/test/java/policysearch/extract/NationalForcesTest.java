package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Army", "Navy", "Marines" alone are the U.S. forces in a U.S. text, and only there. */
class NationalForcesTest {
  private final ActorExtractor extractor = new ActorExtractor(new Gazetteer(new Resources()));

  private List<String> actors(String text) {
    return extractor.extract(text).stream().map(a -> a.type() + ":" + a.name()).toList();
  }

  @Test
  void aBranchAloneInAUnitedStatesTextIsTheUnitedStatesBranch() {
    assertEquals(
        List.of("country:United States", "organization:U.S. Army", "organization:U.S. Navy"),
        actors(
            "Veterans of the United States may apply to the Army or the Navy, whichever"
                + " discharged them."));
  }

  @Test
  void aBranchInsideAnotherNameOrInAnotherCountrysTextIsNot() {
    assertEquals(
        List.of("organization:Salvation Army", "country:United States"),
        actors("The Salvation Army helped families across the United States."));
    assertEquals(
        List.of("country:Peru", "country:United States", "organization:Army of Peru"),
        actors("Peru thanked the United States, and the Army of Peru and the Navy stood by Peru."));
  }
}
