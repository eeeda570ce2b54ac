package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input on every route gets a 4xx problem or a bounded answer, never a 500 (which is the one
 * answer that logs a stack trace): the attacks of issue 17 and their kin.
 */
class HostileInputTest extends FixtureServerTest {
  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** 499 one-letter words: within the 1,000-character bound; the analyzer drops them. */
  static final String LETTERS =
      IntStream.range(0, 499)
          .mapToObj(i -> String.valueOf((char) ('b' + i % 24)))
          .collect(Collectors.joining(" "));

  static final String WORDS_3000 = encode(String.join(" ", Collections.nCopies(3000, "nato")));

  static String cursor(String raw) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes());
  }

  static Stream<Arguments> attacks() {
    String letters = encode(LETTERS);
    String longId = "x".repeat(20_000);
    return Stream.of(
        Arguments.of("/api/suggest?q=" + WORDS_3000, 400),
        Arguments.of("/api/suggest?q=" + "x".repeat(30_000), 400),
        Arguments.of("/api/search?q=" + letters, 200),
        Arguments.of("/api/statements?q=" + letters, 200),
        Arguments.of("/api/search.csv?q=" + letters, 200),
        Arguments.of("/api/statements.json?q=" + letters, 200),
        Arguments.of("/api/search?after=" + cursor("s.1065353216.999999999"), 400),
        Arguments.of("/api/search?sort=date&after=" + cursor("d.19000.-5"), 200),
        Arguments.of("/api/search?from=%2B999999999-12-31", 200),
        Arguments.of("/api/search?to=-999999999-01-01", 200),
        Arguments.of("/api/articles/" + longId, 404),
        Arguments.of("/api/articles/" + longId + "/related", 404),
        Arguments.of("/api/statements/" + longId + "/related", 404),
        Arguments.of("/api/actors/" + longId + "/statements", 404),
        Arguments.of("/api/actors/Janet%20Yellen/statements?page=99999", 400),
        Arguments.of("/api/actors/Janet%20Yellen/statements?page=0", 400),
        Arguments.of("/api/statements/inflation~s1/related?from=yesterday", 400),
        Arguments.of("/api/statements/inflation~s1/related?speaker_type=alien", 400),
        Arguments.of("/api/articles/a%00b", 400),
        Arguments.of("/api/search?actor=" + "y".repeat(20_000), 200),
        Arguments.of("/api/search?q=actor:" + encode("\"" + "z ".repeat(400) + "\""), 200));
  }

  @ParameterizedTest
  @MethodSource("attacks")
  void badInputGetsAProblemOrABoundedAnswerNeverA500(String pathAndQuery, int status)
      throws IOException, InterruptedException {
    var response = get(pathAndQuery);
    String shown = pathAndQuery.substring(0, Math.min(120, pathAndQuery.length()));
    assertEquals(status, response.statusCode(), shown + " -> " + response.body());
    if (status >= 400) {
      assertEquals(
          "application/problem+json",
          response.headers().firstValue("Content-Type").orElse(""),
          shown);
      assertTrue(response.body().contains("\"detail\""), response.body());
    }
  }
}
