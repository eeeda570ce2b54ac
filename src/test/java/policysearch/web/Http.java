package policysearch.web;

/** Small HTTP helpers shared by the web tests. */
final class Http {
  private Http() {}

  /** A response read off the wire: status, raw header block, body. */
  record Response(int status, String headers, String body) {}
}
