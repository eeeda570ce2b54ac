package policysearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Options several commands share, declared once each; defaults may come from the environment. */
final class Options {
  private Options() {}

  /** {@code --index DIR}. */
  static final class Index {
    @Option(
        names = "--index",
        paramLabel = "DIR",
        defaultValue = "${env:POLICY_SEARCH_INDEX:-index}",
        description = "index folder (default: ${DEFAULT-VALUE}; env POLICY_SEARCH_INDEX)")
    Path index;
  }

  /**
   * {@code --corpus PATH...}: folders and files of articles. Several paths follow one flag ({@code
   * --corpus a b}); the environment variable separates them with ':' like PATH.
   */
  static final class Corpus {
    @Option(
        names = "--corpus",
        arity = "1..*",
        paramLabel = "PATH",
        split = ":",
        splitSynopsisLabel = ":",
        defaultValue = "${env:POLICY_SEARCH_CORPUS:-corpus}",
        description =
            "corpus folders and files: .txt, .jsonl, .jsonl.gz (default: ${DEFAULT-VALUE};"
                + " env POLICY_SEARCH_CORPUS, ':'-separated)")
    List<Path> corpus;

    /** The paths that do not exist. */
    List<Path> missing() {
      return corpus.stream().filter(path -> !Files.exists(path)).toList();
    }

    /** The paths, or a usage error naming those that do not exist. */
    List<Path> existing() {
      List<Path> missing = missing();
      if (!missing.isEmpty()) {
        throw new UsageException("no such file or folder: " + join(missing) + " (--corpus)");
      }
      return corpus;
    }

    /** A usage error naming the {@code paths} that do not exist, if any. */
    static void requireAll(List<Path> paths) {
      List<Path> missing = paths.stream().filter(path -> !Files.exists(path)).toList();
      if (!missing.isEmpty()) {
        throw new UsageException("no such file or folder: " + join(missing));
      }
    }

    static String join(List<Path> paths) {
      return String.join(", ", paths.stream().map(Path::toString).toList());
    }
  }
}
