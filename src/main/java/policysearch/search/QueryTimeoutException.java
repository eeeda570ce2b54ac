package policysearch.search;

import java.io.Serial;
import java.time.Duration;

/**
 * A query ran past its request's time limit and was stopped; counted apart from other refusals.
 * Thrown from inside Lucene's matching loops, so it carries no stack trace (costly, and nobody
 * reads it: the user gets a 400 saying what happened).
 */
public final class QueryTimeoutException extends InvalidRequestException {
  @Serial private static final long serialVersionUID = 1L;

  /** A query stopped after {@code limit}; any backend throws it so the API answers the same. */
  public QueryTimeoutException(Duration limit) {
    super(
        "The query took longer than "
            + limit.toMillis()
            + " ms and was stopped: use fewer wildcards or more specific words.",
        false);
  }
}
