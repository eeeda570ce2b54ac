package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnnamedSpeakerTest {
  private static final String MINISTER =
      "Finance Minister Carlos Ruiz met the creditor banks in New York on Monday.\n\n";

  @Test
  void heAfterAnUnnamedSpokesmanIsNobodyNamed() {
    assertEquals(
        List.of(),
        Said.in(
            null,
            MINISTER
                + "The talks will resume in April, a ministry spokesman said.\n\n"
                + "He said the country owed the banks 450 mln dlrs in interest this year."));
  }

  @Test
  void sheAfterTheUnnamedOfficialIsNobodyNamedEither() {
    assertEquals(
        List.of(),
        Said.in(
            null,
            MINISTER
                + "No payment is due before June, the official told reporters. She added that the"
                + " banks had agreed to wait."));
  }

  @Test
  void heIsTheNamedPersonAgainOnceTheTextNamesOne() {
    assertEquals(
        List.of(
            "[Carlos Ruiz] said «He»: He said the country owed the banks 450 mln dlrs in interest"
                + " this year."),
        Said.in(
            null,
            MINISTER
                + "The talks will resume in April, a ministry spokesman said. Carlos Ruiz left for"
                + " Quito on Tuesday.\n\n"
                + "He said the country owed the banks 450 mln dlrs in interest this year."));
  }

  @Test
  void aReportThatSaysSomethingLeavesHeToThePersonNamedBefore() {
    assertEquals(
        List.of(
            "[Carlos Ruiz] said «He»: He said the country owed the banks 450 mln dlrs in interest"
                + " this year."),
        Said.in(
            null,
            MINISTER
                + "The talks will resume in April, the report said.\n\n"
                + "He said the country owed the banks 450 mln dlrs in interest this year."));
  }
}
