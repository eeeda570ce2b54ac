package policysearch.cli;

import java.io.PrintStream;
import picocli.CommandLine;

/**
 * Where a command writes: {@code out} is its output (JSON, a summary, a report), {@code err} its
 * error lines; log lines go through SLF4J to stderr.
 */
record Streams(PrintStream out, PrintStream err) {

  /** Creates commands, handing the streams to those whose constructor takes them. */
  record Factory(Streams streams) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        var constructor = type.getDeclaredConstructor(Streams.class);
        constructor.setAccessible(true);
        return constructor.newInstance(streams);
      } catch (NoSuchMethodException noStreams) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
