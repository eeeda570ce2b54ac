package policysearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import policysearch.corpus.Article;
import policysearch.resolve.NameData;
import policysearch.resolve.Resolution;
import policysearch.resolve.Resolver;

/**
 * Corpus-level entity resolution kept in step with the index it describes. The resolution is
 * derived from the index's own names ({@link Schema#ACTOR_ALIAS}) plus the aliases file; writes
 * index actors under the current resolution's canonical names; after a batch of writes {@link
 * #sync} re-resolves and rewrites the articles whose canonical names changed (a new article brought
 * a variant that joins two names, or makes another spelling the common one, or the aliases file
 * changed). One read-write gate orders writes and syncs: a sync sees every finished write and no
 * write uses a resolution older than the last sync.
 */
public final class EntityResolution {
  /** Re-indexes one article read back from the index, keeping its content hash. */
  @FunctionalInterface
  interface Rewrite {
    void write(Article article, String hash) throws IOException;
  }

  /**
   * What a sync did: names resolved, names merged into another, entities with several names,
   * articles rewritten, wall time and the process's CPU time meanwhile (on a shared machine the CPU
   * time says more).
   */
  public record Report(
      int names, int merged, int entities, int rewritten, long millis, long cpuMillis) {}

  private static final Set<String> ARTICLE_FIELDS = Set.copyOf(Schema.ARTICLE_REWRITE_FIELDS);

  private final Resolver resolver;
  private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
  private volatile Resolution current;
  private volatile boolean loaded;
  private volatile boolean dirty;

  /** Resolution with {@code data}: the aliases file and the gazetteer. */
  public EntityResolution(NameData data) {
    this.resolver = new Resolver(data);
    this.current = Resolution.empty(data);
  }

  /** The resolution writes use now. */
  public Resolution current() {
    return current;
  }

  /** Held while writing an article, so that no sync runs in between reading and writing names. */
  Lock writes() {
    return gate.readLock();
  }

  /** Notes that articles were written or deleted since the last resolution. */
  void written() {
    dirty = true;
  }

  /** Resolves the index's names once, before the first write of this process (no rewrites). */
  void load(IndexWriter writer) throws IOException {
    if (loaded) {
      return;
    }
    Lock lock = gate.writeLock();
    lock.lock();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      if (!loaded) {
        IndexedNames names = new IndexedNames(reader);
        current = resolver.resolve(names.names(), names.cooccurrence());
        loaded = true;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Re-resolves the names of everything {@code writer} holds (committed or not) and rewrites, with
   * {@code rewrite}, every article indexed under canonical names the new resolution does not give.
   */
  Report sync(IndexWriter writer, Rewrite rewrite) throws IOException {
    long start = System.nanoTime();
    long cpu = processCpuNanos();
    Lock lock = gate.writeLock();
    lock.lock();
    try {
      Map<String, Article> stale = new LinkedHashMap<>();
      Map<String, String> hashes = new LinkedHashMap<>();
      Resolution resolution;
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexedNames names = new IndexedNames(reader);
        // Nothing written since the names were last resolved: the resolution stands, but the
        // index may still be behind it (an edited aliases file, an interrupted run).
        resolution =
            loaded && !dirty ? current : resolver.resolve(names.names(), names.cooccurrence());
        for (int[] doc : staleDocs(reader, names, resolution)) {
          read(reader, doc, stale, hashes);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      current = resolution;
      loaded = true;
      StaleArticles.rewrite(stale, hashes, rewrite);
      dirty = false; // rewrites keep every name: the resolution still holds
      return new Report(
          resolution.names(),
          resolution.merged(),
          resolution.entitiesWithAliases(),
          stale.size(),
          (System.nanoTime() - start) / 1_000_000,
          (processCpuNanos() - cpu) / 1_000_000);
    } finally {
      lock.unlock();
    }
  }

  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  /** Documents indexed under a canonical name that {@code resolution} does not give. */
  private static List<int[]> staleDocs(
      DirectoryReader reader, IndexedNames names, Resolution resolution) throws IOException {
    List<int[]> stale = new ArrayList<>();
    for (IndexedNames.Pair pair : names.pairs()) {
      String name = pair.raw().name();
      if (!resolution.dependsOnDate(name, pair.raw().type())) {
        if (!resolution.canonical(name, pair.raw().type(), null).equals(pair.canonical())) {
          stale.addAll(pair.docs());
        }
        continue;
      }
      for (int[] doc : pair.docs()) {
        LocalDate date = date(reader, doc);
        if (!resolution.canonical(name, pair.raw().type(), date).equals(pair.canonical())) {
          stale.add(doc);
        }
      }
    }
    return stale;
  }

  private static LocalDate date(DirectoryReader reader, int[] doc) throws IOException {
    var values = reader.leaves().get(doc[0]).reader().getNumericDocValues(Schema.DATE);
    return values != null && values.advanceExact(doc[1])
        ? LocalDate.ofEpochDay(values.longValue())
        : null;
  }

  private static void read(
      DirectoryReader reader, int[] doc, Map<String, Article> into, Map<String, String> hashes)
      throws IOException {
    StoredFields stored = reader.leaves().get(doc[0]).reader().storedFields();
    Document fields = stored.document(doc[1], ARTICLE_FIELDS);
    String id = fields.get(Schema.ID);
    if (into.containsKey(id)) {
      return;
    }
    into.put(
        id,
        Article.of(
            id,
            LocalDate.parse(Schema.date(fields)),
            fields.get(Schema.TITLE),
            fields.get(Schema.BODY),
            fields.get(Schema.SOURCE),
            fields.get(Schema.URL),
            fields.get(Schema.PATH)));
    hashes.put(id, fields.get(Schema.HASH));
  }
}
