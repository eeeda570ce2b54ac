package policysearch.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * Sends article groups to OpenSearch in bulk requests of about {@code batchBytes}, from whichever
 * thread fills a batch (so the extraction threads feel the cluster's pace). A group whose
 * operations were refused for a reason that passes (429, 5xx, a node that went away) is sent again,
 * whole, after a back-off; every operation is an index or delete by id, so sending twice never
 * duplicates. A group refused for good (a document the mapping rejects) is counted as failed, and
 * its documents are deleted so that the next run does it again.
 */
final class BulkIngest {
  /** Bulk request size: a few MB is where OpenSearch's own guidance puts the best throughput. */
  static final int BATCH_BYTES = 4 * 1024 * 1024;

  private final OpenSearchClient client;
  private final String index;
  private final Backoff backoff;
  private final int batchBytes;
  private final List<ArticleGroup> pending = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private final AtomicInteger retries = new AtomicInteger();
  private long pendingBytes;

  BulkIngest(OpenSearchClient client, String index, Backoff backoff, int batchBytes) {
    this.client = client;
    this.index = index;
    this.backoff = backoff;
    this.batchBytes = batchBytes;
  }

  /** Queues a group; sends the batch from this thread if it is full. */
  void add(ArticleGroup group) throws IOException {
    List<ArticleGroup> batch = null;
    synchronized (this) {
      pending.add(group);
      pendingBytes += group.approximateBytes();
      if (pendingBytes >= batchBytes) {
        batch = takePending();
      }
    }
    if (batch != null) {
      send(batch);
    }
  }

  /** Sends what is queued. */
  void flush() throws IOException {
    List<ArticleGroup> batch;
    synchronized (this) {
      batch = takePending();
    }
    if (!batch.isEmpty()) {
      send(batch);
    }
  }

  /** Articles that could not be written, with the reason. */
  synchronized List<String> failures() {
    return List.copyOf(failures);
  }

  /** How many times a request or a group was sent again. */
  int retries() {
    return retries.get();
  }

  private List<ArticleGroup> takePending() {
    List<ArticleGroup> batch = new ArrayList<>(pending);
    pending.clear();
    pendingBytes = 0;
    return batch;
  }

  private void send(List<ArticleGroup> groups) throws IOException {
    Attempt attempt = new Attempt(groups, "");
    for (int tries = 1; !attempt.again().isEmpty(); tries++) {
      if (tries > 1) {
        retries.incrementAndGet();
        backoff.pause(
            tries - 1, "a bulk request of " + attempt.again().size() + " articles", attempt.why());
      }
      attempt = sendOnce(attempt.again());
    }
  }

  /** What is left to send again after one try, and why. */
  private record Attempt(List<ArticleGroup> again, String why) {}

  /** Sends the groups once. */
  private Attempt sendOnce(List<ArticleGroup> groups) throws IOException {
    List<BulkOperation> operations = new ArrayList<>();
    List<ArticleGroup> owners = new ArrayList<>();
    for (ArticleGroup group : groups) {
      for (BulkOperation operation : operations(group)) {
        operations.add(operation);
        owners.add(group);
      }
    }
    BulkResponse response;
    try {
      response = client.bulk(b -> b.index(index).operations(operations));
    } catch (IOException | RuntimeException e) {
      if (!Backoff.isTransient(e)) {
        throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
      }
      return new Attempt(groups, String.valueOf(e));
    }
    Set<ArticleGroup> again = new LinkedHashSet<>();
    Set<ArticleGroup> failed = new LinkedHashSet<>();
    String why = "";
    List<BulkResponseItem> items = response.items();
    for (int i = 0; i < items.size(); i++) {
      BulkResponseItem item = items.get(i);
      if (item.error() == null) {
        continue;
      }
      if (Backoff.isTransient(item.status())) {
        again.add(owners.get(i));
        why = item.status() + " " + item.error().type() + ": " + item.error().reason();
      } else {
        failed.add(owners.get(i));
        record(owners.get(i), item);
      }
    }
    failed.removeAll(again);
    forget(failed);
    return new Attempt(List.copyOf(again), why);
  }

  private List<BulkOperation> operations(ArticleGroup group) {
    List<BulkOperation> operations = new ArrayList<>();
    List<ArticleGroup.Doc> docs = group.docs();
    // Statements, then the statements an older version had beyond these, then the article.
    for (ArticleGroup.Doc doc : docs.subList(0, docs.size() - 1)) {
      operations.add(index(group, doc));
    }
    for (String stale : group.staleStatements()) {
      operations.add(BulkOperation.of(o -> o.delete(d -> d.id(stale).routing(group.id()))));
    }
    operations.add(index(group, docs.get(docs.size() - 1)));
    return operations;
  }

  private static BulkOperation index(ArticleGroup group, ArticleGroup.Doc doc) {
    return BulkOperation.of(
        o -> o.index(i -> i.id(doc.id()).routing(group.id()).document(doc.source())));
  }

  private synchronized void record(ArticleGroup group, BulkResponseItem item) {
    failures.add(group.id() + ": " + item.error().type() + ": " + item.error().reason());
  }

  /**
   * Deletes every document of the failed groups, so that no hash claims them done and no statement
   * is left without its article; the next run writes them again.
   */
  private void forget(Set<ArticleGroup> failed) throws IOException {
    if (failed.isEmpty()) {
      return;
    }
    List<BulkOperation> deletes = new ArrayList<>();
    for (ArticleGroup group : failed) {
      for (ArticleGroup.Doc doc : group.docs()) {
        deletes.add(BulkOperation.of(o -> o.delete(d -> d.id(doc.id()).routing(group.id()))));
      }
    }
    for (int attempt = 0; ; attempt++) {
      try {
        client.bulk(b -> b.index(index).operations(deletes));
        return;
      } catch (IOException | RuntimeException e) {
        if (!Backoff.isTransient(e)) {
          throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        backoff.pause(attempt + 1, "deleting " + failed.size() + " failed articles", e.toString());
      }
    }
  }
}
