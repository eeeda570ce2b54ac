package policysearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import policysearch.corpus.CorpusReader;
import policysearch.embed.Embedder;
import policysearch.extract.Extractor;

/**
 * An index folder on disk, open until closed. The commands hold this rather than Lucene's {@code
 * Directory}, so that Lucene stays inside {@code index} and {@code search}.
 */
public final class IndexDirectory implements Closeable {
  private final Path path;
  private final FSDirectory directory;

  private IndexDirectory(Path path, FSDirectory directory) {
    this.path = path;
    this.directory = directory;
  }

  /** Opens the folder {@code path}; it is created when the first writer commits. */
  public static IndexDirectory open(Path path) throws IOException {
    return new IndexDirectory(path, FSDirectory.open(path));
  }

  /** The folder. */
  public Path path() {
    return path;
  }

  /** Lucene's view of the folder, for the index and search packages. */
  public Directory directory() {
    return directory;
  }

  /** Whether the folder holds a committed index. */
  public boolean exists() throws IOException {
    return DirectoryReader.indexExists(directory);
  }

  /** Opens the index for writing, as {@code serve} keeps it. */
  public LiveIndex live(Extractor extractor, Schema schema, CorpusReader reader, Embedder embedder)
      throws IOException {
    return new LiveIndex(directory, extractor, schema, reader, embedder);
  }

  /** An indexer that opens its own writer for each update, as {@code index} runs it. */
  public Indexer indexer(
      Extractor extractor, Schema schema, CorpusReader reader, Embedder embedder) {
    return new Indexer(directory, extractor, schema, reader, embedder);
  }

  /** Runs Lucene's CheckIndex on the last commit. */
  public IndexCheck.Result check() throws IOException {
    return IndexCheck.run(directory);
  }

  @Override
  public void close() throws IOException {
    directory.close();
  }
}
