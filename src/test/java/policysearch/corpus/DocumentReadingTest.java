package policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Documents;
import policysearch.Fixtures;

/** Documents of every format, made at test time, read into articles; bad ones skipped. */
class DocumentReadingTest {
  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();

  private ReadSummary read(Path root) {
    return Fixtures.reader().read(List.of(root), articles::add);
  }

  private Article article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void pdfKeepsItsPagesMetadataTitleAndDateAndItsPathUnderTheCorpus() throws IOException {
    Path corpus = dir.resolve("corpus");
    Documents.pdf(
        corpus.resolve("reports/arctic.pdf"),
        "Arctic Security Report",
        LocalDate.of(2023, 4, 5),
        List.of(
            List.of("The Arctic Council met in Tromso.", "Norway raised the question of patrols."),
            List.of("Page two holds the budget."),
            List.of(),
            List.of("Page four holds the annex.")));
    ReadSummary summary = read(corpus);

    assertEquals(List.of(), summary.skipped());
    Article a = article("reports~arctic.pdf");
    assertEquals("Arctic Security Report", a.title());
    assertEquals(LocalDate.of(2023, 4, 5), a.date());
    assertEquals("reports", a.source());
    assertEquals(
        "The Arctic Council met in Tromso.\n\nNorway raised the question of patrols.\n\n"
            + "Page two holds the budget.\n\nPage four holds the annex.",
        a.text());
    DocumentFacts facts = a.document();
    assertEquals("reports/arctic.pdf", facts.file());
    assertEquals("application/pdf", facts.format());
    assertEquals("metadata", facts.titleSource());
    assertEquals("metadata", facts.dateSource());
    assertEquals("dcterms:created", facts.dateDetail());
    int two = a.text().indexOf("Page two");
    int four = a.text().indexOf("Page four");
    assertEquals(List.of(0, two, four, four), facts.pageStarts());
    assertEquals(1, facts.pageOf(a.text().indexOf("Norway")));
    assertEquals(2, facts.pageOf(two + 5));
    assertEquals(4, facts.pageOf(four));
  }

  @Test
  void eachFormatGetsItsTitleAndDateFromTheRightSource() throws IOException {
    Path corpus = dir.resolve("corpus");
    Documents.docx(
        corpus.resolve("drafts/strategy.docx"),
        null,
        LocalDate.of(2022, 1, 2),
        "National Cyber Strategy",
        List.of("The ministry published its strategy.", "It names three priorities."));
    Documents.text(
        corpus.resolve("web/page.html"),
        "<html><head><title>Ministry statement on trade</title>"
            + "<meta property=\"article:published_time\" content=\"2021-05-07T10:00:00Z\">"
            + "<meta name=\"date\" content=\"2021-05-06\"></head>"
            + "<body><h1>Trade</h1><p>The minister said tariffs <b>will</b> fall.</p>"
            + "<ul><li>First point.</li></ul></body></html>");
    Documents.text(
        corpus.resolve("mail/talks.eml"),
        "From: Ann <ann@example.org>\r\nTo: desk@example.org\r\nSubject: Talks in Geneva\r\n"
            + "Date: Tue, 12 Mar 2024 10:00:00 +0100\r\nMessage-ID: <1@example.org>\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n\r\nHello,\r\n\r\n"
            + "the minister said the talks\r\nwent well.\r\n");
    Documents.text(
        corpus.resolve("notes/memo.rtf"),
        "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard Memo on sanctions.\\par\\par "
            + "Signed on 3 March 2020 and again on 4 April 2021.\\par}");
    Path plain =
        Documents.text(
            corpus.resolve("notes/plain.txt"),
            "Notes from the briefing\nwritten in haste\n\nNo date is written here.\n");
    Files.setLastModifiedTime(plain, FileTime.from(Instant.parse("2019-07-08T12:00:00Z")));
    ReadSummary summary = read(corpus);

    assertEquals(List.of(), summary.skipped());
    Map<String, String> seen = new TreeMap<>();
    for (Article a : articles) {
      DocumentFacts f = a.document();
      seen.put(
          a.id(),
          String.join(
              " | ",
              a.title(),
              f.titleSource(),
              a.date().toString(),
              f.dateSource(),
              f.dateDetail(),
              f.format()));
    }
    assertEquals(
        Map.of(
            "drafts~strategy.docx",
            "National Cyber Strategy | heading | 2022-01-02 | metadata | dcterms:created"
                + " | application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "web~page.html",
            "Ministry statement on trade | metadata | 2021-05-07 | metadata"
                + " | article:published_time | text/html",
            "mail~talks.eml",
            "Talks in Geneva | metadata | 2024-03-12 | metadata | dcterms:created"
                + " | message/rfc822",
            "notes~memo.rtf",
            "Memo on sanctions. | first line | 2020-03-03 | text | 3 March 2020 | application/rtf",
            "notes~plain.txt",
            "Notes from the briefing written in haste | first line | 2019-07-08 | file"
                + " | modified 2019-07-08 | text/plain"),
        seen);
    assertEquals(
        "Hello,\n\nthe minister said the talks went well.", article("mail~talks.eml").text());
    assertEquals(
        "Trade\n\nThe minister said tariffs will fall.\n\nFirst point.",
        article("web~page.html").text());
    assertEquals(List.of(), article("web~page.html").document().pageStarts());
  }

