package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.IntConsumer;
import policysearch.corpus.Article;
import policysearch.corpus.Submissions;
import policysearch.extract.Enriched;
import policysearch.extract.Extractor;
import policysearch.index.IndexReport;
import policysearch.index.Schema;
import policysearch.resolve.Resolution;
import policysearch.search.BackendWriter;

/**
 * The writing half of the OpenSearch backend, for {@code serve --opensearch}: extraction here, the
 * documents to the cluster in bulk (retried as an ingest is), each article's documents on its
 * shard. The cluster's translog makes an acknowledged write durable, so {@link #commit()} only
 * makes writes visible. Unlike the embedded index, a batch of several articles is not all or none:
 * articles the cluster refuses are reported and the others stay written.
 */
public final class OpenSearchWriter implements BackendWriter {
  private final Connection connection;
  private final ClusterIndex index;
  private final Extractor extractor;
  private final OpenSearchIndexer indexer;
  private final NameSync names;

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
   * Writes the articles under the current resolution's canonical names; when one brought a name the
   * resolution had not seen (a new spelling may join an entity), re-resolves and rewrites what
   * changed before returning, as the embedded index does.
   */
  @Override
  public void upsert(List<Article> articles) throws IOException {
    names.current(); // loads the resolution before taking the gate (a load holds it whole)
    boolean newNames = false;
    BulkIngest bulk =
        new BulkIngest(connection.client(), index.name(), Backoff.DEFAULT, BulkIngest.BATCH_BYTES);
    Lock lock = names.writes();
    lock.lock();
    try {
      Resolution resolution = names.current();
      for (Article article : articles) {
        JsonNode before = source(article.id());
        int previous = before == null ? 0 : before.path(Schema.STATEMENT_COUNT).asInt();
        Enriched enriched = extractor.extract(article);
        newNames |= !resolution.knowsAll(enriched);
        bulk.add(ArticleGroup.of(enriched, indexer.hash(article), previous, resolution));
      }
      bulk.flush();
      names.written();
    } finally {
      lock.unlock();
    }
    index.refresh();
    if (!bulk.failures().isEmpty()) {
      throw new IOException("OpenSearch refused: " + String.join("; ", bulk.failures()));
    }
    if (newNames) {
      names.resolve();
    }
  }

  /**
   * Removes the article and its statements; a corpus article leaves a tombstone, so the unchanged
   * file does not bring it back at the next sync (as in the embedded index).
   */
  @Override
  public void delete(String id) throws IOException {
    JsonNode before = source(id);
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
    JsonNode source = source(id);
    return source == null ? Optional.empty() : Optional.of(source.path(Schema.HASH).asText());
  }

  @Override
  public IndexReport sync(List<Path> roots, IntConsumer progress) throws IOException {
    return indexer.update(roots, 0, 0, progress).index();
  }

  /** The article document's hash and statement count, or null when the index has no article. */
  private JsonNode source(String id) throws IOException {
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
                  + String.join(",", Schema.HASH, Schema.STATEMENT_COUNT, Schema.KIND, Schema.PATH),
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
