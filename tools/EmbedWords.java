import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.regex.Pattern;
import policysearch.embed.Embedder;

/**
 * Step one of tools/word-vectors.py: embeds every whole word of the bundled MiniLM model's
 * vocabulary on its own and prints {@code word<TAB>v1 v2 ... v384}, one word a line.
 *
 * <p>usage: java -cp target/policy-search.jar tools/EmbedWords.java > /tmp/words.tsv
 */
public class EmbedWords {
  private static final Pattern WHOLE_WORD = Pattern.compile("[a-z][a-z'\\-]*");

  public static void main(String[] args) throws Exception {
    JsonNode vocab;
    try (InputStream in =
        EmbedWords.class.getClassLoader().getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
      vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
    }
    Embedder embedder = Embedder.load();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (Iterator<String> words = vocab.fieldNames(); words.hasNext(); ) {
      String word = words.next();
      if (!WHOLE_WORD.matcher(word).matches()) {
        continue;
      }
      StringBuilder line = new StringBuilder(word).append('\t');
      float[] vector = embedder.embed(word);
      for (int i = 0; i < vector.length; i++) {
        line.append(i == 0 ? "" : " ").append(vector[i]);
      }
      out.println(line);
    }
    out.flush();
  }
}
