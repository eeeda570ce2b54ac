package policysearch.search;

import java.io.Serial;
import java.time.Duration;

/** A search ran past its time limit and was stopped; counted apart from other refusals. */
public final class QueryTimeoutException extends InvalidRequestException {
  @Serial private static final long serialVersionUID = 1L;

  QueryTimeoutException(Duration limit) {
    super(
        "The query took longer than "
            + limit.toMillis()
            + " ms and was stopped: use fewer wildcards or more specific words.");
  }
}
