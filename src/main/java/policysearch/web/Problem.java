package policysearch.web;

/** An RFC 9457 problem document: what went wrong, in words a person understands. */
public record Problem(String type, String title, int status, String detail) {

  /** A problem with the default {@code about:blank} type. */
  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail);
  }
}
