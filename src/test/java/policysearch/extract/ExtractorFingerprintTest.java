package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import policysearch.corpus.Article;

class ExtractorFingerprintTest {
  private static final String VERBS = "statements/verbs.txt";
  private static final String TEXT = "Treasury Secretary Janet Yellen quipped that bonds are dull.";

  private static String shipped(String resource) throws IOException {
    try (InputStream in = Extractor.class.getResourceAsStream("/" + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> statements(Extractor extractor) {
    Article article = Article.of("t", LocalDate.of(2024, 1, 1), null, TEXT, "test", null, "t.txt");
    return extractor.extract(article).statements().stream()
        .map(s -> s.speakers().get(0).name() + " " + s.attribution().cue())
        .toList();
  }

  @Test
  void sameVocabulariesAndRulesGiveTheSameFingerprint() {
    assertEquals(Extractor.load().fingerprint(), Extractor.load().fingerprint());
  }

  @Test
  void anEditedCueListChangesBothTheStatementsAndTheFingerprint() throws IOException {
    Extractor shipped = Extractor.load();
    Extractor edited = Extractor.load(new Resources(Map.of(VERBS, shipped(VERBS) + "quipped\n")));

    assertEquals(List.of(), statements(shipped));
    assertEquals(List.of("Janet Yellen quipped"), statements(edited));
    assertNotEquals(shipped.fingerprint(), edited.fingerprint());
  }

  @Test
  void aNewRulesVersionChangesTheFingerprintOfTheSameVocabularies() {
    String vocabularies = new Resources().fingerprint();

    assertNotEquals(
        Extractor.fingerprint(vocabularies, Extractor.RULES_VERSION),
        Extractor.fingerprint(vocabularies, Extractor.RULES_VERSION + "-next"));
  }

  @Test
  void theVocabulariesLoadOnFirstUseSoAnErrorInOneSurfacesThereNotAtLoad() {
    Extractor broken =
        Extractor.load(
            new Resources(
                Map.of(
                    "taxonomy/topic-rules.tsv", "topic\tweight\tcue\nno-such-topic\t1\tword\n")));

    assertEquals("Trade", broken.taxonomy().get("trade").orElseThrow().label());
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, broken::fingerprint);
    assertEquals(
        "topic-rules.tsv: unknown topic or missing cue in [no-such-topic, 1, word]",
        error.getMessage());
  }
}
