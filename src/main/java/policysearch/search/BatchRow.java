package policysearch.search;

/**
 * One line of a batch search: how many articles and statements its query finds under the batch's
 * filters, or (counts null) why the line could not be counted.
 */
public record BatchRow(String query, Long articles, Long statements, String error) {
  static BatchRow counted(String query, long articles, long statements) {
    return new BatchRow(query, articles, statements, null);
  }

  static BatchRow failed(String query, String error) {
    return new BatchRow(query, null, null, error);
  }
}
