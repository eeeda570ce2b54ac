package policysearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "actor:biden|actor_text:biden",
        "Actor:\"Joe Biden\" sanctions|actor_text:\"Joe Biden\" sanctions",
        "topic:Climate OR title:summit|topic:climate OR title:summit",
        "(actor:nato AND -topic:Space)|(actor_text:nato AND -topic:space)",
        "\"actor:quoted\" words|\"actor:quoted\" words",
        "reactor:core|reactor:core",
        "escaped\\\\ actor:x|escaped\\\\ actor_text:x"
      })
  void scopesOutsideQuotesAreRenamedToTheirFields(String typed, String sent) {
    assertEquals(sent, QueryText.scoped(typed, null));
  }
}
