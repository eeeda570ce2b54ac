package policysearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import policysearch.corpus.CorpusReader;
import policysearch.corpus.JsonLinesFormat;
import policysearch.extract.Extractor;
import policysearch.index.Schema;
import policysearch.web.Json;

/** The shared objects every command is built from, created once per process. */
record Wiring(Extractor extractor, Schema schema, CorpusReader reader, ObjectMapper mapper) {

  static Wiring create() {
    ObjectMapper mapper = Json.mapper();
    return new Wiring(
        Extractor.load(), new Schema(), new CorpusReader(new JsonLinesFormat(mapper)), mapper);
  }
}
