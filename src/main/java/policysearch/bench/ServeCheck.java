package policysearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@code serve} as its own process with a small heap on an existing index, and times its
 * first answered query from the moment the process is launched.
 */
final class ServeCheck {
  /** What the serve process did: time to first answer, then load figures under the heap limit. */
  record Outcome(long firstQueryMs, ModeResult load) {}

  private final PrintStream log;

  ServeCheck(PrintStream log) {
    this.log = log;
  }

  /**
   * Launches serve twice, as the launcher does (class-data archive included), and measures the
   * second launch: the first writes the archive and warms the page cache, as an earlier run would.
   */
  Outcome run(List<Path> corpus, Path index, String heap, List<BenchQuery> queries, int clients)
      throws IOException, InterruptedException {
    launch(corpus, index, heap, queries, 0);
    return launch(corpus, index, heap, queries, clients);
  }

  private Outcome launch(
      List<Path> corpus, Path index, String heap, List<BenchQuery> queries, int clients)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("--add-modules", "jdk.incubator.vector"));
    command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Xmx" + heap));
    command.add("-XX:+AutoCreateSharedArchive");
    command.add("-XX:SharedArchiveFile=" + index.resolveSibling("serve.jsa"));
    command.add("-Xlog:cds=off");
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "policysearch.App"));
    command.addAll(List.of("serve", "--index", index.toString(), "--port", "" + port));
    command.add("--no-access-log");
    command.add("--corpus");
    corpus.forEach(path -> command.add(path.toString()));
    String base = "http://127.0.0.1:" + port;
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Thread.ofPlatform().daemon().start(() -> echo(process));
    try {
      long firstMs = firstAnswer(process, base, queries.get(0), start);
      ModeResult load = clients == 0 ? null : new SearchBench(queries, 0).load(base, clients);
      return new Outcome(firstMs, load);
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private long firstAnswer(Process process, String base, BenchQuery query, long start)
      throws IOException, InterruptedException {
    long deadline = start + TimeUnit.MINUTES.toNanos(5);
    while (process.isAlive() && System.nanoTime() < deadline) {
      try {
        SearchBench.get(base, query);
        return (System.nanoTime() - start) / 1_000_000;
      } catch (IOException notYet) {
        Thread.sleep(5);
      }
    }
    throw new IOException("serve did not answer a query within 5 minutes, or exited first");
  }

  private void echo(Process process) {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        log.println("    serve: " + line);
      }
    } catch (IOException e) {
      log.println("    serve: output closed (" + e.getMessage() + ")");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
