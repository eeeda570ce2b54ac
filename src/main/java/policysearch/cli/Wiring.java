package policysearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import policysearch.corpus.CorpusReader;
import policysearch.corpus.DocumentFormat;
import policysearch.corpus.ForkedParser;
import policysearch.corpus.JsonLinesFormat;
import policysearch.corpus.Languages;
import policysearch.corpus.ParserLimits;
import policysearch.embed.Embedder;
import policysearch.extract.Extractor;
import policysearch.index.IndexDirectory;
import policysearch.index.LiveIndex;
import policysearch.index.Schema;
import policysearch.opensearch.OpenSearchBackend;
import policysearch.opensearch.OpenSearchIndexer;
import policysearch.search.LuceneBackend;
import policysearch.web.Json;

/** The shared objects every command is built from, created once per process. */
record Wiring(
    Extractor extractor,
    Schema schema,
    CorpusReader reader,
    ObjectMapper mapper,
    Supplier<Embedder> embedders) {

  static Wiring create() {
    return create(ParserLimits.defaults());
  }

  /** The objects, with document parsing bounded by {@code limits}. */
  static Wiring create(ParserLimits limits) {
    ObjectMapper mapper = Json.mapper();
    DocumentFormat documents = new DocumentFormat(new ForkedParser(limits), Languages.load());
    return new Wiring(
        Extractor.load(),
        new Schema(),
        new CorpusReader(new JsonLinesFormat(mapper), documents),
        mapper,
        once(Embedder::load));
  }

  /** The embedding model, loaded on first use: commands that embed nothing never load it. */
  Embedder embedder() {
    return embedders.get();
  }

  /** The index open for writing, as {@code serve} and {@code soak} keep it. */
  LiveIndex liveIndex(IndexDirectory directory) throws IOException {
    return directory.live(extractor, schema, reader, embedder());
  }

  /** Near-real-time searches over {@code live}'s writer, with the default time limit. */
  LuceneBackend search(LiveIndex live) throws IOException {
    return new LuceneBackend(
        live.writer(), schema, extractor.taxonomy(), embedders, LuceneBackend.DEFAULT_TIME_LIMIT);
  }

  /** Searches over the last commit of an existing index; the model loads when a query needs it. */
  LuceneBackend search(IndexDirectory directory) throws IOException {
    return search(directory, LuceneBackend.DEFAULT_TIME_LIMIT);
  }

  /** The same, each query stopped after {@code timeLimit}. */
  LuceneBackend search(IndexDirectory directory, Duration timeLimit) throws IOException {
    if (!directory.exists()) {
      throw new UsageException("no index at " + directory.path() + ": run 'index' first");
    }
    return new LuceneBackend(
        directory.directory(), schema, extractor.taxonomy(), embedders, timeLimit);
  }

  /**
   * Searches in the policy-search index of the OpenSearch cluster at {@code url} (made if missing).
   */
  OpenSearchBackend cluster(String url) throws IOException {
    try {
      return OpenSearchBackend.open(url, OpenSearchIndexer.INDEX, extractor.taxonomy());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--opensearch: " + e.getMessage());
    }
  }

  /** Indexes the corpus into {@code search}'s cluster index, extracting here. */
  OpenSearchIndexer clusterIndexer(OpenSearchBackend search) {
    return search.indexer(extractor, reader);
  }

  private static <T> Supplier<T> once(Supplier<T> make) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = make.get();
        }
        return value;
      }
    };
  }
}
