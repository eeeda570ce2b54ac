package policysearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import policysearch.corpus.ReadSummary;
import policysearch.corpus.Skipped;
import policysearch.extract.Actor;
import policysearch.extract.Attribution;
import policysearch.extract.Enriched;
import policysearch.extract.Extractor;
import policysearch.extract.Statement;

/** {@code extract PATH...}: prints what the indexer extracts, one JSON object per article. */
@Command(
    name = "extract",
    description =
        "Print what the indexer extracts from each article (id, date, title, actors, topics,"
            + " statements) as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractCommand.class);

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "corpus files and folders")
  List<Path> paths;

  /** One line of output: what {@code ../shared/eval/score.py} reads. */
  record Extracted(
      String id,
      String date,
      String title,
      List<Actor> actors,
      List<String> topics,
      List<StatementLine> statements) {}

  /** A statement with its speakers' names, as the scorer reads them, and its evidence. */
  record StatementLine(
      List<String> speakers,
      String text,
      int start,
      int end,
      String verb,
      List<String> topics,
      Attribution attribution) {

    static StatementLine of(Statement s) {
      return new StatementLine(
          s.speakers().stream().map(Actor::name).toList(),
          s.text(),
          s.start(),
          s.end(),
          s.verb(),
          s.topics(),
          s.attribution());
    }
  }

  private final Streams streams;

  ExtractCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Options.Corpus.requireAll(paths);
    Wiring wiring = Wiring.create();
    Extractor extractor = wiring.extractor();
    ObjectMapper mapper = wiring.mapper();
    PrintStream out = streams.out();
    ReadSummary summary =
        wiring
            .reader()
            .read(
                paths,
                article -> {
                  Enriched e = extractor.extract(article);
                  try {
                    out.println(
                        mapper.writeValueAsString(
                            new Extracted(
                                article.id(),
                                article.date().toString(),
                                article.title(),
                                e.actors(),
                                e.topics(),
                                e.statements().stream().map(StatementLine::of).toList())));
                  } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                    throw new UncheckedIOException(ex);
                  }
                });
    for (Skipped skipped : summary.skipped()) {
      LOG.warn("skipped {}", skipped);
    }
    return 0;
  }
}
