package policysearch.opensearch;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the OpenSearch node's own classpath lies: {@code opensearch-node/} beside this jar (or
 * beside {@code target/classes}), as the build leaves it in {@code target/opensearch-node/}, or the
 * folder named by {@value #ENV}. It never joins this process's classpath: OpenSearch brings its own
 * Lucene.
 */
final class NodeClasspath {
  static final String ENV = "POLICY_SEARCH_OPENSEARCH_NODE";
  private static final String JAR = "opensearch-node.jar";

  private NodeClasspath() {}

  /** The classpath of the node process, or a clear error naming where it was looked for. */
  static String find() throws IOException {
    return in(folder());
  }

  /** The classpath of a node built into {@code dir}, or a clear error if it is not there. */
  static String in(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve(JAR)) || !Files.isDirectory(dir.resolve("lib"))) {
      throw new IOException(
          "no OpenSearch node classpath in "
              + dir
              + " (build it with: mvn -f opensearch-node/pom.xml package, or set "
              + ENV
              + ")");
    }
    return dir.resolve(JAR) + File.pathSeparator + dir.resolve("lib") + File.separator + "*";
  }

  private static Path folder() throws IOException {
    String configured = System.getenv(ENV);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath();
    }
    try {
      Path code =
          Path.of(NodeClasspath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // target/policy-search.jar and target/classes both sit in target/.
      return code.toAbsolutePath().getParent().resolve("opensearch-node");
    } catch (URISyntaxException | SecurityException e) {
      throw new IOException("cannot tell where policy-search runs from: " + e.getMessage(), e);
    }
  }
}
