package policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;

class CorpusReaderTest {
  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();

  private ReadSummary read(Path... roots) {
    return Fixtures.reader().read(List.of(roots), articles::add);
  }

  @Test
  void readsSeedAndJsonLinesFilesAndReportsEachBadInputWithItsReason() {
    Path corpus = Fixtures.copyCorpus(dir);
    ReadSummary summary = read(corpus);

    assertEquals(Fixtures.ARTICLES, summary.articles());
    assertEquals(Fixtures.ARTICLES, articles.size());
    assertEquals(
        List.of(
            corpus.resolve("bad-date.txt") + ": invalid date '2024-02-30' (expected YYYY-MM-DD)",
            corpus.resolve("empty.txt") + ": empty file",
            corpus.resolve("wire.jsonl")
                + ":2: not valid JSON: Unrecognized token 'this': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
        summary.skipped().stream().map(Skipped::toString).toList());
    assertEquals(
        List.of(corpus.resolve("bad-date.txt").toString(), corpus.resolve("empty.txt").toString()),
        summary.failedPaths());
  }

  @Test
  void seedFileGivesIdFromFileNameDateAndFirstSentenceAsTitle() throws IOException {
    Path file = dir.resolve("000_x.txt");
    Files.writeString(
        file, " date 2024-02-27 Gen. Cavoli met NATO. They talked.\n\nSecond paragraph.\n");
    read(file);

    Article article = articles.get(0);
    assertEquals("000_x", article.id());
    assertEquals(LocalDate.of(2024, 2, 27), article.date());
    assertEquals("Gen. Cavoli met NATO.", article.title());
    assertEquals("Gen. Cavoli met NATO. They talked.\n\nSecond paragraph.", article.text());
    assertEquals(dir.getFileName().toString(), article.source());
    assertNull(article.url());
  }

  @Test
  void jsonLinesRecordKeepsItsFieldsAndUsesTheFileNameWhenSourceIsMissing() throws IOException {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"a1\",\"date\":\"2021-01-20\",\"title\":\"T\",\"text\":\"Body.\",\"url\":\"https://x.org/a1\"}\n");
    read(file);

    assertEquals(
        List.of(
            Article.of(
                "a1",
                LocalDate.of(2021, 1, 20),
                "T",
                "Body.",
                "feed",
                "https://x.org/a1",
                file.toString())),
        articles);
  }

  @Test
  void binaryInvalidUtf8MissingFieldsAndDuplicateIdsAreSkippedWithReasons() throws IOException {
    Files.write(dir.resolve("binary.txt"), new byte[] {' ', 'd', 0, 1, 2});
    Files.write(
        dir.resolve("latin1.txt"),
        " date 2024-01-01 caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(
        dir.resolve("records.jsonl"),
        "{\"id\":\"a\",\"date\":\"2021-01-01\",\"text\":\"x\"}\n"
            + "{\"date\":\"2021-01-01\",\"text\":\"no id\"}\n"
            + "{\"id\":\"b\",\"date\":\"2021-01-01\"}\n"
            + "[1, 2]\n"
            + "{\"id\":\"a\",\"date\":\"2021-01-02\",\"text\":\"again\"}\n");
    ReadSummary summary = read(dir);

    assertEquals(1, summary.articles());
    assertEquals(
        List.of(
            dir.resolve("binary.txt") + ": binary file (contains NUL bytes)",
            dir.resolve("latin1.txt") + ": invalid UTF-8",
            dir.resolve("records.jsonl") + ":2: no id",
            dir.resolve("records.jsonl") + ":3: no text (id b)",
            dir.resolve("records.jsonl") + ":4: not a JSON object",
            dir.resolve("records.jsonl")
                + ":5: duplicate id a (first read in "
                + dir.resolve("records.jsonl")
                + ")"),
        summary.skipped().stream().map(Skipped::toString).toList());
  }

  @Test
  void anythingAfterTheFirstJsonObjectOfALineIsReportedNotDropped() throws IOException {
    String a = "{\"id\":\"t1\",\"date\":\"2021-01-01\",\"text\":\"x\"}";
    String b = "{\"id\":\"t2\",\"date\":\"2021-01-01\",\"text\":\"y\"}";
    Files.writeString(
        dir.resolve("glued.jsonl"), a + " " + b + "\n" + a.replace("t1", "t3") + " x\n");
    Files.writeString(
        dir.resolve("mac.jsonl"), a.replace("t1", "t4") + "\r" + b.replace("t2", "t5") + "\r");
    ReadSummary summary = read(dir);

    assertEquals(0, summary.articles());
    assertEquals(
        List.of(
            dir.resolve("glued.jsonl")
                + ":1: more than one JSON value (another starts at character 44): one object per line",
            dir.resolve("glued.jsonl")
                + ":2: not valid JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            dir.resolve("mac.jsonl")
                + ":1: more than one JSON value (another starts at character 44; lines ended by a lone"
                + " CR? end them with LF): one object per line"),
        summary.skipped().stream().map(Skipped::toString).toList());
  }

  @Test
  void byteOrderMarkBeforeAJsonLineOrASeedHeaderIsIgnored() throws IOException {
    Files.writeString(
        dir.resolve("bom.jsonl"), "\uFEFF{\"id\":\"j1\",\"date\":\"2021-01-01\",\"text\":\"x\"}\n");
    Files.writeString(dir.resolve("s1.txt"), "\uFEFF date 2024-02-27 Seed text.\n");
    ReadSummary summary = read(dir);

    assertEquals(List.of(), summary.skipped());
    assertEquals(List.of("j1", "s1"), articles.stream().map(Article::id).toList());
  }

  @Test
  void idsAndSourcesThatAreTooLongOrHoldControlCharactersAreSkippedWithReasons()
      throws IOException {
    String longId = "i".repeat(40_000);
    Files.writeString(
        dir.resolve("ids.jsonl"),
        "{\"id\":\""
            + longId
            + "\",\"date\":\"2021-01-01\",\"text\":\"x\"}\n"
            + "{\"id\":\"a\\u0000b\",\"date\":\"2021-01-01\",\"text\":\"x\"}\n"
            + "{\"id\":\"c\",\"source\":\""
            + "s".repeat(300)
            + "\",\"date\":\"2021-01-01\",\"text\":\"x\"}\n"
            + "{\"id\":\"ok\",\"date\":\"2021-01-01\",\"text\":\"x\"}\n");
    ReadSummary summary = read(dir);

    assertEquals(List.of("ok"), articles.stream().map(Article::id).toList());
    assertEquals(
        List.of(
            dir.resolve("ids.jsonl") + ":1: id longer than 512 characters (40000)",
            dir.resolve("ids.jsonl") + ":2: id contains a control character (U+0000)",
            dir.resolve("ids.jsonl") + ":3: source longer than 256 characters (300)"),
        summary.skipped().stream().map(Skipped::toString).toList());
  }

  @Test
  void missingPathIsReportedNotThrown() {
    Path missing = dir.resolve("nowhere");
    ReadSummary summary = read(missing);

    assertEquals(0, summary.articles());
    assertEquals(
        List.of(missing + ": no such file or directory"),
        summary.skipped().stream().map(Skipped::toString).toList());
  }
}
