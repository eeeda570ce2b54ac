package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.Fixtures;
import policysearch.corpus.Article;

class StatementExtractorTest {
  private static List<String> statements(String title, String text) {
    Article article = Article.of("t", LocalDate.of(2024, 1, 1), title, text, "test", null, "t.txt");
    return Fixtures.extractor().extract(article).statements().stream()
        .map(
            s -> s.speakers().stream().map(Actor::name).toList() + " " + s.verb() + ": " + s.text())
        .toList();
  }

  @Test
  void reportedSpeechIsAttributedToItsSubject() {
    assertEquals(
        List.of(
            "[Antony Blinken] said: Secretary of State Antony Blinken said the alliance is strong.",
            "[Japan] welcomed: Japan welcomed the decision."),
        statements(
            null,
            "Secretary of State Antony Blinken said the alliance is strong. Japan welcomed the decision."));
  }

  @Test
  void surnamesPronounsAndRolesResolveToTheActorTheyReferTo() {
    assertEquals(
        List.of(
            "[Joe Biden] reaffirmed: The President reaffirmed support for Jordan.",
            "[Joe Biden] thanked: He thanked the King for his leadership.",
            "[Yoko Kamikawa] stressed: Kamikawa stressed the value of the talks."),
        statements(
            "Readout of President Joe Biden's Call with Foreign Minister Yoko Kamikawa",
            "The President reaffirmed support for Jordan. He thanked the King for his leadership. Kamikawa"
                + " stressed the value of the talks."));
  }

  @Test
  void heRefersToTheLastSentenceSubjectNotToAPersonNamedLaterInIt() {
    assertEquals(
        List.of("[Joe Biden] stressed: He stressed the need for a ceasefire."),
        statements(
            "Readout of President Joe Biden's Call with Prime Minister Benjamin Netanyahu of Israel",
            "President Biden spoke with Prime Minister Netanyahu today. The leaders discussed the"
                + " fall of the regime of Bashar al-Assad in Syria. He stressed the need for a"
                + " ceasefire."));
  }

  @Test
  void bothLeadersAreTheTwoPartiesOfTheMeeting() {
    assertEquals(
        List.of(
            "[Joe Biden, Ulf Kristersson] underscored: Both leaders underscored their support for Ukraine."),
        statements(
            "Readout of President Biden's Meeting with Prime Minister Ulf Kristersson of Sweden",
            "Both leaders underscored their support for Ukraine."));
  }

  @Test
  void quoteSplitAcrossTheSentenceBelongsToTheSpeakerBetweenItsParts() {
    assertEquals(
        List.of("[Penny Wong] said: “The partnership,” she said, “is vital.”"),
        statements(
            null,
            "Foreign Minister Penny Wong arrived in Tokyo. “The partnership,” she said, “is vital.”"));
  }

  @Test
  void quoteFollowedBySaidAndAName() {
    assertEquals(
        List.of("[Jens Stoltenberg] said: “We will not be divided,” said Jens Stoltenberg."),
        statements(
            null,
            "NATO Secretary General Jens Stoltenberg spoke. “We will not be divided,” said Jens Stoltenberg."));
  }

  @Test
  void sentencesThatAreNotStatementsGiveNone() {
    assertEquals(
        List.of(),
        statements(
            null,
            "President Joe Biden discussed trade with Japan. The talks highlighted cybersecurity. The"
                + " leaders reviewed progress. Japan's support, as noted by observers, grew. The"
                + " United States imposed tariffs."));
  }

  @Test
  void firstPersonStatementBelongsToItsAuthorInPassagesOfWholeParagraphs() {
    String first =
        "I am proud of the workers who built this recovery, one shift and one paycheck at a time.";
    String second = "Wages are rising faster than prices for the first time in two years.";
    String half = "We will build more roads, bridges and ports in every state. ".repeat(12).strip();
    String third = half + " " + half;
    assertEquals(
        List.of(
            "[Joe Biden] statement: " + first + "\n\n" + second + "\n\n" + half,
            "[Joe Biden] statement: " + half),
        statements(
            "Statement from President Joe Biden on the Jobs Report",
            first + "\n\n" + second + "\n\n" + third));
  }

  @Test
  void theLeadersAreTheMeetingsPartiesNotSomeoneNamedInPassing() {
    assertEquals(
        List.of(
            "[Joe Biden, Nguyen Phu Trong] welcomed: The leaders welcomed the new partnership"
                + " between the two countries."),
        statements(
            "Readout of President Biden’s Meeting with General Secretary Nguyen Phu Trong",
            "President Biden met with General Secretary Nguyen Phu Trong in Hanoi. Former"
                + " President Truong Tan Sang also attended the dinner. The leaders welcomed the new"
                + " partnership between the two countries."));
  }

  @Test
  void theSpokespersonOfAReadoutIsNoPartyOfTheMeeting() {
    assertEquals(
        List.of(
            "[Jake Sullivan, Khalid bin Salman] underscored: The two sides underscored the"
                + " partnership between their nations."),
        statements(
            "Readout from NSC Spokesperson Adrienne Watson on National Security Advisor Jake"
                + " Sullivan’s Meeting with Vice Minister of Defense Khalid bin Salman",
            "The two sides underscored the partnership between their nations."));
  }

  @Test
  void withoutATitledMeetingThePartiesAreThoseTheOpeningSentenceNames() {
    assertEquals(
        List.of("[Jake Sullivan, Tzachi Hanegbi] agreed: They agreed to stay in regular contact."),
        statements(
            "Joint Statement by the National Security Advisors of the United States and Israel",
            "Today the National Security Advisors met in Jerusalem. Jake Sullivan and Tzachi"
                + " Hanegbi discussed regional integration under the Biden-Harris Administration."
                + "\n\nThey agreed to stay in regular contact."));
  }

  @Test
  void aNameThatOnlyModifiesTheSubjectIsNoSpeaker() {
    assertEquals(
        List.of(
            "[Janet Yellen] affirmed: Former Biden Treasury Secretary Janet Yellen affirmed that"
                + " the dollar remains strong.",
            "[Joe Biden, Fumio Kishida] said: President Biden and Prime Minister Fumio Kishida"
                + " said the alliance was never stronger."),
        statements(
            null,
            "Former Biden Treasury Secretary Janet Yellen affirmed that the dollar remains strong."
                + " Biden administration officials said the talks went well. Vladimir Putin’s"
                + " spokesman said nothing had changed. The Biden-Harris Administration remains"
                + " committed to the talks. President Biden and Prime Minister Fumio Kishida said"
                + " the alliance was never stronger."));
  }
}
