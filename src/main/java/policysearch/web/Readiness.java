package policysearch.web;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import policysearch.search.ArticleUpdates.CorpusProblem;

/**
 * Whether the server should get traffic: the index is open, has caught up with the corpus once, and
 * updates from the corpus are not failing. Until then {@code /api/ready} answers 503 saying what
 * the server is doing or what fails. A corpus update in progress (from {@code --watch}) does not
 * make it unready: the index stays whole and searchable meanwhile. A failed update (the first or a
 * later one) does, until an update succeeds: the index is still searchable but behind its corpus,
 * and a balancer should prefer a replica that is not; liveness ({@code /api/health}) stays 200, as
 * a restart would not mend the corpus.
 */
public final class Readiness {
  private final AtomicInteger done = new AtomicInteger();
  private volatile String doing;

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

  /**
   * The first update failed and is over: the index is served as it was, and the server is ready
   * once an update from the corpus succeeds (the failure is the updates' {@link CorpusProblem}).
   */
  public void updateFailed() {
    doing = null;
  }

  /** Whether the server should get traffic, {@code corpus} saying whether corpus updates fail. */
  public boolean isReady(Optional<CorpusProblem> corpus) {
    return doing == null && corpus.isEmpty();
  }

  /**
   * What the server is doing until it is ready ("indexing the corpus: 1,200 articles done"), or
   * what keeps it from being ready; null when it is.
   */
  public String detail(Optional<CorpusProblem> corpus) {
    String now = doing;
    if (now != null) {
      return done.get() == 0 ? now : String.format("%s: %,d articles done", now, done.get());
    }
    return corpus
        .map(
            p ->
                "updates from the corpus have failed since "
                    + p.since()
                    + " ("
                    + p.error()
                    + "); serving the index as it was")
        .orElse(null);
  }
}
