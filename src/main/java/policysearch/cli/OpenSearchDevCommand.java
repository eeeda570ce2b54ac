package policysearch.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import policysearch.opensearch.LocalCluster;

/**
 * {@code opensearch-dev [--nodes N] [--port P]}: starts a local cluster of real OpenSearch nodes
 * (one child JVM each) for trying the distributed mode on one machine, prints its node URLs on one
 * line (the value {@code index --opensearch} takes) and keeps it up until interrupted; its data is
 * temporary.
 */
@Command(
    name = "opensearch-dev",
    description = {
      "Start a local cluster of real OpenSearch nodes (a child JVM each, temporary data), print"
          + " their URLs on one line (what index --opensearch takes) and keep them up until Ctrl-C.",
      "Details: docs/opensearch.md."
    })
final class OpenSearchDevCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(OpenSearchDevCommand.class);

  @Option(
      names = "--nodes",
      paramLabel = "N",
      defaultValue = "1",
      description = "nodes, 1 to 9 (default: ${DEFAULT-VALUE})")
  int nodes;

  @Option(
      names = "--port",
      paramLabel = "P",
      defaultValue = "9200",
      description =
          "HTTP port of the first node (the others take free ones); 0 picks a free one too"
              + " (default: ${DEFAULT-VALUE})")
  int port;

  private final Streams streams;

  OpenSearchDevCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (nodes < 1 || nodes > 9) {
      throw new UsageException("--nodes must be 1 to 9, not " + nodes);
    }
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be 0 (any) to 65535, not " + port);
    }
    checkFree(port);
    String plural = nodes == 1 ? "" : "s";
    LOG.info("starting {} OpenSearch node{} …", nodes, plural);
    long start = System.nanoTime();
    LocalCluster cluster = LocalCluster.start(nodes, port);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(cluster)));
    String urls = String.join(",", cluster.urls());
    streams.out().println(urls);
    LOG.info(
        String.format(
            "OpenSearch cluster of %d node%s up in %.1f s; try: policy-search index --opensearch"
                + " %s --corpus PATH  (Ctrl-C stops it)",
            nodes, plural, (System.nanoTime() - start) / 1e9, urls));
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

  private static void stop(LocalCluster cluster) {
    try {
      cluster.close();
    } catch (IOException e) {
      LOG.warn("stopping the OpenSearch nodes: {}", e.getMessage());
    }
  }
}
