package policysearch.search;

/** Another article where the same statement appears (a wire repeat, a readout, a fact sheet). */
public record Occurrence(String articleId, String date) {}
