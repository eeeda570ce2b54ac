package policysearch.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import policysearch.search.InvalidRequestException;

/**
 * Refuses query strings that are not UTF-8 once percent-decoded: Jetty would silently turn the bad
 * bytes into U+FFFD and search for something the user never typed.
 */
final class Utf8Urls {
  private Utf8Urls() {}

  static void check(Context ctx) {
    String raw = ctx.queryString();
    if (raw == null || raw.indexOf('%') < 0) {
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%'
          && i + 2 < raw.length()
          && HexFormat.isHexDigit(raw.charAt(i + 1))
          && HexFormat.isHexDigit(raw.charAt(i + 2))) {
        bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
    } catch (CharacterCodingException e) {
      throw new InvalidRequestException(
          "The URL's parameters are not valid UTF-8: percent-encode the UTF-8 bytes of each character.");
    }
  }
}
