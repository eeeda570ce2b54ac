package policysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import policysearch.extract.ActorType;
import policysearch.extract.Taxonomy;
import policysearch.extract.Topic;
import policysearch.index.Analyzers;

/**
 * Search-box suggestions from Lucene's {@code AnalyzingInfixSuggester}: actor names with type and
 * article count, topic labels with counts, article titles (newest first). The suggester lives in
 * memory and is rebuilt in the background after the index changes, while the previous one goes on
 * answering: typing never waits for a rebuild. Under a stream of writes, rebuilds are spaced (at
 * least twice the last build's time apart), so they take at most a third of one core.
 */
public final class Suggestions implements Closeable, ReferenceManager.RefreshListener {
  /** Longest text looked up: a search box's words, not a pasted document. */
  public static final int MAX_CHARS = 200;

  private static final Logger LOG = LoggerFactory.getLogger(Suggestions.class);
  private static final int ACTORS = 6;
  private static final int TOPICS = 3;
  private static final int TITLES = 5;
  private static final int MIN_CHARS = 2;
  private static final long MIN_GAP_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Searchers searchers;
  private final Duration limit;
  private final Taxonomy taxonomy;
  private final SegmentTitles titles = new SegmentTitles();
  private final ScheduledThreadPoolExecutor builder =
      new ScheduledThreadPoolExecutor(
          1, r -> Thread.ofPlatform().daemon().name("suggestions").unstarted(r));
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final CountDownLatch firstBuild = new CountDownLatch(1);
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private AnalyzingInfixSuggester suggester;
  private volatile long nextBuild = System.nanoTime();
  private final AtomicLong rebuilds = new AtomicLong();
  private final AtomicLong rebuildNanos = new AtomicLong();

  /** Set once suggestions are asked for: a one-off search or a benchmark never builds any. */
  private volatile boolean wanted;

  /**
   * Suggestions whose lookups run within {@code limit}; nothing is built until {@link #prepare}.
   */
  Suggestions(Searchers searchers, Taxonomy taxonomy) {
    this.searchers = searchers;
    this.limit = searchers.limit();
    this.taxonomy = taxonomy;
    builder.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    searchers.addListener(this);
  }

  /** Starts building the first suggester in the background (a server does so when it starts). */
  public void prepare() {
    if (!wanted) {
      wanted = true;
      rebuildSoon();
    }
  }

  /**
   * What to suggest for, whichever backend suggests: {@code text} stripped, or null when it is too
   * short to suggest anything; over {@link #MAX_CHARS} characters it is a bad request.
   */
  public static String key(String text) {
    String key = text == null ? "" : text.strip();
    if (key.length() > MAX_CHARS) {
      throw new InvalidRequestException(
          "suggestions are for at most " + MAX_CHARS + " characters, not " + key.length());
    }
    return key.length() < MIN_CHARS ? null : key;
  }

