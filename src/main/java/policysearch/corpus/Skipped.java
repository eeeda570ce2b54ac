package policysearch.corpus;

/**
 * An input that was not indexed, and why.
 *
 * @param line 1-based line in a JSON Lines file, or 0 when the whole file was skipped
 */
public record Skipped(String path, int line, String reason) {

  @Override
  public String toString() {
    return line > 0 ? path + ":" + line + ": " + reason : path + ": " + reason;
  }
}
