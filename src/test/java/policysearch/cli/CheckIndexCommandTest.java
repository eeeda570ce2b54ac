package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;

class CheckIndexCommandTest {
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();

  int run(String... words) {
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    return new Cli().run(List.of(words), print, print);
  }

  @Test
  void aHealthyIndexIsReportedClean() throws Exception {
    Path index = dir.resolve("index");
    Fixtures.index(Fixtures.copyCorpus(dir), index);

    assertEquals(0, run("check-index", "--index", index.toString()));
    assertTrue(
        out.toString(StandardCharsets.UTF_8)
            .matches("index " + index + " is clean: \\d+ segments, 23 documents\\n"),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aDamagedIndexIsReportedWithStatusOne() throws Exception {
    Path index = dir.resolve("index");
    Fixtures.index(Fixtures.copyCorpus(dir), index);
    try (Stream<Path> files = Files.list(index)) {
      Path data = files.filter(f -> f.toString().endsWith(".cfs")).findFirst().orElseThrow();
      byte[] bytes = Files.readAllBytes(data);
      bytes[bytes.length / 2] ^= 0x5a;
      Files.write(data, bytes);
    }

    assertEquals(1, run("check-index", "--index", index.toString()));
    assertTrue(
        out.toString(StandardCharsets.UTF_8).startsWith("index " + index + " has problems:"),
        out.toString(StandardCharsets.UTF_8));
  }
}
