package policysearch.search;

/** A search request that cannot be answered as asked; the message tells the user what to fix. */
public class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message a person understands. */
  public InvalidRequestException(String message) {
    this(message, true);
  }

  /**
   * Like {@link #InvalidRequestException(String)}; without a stack trace if {@code trace} is off.
   */
  InvalidRequestException(String message, boolean trace) {
    super(message, null, trace, trace);
  }
}
