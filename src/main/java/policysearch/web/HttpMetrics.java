package policysearch.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.http.HttpMethods;
import io.micrometer.jetty12.server.TimedHandler;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times every request at Jetty's level (Micrometer's Jetty 12 handler, also the piece that lets a
 * graceful stop wait for requests in flight) and writes its access-log line: method, route, status,
 * milliseconds, bytes. The route is the template Javalin matched ({@code /api/articles/{id}}),
 * never the path or query: metrics keep few series, and the log keeps no one's search words.
 * Requests Jetty refuses before Javalin sees them have the route "refused".
 */
final class HttpMetrics extends TimedHandler {
  /** Request attribute holding the route, set by {@link #recordRoute}. */
  static final String ROUTE = "policysearch.route";

  private static final String BYTES = "policysearch.bytes";
  private static final Logger ACCESS = LoggerFactory.getLogger("access");

  private final boolean accessLog;

  HttpMetrics(MeterRegistry registry, boolean accessLog) {
    super(registry, Tags.empty(), HttpMetrics::tags);
    this.accessLog = accessLog;
  }

  private static Iterable<Tag> tags(Request request) {
    Object status = request.getAttribute(RESPONSE_STATUS_ATTRIBUTE);
    return Tags.of(
        Tag.of("method", method(request)),
        Tag.of("route", route(request)),
        Tag.of("status", status == null ? "UNKNOWN" : status.toString()));
  }

  /** Made-up methods would each make a series of their own. */
  private static String method(Request request) {
    return HttpMethods.isStandard(request.getMethod()) ? request.getMethod() : "UNKNOWN";
  }

  private static String route(Request request) {
    Object route = request.getAttribute(ROUTE);
    return route == null ? "refused" : route.toString();
  }

  @Override
  protected void onResponseWrite(Request request, boolean last, ByteBuffer content) {
    if (content != null && content.hasRemaining()) {
      AtomicLong bytes = (AtomicLong) request.getAttribute(BYTES);
      if (bytes == null) {
        request.setAttribute(BYTES, new AtomicLong(content.remaining()));
      } else {
        bytes.addAndGet(content.remaining());
      }
    }
    super.onResponseWrite(request, last, content);
  }

  @Override
  protected void onComplete(Request request, int status, HttpFields headers, Throwable failure) {
    super.onComplete(request, status, headers, failure);
    if (accessLog) {
      long ms = (System.nanoTime() - request.getBeginNanoTime()) / 1_000_000;
      AtomicLong bytes = (AtomicLong) request.getAttribute(BYTES);
      long sent = bytes == null ? 0 : bytes.get();
      String route = route(request);
      ACCESS
          .atInfo()
          .addKeyValue("method", method(request))
          .addKeyValue("route", route)
          .addKeyValue("status", status)
          .addKeyValue("ms", ms)
          .addKeyValue("bytes", sent)
          .log("{} {} {} {} ms {} bytes", method(request), route, status, ms, sent);
    }
  }

  /** Javalin's request logger: names the route the request matched, for the lines above. */
  static void recordRoute(io.javalin.http.Context ctx, Float ms) {
    var endpoint = ctx.endpoints().lastHttpEndpoint();
    String route;
    if (endpoint != null) {
      route = endpoint.path;
    } else {
      route = ctx.statusCode() == 404 ? "unmatched" : "static";
    }
    ctx.req().setAttribute(ROUTE, route);
  }
}
