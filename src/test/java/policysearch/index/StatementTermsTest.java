package policysearch.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTermsTest {
  @Test
  void aHashIsTheSameInEveryProcessAsTheIndexIsWrittenByOneAndReadByAnother() {
    assertEquals(1648958615, StatementTerms.hash("fentanyl"));
  }

  @Test
  void theSignatureHoldsTheStemsInOrderWithABreakAtPunctuationAndTheActorAndTopicHashes() {
    StatementTerms.Signature signature =
        StatementTerms.read(
            StatementTerms.signature(
                "Fentanyl precursors, from China.", List.of("China", "China"), List.of("drugs")));

    assertEquals(
        List.of("fentanyl", "precursor", "from", "china"),
        StatementTerms.analyze("Fentanyl precursors, from China.").stems().stream()
            .filter(s -> s != null)
            .toList());
    assertArrayEquals(
        new int[] {
          StatementTerms.hash("fentanyl"),
          StatementTerms.hash("precursor"),
          StatementTerms.BREAK,
          StatementTerms.hash("from"),
          StatementTerms.hash("china")
        },
        signature.stems(),
        Arrays.toString(signature.stems()));
    assertArrayEquals(new int[] {StatementTerms.hash("China")}, signature.actors());
    assertArrayEquals(new int[] {StatementTerms.hash("drugs")}, signature.topics());
  }
}
