package policysearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import policysearch.corpus.CorpusReader;
import policysearch.corpus.ReadSummary;
import policysearch.corpus.Skipped;
import policysearch.extract.Actor;
import policysearch.extract.Attribution;
import policysearch.extract.Enriched;
import policysearch.extract.Extractor;
import policysearch.extract.Statement;

/** {@code extract PATH...}: prints what the indexer extracts, one JSON object per article. */
final class ExtractCommand {
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

  private final Extractor extractor;
  private final CorpusReader reader;
  private final ObjectMapper mapper;

  ExtractCommand(Extractor extractor, CorpusReader reader, ObjectMapper mapper) {
    this.extractor = extractor;
    this.reader = reader;
    this.mapper = mapper;
  }

  int run(Args args, PrintStream out, PrintStream err) {
    if (args.positional().isEmpty()) {
      throw new UsageException("extract needs at least one PATH");
    }
    List<Path> paths = args.positional().stream().map(Path::of).toList();
    ReadSummary summary =
        reader.read(
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
      err.println("skipped " + skipped);
    }
    return 0;
  }
}
