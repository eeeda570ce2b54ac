package policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Documents;

/** The forked parser outlives files that take too long or too much memory. */
class ForkedParserTest {
  @TempDir Path dir;

  @Test
  void aFileOverTheTimeLimitIsStoppedAndTheNextFileIsParsed() throws Exception {
    Path slow = Documents.report(dir.resolve("slow.pdf"), 100, Map.of());
    Path quick = Documents.pdf(dir.resolve("quick.pdf"), "Q", null, List.of(List.of("Quick.")));
    try (ForkedParser parser =
        new ForkedParser(new ParserLimits(Duration.ofMillis(200), 256, 1_000_000, 1))) {
      BadInputException e = assertThrows(BadInputException.class, () -> parser.parse(slow));
      assertEquals("parsing took longer than the time limit of 200 ms per file", e.getMessage());
    }
    try (ForkedParser parser =
        new ForkedParser(new ParserLimits(Duration.ofSeconds(60), 256, 1_000_000, 1))) {
      assertThrows(BadInputException.class, () -> parser.parse(dir.resolve("missing.pdf")));
      assertTrue(parser.parse(quick).xhtml().contains("Quick."));
    }
  }

  @Test
  void aFileThatExhaustsTheParsersHeapCostsThatFileOnly() throws Exception {
    Path bomb = Documents.zipBombDocx(dir.resolve("bomb.docx"), 200);
    Path quick = Documents.pdf(dir.resolve("quick.pdf"), "Q", null, List.of(List.of("Quick.")));
    try (ForkedParser parser =
        new ForkedParser(new ParserLimits(Duration.ofSeconds(120), 64, 64_000_000, 1))) {
      BadInputException e = assertThrows(BadInputException.class, () -> parser.parse(bomb));
      assertEquals("parsing ran out of memory (parser heap 64 MB)", e.getMessage());
      assertTrue(parser.parse(quick).xhtml().contains("Quick."));
    }
  }
}
