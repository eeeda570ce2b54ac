package policysearch.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * The security headers of every response, set in one place: as a Jetty customizer, which runs for
 * every request Jetty parsed before any handler (API, files, Jetty's own 404 for {@code OPTIONS
 * *}), and by {@link JettyErrors} for the requests Jetty refuses before that (a URL or headers too
 * long, a CONNECT without a host).
 */
final class SecurityHeaders implements HttpConfiguration.Customizer {
  /** Content-Security-Policy: scripts, styles and requests only from here; no framing. */
  static final String CSP = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'";

  @Override
  public Request customize(Request request, HttpFields.Mutable responseHeaders) {
    addTo(responseHeaders);
    return request;
  }

  static void addTo(HttpFields.Mutable headers) {
    headers.put("Content-Security-Policy", CSP);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
  }
}
