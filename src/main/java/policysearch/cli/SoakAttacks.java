package policysearch.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What {@code soak --abusers} send: the attacks of issues 16 and 17 on the read routes, and bad
 * writes with the admin token. Each must get a 4xx or a bounded answer, never a 5xx.
 */
final class SoakAttacks {
  private SoakAttacks() {}

  /** One hostile request: a path and query, or a body to POST to {@code /api/articles}. */
  record Attack(String name, String path, String contentType, String body) {
    static Attack get(String name, String path) {
      return new Attack(name, path, null, null);
    }

    static Attack post(String name, String contentType, String body) {
      return new Attack(name, "/api/articles", contentType, body);
    }
  }

  private static final List<String> COMMON =
      List.of(
          "the", "of", "and", "to", "in", "a", "that", "is", "for", "we", "it", "on", "with", "as",
          "be", "this", "have", "are", "not", "was", "by", "at", "from", "they");

  /** Forty OR'ed sloppy phrases of common words: 890 characters, slow on every route. */
  static final String SLOPPY_PHRASES =
      IntStream.range(0, 40)
          .mapToObj(i -> "\"" + COMMON.get(i % 24) + " " + COMMON.get((i + 3) % 24) + "\"~20")
          .collect(Collectors.joining(" OR "));

  static final List<Attack> ALL =
      List.of(
          Attack.get("20 KB query", "/api/search?q=" + "x".repeat(20 * 1024)),
          Attack.get(
              "5,000 OR'ed terms",
              "/api/search?q=" + String.join("+OR+", Collections.nCopies(5000, "tariff"))),
          Attack.get("leading wildcard", "/api/search?q=*ation"),
          Attack.get("regular expression", "/api/search?q=%2F.*a.*b.*%2F"),
          Attack.get(
              "60 fuzzy terms",
              "/api/search?q=" + String.join("+", Collections.nCopies(60, "x~2"))),
          Attack.get("6 short prefixes", "/api/search?q=s*+OR+t*+OR+p*+OR+c*+OR+a*+OR+m*"),
          Attack.get("page 10,000,000", "/api/search?q=&sort=date&page=10000000"),
          Attack.get("size 100,000", "/api/search?q=NATO&size=100000"),
          Attack.get("unknown parameters", "/api/search?q=NATO&frobnicate=1&debug=true"),
          Attack.get("invalid UTF-8", "/api/search?q=%FF%FEnato"),
          Attack.get("sloppy phrase", "/api/search?q=" + encode("\"the of and to in a\"~1000")),
          Attack.get("sloppy phrases, search", "/api/search?q=" + encode(SLOPPY_PHRASES)),
          Attack.get("sloppy phrases, statements", "/api/statements?q=" + encode(SLOPPY_PHRASES)),
          Attack.get("sloppy phrase, CSV", "/api/search.csv?q=" + encode("\"the of and to\"~100")),
          Attack.get(
              "sloppy phrases, statements JSON",
              "/api/statements.json?q=" + encode(SLOPPY_PHRASES)),
          Attack.get(
              "export size 1,000 page 99,999", "/api/search.csv?q=NATO&size=1000&page=99999"),
          Attack.get(
              "suggest 3,000 words",
              "/api/suggest?q=" + String.join("+", Collections.nCopies(3000, "nato"))),
          Attack.get("date +999999999", "/api/search?q=&from=%2B999999999-12-31"),
          Attack.get(
              "cursor past the end",
              "/api/search?q=nato&after=" + base64("s.1065353216.999999999")),
          Attack.get("20 KB id, related", "/api/articles/" + "x".repeat(20_000) + "/related"),
          Attack.get("unknown speaker type", "/api/statements/x~s1/related?speaker_type=alien"),
          Attack.post(
              "two objects as JSON",
              "application/json",
              record("t1", "2021-01-01", "x") + " " + record("t2", "2021-01-01", "y")),
          Attack.post(
              "40 KB id", "application/json", record("i".repeat(40_000), "2021-01-01", "x")),
          Attack.post("NUL in id", "application/json", record("a\\u0000b", "2021-01-01", "x")),
          Attack.post(
              "date +999999999, write", "application/json", record("d", "+999999999-12-31", "x")),
          Attack.post(
              "32 KB title",
              "application/json",
              "{\"id\":\"t\",\"date\":\"2021-01-01\",\"title\":\""
                  + "t".repeat(32 * 1024)
                  + "\",\"text\":\"x\"}"),
          Attack.post(
              "batch with one bad line",
              "application/x-ndjson",
              record("b1", "2021-01-01", "x") + "\n" + record("b2", "2021-02-30", "y") + "\n"));

  private static String record(String id, String date, String text) {
    return "{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"text\":\"" + text + "\"}";
  }

  private static String base64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
