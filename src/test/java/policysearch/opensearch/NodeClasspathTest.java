package policysearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeClasspathTest {
  @TempDir Path dir;

  @Test
  void aMissingNodeBuildSaysHowToMakeIt() {
    IOException missing = assertThrows(IOException.class, () -> NodeClasspath.in(dir));

    assertEquals(
        "no OpenSearch node classpath in "
            + dir
            + " (build it with: mvn -f opensearch-node/pom.xml package, or set "
            + "POLICY_SEARCH_OPENSEARCH_NODE)",
        missing.getMessage());
  }

  @Test
  void theNodeClasspathIsItsJarAndEveryJarOfItsLibFolder() throws IOException {
    Files.createFile(dir.resolve("opensearch-node.jar"));
    Files.createDirectory(dir.resolve("lib"));

    assertEquals(
        dir.resolve("opensearch-node.jar") + File.pathSeparator + dir.resolve("lib") + "/*",
        NodeClasspath.in(dir));
  }
}
