package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import policysearch.index.IndexCheck;
import policysearch.index.IndexDirectory;

/** {@code check-index [--index DIR]}: runs Lucene's CheckIndex; status 0 when clean, else 1. */
@Command(
    name = "check-index",
    description =
        "Run Lucene's CheckIndex on the last commit (read-only; may run while serving): status 0"
            + " when clean, 1 with its report otherwise.")
final class CheckIndexCommand implements Callable<Integer> {
  @Mixin Options.Index options;

  private final Streams streams;

  CheckIndexCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException {
    Path index = options.index;
    PrintStream out = streams.out();
    if (!Files.isDirectory(index)) {
      throw new UsageException("no index at " + index);
    }
    IndexCheck.Result result;
    try (IndexDirectory directory = IndexDirectory.open(index)) {
      result = directory.check();
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
