package policysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import policysearch.extract.ActorType;
import policysearch.extract.Taxonomy;
import policysearch.extract.Topic;
import policysearch.index.Analyzers;
import policysearch.index.Schema;

/**
 * Search-box suggestions from Lucene's {@code AnalyzingInfixSuggester}: actor names with type and
 * article count, topic labels with counts, article titles (newest first). The suggester lives in
 * memory and is rebuilt from the index on the first suggestion after the searcher manager opened a
 * new reader: building reads every title, which must delay neither start-up nor each write.
 */
public final class Suggestions implements Closeable, ReferenceManager.RefreshListener {
  private static final int ACTORS = 6;
  private static final int TOPICS = 3;
  private static final int TITLES = 5;
  private static final int MIN_CHARS = 2;

  private final SearcherManager searchers;
  private final Taxonomy taxonomy;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private AnalyzingInfixSuggester suggester;
  private volatile boolean stale = true;
  private final AtomicLong rebuilds = new AtomicLong();
  private final AtomicLong rebuildNanos = new AtomicLong();

  Suggestions(SearcherManager searchers, Taxonomy taxonomy) {
    this.searchers = searchers;
    this.taxonomy = taxonomy;
    searchers.addListener(this);
  }

  /** Up to six actors, three topics and five titles matching {@code text} anywhere. */
  public List<Suggestion> suggest(String text) throws IOException {
    String key = text == null ? "" : text.strip();
    List<Suggestion> result = new ArrayList<>();
    if (key.length() < MIN_CHARS) {
      return result;
    }
    if (stale) {
      rebuildIfStale();
    }
    lock.readLock().lock();
    try {
      if (suggester.getCount() == 0) {
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
    if (didRefresh) {
      stale = true;
    }
  }

  /** Cleared before building, so a refresh during the build makes the next suggestion rebuild. */
  private synchronized void rebuildIfStale() throws IOException {
    if (!stale) {
      return;
    }
    stale = false;
    long start = System.nanoTime();
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
  }

  private AnalyzingInfixSuggester build() throws IOException {
    SuggestionEntries entries = new SuggestionEntries();
    FacetSearcher searcher = (FacetSearcher) searchers.acquire();
    try {
      if (searcher.facetState() != null) {
        FacetsCollector articles =
            FacetsCollectorManager.search(
                    searcher, SearchService.ARTICLES, 0, new FacetsCollectorManager())
                .facetsCollector();
        var counts = new SortedSetDocValuesFacetCounts(searcher.facetState(), articles);
        for (LabelAndValue lv : children(counts.getAllChildren(Schema.ACTOR))) {
          ActorType type = searcher.actorType(lv.label);
          entries.actor(lv.label, type == null ? null : type.toString(), lv.value.longValue());
        }
        for (LabelAndValue lv : children(counts.getAllChildren(Schema.TOPIC))) {
          String label = taxonomy.get(lv.label).map(Topic::label).orElse(lv.label);
          entries.topic(lv.label, label, lv.value.longValue());
        }
      }
      var stored = searcher.storedFields();
      Set<String> fields = Set.of(Schema.ID, Schema.TITLE, Schema.DATE);
      for (ScoreDoc doc : searcher.search(SearchService.ARTICLES, Integer.MAX_VALUE).scoreDocs) {
        Document article = stored.document(doc.doc, fields);
        if (article.get(Schema.TITLE) != null) {
          long day = article.getField(Schema.DATE).numericValue().longValue();
          entries.title(
              article.get(Schema.ID),
              article.get(Schema.TITLE),
              LocalDate.ofEpochDay(day).toString(),
              day);
        }
      }
    } finally {
      searchers.release(searcher);
    }
    AnalyzingInfixSuggester fresh =
        new AnalyzingInfixSuggester(
            new ByteBuffersDirectory(),
            Analyzers.names(),
            Analyzers.names(),
            AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS,
            false,
            true,
            false);
    fresh.build(entries.iterator());
    return fresh;
  }

  /** How often the suggester was rebuilt since start-up. */
  public long rebuildCount() {
    return rebuilds.get();
  }

  /** The time all those rebuilds took, in nanoseconds. */
  public long rebuildNanos() {
    return rebuildNanos.get();
  }

  private static LabelAndValue[] children(FacetResult result) {
    return result == null ? new LabelAndValue[0] : result.labelValues;
  }

  @Override
  public void close() throws IOException {
    searchers.removeListener(this);
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
