package policysearch.opensearch;

import java.io.IOException;
import java.util.List;
import policysearch.search.EntityNames;

/**
 * The names each entity of a cluster's index was written under, for searches: read from the live
 * articles' alias terms ({@link AliasTerms}) and kept for at most the refresh interval, or until a
 * write through this process refreshes the index — the same bound on staleness as the searches' own
 * ({@code refreshLag}). The embedded index reads them once per searcher for the same reason.
 */
final class Entities {
  private static final long MAX_AGE_NANOS = 1_000_000_000L;

  private final Connection connection;
  private final String index;
  private volatile Snapshot snapshot;

  private record Snapshot(EntityNames names, long readAt) {}

  Entities(Connection connection, String index) {
    this.connection = connection;
    this.index = index;
  }

  /** The names as the index holds them now (at most one refresh interval old). */
  EntityNames names() throws IOException {
    Snapshot s = snapshot;
    long now = System.nanoTime();
    if (s == null || now - s.readAt() > MAX_AGE_NANOS) {
      s = new Snapshot(EntityNames.ofAliasTerms(AliasTerms.read(connection, index).keySet()), now);
      snapshot = s;
    }
    return s.names();
  }

  /** {@code values} under their entities' canonical names, without repeats. */
  List<String> canonical(List<String> values) throws IOException {
    return values.isEmpty() ? values : names().canonical(values);
  }

  /** Forgets the names read: the index was written. */
  void invalidate() {
    snapshot = null;
  }
}