  @Test
  void badFilesAreSkippedWithPathAndReasonAndTheRestIsRead() throws IOException {
    Path corpus = dir.resolve("corpus");
    Documents.pdf(corpus.resolve("good.pdf"), "Good", null, List.of(List.of("Readable text.")));
    Path encrypted = Documents.encryptedPdf(corpus.resolve("encrypted.pdf"));
    Path scanned = Documents.scannedPdf(corpus.resolve("scanned.pdf"));
    Path truncated = Documents.truncatedPdf(corpus.resolve("truncated.pdf"));
    Path corrupt = Documents.corruptPdf(corpus.resolve("corrupt.pdf"));
    Path bomb = Documents.zipBombDocx(corpus.resolve("bomb.docx"), 200);
    Path empty = Files.createFile(corpus.resolve("empty.odt"));
    Path png = Files.write(corpus.resolve("photo.pdf"), Documents.png());
    ReadSummary summary = read(corpus);

    assertEquals(List.of("good.pdf"), articles.stream().map(Article::id).toList());
    Map<String, String> reasons =
        summary.skipped().stream().collect(Collectors.toMap(Skipped::path, Skipped::reason));
    assertEquals(
        Map.of(
            encrypted.toString(), "encrypted (password-protected): cannot be read",
            scanned.toString(), "no text layer — OCR is not supported",
            truncated.toString(), "truncated: the PDF has no end-of-file marker (%%EOF)",
            corrupt.toString(),
                "cannot be parsed: IOException: Page tree root must be a dictionary",
            bomb.toString(), "zip bomb: word/document.xml expands from 298 KB to 200 MB",
            empty.toString(), "empty file",
            png.toString(), "wrong extension: a .pdf file that holds image/png"),
        reasons);
    assertEquals(reasons.keySet(), Set.copyOf(summary.failedPaths()));
  }

  @Test
  void aTxtFileWithoutTheSeedHeaderIsAPlainTextDocumentAndOneWithItStaysSeed() throws IOException {
    Path corpus = dir.resolve("corpus");
    Documents.text(corpus.resolve("seed.txt"), " date 2024-01-02 Seed text. More.\n");
    Documents.text(corpus.resolve("plain.txt"), "A plain note\n\nSigned 5 June 2018.\n");
    read(corpus);

    assertEquals(null, article("seed").document());
    assertEquals(LocalDate.of(2018, 6, 5), article("plain.txt").date());
    assertEquals("text", article("plain.txt").document().dateSource());
  }

  @Test
  void aSeedFileWithAByteOrderMarkStaysSeed() throws IOException {
    Path corpus = dir.resolve("corpus");
    Documents.text(corpus.resolve("bom.txt"), "\uFEFF date 2024-01-02 Seed text. More.\n");
    read(corpus);

    assertEquals(null, article("bom").document());
    assertEquals(LocalDate.of(2024, 1, 2), article("bom").date());
  }

