package policysearch.corpus;

import java.io.Closeable;
import java.nio.file.Path;

/** Turns one document file into XHTML and metadata, or says why it cannot. */
public interface DocumentParser extends Closeable {
  /** Parses {@code file}; thread-safe. */
  ParsedFile parse(Path file) throws BadInputException;

  /** How many files it parses at once. */
  int parallelism();

  @Override
  void close();
}
