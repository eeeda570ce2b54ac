package policysearch.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Document files (PDF, DOCX, DOC, ODT, RTF, HTML/XHTML, EML and plain text) as articles. What needs
 * no parser is checked first, in this process: the file's SHA-256 (an unchanged file is not parsed
 * again), an empty file, an extension that does not match the content, a PDF without its end
 * marker. Parsing runs in the {@link DocumentParser}; its XHTML becomes paragraphs and pages, and
 * title, date and language are derived from it (see docs/documents.md).
 */
public final class DocumentFormat implements Closeable {
  /**
   * Version of how documents are read, part of every document's hash: a change re-reads them all.
   */
  static final String VERSION = "D1";

  /** Each extension, and what its content must be (Tika's magic-byte detection, no parsing). */
  private static final Map<String, Set<String>> CONTENT =
      Map.ofEntries(
          Map.entry("pdf", Set.of("application/pdf")),
          Map.entry("docx", Set.of("application/zip")),
          Map.entry("odt", Set.of("application/zip")),
          Map.entry("doc", Set.of("application/x-tika-msoffice")),
          Map.entry("rtf", Set.of("application/rtf")),
          Map.entry("html", Set.of("text/plain", "application/xml")),
          Map.entry("htm", Set.of("text/plain", "application/xml")),
          Map.entry("xhtml", Set.of("text/plain", "application/xml")),
          Map.entry("eml", Set.of("text/plain", "message/rfc822")),
          Map.entry("txt", Set.of("text/plain")));

  private static final int HEAD_BYTES = 64 << 10;

  private final DocumentParser parser;
  private final Languages languages;

  /**
   * Reasons of files the parser refused, by content hash, for this process's lifetime: a server
   * watching its corpus does not parse the same encrypted or corrupt file on every update. Time
   * limits and crashes are not remembered (they may pass on a quieter machine).
   */
  private final Map<String, String> refused = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_REFUSED = 10_000;

  /** Reads documents with {@code parser}. */
  public DocumentFormat(DocumentParser parser, Languages languages) {
    this.parser = parser;
    this.languages = languages;
  }

  /** How many documents are parsed at once. */
  int parallelism() {
    return parser.parallelism();
  }

  /** Whether a file name has one of the document extensions (plain text is decided by content). */
  static boolean hasDocumentExtension(String name) {
    String extension = extension(name);
    return CONTENT.containsKey(extension) && !extension.equals("txt");
  }

  /** The extensions read as documents, for messages and docs. */
  public static Set<String> extensions() {
    return CONTENT.keySet();
  }

  /**
   * A file as far as it can be known without parsing it.
   *
   * @param file where the article says it came from: its id, source and path
   * @param content the file to read, the same as {@code file} but for uploads being checked
   */
  record Candidate(
      Path file,
      Path content,
      String id,
      String relative,
      String source,
      String fileHash,
      long bytes,
      String hash) {}

  /**
   * Checks {@code file} (found under {@code root}) and computes its id and hashes, reading it once.
   */
  Candidate inspect(Path root, Path file) throws BadInputException, IOException {
    return inspect(root, file, file);
  }

  /**
   * Reads {@code content} as if it were {@code file} under {@code root}: an upload is checked and
   * parsed before it replaces the file of that name.
   */
  public Article readAs(Path root, Path file, Path content) throws BadInputException, IOException {
    return read(inspect(root, file, content));
  }

  private Candidate inspect(Path root, Path file, Path content)
      throws BadInputException, IOException {
    String relative = FileChecks.relativePath(root, file);
    String id = FileChecks.id(relative);
    Path parent = file.toAbsolutePath().getParent();
    String source = Ids.source(parent == null ? "corpus" : parent.getFileName().toString());
    long bytes = Files.size(content);
    if (bytes == 0) {
      throw new BadInputException("empty file");
    }
    String extension = extension(file.getFileName().toString());
    byte[] head = new byte[(int) Math.min(bytes, HEAD_BYTES)];
    String fileHash = FileChecks.digest(content, head);
    if (extension.equals("txt") && FileChecks.containsNul(head)) {
      throw new BadInputException("binary file (contains NUL bytes)");
    }
    FileChecks.checkContent(extension, head, CONTENT.get(extension));
    if (extension.equals("pdf") && !FileChecks.endsWithEofMarker(content, bytes)) {
      throw new BadInputException("truncated: the PDF has no end-of-file marker (%%EOF)");
    }
    if (extension.equals("docx") || extension.equals("odt")) {
      ZipBombs.check(content);
    }
    String hash =
        Hashes.of("document", VERSION, languages.fingerprint(), fileHash, id, relative, source);
    return new Candidate(file, content, id, relative, source, fileHash, bytes, hash);
  }

  /** Parses a candidate into an article. */
  Article read(Candidate candidate) throws BadInputException, IOException {
    String before = refused.get(candidate.hash());
    if (before != null) {
      throw new BadInputException(before);
    }
    try {
      return parse(candidate);
    } catch (BadInputException e) {
      boolean lasting =
          !e.getMessage().startsWith("parsing ")
              && !e.getMessage().startsWith("the parser")
              && !e.getMessage().startsWith("interrupted");
      if (lasting && refused.size() < MAX_REFUSED) {
        refused.put(candidate.hash(), e.getMessage());
      }
      throw e;
    }
  }

  private Article parse(Candidate candidate) throws BadInputException, IOException {
    ParsedFile parsed = parser.parse(candidate.content());
    XhtmlText body = XhtmlText.of(parsed.xhtml());
    String format = mediaType(parsed.metadata());
    if (body.text().isBlank()) {
      throw new BadInputException(
          format.equals("application/pdf") ? "no text layer — OCR is not supported" : "no text");
    }
    DocumentTitles.Titled title =
        DocumentTitles.of(parsed.metadata(), body, candidate.file().getFileName().toString());
    DocumentDates.Dated date =
        DocumentDates.fromMetadata(parsed.metadata())
            .or(() -> DocumentDates.fromText(body.text()))
            .orElse(DocumentDates.fromFile(candidate.content()));
    DocumentFacts facts =
        new DocumentFacts(
            candidate.relative(),
            format,
            candidate.bytes(),
            candidate.fileHash(),
            title.source(),
            date.source(),
            date.detail(),
            languages.detect(body.text()),
            body.pageStarts(),
            "true".equals(parsed.metadata().get("X-TIKA:WRITE_LIMIT_REACHED")));
    return new Article(
        candidate.id(),
        date.date(),
        title.title(),
        body.text(),
        candidate.source(),
        null,
        candidate.file().toString(),
        candidate.hash(),
        null,
        facts);
  }

  private static String mediaType(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    return type == null
        ? "application/octet-stream"
        : MediaType.parse(type).getBaseType().toString();
  }

  /** SHA-256 of a file (128 bits, hex), as {@link DocumentFacts#fileHash()} records it. */
  public static String fileHash(Path file) throws IOException {
    return FileChecks.digest(file, new byte[0]);
  }

  /** Whether {@code name}'s extension is one of the document formats. */
  public static boolean isDocumentName(String name) {
    return CONTENT.containsKey(extension(name));
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    parser.close();
  }
}
