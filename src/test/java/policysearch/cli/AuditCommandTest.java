package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  private static final String CORPUS =
      """
      {"id":"a1","date":"2024-03-01","title":"Port","text":"Karen Wolkenstein said the port would reopen on Monday."}
      {"id":"a2","date":"2024-03-02","title":"Port again","text":"Karen Wolkenstein said the port would stay open."}
      {"id":"a3","date":"2024-03-03","title":"Port closed","text":"Karen Wolkenstien said the port was closed."}
      {"id":"a4","date":"2024-03-04","title":"Harbor","text":"Karen Wolkenstein said the harbor was busy."}
      """;

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

  @Test
  void aMissingIndexIsOneLineAndAWrongCommandLine() {
    Path none = dir.resolve("none");

    assertEquals(2, run("audit", "--index", none.toString()));
    assertEquals(
        "policy-search: no index at " + none + ": run 'index' first\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theAuditListsTopNamesAndNamesThatLookAlikeButAreApart() throws IOException {
    Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(dir.resolve("corpus/port.jsonl"), CORPUS);
    String index = dir.resolve("index").toString();
    assertEquals(0, run("index", "--corpus", dir.resolve("corpus").toString(), "--index", index));
    out.reset();

    assertEquals(0, run("audit", "--index", index, "--query", "port"));
    assertEquals(
        List.of(
            "audit of "
                + index
                + ", query 'port': 3 articles, 3 statements; 2 distinct actor"
                + " names in the index",
            "",
            "top 2 actors: 0 look wrong",
            "",
            "top 2 speakers: 0 look wrong",
            "",
            "names that look alike but are apart: 1",
            "  Karen Wolkenstien (1) ~ Karen Wolkenstein (3)  person: one letter apart"),
        out.toString(StandardCharsets.UTF_8).lines().toList());
  }
}
