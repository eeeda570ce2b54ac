package policysearch.corpus;

/**
 * The bounds on ids and other exact-match values read from input. Lucene refuses a term over 32,766
 * bytes by failing the whole write, and an id with a control character cannot be typed into a URL
 * to read or delete it: such input is refused with a reason where it is read.
 */
public final class Ids {
  /** Longest id, in characters (at most 4 UTF-8 bytes each: far below Lucene's term limit). */
  public static final int MAX_ID_CHARS = 512;

  /** Longest source name, in characters. */
  public static final int MAX_SOURCE_CHARS = 256;

  private Ids() {}

  /** {@code id}, checked: not blank, at most {@link #MAX_ID_CHARS}, no control characters. */
  static String id(String id) throws BadInputException {
    if (id == null || id.isBlank()) {
      throw new BadInputException("no id");
    }
    return bounded("id", id.strip(), MAX_ID_CHARS);
  }

  /** {@code source}, checked like an id but with {@link #MAX_SOURCE_CHARS}. */
  static String source(String source) throws BadInputException {
    return bounded("source", source.strip(), MAX_SOURCE_CHARS);
  }

  private static String bounded(String what, String value, int max) throws BadInputException {
    if (value.length() > max) {
      throw new BadInputException(
          what + " longer than " + max + " characters (" + value.length() + ")");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new BadInputException(
            what + " contains a control character (U+%04X)".formatted((int) value.charAt(i)));
      }
    }
    return value;
  }
}
