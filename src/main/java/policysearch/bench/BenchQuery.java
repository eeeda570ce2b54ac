package policysearch.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import policysearch.search.SearchRequest;

/** One query of the benchmark set: its category ("term_high", "phrase", …) and the request. */
record BenchQuery(String category, SearchRequest request) {

  /** The {@code /api/search} query string for the request. */
  String queryString() {
    StringBuilder url = new StringBuilder("q=").append(encode(request.query()));
    request.actors().forEach(actor -> url.append("&actor=").append(encode(actor)));
    request.topics().forEach(topic -> url.append("&topic=").append(encode(topic)));
    if (request.from() != null) {
      url.append("&from=").append(request.from());
    }
    if (request.to() != null) {
      url.append("&to=").append(request.to());
    }
    url.append("&sort=").append(request.sort().name().toLowerCase(Locale.ROOT));
    url.append("&size=").append(request.size());
    return url.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
