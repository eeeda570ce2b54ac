package policysearch.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Chooses the log format before a command logs anything: {@code logback.xml} picks its appender
 * from the context property {@code policysearch.log.format}, so JSON means re-reading it.
 */
final class Logging {
  private static final String PROPERTY = "policysearch.log.format";

  /**
   * Lucene reports through java.util.logging that it uses the vector API, as an INFO line on stderr
   * at start-up; only its warnings are ours to show. Held here because JUL keeps loggers weakly and
   * would forget the level.
   */
  private static final java.util.logging.Logger LUCENE =
      java.util.logging.Logger.getLogger("org.apache.lucene");

  /** How log lines are written on stderr. */
  enum Format {
    TEXT,
    JSON
  }

  private Logging() {}

  static void configure(Format format) {
    LUCENE.setLevel(java.util.logging.Level.WARNING);
    String name = format.name().toLowerCase(Locale.ROOT);
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)
        || name.equals(context.getProperty(PROPERTY))
        || (format == Format.TEXT && context.getProperty(PROPERTY) == null)) {
      return;
    }
    URL config = Logging.class.getResource("/logback.xml");
    context.reset();
    context.putProperty(PROPERTY, name);
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try {
      configurator.doConfigure(config);
    } catch (JoranException e) {
      throw new IllegalStateException("logback.xml cannot be read: " + e.getMessage(), e);
    }
  }
}
