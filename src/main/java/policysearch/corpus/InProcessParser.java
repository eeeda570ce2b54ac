package policysearch.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika in this JVM, with the configuration of the forked parser: no time limit and no heap of its
 * own, so a pathological file can hang or exhaust the caller. It exists to measure what forking
 * costs ({@code bench}); corpus reading and uploads use {@link ForkedParser}.
 */
public final class InProcessParser implements DocumentParser {
  private final AutoDetectParser parser;
  private final int maxChars;

  /** A parser keeping at most {@code maxChars} characters of a document. */
  public InProcessParser(int maxChars) {
    try (InputStream config =
        InProcessParser.class.getResourceAsStream("/documents/tika-config.xml")) {
      this.parser = new AutoDetectParser(new TikaConfig(config));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TikaException | SAXException e) {
      throw new IllegalStateException("the bundled parser configuration is invalid", e);
    }
    this.maxChars = maxChars;
  }

  @Override
  public ParsedFile parse(Path file) throws BadInputException {
    Metadata metadata = new Metadata();
    ToXMLContentHandler xhtml = new ToXMLContentHandler();
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, new WriteOutContentHandler(xhtml, maxChars), metadata, new ParseContext());
    } catch (IOException | TikaException | SAXException e) {
      throw new BadInputException("cannot be parsed: " + e.getMessage());
    }
    return new ParsedFile(xhtml.toString(), metadata);
  }

  @Override
  public int parallelism() {
    return 1;
  }

  @Override
  public void close() {}
}
