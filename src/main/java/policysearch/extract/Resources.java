package policysearch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Reads the editable vocabulary files under {@code src/main/resources}: UTF-8, one entry per line,
 * {@code #} comments and blank lines ignored, columns separated by tabs.
 */
public final class Resources {
  private final StringBuilder fingerprintInput = new StringBuilder();
  private final Map<String, String> edited;

  /** Reads the vocabulary files shipped on the classpath. */
  public Resources() {
    this(Map.of());
  }

  /**
   * Reads the classpath's files, except that a resource named in {@code edited} reads as the text
   * given there: a user's edited copy of that vocabulary.
   */
  public Resources(Map<String, String> edited) {
    this.edited = Map.copyOf(edited);
  }

  /** The rows of a classpath resource, each split on tabs. */
  public List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    for (String line : text(resource).split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        rows.add(line.replace("\r", "").split("\t", -1));
      }
    }
    return rows;
  }

  /** The rows of a tab-separated table whose first row is a header naming its columns. */
  public List<String[]> tableRows(String resource) {
    List<String[]> rows = rows(resource);
    return rows.isEmpty() ? rows : rows.subList(1, rows.size());
  }

  /** The first column of every row of a one-word-a-line list, stripped. */
  public Set<String> wordSet(String resource) {
    Set<String> words = new HashSet<>();
    for (String[] row : rows(resource)) {
      words.add(row[0].strip());
    }
    return Set.copyOf(words);
  }

  /** Digest of everything read so far: changes when a user edits a vocabulary file. */
  public String fingerprint() {
    return policysearch.corpus.Hashes.of(fingerprintInput.toString());
  }

  /**
   * The bytes of a generated binary resource (not edited by hand like the text files); its CRC-32
   * goes into the fingerprint, so that a regenerated file re-extracts.
   */
  public byte[] bytes(String resource) {
    byte[] bytes = shippedBytes(resource);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    fingerprintInput.append(resource).append('\0').append(crc.getValue()).append('\0');
    return bytes;
  }

  private String text(String resource) {
    String text = edited.containsKey(resource) ? edited.get(resource) : shipped(resource);
    fingerprintInput.append(resource).append('\0').append(text).append('\0');
    return text;
  }

  private static String shipped(String resource) {
    return new String(shippedBytes(resource), StandardCharsets.UTF_8);
  }

  private static byte[] shippedBytes(String resource) {
    try (InputStream in = Resources.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  /** Splits a {@code |}-separated list column; missing or empty columns give no values. */
  public static List<String> list(String[] row, int column) {
    if (row.length <= column || row[column].isBlank()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (String value : row[column].split("\\|")) {
      if (!value.isBlank()) {
        values.add(value.strip());
      }
    }
    return values;
  }
}
