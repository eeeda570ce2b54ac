package policysearch.corpus;

import java.time.LocalDate;

/**
 * One article as read from a corpus file, before extraction.
 *
 * @param path the file it came from (incremental indexing removes articles whose file is gone)
 * @param hash digest of every field that extraction and indexing read, to skip unchanged articles
 * @param document what is known of the document file it was read from; null for seed and JSON Lines
 *     articles
 */
public record Article(
    String id,
    LocalDate date,
    String title,
    String text,
    String source,
    String url,
    String path,
    String hash,
    DocumentFacts document) {

  /** An article that was not read from a document file. */
  public Article(
      String id,
      LocalDate date,
      String title,
      String text,
      String source,
      String url,
      String path,
      String hash) {
    this(id, date, title, text, source, url, path, hash, null);
  }

  /** Builds an article and computes its content hash. */
  public static Article of(
      String id,
      LocalDate date,
      String title,
      String text,
      String source,
      String url,
      String path) {
    return new Article(
        id,
        date,
        title,
        text,
        source,
        url,
        path,
        Hashes.of(id, date.toString(), title, text, source, url));
  }
}
