package policysearch;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The log lines one logger writes while open, as they would read in text format. */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private LogCapture(String name) {
    this.logger = (Logger) LoggerFactory.getLogger(name);
    appender.start();
    logger.addAppender(appender);
  }

  /** Captures what {@code type}'s logger writes. */
  public static LogCapture of(Class<?> type) {
    return new LogCapture(type.getName());
  }

  /** Captures what the logger {@code name} writes. */
  public static LogCapture of(String name) {
    return new LogCapture(name);
  }

  /** The formatted messages so far. */
  public synchronized List<String> messages() {
    return List.copyOf(appender.list).stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  /** The events so far, with their key-value pairs. */
  public List<ILoggingEvent> events() {
    return List.copyOf(appender.list);
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    appender.stop();
  }
}
