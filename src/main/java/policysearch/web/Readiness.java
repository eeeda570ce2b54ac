package policysearch.web;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether the server should get traffic: the index is open and has caught up with the corpus once.
 * Until then {@code /api/ready} answers 503 saying what the server is doing. A later corpus update
 * (from {@code --watch}) does not make it unready: the index stays whole and searchable meanwhile.
 * A failed first update leaves the index as it was, still searchable: ready, with the reason.
 */
public final class Readiness {
  private final AtomicInteger done = new AtomicInteger();
  private volatile String doing;
  private volatile String problem;

  private Readiness(String doing) {
    this.doing = doing;
  }

  /** Not ready yet: the index is being opened. */
  public static Readiness starting() {
    return new Readiness("opening the index");
  }

  /** Ready from the start: the server serves an index nobody updates from a corpus. */
  public static Readiness ready() {
    return new Readiness(null);
  }

  /** Not ready: reading the corpus into the index; {@link #progress} counts the articles. */
  public void catchingUp() {
    done.set(0);
    doing = "indexing the corpus";
  }

  /** Articles read so far by the update that makes the server ready. */
  public void progress(int articles) {
    done.set(articles);
  }

  /** Ready: the index has caught up with the corpus. */
  public void caughtUp() {
    doing = null;
  }

  /** Ready, but the update failed: the index is served as it was. */
  public void updateFailed(String reason) {
    problem = "the update from the corpus failed, serving the index as it was: " + reason;
    doing = null;
  }

  /** Whether the server should get traffic. */
  public boolean isReady() {
    return doing == null;
  }

  /** What the server is doing until it is ready ("indexing the corpus: 1,200 articles done"). */
  public String detail() {
    String now = doing;
    if (now == null) {
      return problem;
    }
    return done.get() == 0 ? now : String.format("%s: %,d articles done", now, done.get());
  }
}
