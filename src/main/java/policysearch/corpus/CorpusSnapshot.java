package policysearch.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Size and modification time of every corpus file under some roots. Two equal snapshots mean there
 * is nothing new to read; taking one costs a directory walk and no file reads.
 *
 * @param files "size/mtime" by path
 */
public record CorpusSnapshot(Map<String, String> files) {

  /**
   * The corpus files under {@code roots} as they are now; an unreadable folder is recorded with its
   * reason.
   */
  public static CorpusSnapshot of(List<Path> roots) {
    Map<String, String> files = new TreeMap<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        continue;
      }
      CorpusFiles listing = CorpusFiles.under(root);
      listing.files().forEach(file -> files.put(file.toString(), stamp(file)));
      listing.failures().forEach(f -> files.put(f.path(), "unreadable: " + f.reason()));
    }
    return new CorpusSnapshot(Map.copyOf(files));
  }

  private static String stamp(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return attributes.size() + "/" + attributes.lastModifiedTime();
    } catch (IOException e) {
      return "gone";
    }
  }
}
