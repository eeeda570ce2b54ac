package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;

/** A short soak with abusers over the fixture corpus: every attack is answered, none with a 5xx. */
class SoakCommandTest {
  @TempDir Path dir;

  @Test
  void aShortSoakWithAbusersEndsWithoutFailuresOr5xx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        new Cli()
            .run(
                List.of(
                    "soak",
                    "--seconds",
                    "5",
                    "--clients",
                    "1",
                    "--abusers",
                    "2",
                    "--corpus",
                    Fixtures.copyCorpus(dir).toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String report = out.toString(StandardCharsets.UTF_8);

    assertEquals(0, status, report);
    assertTrue(report.contains(", 5xx 0, failed 0"), report);
    int attacks = SoakAttacks.ALL.size();
    assertTrue(report.contains("(" + attacks + " of " + attacks + " attacks)"), report);
    assertTrue(report.contains("  slowest: "), report);
  }
}
