package policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.web.Json;

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
  void aSpeechRecordNamesItsSpeakerAndCountryAndTheSpeakerIsPartOfTheHash() throws IOException {
    Path file = dir.resolve("speeches.jsonl");
    String record =
        "{\"id\":\"%s\",\"date\":\"1974-01-01\",\"text\":\"We are ready.\","
            + "\"meta\":{\"speaker\":%s,\"country\":\"Portugal\"}}\n";
    Files.writeString(
        file,
        String.format(record, "a", "\"Mr. SOARES\"")
            + String.format(record, "b", "[\"Mr. ROMULO\", \"Mr. SERRANO\"]")
            + String.format(record, "c", "null"));
    read(file);

    assertEquals(new DocumentSpeaker(List.of("Mr. SOARES"), "Portugal"), articles.get(0).speaker());
    assertEquals(
        new DocumentSpeaker(List.of("Mr. ROMULO", "Mr. SERRANO"), "Portugal"),
        articles.get(1).speaker());
    assertNull(articles.get(2).speaker());
    assertNotEquals(
        Article.of("x", LocalDate.of(1974, 1, 1), null, "We are ready.", "s", null, "p").hash(),
        Article.of(
                "x",
                LocalDate.of(1974, 1, 1),
                null,
                "We are ready.",
                "s",
                null,
                "p",
                new DocumentSpeaker(List.of("Mr. SOARES"), "Portugal"))
            .hash());
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
  void datesOutsideTheAcceptedRangeAndOverLongTitlesAreSkippedWithReasons() throws IOException {
    Files.writeString(
        dir.resolve("dates.jsonl"),
        "{\"id\":\"far\",\"date\":\"+999999999-12-31\",\"text\":\"x\"}\n"
            + "{\"id\":\"zero\",\"date\":\"0001-01-01\",\"text\":\"x\"}\n"
            + "{\"id\":\"late\",\"date\":\"9999-12-31\",\"text\":\"x\"}\n"
            + "{\"id\":\"title\",\"date\":\"2021-01-01\",\"title\":\""
            + "t".repeat(32 * 1024)
            + "\",\"text\":\"x\"}\n"
            + "{\"id\":\"first\",\"date\":\"1000-01-01\",\"text\":\"x\"}\n"
            + "{\"id\":\"last\",\"date\":\"2999-12-31\",\"title\":\""
            + "t".repeat(1000)
            + "\",\"text\":\"x\"}\n");
    Files.writeString(dir.resolve("old.txt"), " date 0999-12-31 Too old.\n");
    ReadSummary summary = read(dir);

    assertEquals(List.of("first", "last"), articles.stream().map(Article::id).toList());
    String range = " outside the accepted range 1000-01-01 to 2999-12-31";
    assertEquals(
        List.of(
            dir.resolve("dates.jsonl") + ":1: date +999999999-12-31" + range,
            dir.resolve("dates.jsonl") + ":2: date 0001-01-01" + range,
            dir.resolve("dates.jsonl") + ":3: date 9999-12-31" + range,
            dir.resolve("dates.jsonl") + ":4: title longer than 1000 characters (32768)",
            dir.resolve("old.txt") + ": date 0999-12-31" + range),
        summary.skipped().stream().map(Skipped::toString).toList());
  }

  @Test
  void aLineOrSeedFileOverTheBoundIsSkippedAndReadingGoesOn() throws IOException {
    String record = "{\"id\":\"%s\",\"date\":\"2021-01-01\",\"text\":\"%s\"}\n";
    Files.writeString(
        dir.resolve("long.jsonl"),
        record.formatted("a", "x")
            + record.formatted("b", "y".repeat(2000))
            + record.formatted("c", "z")
            + "0".repeat(5000));
    Files.writeString(dir.resolve("big.txt"), " date 2024-01-01 " + "w ".repeat(1000));
    Files.writeString(dir.resolve("small.txt"), " date 2024-01-01 Small.");
    CorpusReader reader = new CorpusReader(new JsonLinesFormat(Json.mapper()), 1024);
    ReadSummary summary = reader.read(List.of(dir), articles::add);

    assertEquals(List.of("a", "c", "small"), articles.stream().map(Article::id).toList());
    assertEquals(
        List.of(
            dir.resolve("big.txt") + ": file longer than 1024 bytes (2017 bytes)",
            dir.resolve("long.jsonl") + ":2: line longer than 1024 bytes (2040 bytes)",
            dir.resolve("long.jsonl") + ":4: line longer than 1024 bytes (5000 bytes)"),
        summary.skipped().stream().map(Skipped::toString).toList());
  }

  /**
   * 400 MB of zeros on one line, 400 KB gzipped (gzip members may follow one another, so one
   * compressed megabyte is written 400 times): before the bound, a 1 GB heap ran out.
   */
  @Test
  void aGzipBombLineCostsTimeNotMemory() throws IOException {
    Path bomb = dir.resolve("bomb.jsonl.gz");
    byte[] zeros = new byte[1 << 20];
    Arrays.fill(zeros, (byte) '0');
    byte[] megabyte = gzip(zeros);
    try (OutputStream out = Files.newOutputStream(bomb)) {
      out.write(gzip("{\"id\":\"ok\",\"date\":\"2021-01-01\",\"text\":\"x\"}\n".getBytes()));
      for (int i = 0; i < 400; i++) {
        out.write(megabyte);
      }
      out.write(gzip("\n{\"id\":\"after\",\"date\":\"2021-01-01\",\"text\":\"y\"}\n".getBytes()));
    }
    ReadSummary summary = read(bomb);

    assertEquals(List.of("ok", "after"), articles.stream().map(Article::id).toList());
    assertEquals(
        List.of(bomb + ":2: line longer than 64 MB (419430400 bytes)"),
        summary.skipped().stream().map(Skipped::toString).toList());
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
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
