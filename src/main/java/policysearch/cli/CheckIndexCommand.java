package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import policysearch.index.IndexCheck;

/** {@code check-index [--index DIR]}: runs Lucene's CheckIndex; status 0 when clean, else 1. */
final class CheckIndexCommand {
  int run(Args args, PrintStream out) throws IOException {
    Path index = Path.of(args.one("index", "index"));
    if (!Files.isDirectory(index)) {
      throw new UsageException("no index at " + index);
    }
    IndexCheck.Result result;
    try (FSDirectory directory = FSDirectory.open(index)) {
      result = IndexCheck.run(directory);
    }
    if (result.clean()) {
      out.printf(
          "index %s is clean: %d segments, %d documents%n",
          index, result.segments(), result.documents());
      return 0;
    }
    out.printf("index %s has problems:%n%s%n", index, result.details());
    return 1;
  }
}
