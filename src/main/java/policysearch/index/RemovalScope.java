package policysearch.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a run may remove articles whose file it did not see: under a corpus root that exists and
 * was read, and not under a file or folder that failed to read. A mistyped {@code --corpus} path, a
 * root left out of the run, or a folder that merely became unreadable must not empty the index.
 */
public record RemovalScope(List<Path> read, List<Path> failed) {
  /** The scope of a run over {@code roots} whose reader failed on {@code failedPaths}. */
  public static RemovalScope of(List<Path> roots, List<String> failedPaths) {
    return new RemovalScope(
        roots.stream().filter(Files::exists).map(RemovalScope::absolute).toList(),
        failedPaths.stream().map(Path::of).map(RemovalScope::absolute).toList());
  }

  /** Whether an article read from {@code path} and not seen by the run has left the corpus. */
  public boolean covers(String path) {
    Path file = absolute(Path.of(path));
    return read.stream().anyMatch(file::startsWith) && failed.stream().noneMatch(file::startsWith);
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
