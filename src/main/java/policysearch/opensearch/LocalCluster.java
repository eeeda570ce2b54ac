package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A cluster of real OpenSearch nodes on this machine, one child JVM per node, for development and
 * tests. Each JVM holds one node so that {@link #kill(int)} fails a node the way a crash does. The
 * nodes find each other through transport ports chosen here, under a cluster name of their own, so
 * two clusters on one machine never join.
 */
public final class LocalCluster implements Closeable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final Path home;
  private final boolean deleteHome;
  private final List<NodeProcess> nodes;
  private final List<String> urls;

  private LocalCluster(Path home, boolean deleteHome, List<NodeProcess> nodes, List<String> urls) {
    this.home = home;
    this.deleteHome = deleteHome;
    this.nodes = nodes;
    this.urls = urls;
  }

  /**
   * Starts {@code count} nodes in a new temporary folder (deleted on close) and waits until they
   * have formed one cluster; the first node listens on {@code httpPort} (0: any free port).
   */
  public static LocalCluster start(int count, int httpPort) throws IOException {
    Path home = Files.createTempDirectory("policy-search-opensearch-");
    try {
      return start(count, httpPort, home, true);
    } catch (IOException | RuntimeException e) {
      delete(home);
      throw e;
    }
  }

  private static LocalCluster start(int count, int httpPort, Path home, boolean deleteHome)
      throws IOException {
    if (count < 1 || count > 9) {
      throw new IllegalArgumentException("a local cluster has 1 to 9 nodes, not " + count);
    }
    String cluster = "policy-search-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> names = new ArrayList<>();
    List<String> seeds = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      names.add("node-" + i);
      seeds.add("127.0.0.1:" + freePort());
    }
    List<NodeProcess> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        List<String> options = new ArrayList<>(List.of("--cluster", cluster));
        options.addAll(List.of("--http-port", String.valueOf(i == 0 ? httpPort : 0)));
        options.addAll(List.of("--transport-port", seeds.get(i).substring(10)));
        if (count > 1) {
          options.addAll(List.of("--seeds", String.join(",", seeds)));
          options.addAll(List.of("--managers", String.join(",", names)));
        }
        nodes.add(NodeProcess.start(names.get(i), home.resolve(names.get(i)), options));
      }
      List<String> urls = new ArrayList<>();
      for (NodeProcess node : nodes) {
        urls.add("http://127.0.0.1:" + node.awaitHttpPort(START_TIMEOUT));
      }
      awaitNodes(urls.get(0), count);
      return new LocalCluster(home, deleteHome, nodes, urls);
    } catch (IOException | RuntimeException e) {
      closeAll(nodes);
      throw e;
    }
  }

  /** The HTTP address of every node, in node order. */
  public List<String> urls() {
    return List.copyOf(urls);
  }

  /** The first node's HTTP address. */
  public String url() {
    return urls.get(0);
  }

  /** How many nodes were started. */
  public int size() {
    return nodes.size();
  }

  /** The node name ({@code node-1} ...) of node {@code index} (0-based). */
  public String nodeName(int index) {
    return nodes.get(index).name();
  }

  /** Whether node {@code index} (0-based) is still running. */
  public boolean isAlive(int index) {
    return nodes.get(index).isAlive();
  }

  /** Ends node {@code index} (0-based) at once, as a crash would; the others keep running. */
  public void kill(int index) throws InterruptedException {
    nodes.get(index).kill();
  }

  /** Stops every node and deletes their data if the folder was temporary. */
  @Override
  public void close() throws IOException {
    closeAll(nodes);
    if (deleteHome) {
      delete(home);
    }
  }

  private static void awaitNodes(String url, int count) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    URI health =
        URI.create(url + "/_cluster/health?wait_for_nodes=" + count + "&timeout=" + 120 + "s");
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(150)).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode body = new ObjectMapper().readTree(response.body());
      if (response.statusCode() != 200 || body.path("timed_out").asBoolean(true)) {
        throw new IOException(
            "the OpenSearch nodes did not form one cluster of " + count + ": " + response.body());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the OpenSearch cluster", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void closeAll(List<NodeProcess> nodes) {
    // Close all at once: each node waits up to 30 s, and they stop faster side by side.
    nodes.parallelStream()
        .forEach(
            node -> {
              try {
                node.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static void delete(Path home) throws IOException {
    if (!Files.exists(home)) {
      return;
    }
    try (Stream<Path> files = Files.walk(home)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
