package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;

/** A real {@code serve} process: settings from the environment, JSON logs, readiness, SIGTERM. */
class ServeProcessTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void serveReadsTheEnvironmentLogsJsonAndFinishesARequestInFlightOnSigterm() throws Exception {
    Path corpus = Fixtures.copyCorpus(dir);
    Path index = dir.resolve("index");
    Fixtures.index(corpus, index);
    Path out = dir.resolve("serve.out");
    Path err = dir.resolve("serve.err");
    Process serve =
        start(
            Map.of(
                "POLICY_SEARCH_CORPUS", corpus.toString(),
                "POLICY_SEARCH_INDEX", index.toString(),
                "POLICY_SEARCH_ADMIN_TOKEN", "t0ken",
                "POLICY_SEARCH_LOG_FORMAT", "json",
                "POLICY_SEARCH_PORT", "1"),
            out,
            err,
            "serve",
            "--port",
            "0");
    try {
      exercise(serve, index, out, err);
    } finally {
      if (serve.isAlive()) {
        serve.destroyForcibly().waitFor(); // a failed assertion must not leave a server behind
      }
    }
  }

  private static void exercise(Process serve, Path index, Path out, Path err) throws Exception {
    int port = awaitPort(err, serve);

    // An existing index is searched at once and checked against the corpus a few seconds later.
    JsonNode notYet = ready(port);
    assertEquals(false, notYet.get("ready").asBoolean(), notYet.toString());
    assertTrue(notYet.get("detail").asText().startsWith("indexing the corpus"), notYet.toString());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!ready(port).get("ready").asBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(ready(port).get("ready").asBoolean());

    String body =
        "{\"id\":\"in-flight\",\"date\":\"2024-05-01\",\"text\":\"Posted while stopping.\"}";
    try (Socket slow = new Socket("127.0.0.1", port)) {
      OutputStream request = slow.getOutputStream();
      request.write(
          ("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer t0ken\r\n"
                  + "Content-Type: application/json\r\nContent-Length: "
                  + body.length()
                  + "\r\n\r\n"
                  + body.substring(0, 20))
              .getBytes(StandardCharsets.UTF_8));
      request.flush();
      Thread.sleep(500);
      long stop = System.nanoTime();
      serve.destroy(); // SIGTERM
      awaitRefused(port);
      request.write(body.substring(20).getBytes(StandardCharsets.UTF_8));
      request.flush();
      String response = readResponse(slow.getInputStream());
      assertTrue(response.startsWith("HTTP/1.1 200"), response);
      assertTrue(response.endsWith("{\"written\":1}"), response);
      assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
      System.out.printf(
          "SIGTERM to exit with a request in flight: %d ms%n",
          (System.nanoTime() - stop) / 1_000_000);
    }
    assertEquals(143, serve.exitValue());
    assertTrue(CrashRecoveryTest.committedIds(index).contains("in-flight"));
    assertTrue(CrashRecoveryTest.clean(index));

    assertEquals("", Files.readString(out), "stdout is for a command's output");
    List<JsonNode> logs = jsonLines(err);
    assertTrue(
        logs.stream()
            .anyMatch(
                line ->
                    line.get("loggerName").asText().equals("access")
                        && line.get("formattedMessage")
                            .asText()
                            .startsWith("POST /api/articles 200")),
        logs.toString());
    assertEquals(
        "index closed; stopped", logs.get(logs.size() - 1).get("formattedMessage").asText());
  }

  static Process start(Map<String, String> env, Path out, Path err, String... args)
      throws IOException {
    return start(env, "512m", out, err, args);
  }

  /** Like {@link #start(Map, Path, Path, String...)}, with a heap of {@code heap} ("96m"). */
  static Process start(Map<String, String> env, String heap, Path out, Path err, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        List.of(
            "--add-modules",
            "jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED",
            "-Xmx" + heap,
            "-cp",
            System.getProperty("java.class.path"),
            "policysearch.App"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    return builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
  }

  static int awaitPort(Path log, Process serve) throws IOException, InterruptedException {
    Pattern serving = Pattern.compile("serving \\d+ articles at http://127\\.0\\.0\\.1:(\\d+)");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && serve.isAlive()) {
      // JSON lines write "/" as "\/".
      Matcher m = serving.matcher(Files.readString(log).replace("\\/", "/"));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("server did not start: " + Files.readString(log));
  }

  static JsonNode ready(int port) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode body = JSON.readTree(response.body());
    assertEquals(body.get("ready").asBoolean() ? 200 : 503, response.statusCode());
    return body;
  }

  /** Waits until the stopping server refuses new connections. */
  static void awaitRefused(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try {
        new Socket("127.0.0.1", port).close();
        Thread.sleep(20);
      } catch (IOException refused) {
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        return;
      }
    }
    throw new AssertionError("the server still accepts connections 10 s after SIGTERM");
  }

  /** The whole response: the server closes the connection once it is written. */
  static String readResponse(InputStream in) throws IOException {
    String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    return response.strip();
  }

  /** Every line of stderr but the JVM's own warnings is one JSON object. */
  static List<JsonNode> jsonLines(Path err) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(err)) {
      if (!line.startsWith("WARNING: ")) {
        lines.add(JSON.readTree(line));
      }
    }
    return lines;
  }
}
