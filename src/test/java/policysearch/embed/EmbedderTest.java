package policysearch.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.Fixtures;

class EmbedderTest {
  private final Embedder embedder = Fixtures.embedder();

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  @Test
  void theBundledModelLoadsFromTheClasspathWithItsArtifactVersion() {
    assertEquals("all-MiniLM-L6-v2-q@1.19.0-beta29", embedder.name());
    float[] vector = embedder.embed("The ceasefire must hold.");
    assertEquals(Embedder.DIMENSIONS, vector.length);
    assertEquals(1.0, cosine(vector, vector), 1e-4);
  }

  @Test
  void aParaphraseWithNoSharedWordIsCloserThanAnUnrelatedSentence() {
    float[] source = embedder.embed("Beijing has to rein in the export of fentanyl ingredients.");
    double paraphrase =
        cosine(
            source, embedder.embed("China should stop chemicals for opioids leaving its ports."));
    double unrelated =
        cosine(source, embedder.embed("The president will host a state dinner next week."));

    assertTrue(paraphrase > unrelated + 0.2, paraphrase + " vs " + unrelated);
  }

  @Test
  void aBatchGivesEachTextTheVectorItGetsAlone() {
    List<String> texts = List.of("Tariffs on steel rise.", "NATO allies met in Vilnius.");

    List<float[]> batch = embedder.embedAll(texts);

    assertEquals(2, batch.size());
    assertArrayEquals(embedder.embed(texts.get(1)), batch.get(1), 1e-6f);
    assertEquals(List.of(), embedder.embedAll(List.of()));
  }
}
