package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import policysearch.search.InvalidRequestException;

/** Parses the command word and runs the command; errors become one clear line and status 2. */
public final class Cli {
  private static final String USAGE =
      """
      usage: policy-search COMMAND [options]
        index   --corpus PATH... --index DIR          index .txt / .jsonl / .jsonl.gz files
        serve   [--corpus PATH...] [--index DIR] [--port 7070] [--host 127.0.0.1] [--watch]
                [--admin-token T]                     (or env POLICY_SEARCH_ADMIN_TOKEN)
        search  QUERY [--actor A]... [--topic T]... [--from DATE] [--to DATE] [--sort relevance|date]
                [--page N] [--size N] [--index DIR]
        extract PATH...                               print extracted actors and topics as JSON Lines
        eval-related pool --out FILE [--index DIR] [--queries FILE] [--depth 10]
                                                      blind pool of related statements to judge
        eval-related grades --pool FILE [--judgments FILE]
                                                      keep a graded pool's keys and grades
        eval-related score [--index DIR] [--queries FILE] [--judgments FILE] [--per-query]
                [--weights similarity=1,coverage=0.5,...]
                                                      P@10 and nDCG@10 of lexical, semantic, hybrid
        bench-extract PATH...                         time extraction alone: MB/s and articles/s
        check-index [--index DIR]                     run Lucene's CheckIndex on the last commit
        soak    [--seconds 60] [--clients 8] [--abusers 0] [--corpus PATH...]
                                                      load test on loopback
        bench   [--corpus PATH...] [--scale-corpus PATH...] [--scale N...] [--queries N]
                [--warm-up N] [--out DIR]
                                                      indexing and search figures next to raw Lucene
      """;
  private static final Set<String> INDEX_OPTIONS = Set.of("corpus", "index");
  private static final Set<String> SERVE_OPTIONS =
      Set.of("corpus", "index", "port", "host", "watch", "admin-token");
  private static final Set<String> BENCH_OPTIONS =
      Set.of("corpus", "scale-corpus", "scale", "queries", "warm-up", "out");
  private static final Set<String> SEARCH_OPTIONS =
      Set.of("actor", "topic", "from", "to", "sort", "page", "size", "index");

  /** Runs {@code words} (command first); returns the exit status. */
  public int run(List<String> words, PrintStream out, PrintStream err) {
    if (words.isEmpty() || words.get(0).equals("help") || words.get(0).equals("--help")) {
      out.print(USAGE);
      return words.isEmpty() ? 2 : 0;
    }
    String command = words.get(0);
    List<String> rest = words.subList(1, words.size());
    try {
      return switch (command) {
        case "index" ->
            new IndexCommand(Wiring.create()).run(new Args(rest, INDEX_OPTIONS), out, err);
        case "serve" ->
            new ServeCommand(Wiring.create()).run(new Args(rest, SERVE_OPTIONS), out, err);
        case "search" ->
            new SearchCommand(Wiring.create()).run(new Args(rest, SEARCH_OPTIONS), out);
        case "bench" ->
            new BenchCommand(Wiring.create()).run(new Args(rest, BENCH_OPTIONS), out, err);
        case "extract" -> {
          Wiring wiring = Wiring.create();
          yield new ExtractCommand(wiring.extractor(), wiring.reader(), wiring.mapper())
              .run(new Args(rest, Set.of()), out, err);
        }
        case "eval-related" ->
            new EvalRelatedCommand(Wiring.create())
                .run(new Args(rest, EvalRelatedCommand.OPTIONS), out);
        case "bench-extract" -> {
          Wiring wiring = Wiring.create();
          yield new BenchExtractCommand(wiring.extractor(), wiring.reader())
              .run(new Args(rest, Set.of()), out);
        }
        case "soak" ->
            new SoakCommand(Wiring.create())
                .run(new Args(rest, Set.of("seconds", "clients", "abusers", "corpus")), out, err);
        case "check-index" -> new CheckIndexCommand().run(new Args(rest, Set.of("index")), out);
        default -> throw new UsageException("unknown command '" + command + "'");
      };
    } catch (UsageException | InvalidRequestException e) {
      err.println("policy-search: " + e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (IOException e) {
      err.println("policy-search: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }
}