  @Test
  void aDocumentWhosePathIsTooLongForAnIdIsSkippedWithTheReasonAndTheRestIsRead()
      throws IOException {
    Path corpus = dir.resolve("corpus");
    String folder = "f".repeat(200);
    Path deep = corpus.resolve(folder).resolve(folder).resolve(folder).resolve("long-report.pdf");
    Documents.pdf(deep, "Deep", null, List.of(List.of("Readable text.")));
    Documents.pdf(corpus.resolve("short.pdf"), "Short", null, List.of(List.of("Readable text.")));
    ReadSummary summary = read(corpus);

    assertEquals(List.of("short.pdf"), articles.stream().map(Article::id).toList());
    assertEquals(
        List.of(
            new Skipped(
                deep.toString(),
                0,
                "id longer than 512 characters (618): the id is the path under the corpus folder;"
                    + " shorten it")),
        summary.skipped());
  }

  @Test
  void nonEnglishTextIsFlaggedAndNotExtractable() throws IOException {
    Path corpus = dir.resolve("corpus");
    Documents.text(
        corpus.resolve("fr.html"),
        "<html><body><p>Le ministre des affaires étrangères a déclaré que la France et "
            + "l'Allemagne sont prêtes à renforcer leur coopération dans le domaine de la défense. "
            + "Il a rappelé que les deux pays ont signé un accord pour une nouvelle "
            + "stratégie commune qui sera présentée au conseil européen avant la fin de "
            + "l'année.</p></body></html>");
    Documents.text(
        corpus.resolve("en.html"),
        "<html><body><p>The foreign minister said that France and Germany are ready to "
            + "strengthen their cooperation in the field of defence. He recalled that the two "
            + "countries have signed an agreement for a new joint strategy which will be "
            + "presented to the European Council before the end of the year.</p></body></html>");
    read(corpus);

    assertEquals("fr", article("fr.html").document().language());
    assertFalse(article("fr.html").document().extractable());
    assertEquals("en", article("en.html").document().language());
    assertTrue(article("en.html").document().extractable());
  }

  @Test
  void anUnchangedDocumentIsNotParsedAgain() throws IOException {
    Path corpus = dir.resolve("corpus");
    Documents.pdf(corpus.resolve("a.pdf"), "A", null, List.of(List.of("Some text.")));
    read(corpus);
    String hash = articles.get(0).hash();
    articles.clear();
    List<String> asked = new ArrayList<>();
    ReadSummary again =
        Fixtures.reader()
            .read(
                List.of(corpus),
                articles::add,
                (id, path, h) -> asked.add(id + " " + path + " " + h.equals(hash)));

    assertEquals(List.of("a.pdf " + corpus.resolve("a.pdf") + " true"), asked);
    assertEquals(List.of(), articles);
    assertEquals(1, again.articles());
  }

  @Test
  void aFileTheParserRefusedIsNotParsedAgainByTheSameProcess() throws IOException {
    Path corpus = dir.resolve("corpus");
    Documents.encryptedPdf(corpus.resolve("encrypted.pdf"));
    java.util.concurrent.atomic.AtomicInteger parses =
        new java.util.concurrent.atomic.AtomicInteger();
    InProcessParser tika = new InProcessParser(1_000_000);
    DocumentParser counting =
        new DocumentParser() {
          @Override
          public ParsedFile parse(Path file) throws BadInputException {
            parses.incrementAndGet();
            return tika.parse(file);
          }

          @Override
          public int parallelism() {
            return 1;
          }

          @Override
          public void close() {}
        };
    CorpusReader reader =
        new CorpusReader(
            new JsonLinesFormat(policysearch.web.Json.mapper()),
            new DocumentFormat(counting, Languages.load()));
    ReadSummary first = reader.read(List.of(corpus), articles::add);
    ReadSummary second = reader.read(List.of(corpus), articles::add);

    assertEquals(1, parses.get());
    assertEquals(1, second.skipped().size());
    assertEquals(first.skipped(), second.skipped());
  }
}
