package policysearch.extract;

import java.util.Arrays;

/**
 * Where a text's paragraphs (separated by a blank line) start and end, found once: asking a
 * 25,000-character one-paragraph speech for its paragraph at every sentence would scan it whole
 * each time.
 */
final class Paragraphs {
  private final int length;
  private final int[] breaks;

  Paragraphs(String text) {
    this.length = text.length();
    int[] found = new int[16];
    int n = 0;
    for (int at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", at + 2)) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = at;
    }
    this.breaks = Arrays.copyOf(found, n);
  }

  /** Where the paragraph holding {@code offset} starts. */
  int start(int offset) {
    int i = breakBefore(offset);
    return i < 0 ? 0 : breaks[i] + 2;
  }

  /** Where the paragraph holding {@code offset} ends (exclusive). */
  int end(int offset) {
    int i = breakBefore(offset) + 1;
    return i < breaks.length ? breaks[i] : length;
  }

  /** Where the paragraph before the one holding {@code offset} starts (0 for the first). */
  int previousStart(int offset) {
    int i = breakBefore(offset);
    return i <= 0 ? 0 : breaks[i - 1] + 2;
  }

  /** True when a paragraph break lies between {@code from} and {@code to}. */
  boolean breakBetween(int from, int to) {
    int i = breakBefore(to);
    return i >= 0 && breaks[i] >= from;
  }

  /** Index of the last break at or before {@code offset}, or -1. */
  private int breakBefore(int offset) {
    int i = Arrays.binarySearch(breaks, offset);
    return i >= 0 ? i : -i - 2;
  }
}
