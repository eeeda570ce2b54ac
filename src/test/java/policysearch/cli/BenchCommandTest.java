package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;

class BenchCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... words) {
    return new Cli()
        .run(
            List.of(words),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String firstErrorLine() {
    return err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
  }

  @Test
  void aScaleBelowOneIsAUsageError() {
    Path corpus = Fixtures.copyCorpus(dir);

    assertEquals(2, run("bench", "--corpus", corpus.toString(), "--scale", "0"));
    assertEquals(
        "policy-search: --scale takes whole numbers of 1 or more, not '0'", firstErrorLine());
  }

  @Test
  void aMissingCorpusIsAUsageError() {
    Path missing = dir.resolve("missing");

    assertEquals(2, run("bench", "--corpus", missing.toString()));
    assertEquals("policy-search: --corpus: no such file or folder " + missing, firstErrorLine());
  }

  @Test
  void aSmallRunWritesTheReportWithEveryScaleAndMode() throws Exception {
    Path corpus = Fixtures.copyCorpus(dir);
    Path out = dir.resolve("bench");

    assertEquals(
        0,
        run(
            "bench",
            "--corpus",
            corpus.toString(),
            "--scale",
            "2",
            "--queries",
            "20",
            "--warm-up",
            "100",
            "--pdf-pages",
            "30",
            "--out",
            out.toString()));

    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    List<String> keys = new ArrayList<>();
    report.fieldNames().forEachRemaining(keys::add);
    assertEquals(
        List.of(
            "corpus",
            "scale_corpus",
            "queries",
            "cores",
            "indexing",
            "search",
            "first_query_ms",
            "serve_xmx512m",
            "targets"),
        keys);
    List<String> scales = new ArrayList<>();
    report.get("search").fieldNames().forEachRemaining(scales::add);
    assertEquals(List.of("1", "2"), scales);
    JsonNode one = report.get("search").get("1");
    assertEquals(
        2 * one.get("articles").asInt(), report.get("search").get("2").get("articles").asInt());
    assertEquals(0, one.get("http_4").get("errors").asInt());
    assertEquals(0, report.get("serve_xmx512m").get("errors").asInt());
    assertEquals(12, one.get("by_category").size());
    assertTrue(one.get("by_category").get("related_statements").get("service").has("p99_ms"));
    assertTrue(one.get("by_category").get("semantic_statements").get("service").has("p50_ms"));
    assertTrue(report.get("indexing").get("statements_embedded_per_s").asDouble() > 0);
    assertTrue(report.get("indexing").get("vectors_to_text").asDouble() > 0);
    JsonNode pdf = new ObjectMapper().readTree(out.resolve("documents.json").toFile());
    assertEquals(30, pdf.get("pages").asInt());
    assertEquals(2, pdf.get("files").asInt());
    assertEquals(2, pdf.get("indexed").asInt());
    assertEquals(2, pdf.get("second_run_unchanged").asInt());
  }
}
