package policysearch.corpus;

import java.io.ByteArrayOutputStream;

/**
 * The bytes of one line while it is read, kept up to a bound: beyond it the line is only counted,
 * so an endless line costs reading time but no memory.
 */
final class BoundedLine {
  private static final int INITIAL = 1 << 14;

  private final int max;
  private ByteArrayOutputStream bytes = new ByteArrayOutputStream(INITIAL);
  private long length;

  BoundedLine(int max) {
    this.max = max;
  }

  void append(byte[] buffer, int from, int count) {
    length += count;
    if (length <= max) {
      bytes.write(buffer, from, count);
    } else if (bytes.size() > 0) {
      bytes = new ByteArrayOutputStream(INITIAL);
    }
  }

  /** Bytes read since the last reset, kept or not. */
  long length() {
    return length;
  }

  /** The line, when it is within the bound. */
  byte[] bytes() {
    return bytes.toByteArray();
  }

  void reset() {
    // A long line's buffer is let go rather than kept for the (short) lines after it.
    bytes = bytes.size() > INITIAL ? new ByteArrayOutputStream(INITIAL) : bytes;
    bytes.reset();
    length = 0;
  }
}
