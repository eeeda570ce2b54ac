package policysearch.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Refuses zip-based documents (DOCX, ODT) that say they expand far beyond their size, from the
 * zip's directory alone (nothing is inflated). A parser would inflate such a part until its heap
 * runs out: the forked parser survives that, but only after seconds of work and with a vaguer
 * reason. A zip that lies in its directory still meets the parser's own limits and its heap.
 */
final class ZipBombs {
  /** Word XML compresses about ten to one; a hundred to one is not a document. */
  private static final long MAX_RATIO = 100;

  private static final long MIN_SUSPECT_BYTES = 20L << 20;
  private static final long MAX_TOTAL_BYTES = 2L << 30;

  private ZipBombs() {}

  static void check(Path file) throws BadInputException {
    long total = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        long size = entry.getSize();
        long packed = Math.max(1, entry.getCompressedSize());
        total += Math.max(0, size);
        if (size > MIN_SUSPECT_BYTES && size / packed > MAX_RATIO) {
          throw new BadInputException(
              "zip bomb: "
                  + entry.getName()
                  + " expands from "
                  + packed / 1024
                  + " KB to "
                  + (size >> 20)
                  + " MB");
        }
      }
    } catch (ZipException e) {
      throw new BadInputException("corrupt zip: " + e.getMessage());
    } catch (IOException e) {
      throw new BadInputException("cannot read: " + e.getMessage());
    }
    if (total > MAX_TOTAL_BYTES) {
      throw new BadInputException("zip bomb: expands to " + (total >> 20) + " MB");
    }
  }
}
