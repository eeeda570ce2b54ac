package policysearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import policysearch.corpus.ParserLimits;

/** Options several commands share, declared once each; defaults may come from the environment. */
final class Options {
  private Options() {}

  /**
   * {@code --opensearch URL[,URL...]}: an OpenSearch cluster instead of the index folder (env
   * POLICY_SEARCH_OPENSEARCH_URL, used when neither flag is given).
   */
  static final class Cluster {
    @Option(
        names = "--opensearch",
        paramLabel = "URL[,URL...]",
        defaultValue = "${env:POLICY_SEARCH_OPENSEARCH_URL}",
        showDefaultValue = Visibility.NEVER,
        description =
            "the index is in this OpenSearch cluster (its node URLs), not in --index (env"
                + " POLICY_SEARCH_OPENSEARCH_URL, used when neither --opensearch nor --index is"
                + " given)")
    String opensearch;

    /**
     * The cluster, or null for the index folder: a flag wins over the variables, and {@code
     * --index} over {@code POLICY_SEARCH_OPENSEARCH_URL}.
     */
    String url(ParseResult parsed) {
      boolean flag = parsed.hasMatchedOption("--opensearch");
      if (flag && parsed.hasMatchedOption("--index")) {
        throw new UsageException(
            "--opensearch and --index exclude each other: the index is in a cluster or in a"
                + " folder");
      }
      if (opensearch == null
          || opensearch.isBlank()
          || !flag && parsed.hasMatchedOption("--index")) {
        return null;
      }
      return opensearch;
    }
  }

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
            "corpus folders and files: .txt, .jsonl, .jsonl.gz and documents (.pdf .docx .doc"
                + " .odt .rtf .html .eml; default: ${DEFAULT-VALUE}; env POLICY_SEARCH_CORPUS,"
                + " ':'-separated)")
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

  /**
   * {@code --parse-timeout SECONDS --parser-heap MB}: bounds on each forked document parser, for
   * the commands that read documents.
   */
  static final class Parser {
    private static final ParserLimits DEFAULTS = ParserLimits.defaults();

    @Option(
        names = "--parse-timeout",
        paramLabel = "SECONDS",
        defaultValue = "${env:POLICY_SEARCH_PARSE_TIMEOUT:-120}",
        description =
            "longest parse of one document; the file is skipped after it (default:"
                + " ${DEFAULT-VALUE}; env POLICY_SEARCH_PARSE_TIMEOUT)")
    int timeoutSeconds;

    @Option(
        names = "--parser-heap",
        paramLabel = "MB",
        defaultValue = "${env:POLICY_SEARCH_PARSER_HEAP:-768}",
        description =
            "heap of each forked parser process (default: ${DEFAULT-VALUE};"
                + " env POLICY_SEARCH_PARSER_HEAP)")
    int heapMegabytes;

    /** The limits, or a usage error when a value is out of range. */
    ParserLimits limits() {
      if (timeoutSeconds < 1) {
        throw new UsageException(
            "--parse-timeout must be at least 1 (seconds), not " + timeoutSeconds);
      }
      if (heapMegabytes < 64) {
        throw new UsageException("--parser-heap must be at least 64 (MB), not " + heapMegabytes);
      }
      return new ParserLimits(
          Duration.ofSeconds(timeoutSeconds),
          heapMegabytes,
          DEFAULTS.maxChars(),
          DEFAULTS.processes());
    }
  }
}
