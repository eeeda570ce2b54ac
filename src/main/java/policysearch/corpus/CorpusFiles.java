package policysearch.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus files under a root, in path order. A folder or file that cannot be listed or looked at
 * is reported as a failure and the walk goes on with its siblings: one unreadable subfolder must
 * neither hide the rest of the corpus nor make its own articles look deleted.
 *
 * @param files the corpus files found, sorted
 * @param failures what could not be listed or looked at, with the reason
 */
public record CorpusFiles(List<Path> files, List<Skipped> failures) {

  /** Walks {@code root} (a folder or a single file) without following folder links. */
  public static CorpusFiles under(Path root) {
    List<Path> files = new ArrayList<>();
    List<Skipped> failures = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              // A link to a file is read like the file; links to folders are not followed.
              if (Files.isRegularFile(file) && CorpusReader.isCorpusFile(file)) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path path, IOException e) {
              failures.add(new Skipped(path.toString(), 0, "cannot list folder: " + reason(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      failures.add(new Skipped(root.toString(), 0, "cannot list folder: " + reason(e)));
    }
    files.sort(null);
    return new CorpusFiles(List.copyOf(files), List.copyOf(failures));
  }

  /** "Permission denied" rather than the JDK's exception text, which repeats the path. */
  private static String reason(IOException e) {
    return switch (e) {
      case AccessDeniedException denied -> "Permission denied";
      case NoSuchFileException gone -> "no such file or directory";
      case FileSystemException fs when fs.getReason() != null -> fs.getReason();
      default -> e.getClass().getSimpleName();
    };
  }
}
