package policysearch.search;

/** Something asked for by id does not exist. */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception naming what was not found. */
  public NotFoundException(String message) {
    super(message);
  }
}
