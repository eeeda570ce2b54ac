package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speech verbs that take the subject of the sentence they hang on: purposes and participles. */
class NonFiniteSpeechTest {
  @Test
  void aPurposeAfterThePersonMetIsTheStatementOfTheSentencesSubject() {
    assertEquals(
        List.of(
            "[Maria Lopez] reaffirm «President Maria Lopez»: President Maria Lopez spoke today with"
                + " Prime Minister Jonas Berg of Norway to reaffirm the close ties between"
                + " the two countries."),
        Said.in(
            null,
            "President Maria Lopez spoke today with Prime Minister Jonas Berg of Norway to"
                + " reaffirm the close ties between the two countries."));
  }

  @Test
  void aPurposeAfterAnAdjectiveOrAGerundAfterToIsNoStatement() {
    assertEquals(
        List.of(),
        Said.in(
            null,
            "President Maria Lopez is ready to welcome the proposal. President Maria Lopez looked"
                + " forward to welcoming Prime Minister Jonas Berg in May."));
  }

  @Test
  void aParticipleAfterACommaIsTheStatementOfTheSentencesSubject() {
    assertEquals(
        List.of(
            "[Maria Lopez] underscoring «President Maria Lopez»: President Maria Lopez commented on"
                + " the trade talks, underscoring that Norway will open its fish market."),
        Said.in(
            null,
            "President Maria Lopez commented on the trade talks, underscoring that Norway will"
                + " open its fish market."));
  }

  @Test
  void aParticipleAfterASubjectThatNamesNoOneIsNoStatement() {
    assertEquals(
        List.of(),
        Said.in(
            null,
            "The storm closed the port of Bergen for a week, underscoring the risk to Norway's"
                + " fish exports."));
  }

  @Test
  void conveyedAndRaisedConcernsReportSpeech() {
    assertEquals(
        List.of(
            "[Maria Lopez] conveyed «President Maria Lopez»: President Maria Lopez conveyed her"
                + " support for the fisheries agreement.",
            "[Maria Lopez] raised concerns «She»: She raised concerns about the closure of the"
                + " port."),
        Said.in(
            null,
            "President Maria Lopez conveyed her support for the fisheries agreement. She raised"
                + " concerns about the closure of the port. The port raised its fees."));
  }
}
