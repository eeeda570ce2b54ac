package policysearch.web;

import java.io.Serial;

/** The server could not listen on its port: another process holds it, or it needs privileges. */
public final class CannotListenException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  CannotListenException(String host, int port, boolean inUse) {
    super(
        "port "
            + port
            + " on "
            + host
            + (inUse ? " is already in use by another process" : " needs elevated privileges"));
  }
}
