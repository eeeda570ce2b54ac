package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;

class CliTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... words) {
    return new Cli()
        .run(
            List.of(words),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void extractPrintsOneJsonObjectPerArticle() {
    Path corpus = Fixtures.copyCorpus(dir);

    assertEquals(0, run("extract", corpus.resolve("ev-tariffs.txt").toString()));
    assertEquals(
        "{\"id\":\"ev-tariffs\",\"date\":\"2024-01-15\",\"title\":\"The United States and China traded"
            + " accusations over tariffs on electric vehicles.\",\"actors\":[{\"name\":\"United"
            + " States\",\"type\":\"country\",\"roles\":[]},{\"name\":\"China\",\"type\":\"country\",\"roles\":[]},"
            + "{\"name\":\"WTO\",\"type\":\"organization\",\"roles\":[]}],\"topics\":[\"trade\"],"
            + "\"statements\":[]}\n",
        out());
  }

  @Test
  void indexPrintsTheSummaryWithEachSkippedInputThenSearchPrintsJson() throws Exception {
    Path corpus = Fixtures.copyCorpus(dir);
    String index = dir.resolve("index").toString();

    assertEquals(0, run("index", "--corpus", corpus.toString(), "--index", index));
    List<String> lines = out().lines().toList();
    assertTrue(
        lines.get(0).startsWith("added 10, updated 0, removed 0, unchanged 0, skipped 3 ("),
        lines.get(0));
    assertEquals(
        "  skipped "
            + corpus.resolve("bad-date.txt")
            + ": invalid date '2024-02-30' (expected YYYY-MM-DD)",
        lines.get(1));
    assertEquals("  skipped " + corpus.resolve("empty.txt") + ": empty file", lines.get(2));

    out.reset();
    assertEquals(0, run("search", "NATO", "--actor", "Japan", "--index", index));
    JsonNode result = new ObjectMapper().readTree(out());
    assertEquals(1, result.get("total").asInt());
    assertEquals("nato-cyber", result.get("hits").get(0).get("id").asText());
  }

  @Test
  void wrongCommandLineSaysWhatIsWrong() {
    assertEquals(2, run("frobnicate"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .startsWith("policy-search: unknown command 'frobnicate'\nusage:"));

    err.reset();
    assertEquals(2, run("search", "x", "--size", "many", "--index", dir.toString()));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .startsWith("policy-search: --size must be a whole number, not 'many'"));
  }
}
