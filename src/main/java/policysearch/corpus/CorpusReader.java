package policysearch.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads seed-format {@code .txt} files, {@code .jsonl}/{@code .jsonl.gz} files and documents (PDF,
 * Word, HTML, e-mail, plain text: {@link DocumentFormat}), recursively from folders. A bad file or
 * line is skipped and reported; it never stops the run.
 */
public final class CorpusReader {
  private final JsonLinesFormat jsonLines;
  private final DocumentFormat documents;
  private final int maxRecordBytes;

  /** Reads JSON Lines records with the given format, documents in forked parsers. */
  public CorpusReader(JsonLinesFormat jsonLines) {
    this(
        jsonLines,
        new DocumentFormat(new ForkedParser(ParserLimits.defaults()), Languages.load()),
        JsonLinesFormat.MAX_RECORD_BYTES);
  }

  /** Reads JSON Lines records and documents with the given formats. */
  public CorpusReader(JsonLinesFormat jsonLines, DocumentFormat documents) {
    this(jsonLines, documents, JsonLinesFormat.MAX_RECORD_BYTES);
  }

  /** Like {@link #CorpusReader(JsonLinesFormat)}, skipping lines and files over {@code max}. */
  CorpusReader(JsonLinesFormat jsonLines, int maxRecordBytes) {
    this(
        jsonLines,
        new DocumentFormat(new ForkedParser(ParserLimits.defaults()), Languages.load()),
        maxRecordBytes);
  }

  private CorpusReader(JsonLinesFormat jsonLines, DocumentFormat documents, int maxRecordBytes) {
    this.jsonLines = jsonLines;
    this.documents = documents;
    this.maxRecordBytes = maxRecordBytes;
  }

  /** How this reader reads document files (uploads are read the same way). */
  public DocumentFormat documents() {
    return documents;
  }

  /** Sends every readable article under {@code roots} to {@code sink}, once per id. */
  public ReadSummary read(List<Path> roots, Consumer<Article> sink) {
    return read(roots, sink, KnownDocuments.NONE);
  }

  /**
   * Like {@link #read(List, Consumer)}, without parsing the document files that {@code known} says
   * are indexed as they are.
   */
  public ReadSummary read(List<Path> roots, Consumer<Article> sink, KnownDocuments known) {
    try (Run run = new Run(sink, known)) {
      return read(roots, run);
    }
  }

  private ReadSummary read(List<Path> roots, Run run) {
    for (Path root : roots) {
      if (!Files.exists(root)) {
        run.skipFile(root, "no such file or directory");
      } else if (Files.isDirectory(root)) {
        CorpusFiles listing = CorpusFiles.under(root);
        for (Skipped failure : listing.failures()) {
          run.skipFile(Path.of(failure.path()), failure.reason());
        }
        listing.files().forEach(file -> run.readFile(root, file));
      } else {
        run.readFile(root, root);
      }
      run.documents.finish();
    }
    return new ReadSummary(run.files, run.articles, List.copyOf(run.skipped), run.failedPaths());
  }

