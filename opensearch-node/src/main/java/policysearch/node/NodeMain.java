package policysearch.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;

/**
 * One OpenSearch node in this JVM, for policy-search's development clusters and tests: started with
 * the settings the parent process chose, it prints {@code policy-search-node-http PORT} once the
 * node is up and stops when its standard input closes, so a node never outlives the process that
 * started it. One node per JVM, so that a test can kill a node the way a crash would.
 *
 * <p>Options: {@code --home DIR --cluster NAME --name NODE --http-port P (0: any) --transport-port
 * T --seeds host:port,... --managers node,...} ({@code --managers} and {@code --seeds} empty: a
 * single-node cluster).
 */
public final class NodeMain {
  /** The line that tells the parent the node's HTTP port. */
  static final String READY = "policy-search-node-http ";

  private NodeMain() {}

  /** Starts the node, reports its port and serves until standard input closes. */
  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args);
    // OpenSearch sends System.out through its logger once the node starts: keep the real stream.
    PrintStream console = System.out;
    OpenSearchRunner runner = new OpenSearchRunner();
    runner.onBuild((number, settings) -> configure(settings, options));
    runner.build(
        new OpenSearchRunner.Configs()
            .basePath(options.get("home"))
            .clusterName(options.get("cluster"))
            .numOfNode(1)
            .printOnFailure());
    int port =
        runner
            .node()
            .injector()
            .getInstance(HttpServerTransport.class)
            .boundAddress()
            .publishAddress()
            .getPort();
    console.println(READY + port);
    console.flush();
    awaitEndOfInput(System.in);
    runner.close();
    System.exit(0);
  }

  private static void configure(Settings.Builder settings, Map<String, String> options) {
    settings.put("node.name", options.get("name"));
    settings.put("network.host", "127.0.0.1");
    settings.put("http.port", options.getOrDefault("http-port", "0"));
    settings.put("transport.port", options.getOrDefault("transport-port", "0"));
    // A development machine's disk may be fuller than OpenSearch's watermarks like: allocate
    // anyway.
    settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
    String managers = options.getOrDefault("managers", "");
    if (managers.isEmpty()) {
      settings.put("discovery.type", "single-node");
    } else {
      settings.put("discovery.type", "zen");
      settings.putList("discovery.seed_hosts", List.of(options.get("seeds").split(",")));
      settings.putList("cluster.initial_cluster_manager_nodes", List.of(managers.split(",")));
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    for (String required : List.of("home", "cluster", "name")) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("missing --" + required);
      }
    }
    return options;
  }

  private static void awaitEndOfInput(InputStream in) throws IOException {
    byte[] buffer = new byte[256];
    while (in.read(buffer) >= 0) {
      // Nothing to read: the parent only ever closes the stream.
    }
  }
}
