package policysearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.lucene.store.Directory;
import policysearch.corpus.CorpusReader;
import policysearch.corpus.DocumentFormat;
import policysearch.corpus.ForkedParser;
import policysearch.corpus.JsonLinesFormat;
import policysearch.corpus.Languages;
import policysearch.corpus.ParserLimits;
import policysearch.extract.Extractor;
import policysearch.index.LiveIndex;
import policysearch.index.Schema;
import policysearch.search.SearchService;
import policysearch.web.Json;

/** The shared objects every command is built from, created once per process. */
record Wiring(Extractor extractor, Schema schema, CorpusReader reader, ObjectMapper mapper) {

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
        mapper);
  }

  /**
   * Parser limits from {@code --parse-timeout SECONDS} and {@code --parser-heap MB}, else the
   * defaults.
   */
  static ParserLimits limits(Args args) {
    ParserLimits defaults = ParserLimits.defaults();
    int seconds = args.integer("parse-timeout", (int) defaults.timeout().toSeconds());
    int heap = args.integer("parser-heap", defaults.heapMegabytes());
    if (seconds < 1 || heap < 64) {
      throw new UsageException(
          "--parse-timeout must be at least 1 (seconds), --parser-heap at least 64 (MB)");
    }
    return new ParserLimits(
        java.time.Duration.ofSeconds(seconds), heap, defaults.maxChars(), defaults.processes());
  }

  /** The index open for writing, as {@code serve} and {@code soak} keep it. */
  LiveIndex liveIndex(Directory directory) throws IOException {
    return new LiveIndex(directory, extractor, schema, reader);
  }

  /** Near-real-time searches over {@code live}'s writer, with the default time limit. */
  SearchService search(LiveIndex live) throws IOException {
    return new SearchService(
        live.writer(), schema, extractor.taxonomy(), SearchService.DEFAULT_TIME_LIMIT);
  }
}
