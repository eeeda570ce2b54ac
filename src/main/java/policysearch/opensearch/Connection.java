package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * A client of one OpenSearch cluster, given as one or more node URLs ({@code
 * http://host:9200,http://host:9201}): requests go round the nodes, and one that stops answering is
 * left out until it answers again.
 */
public final class Connection implements Closeable {
  /**
   * How long a request may wait for its answer. The client's 30 s made a busy two-core machine time
   * out 4 MB bulk requests the cluster then finished anyway, so they were sent twice; a node that
   * is gone is still noticed at once, as connecting fails.
   */
  private static final long RESPONSE_TIMEOUT_SECONDS = 120;

  private final String urls;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchClient client;
  private final ObjectMapper json = new ObjectMapper();

  private Connection(String urls, ApacheHttpClient5Transport transport) {
    this.urls = urls;
    this.transport = transport;
    this.client = new OpenSearchClient(transport);
  }

  /** Connects to the cluster at {@code urls} (comma-separated node addresses). */
  public static Connection open(String urls) {
    return new Connection(
        urls,
        ApacheHttpClient5TransportBuilder.builder(hosts(urls).toArray(HttpHost[]::new))
            .setMapper(new JacksonJsonpMapper())
            .setRequestConfigCallback(
                config -> config.setResponseTimeout(RESPONSE_TIMEOUT_SECONDS, TimeUnit.SECONDS))
            .build());
  }

  /** The typed client. */
  OpenSearchClient client() {
    return client;
  }

  /** Sends a request with an optional JSON body; returns the JSON answer, failing on an error. */
  JsonNode send(String method, String endpoint, JsonNode body) throws IOException {
    Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(endpoint);
    if (body != null) {
      request.json(json.writeValueAsString(body));
    }
    try (Response response = client.generic().execute(request.build())) {
      String text = response.getBody().map(Body::bodyAsString).orElse("{}");
      if (response.getStatus() >= 300) {
        throw new Refused(method + " " + endpoint, response.getStatus(), text);
      }
      return json.readTree(text);
    }
  }

  /** The cluster answered a request with an error status. */
  static final class Refused extends IOException {
    private final int status;
    private final String body;

    Refused(String request, int status, String body) {
      super(request + ": " + status + " " + body);
      this.status = status;
      this.body = body;
    }

    int status() {
      return status;
    }

    /** Whether the cluster cancelled the request's task (its time ran out). */
    boolean cancelled() {
      return body.contains("task_cancelled_exception");
    }

    /** The cluster's reason (its first root cause), or the whole answer. */
    String reason() {
      try {
        JsonNode cause = new ObjectMapper().readTree(body).path("error").path("root_cause").path(0);
        return cause.isMissingNode() ? body : cause.path("reason").asText(body);
      } catch (IOException e) {
        return body;
      }
    }
  }

  /** Whether {@code endpoint} exists (HEAD answers 200, not 404). */
  boolean exists(String endpoint) throws IOException {
    try (Response response =
        client.generic().execute(Requests.builder().method("HEAD").endpoint(endpoint).build())) {
      return response.getStatus() == 200;
    }
  }

  @Override
  public String toString() {
    return urls;
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }

  static List<HttpHost> hosts(String urls) {
    List<HttpHost> hosts = new ArrayList<>();
    for (String url : urls.split(",")) {
      try {
        URI uri = new URI(url.strip());
        if (uri.getHost() == null
            || uri.getPort() < 0
            || !List.of("http", "https").contains(uri.getScheme())) {
          throw new IllegalArgumentException(
              "an OpenSearch URL looks like http://host:port, not '" + url.strip() + "'");
        }
        hosts.add(new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort()));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("not a URL: '" + url.strip() + "'", e);
      }
    }
    return hosts;
  }
}
