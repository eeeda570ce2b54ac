package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.Lock;
import policysearch.corpus.Article;
import policysearch.corpus.DocumentFacts;
import policysearch.extract.Extractor;
import policysearch.index.EntityResolution;
import policysearch.index.Schema;
import policysearch.resolve.NameData;
import policysearch.resolve.Resolution;

/**
 * Keeps a cluster's names resolved: the writes' current resolution ({@link ClusterNames}) and the
 * rewrite of the articles a sync finds under outdated canonical names, re-extracted from their
 * stored text on every core and sent in bulk with the hash they had.
 */
final class NameSync {
  /** Articles re-extracted at a time: their documents wait in memory for the bulk request. */
  private static final int CHUNK = 256;

  private final ClusterNames names;
  private final Connection connection;
  private final ClusterIndex index;
  private final Extractor extractor;
  private final Backoff backoff;
  private final int batchBytes;

  NameSync(
      Connection connection,
      ClusterIndex index,
      Extractor extractor,
      NameData data,
      Backoff backoff,
      int batchBytes) {
    this.names = new ClusterNames(connection, index.name(), data);
    this.connection = connection;
    this.index = index;
    this.extractor = extractor;
    this.backoff = backoff;
    this.batchBytes = batchBytes;
  }

  /** The resolution writes use now, read from the cluster before the first write. */
  Resolution current() throws IOException {
    names.load();
    return names.current();
  }

  /** Held while writing articles: no sync runs between reading the resolution and writing. */
  Lock writes() {
    return names.writes();
  }

  /** Notes that articles were written or deleted since the last resolution. */
  void written() {
    names.written();
  }

  /**
   * Re-resolves the cluster's names and rewrites every article indexed under a canonical name the
   * new resolution does not give; returns after the rewrites are visible.
   */
  EntityResolution.Report resolve() throws IOException {
    return names.sync(this::rewrite);
  }

  private void rewrite(List<JsonNode> sources, Resolution resolution) throws IOException {
    if (sources.isEmpty()) {
      return;
    }
    BulkIngest bulk = new BulkIngest(connection.client(), index.name(), backoff, batchBytes);
    for (int i = 0; i < sources.size(); i += CHUNK) {
      List<ArticleGroup> groups =
          sources.subList(i, Math.min(sources.size(), i + CHUNK)).parallelStream()
              .map(
                  source ->
                      ArticleGroup.of(
                          extractor.extract(stored(source)),
                          source.path(Schema.HASH).asText(),
                          source.path(Schema.STATEMENT_COUNT).asInt(),
                          resolution))
              .toList();
      for (ArticleGroup group : groups) {
        bulk.add(group);
      }
    }
    bulk.flush();
    index.refresh();
    if (!bulk.failures().isEmpty()) {
      throw new IOException(
          "OpenSearch refused re-resolved articles: " + String.join("; ", bulk.failures()));
    }
  }

  /** The article an article document was made from, as the index stores it. */
  static Article stored(JsonNode source) {
    Article read =
        Article.of(
            source.path(Schema.ID).asText(),
            LocalDate.parse(source.path(Schema.DATE).asText()),
            Sources.text(source, Schema.TITLE),
            Sources.text(source, Schema.BODY),
            Sources.text(source, Schema.SOURCE),
            Sources.text(source, Schema.URL),
            Sources.text(source, Schema.PATH));
    String document = Sources.text(source, Schema.DOCUMENT);
    DocumentFacts facts = document == null ? null : Schema.decodeDocumentFacts(document);
    return facts == null
        ? read
        : new Article(
            read.id(),
            read.date(),
            read.title(),
            read.text(),
            read.source(),
            read.url(),
            read.path(),
            read.hash(),
            null,
            facts);
  }
}
