package policysearch.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * The checks of a document file that need no parser: its id, content hash, type by magic bytes,
 * ends.
 */
final class FileChecks {
  private static final int PDF_TAIL_BYTES = 1024;
  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

  private FileChecks() {}

  /** {@code file}'s path under {@code root} (a folder, or the file itself), with '/' separators. */
  static String relativePath(Path root, Path file) {
    Path base = Files.isDirectory(root) ? root : file.getParent();
    return base.toAbsolutePath()
        .normalize()
        .relativize(file.toAbsolutePath().normalize())
        .toString()
        .replace(file.getFileSystem().getSeparator(), "/");
  }

  /**
   * The id of the document at {@code relative}, bounded like every id: a path too long for one (or
   * with a control character in a name) is refused before the file is read, never cut, since two
   * cut paths could share an id.
   */
  static String id(String relative) throws BadInputException {
    try {
      return Ids.id(relative.replace('/', '~'));
    } catch (BadInputException e) {
      throw new BadInputException(
          e.getMessage() + ": the id is the path under the corpus folder; shorten it");
    }
  }

  static void checkContent(String extension, byte[] head, Set<String> allowedTypes)
      throws BadInputException {
    MediaType detected;
    try (InputStream in = new ByteArrayInputStream(head)) {
      detected = TYPES.detect(in, new Metadata());
    } catch (IOException e) {
      throw new BadInputException("cannot read: " + e.getMessage());
    }
    MediaTypeRegistry registry = TYPES.getMediaTypeRegistry();
    for (String allowed : allowedTypes) {
      if (registry.isInstanceOf(detected, MediaType.parse(allowed))) {
        return;
      }
    }
    throw new BadInputException(
        "wrong extension: a ." + extension + " file that holds " + detected);
  }

  /** SHA-256 of the whole file (128 bits, hex); {@code head} receives its first bytes. */
  static String digest(Path file, byte[] head) throws IOException {
    java.security.MessageDigest sha;
    try {
      sha = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      long read = 0;
      for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
        if (read < head.length) {
          System.arraycopy(buffer, 0, head, (int) read, (int) Math.min(n, head.length - read));
        }
        read += n;
        sha.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 16);
  }

  /** A complete PDF ends with "%%EOF" within its last kilobyte (ISO 32000, 7.5.5). */
  static boolean endsWithEofMarker(Path file, long bytes) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      int n = (int) Math.min(bytes, PDF_TAIL_BYTES);
      ByteBuffer tail = ByteBuffer.allocate(n);
      channel.position(bytes - n);
      while (tail.hasRemaining() && channel.read(tail) > 0) {
        // reads the whole tail
      }
      return new String(tail.array(), StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
  }

  static boolean containsNul(byte[] head) {
    for (int i = 0; i < Math.min(head.length, 8192); i++) {
      if (head[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
