package policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class AnalyzersTest {
  private static final String TEXT = "The tariffs on steel doesn’t run";

  /** Tokens of {@code text}, those at the position of the one before joined with "|". */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (position.getPositionIncrement() == 0) {
          tokens.set(tokens.size() - 1, tokens.getLast() + "|" + term);
        } else {
          tokens.add(term.toString());
        }
      }
      stream.end();
    }
    return tokens;
  }

  @Test
  void indexKeepsEveryWordAsWrittenAndAMarkedStemOnlyWhereItDiffers() throws IOException {
    assertEquals(
        List.of("the", "tariffs|~tariff", "on", "steel", "doesn't", "run"),
        tokens(Analyzers.textIndex(), TEXT));
  }

  @Test
  void unquotedQueryWordsSearchTheStemAsWordAndAsMarkedStem() throws IOException {
    assertEquals(
        List.of("tariff|~tariff", "steel|~steel", "doesn't|~doesn't", "run|~run"),
        tokens(Analyzers.textQuery(), TEXT));
  }

  @Test
  void quotedPhrasesSearchTheWordsAsWrittenWithStopWords() throws IOException {
    assertEquals(
        List.of("the", "tariffs", "on", "steel", "doesn't", "run"),
        tokens(Analyzers.exactQuery(), TEXT));
  }
}
