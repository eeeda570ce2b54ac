package policysearch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import policysearch.corpus.Article;
import policysearch.corpus.DocumentFormat;
import policysearch.search.DocumentUploads;
import policysearch.search.NotFoundException;
import policysearch.search.OriginalFile;
import policysearch.search.SearchBackend;

/**
 * {@code GET /api/articles/{id}/original} (the file an article was read from, as a download that
 * cannot run in the page's origin) and, with the admin token, {@code POST /api/documents}.
 */
final class DocumentRoutes implements RouteGroup {
  /** A download is inert: no script, no plugin, no same-origin access even if opened inline. */
  static final String SANDBOX = "sandbox";

  private final SearchBackend search;
  private final DocumentUploads uploads;
  private final WriteRoutes writes;

  /** {@code uploads} and {@code writes} may be null: the upload route then does not exist. */
  DocumentRoutes(SearchBackend search, DocumentUploads uploads, WriteRoutes writes) {
    this.search = search;
    this.uploads = uploads;
    this.writes = writes;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/articles/{id}/original", this::original);
    if (uploads != null && writes != null) {
      routes.post("/api/documents", this::upload);
    }
  }

  private void original(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    OriginalFile original = search.original(id);
    if (!Files.isRegularFile(original.path())
        || !DocumentFormat.fileHash(original.path()).equals(original.fileHash())) {
      throw new NotFoundException(
          "The original of '" + id + "' is gone or has changed since it was indexed");
    }
    String name = original.path().getFileName().toString();
    ctx.header("Content-Security-Policy", SANDBOX);
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\""
            + name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_")
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.contentType(original.format());
    ctx.result(Files.newInputStream(original.path()));
  }

  private void upload(Context ctx) throws IOException {
    writes.authorize(ctx);
    String type = String.valueOf(ctx.contentType());
    if (!type.startsWith("multipart/form-data")) {
      throw new UnsupportedMediaException(
          "Send the documents as multipart/form-data, one file part each.");
    }
    long length = ctx.contentLength();
    if (length > WebServer.MAX_BODY_BYTES) {
      throw new TooLargeException();
    }
    List<DocumentUploads.Upload> files = new ArrayList<>();
    for (UploadedFile file : uploadedFiles(ctx)) {
      try (var in = file.content()) {
        files.add(new DocumentUploads.Upload(file.filename(), in.readAllBytes()));
      }
    }
    List<Article> stored = uploads.upload(files);
    ctx.json(
        Map.of(
            "written",
            stored.size(),
            "documents",
            stored.stream()
                .map(
                    a ->
                        Map.of(
                            "id", a.id(),
                            "title", a.title(),
                            "date", a.date().toString(),
                            "pages", a.document().pageStarts().size(),
                            "file", a.document().file()))
                .toList()));
  }

  /** The file parts; a body over the limit while reading them is refused as too large. */
  private static List<UploadedFile> uploadedFiles(Context ctx) {
    try {
      return ctx.uploadedFiles();
    } catch (IllegalStateException e) {
      throw new TooLargeException();
    }
  }

  /** The body is not multipart (415). */
  static final class UnsupportedMediaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedMediaException(String message) {
      super(message);
    }
  }

  /** The body is over {@link WebServer#MAX_BODY_BYTES} (413). */
  static final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLargeException() {
      super(
          "The request is over "
              + (WebServer.MAX_BODY_BYTES >> 20)
              + " MB: put larger documents in the corpus folder instead.");
    }
  }
}
