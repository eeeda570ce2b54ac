package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.index.IndexReport;
import policysearch.index.Schema;
import policysearch.search.Export;
import policysearch.search.LuceneBackend;

/**
 * Exports of more rows than one pass ({@link Export#PASS}) over an index built for it: every row
 * arrives once, in order, with its number in {@code X-Total-Count} and no cap.
 */
class LargeExportTest {
  static final int ARTICLES = Export.PASS + 1_234;
  static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static FSDirectory directory;
  static LuceneBackend service;
  static WebServer server;

  /** One short article a day, each with one statement; every third mentions tariffs. */
  @BeforeAll
  static void start() throws IOException {
    Path file = dir.resolve("corpus").resolve("many.jsonl");
    Files.createDirectories(file.getParent());
    ObjectMapper mapper = new ObjectMapper();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        String topic = i % 3 == 0 ? "tariffs on steel" : "the harbour budget";
        String text =
            "Minister Ana Lopez said the council approved item " + i + " on " + topic + ".";
        out.write(
            mapper.writeValueAsString(
                Map.of("id", "a" + i, "date", FIRST.plusDays(i).toString(), "text", text)));
        out.write("\n");
      }
    }
    // Exports are word searches: eleven thousand articles need no vectors.
    IndexReport report = Fixtures.indexWithoutVectors(file.getParent(), dir.resolve("index"));
    assertEquals(ARTICLES, report.added());
    directory = FSDirectory.open(dir.resolve("index"));
    service =
        new LuceneBackend(
            directory, new Schema(), Fixtures.extractor().taxonomy(), Fixtures::embedder);
    server = new WebServer(service, "127.0.0.1", 0).start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    service.close();
    directory.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void statementsCsvByDateHoldsEveryRowOnceNewestFirstWithTheTotalInAHeader() throws Exception {
    HttpResponse<String> csv = get("/api/statements.csv?sort=date");

    assertEquals(200, csv.statusCode());
    assertEquals(
        Long.toString(ARTICLES), csv.headers().firstValue(Downloads.TOTAL_HEADER).orElseThrow());
    List<String> lines = List.of(csv.body().split("\r\n"));
    assertEquals(ARTICLES + 1, lines.size());
    assertEquals(Downloads.line(ExportRoutes.STATEMENT_COLUMNS), lines.get(0) + "\r\n");
    for (int row = 1; row <= ARTICLES; row++) {
      int i = ARTICLES - row;
      assertTrue(
          lines.get(row).startsWith("a" + i + "~s1," + FIRST.plusDays(i) + ",Ana Lopez,said,"),
          "row " + row + ": " + lines.get(row));
    }
  }

  @Test
  void articlesJsonByRelevanceHoldsEveryMatchOnceAcrossPasses() throws Exception {
    HttpResponse<String> json = get("/api/search.json?q=council");

    assertEquals(200, json.statusCode());
    assertEquals(
        Long.toString(ARTICLES), json.headers().firstValue(Downloads.TOTAL_HEADER).orElseThrow());
    JsonNode rows = new ObjectMapper().readTree(json.body());
    assertEquals(ARTICLES, rows.size());
    Set<String> ids = new HashSet<>();
    rows.forEach(row -> ids.add(row.get("id").asText()));
    assertEquals(ARTICLES, ids.size());
    for (int i = 0; i < ARTICLES; i++) {
      assertTrue(ids.contains("a" + i), "a" + i);
    }
  }

  @Test
  void aFilteredExportCountsOnlyItsMatches() throws Exception {
    HttpResponse<String> csv = get("/api/statements.csv?topic=trade&sort=date");

    int trade = (ARTICLES + 2) / 3;
    assertEquals(
        Integer.toString(trade), csv.headers().firstValue(Downloads.TOTAL_HEADER).orElseThrow());
    List<String> lines = List.of(csv.body().split("\r\n"));
    assertEquals(trade + 1, lines.size());
    int newest = (ARTICLES - 1) / 3 * 3;
    assertTrue(lines.get(1).startsWith("a" + newest + "~s1,"), lines.get(1));
    assertTrue(lines.get(trade).startsWith("a0~s1,"), lines.get(trade));
  }

  @Test
  void anEmptyExportSaysZero() throws Exception {
    HttpResponse<String> csv = get("/api/search.csv?q=nothingmatchesthis");

    assertEquals("0", csv.headers().firstValue(Downloads.TOTAL_HEADER).orElseThrow());
    assertEquals(Downloads.line(ExportRoutes.ARTICLE_COLUMNS), csv.body());
  }
}
