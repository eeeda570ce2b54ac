package policysearch.web;

/**
 * How the server is run, besides what it serves.
 *
 * @param readiness what {@code /api/ready} reports
 * @param metricsToken the bearer token {@code /metrics} asks of clients on other hosts; without
 *     one, {@code /metrics} answers only clients on this machine (loopback)
 * @param accessLog whether each request gets an access-log line
 */
public record Operations(Readiness readiness, String metricsToken, boolean accessLog) {

  /** Ready at once, metrics for this machine only, an access log: tests and tools. */
  public static Operations defaults() {
    return new Operations(Readiness.ready(), null, true);
  }

  /** The same without an access log (a benchmark's thousands of requests). */
  public static Operations quiet() {
    return new Operations(Readiness.ready(), null, false);
  }
}
