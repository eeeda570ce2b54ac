package policysearch.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import policysearch.corpus.Article;
import policysearch.corpus.BadInputException;
import policysearch.corpus.DocumentFormat;
import policysearch.corpus.SeedFormat;

/**
 * Documents uploaded through the API: each is checked and parsed as the file it will become, then
 * all are moved into the uploads folder and indexed together, committed before the call returns.
 * The uploads folder lies inside the corpus (by default {@code <corpus>/uploads}), so an upload is
 * an ordinary corpus file from then on: a restart, a re-index and {@code /original} all find it,
 * and deleting the file removes the article at the next corpus update.
 */
public final class DocumentUploads {
  private final Path root;
  private final Path folder;
  private final DocumentFormat format;
  private final ArticleUpdates updates;

  /** One upload of one file. */
  public record Upload(String name, byte[] bytes) {}

  /** An upload's extension is not one of the document formats. */
  public static final class UnsupportedDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedDocumentException(String message) {
      super(message);
    }
  }

  /**
   * Keeps uploads in {@code folder}; their ids and relative paths are taken from {@code root}, the
   * corpus folder that holds it (or the folder's parent when it lies outside the corpus).
   */
  public DocumentUploads(Path root, Path folder, DocumentFormat format, ArticleUpdates updates) {
    this.root = root;
    this.folder = folder;
    this.format = format;
    this.updates = updates;
  }

  /** The folder uploads are kept in. */
  public Path folder() {
    return folder;
  }

  /**
   * Parses, stores and indexes {@code uploads}; all or none: one bad file rejects the request and
   * nothing is stored. Returns the articles as indexed.
   */
  public List<Article> upload(List<Upload> uploads) throws IOException {
    if (uploads.isEmpty()) {
      throw new InvalidRequestException("No files in the request: send them as multipart parts.");
    }
    Files.createDirectories(folder);
    List<Path> staged = new ArrayList<>();
    List<Path> targets = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    try {
      for (Upload upload : uploads) {
        String name = fileName(upload);
        if (!names.add(name)) {
          throw new InvalidRequestException("The file name '" + name + "' is sent twice.");
        }
        Path target = folder.resolve(name);
        Path temp = Files.createTempFile(folder, ".upload-", ".part");
        staged.add(temp);
        Files.write(temp, upload.bytes());
        try {
          articles.add(format.readAs(root, target, temp));
          targets.add(target);
        } catch (BadInputException e) {
          problems.add(name + ": " + e.getMessage());
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidRequestException(
            "Not accepted, nothing was stored: " + String.join("; ", problems));
      }
      for (int i = 0; i < targets.size(); i++) {
        Files.move(staged.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING);
      }
      updates.put(articles);
      return articles;
    } finally {
      for (Path temp : staged) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** The upload's base name, with only letters, digits, dots, dashes and underscores kept. */
  private static String fileName(Upload upload) {
    String given = upload.name() == null ? "" : upload.name();
    String base = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
    String name = base.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+", "");
    if (name.length() > 120) {
      name = name.substring(name.length() - 120);
    }
    if (!DocumentFormat.isDocumentName(name)) {
      throw new UnsupportedDocumentException(
          "'"
              + given
              + "' is not a document this service reads: expected "
              + String.join(
                  ", ", DocumentFormat.extensions().stream().sorted().map(e -> "." + e).toList())
              + ".");
    }
    if (upload.bytes().length == 0) {
      throw new InvalidRequestException("'" + given + "' is empty.");
    }
    if (name.toLowerCase(Locale.ROOT).endsWith(".txt")
        && SeedFormat.isSeed(
            java.util.Arrays.copyOf(upload.bytes(), Math.min(256, upload.bytes().length)))) {
      throw new UnsupportedDocumentException(
          "'" + given + "' is in the seed format: send articles to POST /api/articles instead.");
    }
    return name;
  }
}
