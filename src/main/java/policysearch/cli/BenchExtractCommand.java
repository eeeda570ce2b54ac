package policysearch.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import policysearch.corpus.Article;
import policysearch.extract.Enriched;
import policysearch.extract.Extractor;

/**
 * {@code bench-extract PATH...}: reads the articles into memory, then times extraction alone on one
 * thread and prints MB/s and articles/s (a measurement, not a test).
 */
@Command(
    name = "bench-extract",
    description = "Time extraction alone on one thread: MB/s and articles/s (not a test).")
final class BenchExtractCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "corpus files and folders")
  List<Path> paths;

  private final Streams streams;

  BenchExtractCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Options.Corpus.requireAll(paths);
    Wiring wiring = Wiring.create();
    Extractor extractor = wiring.extractor().loaded();
    PrintStream out = streams.out();
    List<Article> articles = new ArrayList<>();
    wiring.reader().read(paths, articles::add);
    long bytes = 0;
    for (Article a : articles) {
      bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
      bytes += a.title() == null ? 0 : a.title().getBytes(StandardCharsets.UTF_8).length;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long actors = 0;
    long topics = 0;
    long statements = 0;
    for (Article a : articles) {
      Enriched e = extractor.extract(a);
      actors += e.actors().size();
      topics += e.topics().size();
      statements += e.statements().size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // On a machine shared with other jobs the wall clock counts their time too; the thread's own
    // CPU time does not, so ratios between runs stay comparable.
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double mb = bytes / 1e6;
    out.printf(
        "%,d articles, %.1f MB in %.1f s: %.2f MB/s, %,.0f articles/s (%,d actors, %,d topics,"
            + " %,d statements); thread CPU %.1f s: %.2f MB/s%n",
        articles.size(),
        mb,
        seconds,
        mb / seconds,
        articles.size() / seconds,
        actors,
        topics,
        statements,
        cpuSeconds,
        mb / cpuSeconds);
    return 0;
  }
}
