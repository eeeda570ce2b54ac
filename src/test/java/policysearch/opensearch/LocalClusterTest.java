package policysearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(OneNodeCluster.class)
class LocalClusterTest {
  @Test
  void aStartedNodeAnswersAsOpenSearchOnTheUrlItPrinted(LocalCluster cluster) throws Exception {
    JsonNode root = get(cluster.url() + "/");
    assertEquals("opensearch", root.path("version").path("distribution").asText());
    assertEquals("3.8.0", root.path("version").path("number").asText());
    JsonNode health = get(cluster.url() + "/_cluster/health");
    assertEquals(1, health.path("number_of_nodes").asInt());
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return new ObjectMapper().readTree(response.body());
  }
}
