package policysearch.corpus;

/** A corpus file or record that cannot be read as an article; the message says why. */
public class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a reason a person understands. */
  public BadInputException(String reason) {
    super(reason);
  }
}
