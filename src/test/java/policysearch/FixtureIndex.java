package policysearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import policysearch.search.LuceneBackend;

/** The fixture corpus indexed in a temp folder, with a search service open on it. */
public final class FixtureIndex implements AutoCloseable {
  /** The fixture articles' ids, newest first. */
  public static final List<String> NEWEST_FIRST =
      List.of(
          "kyiv-aid",
          "blinken-kamikawa",
          "ev-tariffs",
          "unga-climate",
          "nato-cyber",
          "long-briefing",
          "space-debris",
          "inflation",
          "wire-002",
          "wire-001");

  private final FSDirectory directory;
  private final LuceneBackend service;

  private FixtureIndex(FSDirectory directory, LuceneBackend service) {
    this.directory = directory;
    this.service = service;
  }

  /** Copies and indexes the fixture corpus under {@code dir}, then opens a search service. */
  public static FixtureIndex open(Path dir) throws IOException {
    return open("corpus", dir);
  }

  /**
   * Copies and indexes the test resource folder {@code name} (a corpus) under {@code dir}, then
   * opens a search service.
   */
  public static FixtureIndex open(String name, Path dir) throws IOException {
    Fixtures.index(Fixtures.copy(name, dir), dir.resolve("index"));
    FSDirectory directory = FSDirectory.open(dir.resolve("index"));
    return new FixtureIndex(directory, Fixtures.backend(directory));
  }

  /** The index's directory, for tests that open their own searcher on it. */
  public FSDirectory directory() {
    return directory;
  }

  public LuceneBackend service() {
    return service;
  }

  @Override
  public void close() throws IOException {
    service.close();
    directory.close();
  }
}
