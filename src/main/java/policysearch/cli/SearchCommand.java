package policysearch.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;
import policysearch.index.IndexDirectory;
import policysearch.search.SearchBackend;
import policysearch.search.SearchRequest;
import policysearch.search.SortOrder;

/** {@code search QUERY [--actor A]... [--topic T]... [--from D] [--to D]}: the API's JSON. */
@Command(name = "search", description = "Search the index; print the same JSON as /api/search.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "QUERY",
      arity = "0..*",
      description = "query words and syntax (\"phrase\", -word, actor:japan, OR, word*)")
  List<String> query = new ArrayList<>();

  @Option(names = "--actor", paramLabel = "A", description = "only articles mentioning A")
  List<String> actors = new ArrayList<>();

  @Option(names = "--topic", paramLabel = "T", description = "only articles about topic T")
  List<String> topics = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = Dates.class,
      description = "on or after DATE")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Dates.class, description = "up to DATE")
  LocalDate to;

  @Option(names = "--sort", paramLabel = "relevance|date", description = "order of the hits")
  String sort;

  @Option(names = "--page", defaultValue = "1", description = "page (default: ${DEFAULT-VALUE})")
  int page;

  @Option(names = "--size", defaultValue = "10", description = "hits per page (default: 10)")
  int size;

  @Mixin Options.Index index;

  private final Streams streams;

  SearchCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException {
    for (String word : query) {
      // "-word" excludes a word; "--word" is a mistyped option, not a query.
      if (word.startsWith("--")) {
        throw new UsageException("unknown option " + word);
      }
    }
    SearchRequest request =
        new SearchRequest(
            String.join(" ", query), actors, topics, from, to, SortOrder.parse(sort), page, size);
    Wiring wiring = Wiring.create();
    try (IndexDirectory directory = IndexDirectory.open(index.index);
        SearchBackend service = wiring.search(directory)) {
      streams
          .out()
          .println(
              wiring
                  .mapper()
                  .writerWithDefaultPrettyPrinter()
                  .writeValueAsString(service.search(request)));
    }
    return 0;
  }

  /** A date like 2024-02-27, or a message saying so. */
  static final class Dates implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("must be a date like 2024-02-27, not '" + value + "'");
      }
    }
  }
}
