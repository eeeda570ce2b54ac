package policysearch.corpus;

import java.util.List;

/**
 * What is known of an article that was read from a document file (PDF, Word, HTML, e-mail, text),
 * beside its text: kept apart from {@link Article}'s own fields so that seed and JSON Lines
 * articles simply have none.
 *
 * @param file the original's path relative to the corpus folder it was read from
 * @param format the media type Tika found ("application/pdf")
 * @param bytes the original's size
 * @param fileHash SHA-256 of the original (128 bits, hex): decides whether it is parsed again
 * @param titleSource "metadata", "heading" or "first line"
 * @param dateSource "metadata", "text" or "file" (its modification time)
 * @param dateDetail what gave the date: the metadata key, the words in the text, or "modified …"
 * @param language the text's language code, "und" when it could not be told
 * @param pageStarts offset in the text where page n+1 begins; empty for formats without pages
 * @param truncated the text was cut at the parser's character limit
 */
public record DocumentFacts(
    String file,
    String format,
    long bytes,
    String fileHash,
    String titleSource,
    String dateSource,
    String dateDetail,
    String language,
    List<Integer> pageStarts,
    boolean truncated) {

  /** The date came from the document's metadata. */
  public static final String FROM_METADATA = "metadata";

  /** The date is the first full date written in the text. */
  public static final String FROM_TEXT = "text";

  /** The date is the file's modification day. */
  public static final String FROM_FILE = "file";

  /** Copies the page offsets. */
  public DocumentFacts {
    pageStarts = List.copyOf(pageStarts);
  }

  /** Whether the format has pages (PDF). */
  public boolean paged() {
    return !pageStarts.isEmpty();
  }

  /** The 1-based page holding {@code offset} of the text, or null for formats without pages. */
  public Integer pageOf(int offset) {
    return paged() ? XhtmlText.pageOf(pageStarts, offset) : null;
  }

  /**
   * Whether actors, topics and statements may be extracted: the text is English or too short to
   * tell; the vocabularies are English and would find nonsense in other languages.
   */
  public boolean extractable() {
    return language.equals("en") || language.equals(Languages.UNDETERMINED);
  }
}
