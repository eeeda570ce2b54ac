package policysearch.corpus;

import java.time.LocalDate;

/**
 * One article as read from a corpus file, before extraction.
 *
 * @param path the file it came from (incremental indexing removes articles whose file is gone)
 * @param hash digest of every field that extraction and indexing read, to skip unchanged articles
 * @param speaker who delivers the whole text (a speech), as its record says; null when unknown
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
    DocumentSpeaker speaker,
    DocumentFacts document) {

  /** An article that was not read from a document file and whose speaker is unknown. */
  public Article(
      String id,
      LocalDate date,
      String title,
      String text,
      String source,
      String url,
      String path,
      String hash) {
    this(id, date, title, text, source, url, path, hash, null, null);
  }

  /** Builds an article whose speaker is unknown and computes its content hash. */
  public static Article of(
      String id,
      LocalDate date,
      String title,
      String text,
      String source,
      String url,
      String path) {
    return of(id, date, title, text, source, url, path, null);
  }

  /** Builds an article delivered by {@code speaker} (or null) and computes its content hash. */
  public static Article of(
      String id,
      LocalDate date,
      String title,
      String text,
      String source,
      String url,
      String path,
      DocumentSpeaker speaker) {
    return new Article(
        id,
        date,
        title,
        text,
        source,
        url,
        path,
        Hashes.of(
            id,
            date.toString(),
            title,
            text,
            source,
            url,
            speaker == null ? null : speaker.hashInput()),
        speaker,
        null);
  }
}
