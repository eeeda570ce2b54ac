package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.index.IndexCheck;
import policysearch.index.IndexReport;
import policysearch.index.Schema;

/** {@code kill -9} of a real {@code policy-search} process, then a check that nothing is lost. */
class CrashRecoveryTest {
  static final int ARTICLES = 4_000;
  static final String[] PLACES = {"Japan", "Kenya", "Brazil", "NATO", "Canada", "India"};

  @TempDir Path dir;

  /**
   * A JSON Lines corpus big enough that indexing it takes longer than one periodic commit (5 s):
   * 4,000 articles, each embedded (its title and lead), about 10 s on two cores. Before embeddings
   * it took 40,000 articles; with them, completing the index in the test took minutes.
   */
  Path corpus() throws IOException {
    Path file = dir.resolve("corpus").resolve("generated.jsonl");
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        String place = PLACES[i % PLACES.length];
        out.write(
            "{\"id\":\"gen-"
                + i
                + "\",\"date\":\"2023-0"
                + (1 + i % 9)
                + "-1"
                + (i % 10)
                + "\",\"title\":\"Report "
                + i
                + "\",\"text\":\"Officials from "
                + place
                + " discussed tariffs, budget line "
                + i
                + " and climate finance. The talks on item "
                + (i * 7)
                + " continued into the night, and "
                + place
                + " promised a statement on trade and security by Friday."
                + delegates(i)
                + "\"}\n");
      }
    }
    return file.getParent();
  }

  /** Nine more sentences of an article, different for each article. */
  private static String delegates(int i) {
    StringBuilder text = new StringBuilder();
    for (int k = 1; k < 10; k++) {
      text.append(" Delegates from ")
          .append(PLACES[(i + k) % PLACES.length])
          .append(" reviewed paragraph ")
          .append(i * k + k)
          .append(" of the draft on energy, fisheries and migration.");
    }
    return text.toString();
  }

  static Process start(Path log, String... args) throws IOException {
    return start(log, List.of(), args);
  }

  /** Starts the CLI in a child JVM, {@code prefix} (e.g. a privilege wrapper) in front of it. */
  static Process start(Path log, List<String> prefix, String... args) throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        List.of(
            "--add-modules",
            "jdk.incubator.vector",
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            "policysearch.App"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Every article id in the index's last commit, failing on a duplicate document id. */
  static Set<String> committedIds(Path index) throws IOException {
    Set<String> ids = new HashSet<>();
    Set<String> articles = new HashSet<>();
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document fields = stored.document(doc, Set.of(Schema.ID, Schema.HASH));
            assertTrue(ids.add(fields.get(Schema.ID)), "duplicate " + fields.get(Schema.ID));
            if (fields.get(Schema.HASH) != null) {
              articles.add(fields.get(Schema.ID));
            }
          }
        }
      }
      assertEquals(ids.size(), reader.numDocs());
    }
    return articles;
  }

  static boolean committed(Path index) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  static boolean clean(Path index) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index)) {
      return IndexCheck.run(directory).clean();
    }
  }

  @Test
  void killedIndexRunLeavesAnIndexThatOpensAndTheNextRunCompletesIt() throws Exception {
    Path corpus = corpus();
    Path index = dir.resolve("index");
    Process run =
        start(
            dir.resolve("run1.log"),
            "index",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!committed(index) && run.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(
        run.isAlive(), "the run ended before its first periodic commit: make the corpus bigger");
    run.destroyForcibly().waitFor();

    assertTrue(clean(index));
    int kept = committedIds(index).size();
    assertTrue(kept > 0 && kept < ARTICLES, "kept " + kept);

    IndexReport report = Fixtures.index(corpus, index);
    assertEquals(kept, report.unchanged());
    assertEquals(ARTICLES - kept, report.added());
    assertEquals(ARTICLES, committedIds(index).size());
    assertTrue(clean(index));
  }

  @Test
  void killedServerKeepsEveryAcknowledgedWrite() throws Exception {
    Path corpus = Fixtures.copyCorpus(dir);
    Path index = dir.resolve("index");
    Process serve =
        start(
            dir.resolve("serve.log"),
            "serve",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString(),
            "--port",
            "0",
            "--admin-token",
            "t0ken");
    int port = awaitPort(dir.resolve("serve.log"), serve);
    HttpClient http = HttpClient.newHttpClient();
    List<String> acknowledged = new ArrayList<>();
    Thread writer =
        Thread.ofPlatform()
            .start(
                () -> {
                  for (int i = 0; ; i++) {
                    String id = "posted-" + i;
                    try {
                      HttpResponse<String> response =
                          http.send(post(port, id), HttpResponse.BodyHandlers.ofString());
                      if (response.statusCode() == 200) {
                        synchronized (acknowledged) {
                          acknowledged.add(id);
                        }
                      }
                    } catch (IOException | InterruptedException e) {
                      return;
                    }
                  }
                });
    while (size(acknowledged) < 50) {
      Thread.sleep(10);
    }
    serve.destroyForcibly().waitFor();
    writer.join(10_000);

    assertTrue(clean(index));
    Set<String> ids = committedIds(index);
    synchronized (acknowledged) {
      assertTrue(ids.containsAll(acknowledged), "lost acknowledged writes");
      assertTrue(ids.size() >= Fixtures.ARTICLES + acknowledged.size());
    }
  }

  static int size(List<String> list) {
    synchronized (list) {
      return list.size();
    }
  }

  static HttpRequest post(int port, String id) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
        .header("Authorization", "Bearer t0ken")
        .header("Content-Type", "application/json")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "{\"id\":\""
                    + id
                    + "\",\"date\":\"2024-01-01\",\"text\":\"Posted article "
                    + id
                    + ".\"}"))
        .build();
  }

  static int awaitPort(Path log, Process serve) throws IOException, InterruptedException {
    Pattern serving = Pattern.compile("serving \\d+ articles at http://127\\.0\\.0\\.1:(\\d+)");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && serve.isAlive()) {
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        Matcher m = serving.matcher(line);
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("server did not start: " + Files.readString(log));
  }
}
