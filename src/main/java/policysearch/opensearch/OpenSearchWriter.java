package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.IntConsumer;
import policysearch.corpus.Article;
import policysearch.corpus.Submissions;
import policysearch.extract.Enriched;
import policysearch.extract.Extractor;
import policysearch.index.IndexReport;
import policysearch.index.RejectedArticleException;
import policysearch.index.Schema;
import policysearch.resolve.Resolution;
import policysearch.search.BackendWriter;

/**
 * The writing half of the OpenSearch backend, for {@code serve --opensearch}: extraction here, the
 * documents to the cluster in bulk (retried as an ingest is), each article's documents on its
 * shard. The cluster's translog makes an acknowledged write durable, so {@link #commit()} only
 * makes writes visible. A batch is all or none, by putting back what a refused batch changed (see
 * {@link #upsert}).
 */
public final class OpenSearchWriter implements BackendWriter {
  private final Connection connection;
  private final ClusterIndex index;
  private final Extractor extractor;
  private final OpenSearchIndexer indexer;
  private final NameSync names;

  /** What a delete and a content hash read of an article. */
  private static final List<String> KEYS = List.of(Schema.HASH, Schema.PATH);

  /** Writes to index {@code name} through the backend's connection. */
  public OpenSearchWriter(
      OpenSearchBackend backend, Extractor extractor, OpenSearchIndexer indexer) {
    this.connection = backend.connection();
    this.index = new ClusterIndex(connection, backend.index());
    this.extractor = extractor;
    this.indexer = indexer;
    this.names = indexer.names();
  }

  /**
   * Writes the articles under the current resolution's canonical names, all or none: when the
   * cluster refuses any of them, every article of the batch is put back as it was (the previous
   * version re-sent from its stored source, a new one deleted) and the batch is a {@link
   * RejectedArticleException}. When one brought a name the resolution had not seen (a new spelling
   * may join an entity), re-resolves and rewrites what changed before returning, as the embedded
   * index does.
   */
  @Override
  public void upsert(List<Article> articles) throws IOException {
    names.current(); // loads the resolution before taking the gate (a load holds it whole)
    boolean newNames = false;
    BulkIngest bulk = bulk();
    Lock lock = names.writes();
    lock.lock();
    try {
      Resolution resolution = names.current();
      Map<String, JsonNode> before = new LinkedHashMap<>();
      Map<String, Integer> written = new LinkedHashMap<>();
      for (Article article : articles) {
        JsonNode previous = source(article.id(), ClusterNames.ARTICLE_FIELDS);
        before.put(article.id(), previous);
        int count = previous == null ? 0 : previous.path(Schema.STATEMENT_COUNT).asInt();
        Enriched enriched = extractor.extract(article);
        newNames |= !resolution.knowsAll(enriched);
        written.merge(article.id(), Math.max(count, enriched.statements().size()), Math::max);
        bulk.add(ArticleGroup.of(enriched, indexer.hash(article), count, resolution));
      }
      bulk.flush();
      names.written();
      if (!bulk.failures().isEmpty()) {
        undo(before, written, resolution);
        throw new RejectedArticleException(
            "batch not indexed: OpenSearch refused " + String.join("; ", bulk.failures()), null);
      }
    } finally {
      lock.unlock();
    }
    index.refresh();
    if (newNames) {
      names.resolve();
    }
  }

  /**
   * Puts every article of a refused batch back as it was: its previous version re-extracted from
   * its stored source with its hash (statements the batch added beyond it deleted), or, if it is
   * new, all its documents deleted.
   */
  private void undo(
      Map<String, JsonNode> before, Map<String, Integer> written, Resolution resolution)
      throws IOException {
    index.refresh(); // a delete by query finds only what a refresh has made visible
    BulkIngest restore = bulk();
    for (Map.Entry<String, JsonNode> entry : before.entrySet()) {
      JsonNode previous = entry.getValue();
      if (previous == null) {
        index.deleteArticle(entry.getKey());
      } else {
        restore.add(
            ArticleGroup.of(
                extractor.extract(NameSync.stored(previous)),
                previous.path(Schema.HASH).asText(),
                written.get(entry.getKey()),
                resolution));
      }
    }
    restore.flush();
    index.refresh();
    if (!restore.failures().isEmpty()) {
      throw new IOException(
          "OpenSearch refused a batch and then its previous versions: "
              + String.join("; ", restore.failures()));
    }
  }

  private BulkIngest bulk() {
    return new BulkIngest(
        connection.client(), index.name(), Backoff.DEFAULT, BulkIngest.BATCH_BYTES);
  }

  /**
   * Removes the article and its statements; a corpus article leaves a tombstone, so the unchanged
   * file does not bring it back at the next sync (as in the embedded index).
   */
  @Override
  public void delete(String id) throws IOException {
    JsonNode before = source(id, KEYS);
    index.deleteArticle(id);
    String path = before == null ? null : Sources.text(before, Schema.PATH);
    if (path != null && !path.equals(Submissions.PATH)) {
      index.tombstone(id, path, before.path(Schema.HASH).asText());
    }
    names.written();
    index.refresh();
  }

  @Override
  public void commit() throws IOException {
    index.refresh();
  }

  @Override
  public Optional<String> contentHash(String id) throws IOException {
    JsonNode source = source(id, KEYS);
    return source == null ? Optional.empty() : Optional.of(source.path(Schema.HASH).asText());
  }

  @Override
  public IndexReport sync(List<Path> roots, IntConsumer progress) throws IOException {
    return indexer.update(roots, 0, 0, progress).index();
  }

  /** The article document's {@code fields}, or null when the index has no such article. */
  private JsonNode source(String id, List<String> fields) throws IOException {
    String key = URLEncoder.encode(id, StandardCharsets.UTF_8);
    JsonNode found;
    try {
      found =
          connection.send(
              "GET",
              index.name()
                  + "/_doc/"
                  + key
                  + "?routing="
                  + key
                  + "&_source_includes="
                  + String.join(",", fields)
                  + ","
                  + Schema.KIND,
              null);
    } catch (Connection.Refused e) {
      if (e.status() == 404) {
        return null;
      }
      throw e;
    }
    JsonNode source = found.path("_source");
    return Schema.KIND_ARTICLE.equals(source.path(Schema.KIND).asText()) ? source : null;
  }
}
