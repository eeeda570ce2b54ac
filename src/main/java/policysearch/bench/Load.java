package policysearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy a shared machine was during a run (load average), and the CPU time this JVM and its
 * child processes (the forked parsers) used, which other work on the machine does not inflate.
 */
final class Load {
  private Load() {}

  /** CPU seconds used so far by this JVM and its live child processes. */
  static double cpuSeconds() {
    double own =
        ((com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime()
            / 1e9;
    double children =
        ProcessHandle.current()
            .descendants()
            .mapToDouble(p -> p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0))
            .sum();
    return own + children;
  }

  /** The one-minute load average, or -1 where {@code /proc/loadavg} does not exist. */
  static double now() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
