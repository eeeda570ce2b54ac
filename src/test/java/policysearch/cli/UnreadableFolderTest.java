package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus folder that cannot be listed keeps the articles indexed from it, and its readable
 * siblings are indexed as usual. Runs the real {@code index} command in a child process; as root,
 * that process drops the capabilities that let root read any folder, so the permission holds.
 */
class UnreadableFolderTest {
  @TempDir Path dir;
  private Path locked;

  @AfterEach
  void unlock() throws IOException {
    if (locked != null) {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void unreadableSubfolderKeepsItsArticlesAndSiblingsStay() throws Exception {
    Path corpus = dir.resolve("corpus");
    write(corpus.resolve("open/a.txt"), "2024-01-01", "Japan and NATO met.");
    write(corpus.resolve("open/b.txt"), "2024-01-02", "Kenya signed a treaty.");
    write(corpus.resolve("locked/c.txt"), "2024-01-03", "Brazil raised tariffs.");
    write(corpus.resolve("locked/d.txt"), "2024-01-04", "India launched a satellite.");
    Path index = dir.resolve("index");
    assertEquals("added 4, updated 0, removed 0, unchanged 0, skipped 0", summary(index, corpus));

    locked = corpus.resolve("locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    write(corpus.resolve("open/e.txt"), "2024-01-05", "Canada joined the talks.");

    List<String> lines = run(index, corpus);
    assertEquals("added 1, updated 0, removed 0, unchanged 2, skipped 1", strip(lines.get(0)));
    assertEquals("  skipped " + locked + ": cannot list folder: Permission denied", lines.get(1));
    assertEquals(Set.of("a", "b", "c", "d", "e"), CrashRecoveryTest.committedIds(index));
  }

  private String summary(Path index, Path corpus) throws Exception {
    return strip(run(index, corpus).get(0));
  }

  /** The summary line without its timing. */
  private static String strip(String line) {
    return line.replaceFirst(" \\([0-9.]+ s\\)$", "");
  }

  private List<String> run(Path index, Path corpus) throws Exception {
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      assumeTrue(
          Files.isExecutable(Path.of("/usr/bin/setpriv")),
          "running as root needs setpriv (util-linux) to drop the read-anything capabilities");
      command.addAll(
          List.of("/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search"));
    }
    Path out = dir.resolve("out.txt");
    Process process =
        CrashRecoveryTest.start(
            out, command, "index", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(true, process.waitFor(2, TimeUnit.MINUTES), "index finished");
    List<String> lines =
        Files.readAllLines(out).stream()
            .filter(l -> l.startsWith("added ") || l.startsWith("  skipped "))
            .toList();
    assertEquals(0, process.exitValue(), Files.readString(out));
    return lines;
  }

  private static void write(Path file, String date, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, " date " + date + " " + text + "\n");
  }
}
