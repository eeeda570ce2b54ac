package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
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
  void wrongCommandLineSaysWhatIsWrongInOneLineWithStatusTwo() {
    assertEquals(2, run("frobnicate"));
    assertTrue(err().startsWith("policy-search: unknown command 'frobnicate'\nUsage:"), err());

    err.reset();
    assertEquals(2, run("search", "x", "--size", "many", "--index", dir.toString()));
    assertEquals(
        List.of(
            "policy-search: Invalid value for option '--size': 'many' is not an int",
            "Run 'policy-search search --help' for the options."),
        err().lines().toList());

    err.reset();
    assertEquals(2, run("search", "x", "--from", "2024-02-30", "--index", dir.toString()));
    assertEquals(
        "policy-search: Invalid value for option '--from': must be a date like 2024-02-27, not"
            + " '2024-02-30'",
        err().lines().findFirst().orElseThrow());
  }

  @Test
  void aCorpusPathThatDoesNotExistIsAnErrorNotAnEmptyRun() {
    Path missing = dir.resolve("nonexistent");

    assertEquals(2, run("index", "--corpus", missing.toString(), "--index", dir.resolve("i") + ""));
    assertEquals("policy-search: no such file or folder: " + missing + " (--corpus)\n", err());
    assertEquals("", out());
  }

  @Test
  void serveWithAMissingCorpusAndNoIndexSaysSoAndStops() {
    Path missing = dir.resolve("nonexistent");
    Path index = dir.resolve("index");

    assertEquals(2, run("serve", "--corpus", missing.toString(), "--index", index.toString()));
    assertEquals(
        "policy-search: no such file or folder: "
            + missing
            + " (--corpus), and no index at "
            + index
            + "\n",
        err());
  }

  @Test
  void aPortInUseIsOneLineNamingThePortAndTheFlag() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      Path corpus = Fixtures.copyCorpus(dir);

      assertEquals(
          1,
          run(
              "serve",
              "--corpus",
              corpus.toString(),
              "--index",
              dir.resolve("index").toString(),
              "--port",
              "" + port));
      assertEquals(
          "policy-search: port "
              + port
              + " on 127.0.0.1 is already in use by another process; choose another with --port\n",
          err());
    }
  }

  @Test
  void helpListsEveryCommandAndVersionComesFromTheBuild() {
    assertEquals(0, run("-h"));
    List<String> commands =
        out()
            .lines()
            .dropWhile(line -> !line.equals("Commands:"))
            .skip(1)
            .filter(line -> line.startsWith("  ") && !line.startsWith("    "))
            .map(line -> line.strip().split(" ")[0])
            .toList();
    assertEquals(
        List.of(
            "serve",
            "index",
            "opensearch-dev",
            "search",
            "extract",
            "check-index",
            "eval-related",
            "audit",
            "bench",
            "bench-extract",
            "soak",
            "test",
            "build",
            "help"),
        commands);

    out.reset();
    assertEquals(0, run("serve", "--help"));
    assertTrue(out().startsWith("Usage: policy-search serve "), out());
    assertTrue(out().contains("env POLICY_SEARCH_PORT"), out());

    out.reset();
    assertEquals(0, run("--version"));
    assertTrue(out().startsWith("policy-search " + Version.current() + "\n"), out());
    assertTrue(Version.current().matches("\\d+\\.\\d+\\.\\d+.*"), Version.current());
  }

  @Test
  void documentOptionsAreInTheGeneratedHelpAndBadValuesAreOneLine() {
    assertEquals(0, run("serve", "--help"));
    for (String option : List.of("--uploads=DIR", "--parse-timeout=SECONDS", "--parser-heap=MB")) {
      assertTrue(out().contains(option), out());
    }
    out.reset();
    assertEquals(0, run("index", "--help"));
    assertTrue(out().contains("--parse-timeout=SECONDS"), out());
    out.reset();
    assertEquals(0, run("bench", "--help"));
    assertTrue(out().contains("--pdf-pages=N") && out().contains("--pdf-only"), out());

    out.reset();
    Path corpus = Fixtures.copyCorpus(dir);
    String index = dir.resolve("index").toString();
    assertEquals(
        2, run("index", "--corpus", corpus.toString(), "--index", index, "--parse-timeout", "0"));
    assertEquals("policy-search: --parse-timeout must be at least 1 (seconds), not 0\n", err());
    err.reset();
    assertEquals(
        2, run("index", "--corpus", corpus.toString(), "--index", index, "--parser-heap", "32"));
    assertEquals("policy-search: --parser-heap must be at least 64 (MB), not 32\n", err());
    assertEquals("", out());
  }

  @Test
  void noCommandPrintsTheUsageWithStatusTwo() {
    assertEquals(2, run());
    assertTrue(err().startsWith("Usage: policy-search "), err());
  }

  @Test
  void aQueryWordWithOneDashExcludesAndOneWithTwoIsAMistypedOption() throws Exception {
    Path corpus = Fixtures.copyCorpus(dir);
    String index = dir.resolve("index").toString();
    assertEquals(0, run("index", "--corpus", corpus.toString(), "--index", index));

    int all = total("NATO", index);
    int withJapan = total("NATO Japan", index);
    assertEquals(all - withJapan, total("NATO -Japan", index));
    assertTrue(withJapan > 0 && withJapan < all, all + " " + withJapan);

    assertEquals(2, run("search", "NATO", "--japan", "--index", index));
    assertTrue(err().startsWith("policy-search: "), err());
  }

  private int total(String query, String index) throws Exception {
    out.reset();
    List<String> words = new java.util.ArrayList<>(List.of("search"));
    words.addAll(List.of(query.split(" ")));
    words.addAll(List.of("--index", index));
    assertEquals(0, run(words.toArray(String[]::new)));
    return new ObjectMapper().readTree(out()).get("total").asInt();
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