  static boolean isCorpusFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".txt")
        || name.endsWith(".jsonl")
        || name.endsWith(".jsonl.gz")
        || DocumentFormat.hasDocumentExtension(name);
  }

  private final class Run implements DocumentQueue.Outcome, AutoCloseable {
    private final Consumer<Article> sink;
    private final DocumentQueue documents;
    private final Map<String, String> firstPathOfId = new HashMap<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private int files;
    private int articles;

    Run(Consumer<Article> sink, KnownDocuments known) {
      this.sink = sink;
      this.documents = new DocumentQueue(CorpusReader.this.documents, known, this);
    }

    void readFile(Path root, Path file) {
      files++;
      String name = file.getFileName().toString();
      try {
        if (DocumentFormat.hasDocumentExtension(name)
            || (name.endsWith(".txt") && !SeedFormat.isSeed(start(file)))) {
          documents.add(root, file);
        } else if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
          readJsonLines(file, name.endsWith(".gz"));
        } else if (name.endsWith(".txt")) {
          accept(SeedFormat.parse(file, decode(readSeed(file))), file, 0);
        } else {
          skipFile(
              file,
              "unknown file type (expected .txt, .jsonl, .jsonl.gz or a document: "
                  + String.join(", ", DocumentFormat.extensions().stream().sorted().toList())
                  + ")");
        }
      } catch (BadInputException e) {
        skipFile(file, e.getMessage());
      } catch (IOException e) {
        skipFile(file, "cannot read: " + e.getMessage());
      }
    }

    /** The bytes of a seed file, refused without reading it whole when it is too long. */
    private byte[] readSeed(Path file) throws IOException, BadInputException {
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes(maxRecordBytes + 1);
        if (bytes.length > maxRecordBytes) {
          throw new BadInputException(tooLong("file", Files.size(file)));
        }
        return bytes;
      }
    }

    /**
     * Scans whole buffers for line ends: a byte-at-a-time read takes seconds on a 50 MB line. A
     * line over the bound is not kept: its bytes are counted and dropped until its end, so a line
     * of a gigabyte (a few kilobytes gzipped) costs time, not memory; it is reported and the next
     * line is read.
     */
    private void readJsonLines(Path file, boolean gzip) throws IOException {
      try (InputStream raw = Files.newInputStream(file);
          InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
        BoundedLine line = new BoundedLine(maxRecordBytes);
        byte[] buffer = new byte[1 << 16];
        int lineNumber = 0;
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
          int from = 0;
          for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n') {
              line.append(buffer, from, i - from);
              readLine(file, ++lineNumber, line, false);
              line.reset();
              from = i + 1;
            }
          }
          line.append(buffer, from, n - from);
        }
        readLine(file, ++lineNumber, line, true);
      }
    }

    private void readLine(Path file, int lineNumber, BoundedLine line, boolean last) {
      if (line.length() > maxRecordBytes) {
        skipped.add(new Skipped(file.toString(), lineNumber, tooLong("line", line.length())));
        return;
      }
      byte[] bytes = line.bytes();
      if (bytes.length == 0 || (last && isBlank(bytes))) {
        return;
      }
      try {
        accept(jsonLines.parse(file, decode(bytes)), file, lineNumber);
      } catch (BadInputException e) {
        skipped.add(new Skipped(file.toString(), lineNumber, e.getMessage()));
      }
    }

    private void accept(Article article, Path file, int line) {
      if (firstRead(article.id(), file, line)) {
        sink.accept(article);
      }
    }

    private boolean firstRead(String id, Path file, int line) {
      String first = firstPathOfId.putIfAbsent(id, file.toString());
      if (first != null) {
        skipped.add(
            new Skipped(
                file.toString(), line, "duplicate id " + id + " (first read in " + first + ")"));
        return false;
      }
      articles++;
      return true;
    }

    @Override
    public void article(Article article, Path file) {
      accept(article, file, 0);
    }

    @Override
    public void unchanged(String id, Path file) {
      firstRead(id, file, 0);
    }

    @Override
    public void skipped(Path file, String reason) {
      skipFile(file, reason);
    }

    @Override
    public void close() {
      documents.close();
    }

    void skipFile(Path file, String reason) {
      skipped.add(new Skipped(file.toString(), 0, reason));
      failed.add(file.toString());
    }

    List<String> failedPaths() {
      return List.copyOf(failed);
    }
  }

  /** The first bytes of a file, enough to tell a seed file from plain text. */
  private static byte[] start(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(256);
    }
  }

  private String tooLong(String what, long bytes) {
    return what
        + " longer than "
        + (maxRecordBytes >= 1 << 20 ? (maxRecordBytes >> 20) + " MB" : maxRecordBytes + " bytes")
        + " ("
        + bytes
        + " bytes)";
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Strict UTF-8 text of a file or line, without a leading byte-order mark: editors on Windows
   * write one, and left in place it would make the first JSON line or a seed header unreadable.
   */
  static String decode(byte[] bytes) throws BadInputException {
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        throw new BadInputException("binary file (contains NUL bytes)");
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException("invalid UTF-8");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