  /** Up to six actors, three topics and five titles matching {@code text} anywhere. */
  public List<Suggestion> suggest(String text) throws IOException {
    List<Suggestion> result = new ArrayList<>();
    String key = key(text);
    if (key == null) {
      return result;
    }
    prepare();
    awaitFirstBuild();
    lock.readLock().lock();
    try {
      if (suggester == null || suggester.getCount() == 0) {
        return result;
      }
      lookup(key, SuggestionEntries.ACTOR, ACTORS, result);
      lookup(key, SuggestionEntries.TOPIC, TOPICS, result);
      lookup(key, SuggestionEntries.TITLE, TITLES, result);
      return result;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Only before the first suggester exists is there nothing to answer from; wait a little. */
  private void awaitFirstBuild() {
    try {
      firstBuild.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void lookup(String key, String kind, int num, List<Suggestion> into) throws IOException {
    Set<BytesRef> context = Set.of(new BytesRef(kind));
    for (Lookup.LookupResult hit : suggester.lookup(key, context, num, true, false)) {
      into.add(SuggestionEntries.decode(hit.key.toString(), hit.payload, hit.value));
    }
  }

  @Override
  public void beforeRefresh() {}

  @Override
  public void afterRefresh(boolean didRefresh) {
    if (didRefresh && wanted) {
      rebuildSoon();
    }
  }

  /**
   * Schedules one rebuild unless one is waiting already; a refresh during a build schedules the
   * next, as the flag is cleared when a build starts.
   */
  private void rebuildSoon() {
    if (scheduled.compareAndSet(false, true)) {
      long wait = Math.max(0, nextBuild - System.nanoTime());
      builder.schedule(this::rebuild, wait, TimeUnit.NANOSECONDS);
    }
  }

  private void rebuild() {
    scheduled.set(false);
    long start = System.nanoTime();
    try {
      AnalyzingInfixSuggester fresh = build();
      rebuildNanos.addAndGet(System.nanoTime() - start);
      rebuilds.incrementAndGet();
      AnalyzingInfixSuggester old;
      lock.writeLock().lock();
      try {
        old = suggester;
        suggester = fresh;
      } finally {
        lock.writeLock().unlock();
      }
      if (old != null) {
        old.close();
      }
    } catch (IOException | RuntimeException | Error e) {
      LOG.warn("suggestions not rebuilt, the previous ones still answer: {}", e.toString());
    } finally {
      long end = System.nanoTime();
      nextBuild = end + Math.max(MIN_GAP_NANOS, 2 * (end - start));
      firstBuild.countDown();
    }
  }

  private AnalyzingInfixSuggester build() throws IOException {
    SuggestionEntries entries = new SuggestionEntries();
    searchers.readUnbounded(searcher -> entries(searcher, entries));
    AnalyzingInfixSuggester fresh = new LimitedSuggester(limit);
    fresh.build(entries.iterator());
    return fresh;
  }

  /** The actors, topics and titles of {@code searcher}'s index, into {@code entries}. */
  private Void entries(FacetSearcher searcher, SuggestionEntries entries) throws IOException {
    if (searcher.facetState() != null) {
      FacetsCollector articles =
          FacetsCollectorManager.search(
                  searcher, Articles.ARTICLES, 0, new FacetsCollectorManager())
              .facetsCollector();
      var counts = new SortedSetDocValuesFacetCounts(searcher.facetState(), articles);
      for (LabelAndValue lv : children(counts.getAllChildren(Facet.ACTOR.key()))) {
        ActorType type = searcher.actorType(lv.label);
        entries.actor(lv.label, type == null ? null : type.toString(), lv.value.longValue());
      }
      for (LabelAndValue lv : children(counts.getAllChildren(Facet.TOPIC.key()))) {
        String label = taxonomy.get(lv.label).map(Topic::label).orElse(lv.label);
        entries.topic(lv.label, label, lv.value.longValue());
      }
    }
    titles.addTo(searcher.getIndexReader(), entries);
    return null;
  }

  /** How often the suggester was rebuilt since start-up. */
  public long rebuildCount() {
    return rebuilds.get();
  }

  /** The time all those rebuilds took, in nanoseconds. */
  public long rebuildNanos() {
    return rebuildNanos.get();
  }

  /** A suggester whose lookups stop at the time limit, like every other query. */
  private static final class LimitedSuggester extends AnalyzingInfixSuggester {
    private final Duration limit;

    LimitedSuggester(Duration limit) throws IOException {
      super(
          new ByteBuffersDirectory(),
          Analyzers.names(),
          Analyzers.names(),
          AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS,
          false,
          true,
          false);
      this.limit = limit;
    }

    @Override
    protected Query finishQuery(BooleanQuery.Builder in, boolean allTermsRequired) {
      return new TimeLimitedQuery(
          super.finishQuery(in, allTermsRequired),
          new Searchers.Deadline(System.nanoTime() + limit.toNanos(), limit));
    }
  }

  private static LabelAndValue[] children(FacetResult result) {
    return result == null ? new LabelAndValue[0] : result.labelValues;
  }

  @Override
  public void close() throws IOException {
    searchers.removeListener(this);
    // A build under way finishes (seconds at most); interrupting it could close index files.
    builder.shutdown();
    try {
      builder.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.writeLock().lock();
    try {
      if (suggester != null) {
        suggester.close();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }
}
