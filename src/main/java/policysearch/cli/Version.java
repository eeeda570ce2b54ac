package policysearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into {@code policysearch/version.properties} when it built the jar. */
final class Version implements CommandLine.IVersionProvider {
  /** This build's version, e.g. {@code 0.1.0-SNAPSHOT}. */
  static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/policysearch/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "policy-search " + current(),
      "Java " + Runtime.version() + ", " + System.getProperty("os.name")
    };
  }
}
