package policysearch.extract;

/**
 * Who speaks the first-person words of a part of an article: the author of a first-person
 * statement, the speaker of a speech, or the speaker of a transcript turn.
 *
 * @param name the speaker's canonical name
 * @param cue how the speaker was found ({@link Attribution#STATEMENT}, {@link Attribution#SPEECH}
 *     or {@link Attribution#TRANSCRIPT})
 * @param mention the words that name the speaker: the title's, the record's or the turn label
 * @param country the country a speech's speaker speaks for ("Ukraine welcomes …" in Ukraine's
 *     speech is the speaker's own word), or null
 */
record Voice(String name, String cue, String mention, String country) {
  Voice(String name, String cue, String mention) {
    this(name, cue, mention, null);
  }
}
