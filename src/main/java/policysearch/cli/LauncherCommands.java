package policysearch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Commands the {@code ./policy-search} launcher runs itself, with Maven, before the jar exists;
 * listed here so that the usage shows them. Given to the jar, they say where they run.
 */
final class LauncherCommands {
  private LauncherCommands() {}

  /** {@code test}: the whole test suite. */
  @Command(
      name = "test",
      description = "run the whole test suite (./policy-search test: mvn verify; launcher only)")
  static final class Test implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new UsageException("'test' is run by the launcher: ./policy-search test");
    }
  }

  /** {@code build}: the jar. */
  @Command(
      name = "build",
      description = "build target/policy-search.jar (./policy-search build; launcher only)")
  static final class Build implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new UsageException("'build' is run by the launcher: ./policy-search build");
    }
  }
}
