package policysearch;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import policysearch.cli.Cli;

/** Entry point: {@code policy-search COMMAND [options]}. */
public final class App {
  private App() {}

  /** Runs a command and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(new Cli().run(List.copyOf(Arrays.asList(args)), out, System.err));
  }
}
