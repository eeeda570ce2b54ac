package policysearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import policysearch.corpus.CorpusReader;
import policysearch.corpus.DocumentFormat;
import policysearch.corpus.ForkedParser;
import policysearch.corpus.JsonLinesFormat;
import policysearch.corpus.Languages;
import policysearch.corpus.ParserLimits;
import policysearch.embed.Embedder;
import policysearch.extract.Extractor;
import policysearch.index.IndexReport;
import policysearch.index.Indexer;
import policysearch.index.LiveIndex;
import policysearch.index.Schema;
import policysearch.search.LuceneBackend;
import policysearch.web.Json;

/** The fixture corpus of {@code src/test/resources/corpus}, copied and indexed in a temp folder. */
public final class Fixtures {
  /** Articles the fixture corpus holds: 8 seed files and 2 JSON Lines records. */
  public static final int ARTICLES = 10;

  private static final Extractor EXTRACTOR = Extractor.load();
  private static final Embedder EMBEDDER = Embedder.load();

  /** One set of parser processes for every test of this JVM: each costs a JVM start. */
  private static final DocumentFormat DOCUMENTS =
      new DocumentFormat(new ForkedParser(ParserLimits.defaults()), Languages.load());

  private Fixtures() {}

  /** The extractor with the project's vocabularies (loaded once: it is immutable). */
  public static Extractor extractor() {
    return EXTRACTOR;
  }

  /** The bundled embedding model (loaded once: it is thread-safe). */
  public static Embedder embedder() {
    return EMBEDDER;
  }

  /** A reader of corpus files. */
  public static CorpusReader reader() {
    return new CorpusReader(new JsonLinesFormat(Json.mapper()), DOCUMENTS);
  }

  /** Copies the fixture corpus into {@code dir}/corpus and returns that folder. */
  public static Path copyCorpus(Path dir) {
    return copy("corpus", dir);
  }

  /** Copies the test resource folder {@code name} into {@code dir}/{@code name}. */
  public static Path copy(String name, Path dir) {
    try {
      Path source = Path.of(Fixtures.class.getResource("/" + name).toURI());
      Path target = dir.resolve(name);
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.toList()) {
          Path copy = target.resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(copy);
          } else {
            Files.copy(file, copy);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Indexes {@code corpus} into {@code index}. */
  public static IndexReport index(Path corpus, Path index) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index)) {
      return new Indexer(directory, EXTRACTOR, new Schema(), reader(), EMBEDDER)
          .update(List.of(corpus), done -> {});
    }
  }

  /** Indexes {@code corpus} into {@code index} without vectors (words only, no model run). */
  public static IndexReport indexWithoutVectors(Path corpus, Path index) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index)) {
      return Indexer.withoutVectors(directory, EXTRACTOR, new Schema(), reader())
          .update(List.of(corpus), done -> {});
    }
  }

  /** A live index on {@code directory} with the project's vocabularies and the bundled model. */
  public static LiveIndex liveIndex(Directory directory) throws IOException {
    return new LiveIndex(directory, EXTRACTOR, new Schema(), reader(), EMBEDDER);
  }

  /** A search service over what {@code live} writes, seeing it at each refresh. */
  public static LuceneBackend backend(LiveIndex live) throws IOException {
    return new LuceneBackend(
        live.writer(),
        new Schema(),
        EXTRACTOR.taxonomy(),
        Fixtures::embedder,
        LuceneBackend.DEFAULT_TIME_LIMIT);
  }

  /** A search service over the index committed in {@code directory}. */
  public static LuceneBackend backend(Directory directory) throws IOException {
    return new LuceneBackend(directory, new Schema(), EXTRACTOR.taxonomy(), Fixtures::embedder);
  }
}
