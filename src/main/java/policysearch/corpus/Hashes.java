package policysearch.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 content digests, hex-encoded and shortened to 128 bits. */
public final class Hashes {
  private Hashes() {}

  /** Digest of the given parts; null parts and part boundaries are both encoded. */
  public static String of(String... parts) {
    MessageDigest digest = sha256();
    for (String part : parts) {
      if (part == null) {
        digest.update((byte) 0);
      } else {
        digest.update((byte) 1);
        digest.update(part.getBytes(StandardCharsets.UTF_8));
      }
      digest.update((byte) 0x1f);
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
