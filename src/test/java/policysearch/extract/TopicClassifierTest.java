package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {
  private final TopicClassifier classifier;

  TopicClassifierTest() {
    Resources resources = new Resources();
    classifier = new TopicClassifier(new Taxonomy(resources), resources);
  }

  @Test
  void anArticleAboutTariffsIsTaggedTrade() {
    assertEquals(
        List.of("trade"),
        classifier.classify(
            "New tariffs on wine imports",
            "The two governments agreed to lower tariffs on wine imports and exports. The trade"
                + " agreement removes tariffs on cheese and settles a trade dispute."));
  }

  @Test
  void aPassingMentionInALongTextTagsNothing() {
    String filler = "The mayors discussed parks, libraries and local festivals with residents. ";
    assertEquals(
        List.of(),
        classifier.classify(
            "A visit to the city", filler.repeat(40) + "One speaker mentioned tariffs once."));
  }
}
