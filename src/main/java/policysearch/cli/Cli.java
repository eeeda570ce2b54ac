package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import policysearch.search.InvalidRequestException;
import policysearch.web.CannotListenException;

/**
 * The command line, declared once with picocli: each command is a class whose annotated fields are
 * its options, and the usage text is generated from them. To add a command, write a class annotated
 * {@code @Command(name = ...)} that implements {@code Callable<Integer>} (a constructor taking
 * {@link Streams} if it prints), and list it in {@code subcommands} below. Errors become one line
 * and a status: 2 for a wrong command line or request, 1 for a failure, never a stack trace.
 */
@Command(
    name = "policy-search",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Full-text search over policy documents: who said what, about which topic, when.",
    synopsisSubcommandLabel = "COMMAND",
    usageHelpAutoWidth = true,
    subcommands = {
      ServeCommand.class,
      IndexCommand.class,
      OpenSearchDevCommand.class,
      SearchCommand.class,
      ExtractCommand.class,
      CheckIndexCommand.class,
      EvalRelatedCommand.class,
      AuditCommand.class,
      BenchCommand.class,
      BenchExtractCommand.class,
      SoakCommand.class,
      LauncherCommands.Test.class,
      LauncherCommands.Build.class,
      CommandLine.HelpCommand.class
    })
public final class Cli implements Callable<Integer> {
  @Option(
      names = "--log-format",
      scope = ScopeType.INHERIT,
      paramLabel = "text|json",
      defaultValue = "${env:POLICY_SEARCH_LOG_FORMAT:-text}",
      description = "log lines on stderr as text or JSON (env POLICY_SEARCH_LOG_FORMAT)")
  Logging.Format logFormat;

  @Spec CommandSpec spec;

  private Streams streams;

  /** Runs {@code words} (command first); returns the exit status. */
  public int run(List<String> words, PrintStream out, PrintStream err) {
    Streams io = new Streams(out, err);
    CommandLine cli = commandLine(io);
    try {
      return cli.execute(words.toArray(String[]::new));
    } finally {
      cli.getOut().flush();
      cli.getErr().flush();
    }
  }

  /** No command: the usage, on stderr, status 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(streams.err());
    return 2;
  }

  private static CommandLine commandLine(Streams io) {
    CommandLine cli = new CommandLine(Cli.class, new Streams.Factory(io));
    ((Cli) cli.getCommand()).streams = io;
    cli.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // A query word may start with a dash ("-word" excludes it); SearchCommand refuses "--word".
    cli.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    cli.setExecutionStrategy(Cli::execute);
    cli.setParameterExceptionHandler(Cli::wrongCommandLine);
    cli.setExecutionExceptionHandler((e, command, parsed) -> failed(e, io.err()));
    return cli;
  }

  /** Sets the log format before the command runs (and logs anything), then runs it. */
  private static int execute(ParseResult parsed) {
    Logging.configure(((Cli) parsed.commandSpec().userObject()).logFormat);
    return new CommandLine.RunLast().execute(parsed);
  }

  private static int wrongCommandLine(ParameterException e, String[] words) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    boolean unknownCommand =
        e instanceof UnmatchedArgumentException && command.getCommandSpec().parent() == null;
    if (unknownCommand && words.length > 0 && !words[0].startsWith("-")) {
      err.println("policy-search: unknown command '" + words[0] + "'");
      command.usage(err);
    } else {
      err.println("policy-search: " + e.getMessage());
      err.println("Run 'policy-search " + name(command) + "--help' for the options.");
    }
    return 2;
  }

  private static String name(CommandLine command) {
    return command.getCommandSpec().parent() == null ? "" : command.getCommandName() + " ";
  }

  /** One line per failure: what went wrong, in words; the status says whose fault it was. */
  static int failed(Exception e, PrintStream err) {
    return switch (e) {
      case UsageException u -> line(err, u.getMessage(), 2);
      case InvalidRequestException u -> line(err, u.getMessage(), 2);
      case CannotListenException p -> line(err, p.getMessage() + "; choose another with --port", 1);
      case IOException io -> line(err, io.getMessage(), 1);
      case UncheckedIOException io -> line(err, io.getCause().getMessage(), 1);
      case InterruptedException interrupted -> {
        Thread.currentThread().interrupt();
        yield 130;
      }
      default -> line(err, "unexpected error: " + e, 1);
    };
  }

  private static int line(PrintStream err, String message, int status) {
    err.println("policy-search: " + message);
    return status;
  }
}
