package policysearch.corpus;

import java.util.List;

/**
 * Who delivers a whole document, as its record says (a speech's {@code meta.speaker} and {@code
 * meta.country}): the author of its first-person words.
 *
 * @param names the speaker's name as the record gives it ("Mr. SOARES", "Joseph R Biden"); several
 *     for a speech delivered by more than one speaker
 * @param country the country the speaker speaks for, or null
 */
public record DocumentSpeaker(List<String> names, String country) {

  /** The parts that identify the speaker, for the article's content hash. */
  String hashInput() {
    return String.join("\u001f", names) + "\u001e" + (country == null ? "" : country);
  }
}
