package policysearch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before any route sees them (a URL that climbs above the root,
 * an ambiguous encoded segment, a URL or headers too long, a CONNECT) with the same problem
 * document and security headers as the API, instead of Jetty's HTML page. Such a request never
 * reaches a file or a handler.
 */
final class JettyErrors extends ErrorHandler {
  private final ObjectMapper mapper;

  JettyErrors(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    Problem problem =
        Problem.of(
            code,
            "Refused",
            "The server refused this request: "
                + (message == null ? "status " + code : message)
                + ".");
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      body = ("{\"status\":" + code + "}").getBytes(StandardCharsets.UTF_8);
    }
    response.setStatus(code);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** Every error response, with or without a body (Jetty writes none for CONNECT or OPTIONS). */
  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    SecurityHeaders.addTo(response.getHeaders());
    return super.handle(request, response, callback);
  }
}
