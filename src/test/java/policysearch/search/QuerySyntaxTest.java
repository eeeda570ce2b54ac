package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Queries the parser refuses get a plain reason, not the parser's grammar text. */
class QuerySyntaxTest {
  private final QueryFactory queries = new QueryFactory();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "AND|AND needs a word on each side",
        "cyber AND|AND needs a word on each side",
        "OR sanctions|OR needs a word on each side",
        "nato AND OR cyber|AND needs a word on each side",
        "(AND nato)|AND needs a word on each side",
        "tariffs NOT|NOT needs a word after it",
        "\"unclosed phrase|a quotation mark (\") is not closed",
        "(nato OR cyber|a bracket \"(\" is not closed",
        "nato) cyber|a closing bracket \")\" has no \"(\" before it",
        "AND (|a bracket \"(\" is not closed",
        "title:|title: needs a word after it",
        "color:red|unknown field 'color:' (use actor:, topic: or title:)",
        "/nat.*/|regular expressions (/…/) are not supported",
        "nato^^2|check its quotes, brackets and AND/OR/NOT (upper-case AND, OR and NOT join words;"
            + " write them in lower case to search for them)"
      })
  void aRefusedQuerySaysPlainlyWhatIsWrong(String query, String reason) {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> queries.parse(query));
    assertEquals("Cannot understand the query '" + query + "': " + reason + ".", e.getMessage());
  }
}
