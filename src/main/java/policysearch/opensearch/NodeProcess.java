package policysearch.opensearch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One OpenSearch node running in a child JVM ({@code policysearch.node.NodeMain} on the node's own
 * classpath). Its output goes to {@code node.log} in its folder; the line that names its HTTP port
 * is picked out on the way. Closing its standard input stops it; {@link #kill()} ends it as a crash
 * would.
 */
final class NodeProcess implements Closeable {
  private static final String MAIN = "policysearch.node.NodeMain";
  private static final String READY = "policy-search-node-http ";
  private static final int TAIL_LINES = 20;

  private final String name;
  private final Process process;
  private final CompletableFuture<Integer> httpPort = new CompletableFuture<>();
  private final Deque<String> tail = new ArrayDeque<>();

  private NodeProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    Thread.ofPlatform().daemon().name("opensearch-" + name).start(() -> pump(log));
  }

  /** Starts node {@code name} with NodeMain's {@code options}, its files under {@code home}. */
  static NodeProcess start(String name, Path home, List<String> options) throws IOException {
    Files.createDirectories(home);
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        List.of(
            "-Xms512m",
            "-Xmx512m",
            "--add-modules",
            "jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED",
            "-cp",
            NodeClasspath.find(),
            MAIN,
            "--home",
            home.toString(),
            "--name",
            name));
    command.addAll(options);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    return new NodeProcess(name, process, home.resolve("node.log"));
  }

  /** The node's HTTP port, once it has started; fails with the end of its log if it could not. */
  int awaitHttpPort(Duration timeout) throws IOException {
    try {
      return httpPort.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IOException(
          "OpenSearch node " + name + " did not start within " + timeout + ":\n" + tail());
    } catch (ExecutionException e) {
      throw new IOException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting OpenSearch node " + name, e);
    }
  }

  String name() {
    return name;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Ends the node at once (SIGKILL), as a crash or a pulled plug would. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Stops the node cleanly: closes its input, then waits for it, and kills it if it hangs. */
  @Override
  public void close() throws IOException {
    if (!process.isAlive()) {
      return;
    }
    process.getOutputStream().close();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void pump(Path log) {
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        BufferedWriter file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = out.readLine()) != null) {
        file.write(line);
        file.newLine();
        remember(line);
        if (line.startsWith(READY)) {
          httpPort.complete(Integer.parseInt(line.substring(READY.length()).trim()));
          file.flush();
        }
      }
    } catch (IOException | RuntimeException e) {
      httpPort.completeExceptionally(e);
    }
    httpPort.completeExceptionally(
        new IOException("OpenSearch node " + name + " exited before it started:\n" + tail()));
  }

  private synchronized void remember(String line) {
    tail.addLast(line);
    if (tail.size() > TAIL_LINES) {
      tail.removeFirst();
    }
  }

  private synchronized String tail() {
    return String.join("\n", tail);
  }
}
