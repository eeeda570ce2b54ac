package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import policysearch.opensearch.LocalCluster;

/**
 * {@code opensearch-dev [--nodes N] [--port P]}: starts a local cluster of real OpenSearch nodes
 * (one child JVM each) for trying the distributed mode on one machine, prints its node URLs on one
 * line (the value {@code index --opensearch} takes) and keeps it up until interrupted; its data is
 * temporary.
 */
final class OpenSearchDevCommand {
  int run(Args args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    int nodes = args.integer("nodes", 1);
    int port = args.integer("port", 9200);
    if (nodes < 1 || nodes > 9) {
      throw new UsageException("--nodes must be 1 to 9, not " + nodes);
    }
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be 0 (any) to 65535, not " + port);
    }
    checkFree(port);
    err.printf("starting %d OpenSearch node%s …%n", nodes, nodes == 1 ? "" : "s");
    long start = System.nanoTime();
    LocalCluster cluster = LocalCluster.start(nodes, port);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(cluster, err)));
    String urls = String.join(",", cluster.urls());
    out.println(urls);
    err.printf(
        "OpenSearch cluster of %d node%s up in %.1f s; try: policy-search index --opensearch %s"
            + " --corpus PATH  (Ctrl-C stops it)%n",
        nodes, nodes == 1 ? "" : "s", (System.nanoTime() - start) / 1e9, urls);
    new CountDownLatch(1).await();
    return 0;
  }

  private static void checkFree(int port) throws IOException {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      probe.getLocalPort();
    } catch (IOException e) {
      throw new IOException("port " + port + " is in use: choose another with --port", e);
    }
  }

  private static void stop(LocalCluster cluster, PrintStream err) {
    try {
      cluster.close();
    } catch (IOException e) {
      err.println("policy-search: stopping the OpenSearch nodes: " + e.getMessage());
    }
  }
}
