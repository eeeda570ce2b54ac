package policysearch.extract;

/**
 * A word or a single punctuation character, with its character offsets in the source text.
 *
 * @param text the surface form, with curly apostrophes folded to {@code '}
 */
public record Token(String text, int start, int end) {

  /** True for a word that starts with an upper-case letter. */
  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** True for a word (letters or digits), false for punctuation. */
  public boolean word() {
    return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
  }
}
