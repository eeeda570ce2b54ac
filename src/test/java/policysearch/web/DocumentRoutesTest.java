package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Documents;
import policysearch.Fixtures;
import policysearch.index.IndexReport;
import policysearch.index.LiveIndex;
import policysearch.index.Schema;
import policysearch.search.ArticleUpdates;
import policysearch.search.DocumentUploads;
import policysearch.search.LuceneBackend;
import policysearch.search.LuceneWriter;
import policysearch.search.SearchRequest;

/** The original-file route and document uploads, on a live server with the admin token. */
class DocumentRoutesTest {
  static final String TOKEN = "upload-token";
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Path corpus;
  Path brief;
  FSDirectory directory;
  LiveIndex live;
  LuceneBackend service;
  ArticleUpdates updates;
  WebServer server;

  @BeforeEach
  void start() throws IOException {
    corpus = Fixtures.copyCorpus(dir);
    brief =
        Documents.pdf(
            corpus.resolve("briefs/brief.pdf"),
            "Pacific Briefing",
            LocalDate.of(2024, 2, 1),
            List.of(List.of("Opening remarks."), List.of("Fisheries were discussed.")));
    directory = FSDirectory.open(dir.resolve("index"));
    live =
        new LiveIndex(
            directory, Fixtures.extractor(), new Schema(), Fixtures.reader(), Fixtures.embedder());
    service =
        new LuceneBackend(
            live.writer(),
            new Schema(),
            Fixtures.extractor().taxonomy(),
            Fixtures::embedder,
            LuceneBackend.DEFAULT_TIME_LIMIT);
    updates = new ArticleUpdates(new LuceneWriter(live), service);
    updates.reindex(List.of(corpus), done -> {});
    DocumentUploads uploads =
        new DocumentUploads(
            corpus, corpus.resolve("uploads"), Fixtures.reader().documents(), updates);
    server =
        new WebServer(service, updates, uploads, TOKEN, Operations.defaults(), "127.0.0.1", 0)
            .start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    service.close();
    live.close();
    directory.close();
  }

  @Test
  void bothRoutesAreServedAndDocumentedInOpenApi() throws Exception {
    JsonNode paths = JSON.readTree(get("/api/openapi.json").body()).get("paths");
    assertTrue(server.routes().contains("POST /api/documents"), server.routes().toString());
    assertTrue(paths.get("/api/documents").has("post"));
    assertTrue(server.routes().contains("GET /api/articles/{id}/original"));
    assertTrue(paths.get("/api/articles/{id}/original").has("get"));
  }

  @Test
  void theOriginalIsAnInertDownloadOfTheIndexedFile() throws Exception {
    HttpResponse<byte[]> response = get("/api/articles/briefs~brief.pdf/original");

    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(
        "attachment; filename=\"brief.pdf\"; filename*=UTF-8''brief.pdf",
        response.headers().firstValue("Content-Disposition").orElseThrow());
    assertEquals(List.of("sandbox"), response.headers().allValues("Content-Security-Policy"));
    assertArrayEquals(Files.readAllBytes(brief), response.body());
  }

  @Test
  void anArticleNotFromAFileOrAChangedFileHasNoOriginal() throws Exception {
    assertProblem(get("/api/articles/kyiv-aid/original"), 404, "was not read from a document file");
    assertProblem(get("/api/articles/nope/original"), 404, "No article with id 'nope'");
    Files.write(brief, new byte[] {1, 2, 3});
    assertProblem(get("/api/articles/briefs~brief.pdf/original"), 404, "gone or has changed since");
  }

  @Test
  void uploadedDocumentsAreIndexedAtOnceKeptInTheCorpusAndNotParsedAgain() throws Exception {
    byte[] docx =
        Files.readAllBytes(
            Documents.docx(
                dir.resolve("made/strategy.docx"),
                "Cyber Strategy 2030",
                LocalDate.of(2023, 3, 4),
                null,
                List.of("The ministry will train ten thousand analysts.")));
    byte[] pdf =
        Files.readAllBytes(
            Documents.pdf(
                dir.resolve("made/memo.pdf"),
                null,
                null,
                List.of(List.of("Memo on lighthouse budgets."), List.of("Dated 9 May 2022."))));

    HttpResponse<byte[]> response =
        upload(TOKEN, Map.of("strategy.docx", docx, "../../memo.pdf", pdf));

    assertEquals(200, response.statusCode(), new String(response.body()));
    JsonNode body = JSON.readTree(response.body());
    assertEquals(2, body.get("written").asInt());
    assertEquals(
        List.of("uploads~memo.pdf 2 2022-05-09", "uploads~strategy.docx 0 2023-03-04"),
        Stream.of(body.get("documents").get(0), body.get("documents").get(1))
            .map(d -> d.get("id").asText() + " " + d.get("pages") + " " + d.get("date").asText())
            .sorted()
            .toList());
    assertEquals(
        List.of("uploads~strategy.docx"),
        service.search(SearchRequest.of("analysts")).hits().stream().map(h -> h.id()).toList());
    assertArrayEquals(pdf, Files.readAllBytes(corpus.resolve("uploads/memo.pdf")));
    assertArrayEquals(pdf, get("/api/articles/uploads~memo.pdf/original").body());

    IndexReport again = updates.reindex(List.of(corpus), done -> {});
    assertEquals(0, again.added() + again.updated() + again.removed());
  }

  @Test
  void uploadsAreRefusedWithClearProblems() throws Exception {
    byte[] good =
        Files.readAllBytes(
            Documents.pdf(dir.resolve("made/ok.pdf"), "Ok", null, List.of(List.of("Fine text."))));
    byte[] corrupt = Files.readAllBytes(Documents.corruptPdf(dir.resolve("made/bad.pdf")));

    assertProblem(upload(null, Map.of("ok.pdf", good)), 401, "admin token");
    assertProblem(upload(TOKEN, Map.of("tool.exe", good)), 415, "'tool.exe' is not a document");
    assertProblem(
        send(TOKEN, "application/pdf", good), 415, "Send the documents as multipart/form-data");
    assertProblem(
        upload(TOKEN, Map.of("ok.pdf", good, "bad.pdf", corrupt)),
        400,
        "Not accepted, nothing was stored: bad.pdf: cannot be parsed");
    assertProblem(
        upload(TOKEN, Map.of("big.pdf", new byte[(int) WebServer.MAX_BODY_BYTES + 1])),
        413,
        "The request is over 8 MB");
    assertFalse(Files.exists(corpus.resolve("uploads/ok.pdf")));
    assertEquals(0, service.search(SearchRequest.of("fine")).total());
  }

  private void assertProblem(HttpResponse<byte[]> response, int status, String detail)
      throws IOException {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(status, response.statusCode(), body);
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(JSON.readTree(body).get("detail").asText().contains(detail), body);
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> upload(String token, Map<String, byte[]> files)
      throws IOException, InterruptedException {
    String boundary = "----policysearch-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + file.getKey()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(file.getValue());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(token, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  private HttpResponse<byte[]> send(String token, String type, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"))
            .header("Content-Type", type)
            // The server refuses an oversized upload from its headers and closes the connection;
            // a client still writing the body then meets a broken pipe instead of the 413. Asking
            // to continue first lets the refusal arrive before any of the body is sent.
            .expectContinue(true)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
