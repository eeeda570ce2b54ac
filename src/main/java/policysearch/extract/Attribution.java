package policysearch.extract;

/**
 * How a statement's speaker was found, so a reader can check it: the cue and the words that name
 * the speaker, both as written in the article.
 *
 * @param cue the speech verb ("said", "called for"), or {@value #TRANSCRIPT} for a turn of a
 *     transcript, {@value #QUOTE} for a paragraph quoting one actor, {@value #STATEMENT} for a
 *     first-person statement, {@value #SPEECH} for a speech whose record names its speaker
 * @param mention the subject of the verb ("she", "The President", "Foreign Minister Penny Wong"),
 *     the transcript label ("MS. PSAKI"), the first-person word ("I", "we") or the record's speaker
 */
public record Attribution(String cue, String mention) {
  /** Cue of a transcript turn. */
  public static final String TRANSCRIPT = "transcript";

  /** Cue of the author's own words in a first-person statement. */
  public static final String STATEMENT = "statement";

  /** Cue of a paragraph that quotes one actor: "Sen. Chris Murphy: “…”". */
  public static final String QUOTE = "quote";

  /** Cue of a speech's own words, its speaker named by the record. */
  public static final String SPEECH = "speech";
}
