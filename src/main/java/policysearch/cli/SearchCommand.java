package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import policysearch.search.SearchRequest;
import policysearch.search.SearchService;
import policysearch.search.SortOrder;

/** {@code search QUERY [--actor A]... [--topic T]... [--from D] [--to D]}: the API's JSON. */
final class SearchCommand {
  private final Wiring wiring;

  SearchCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  int run(Args args, PrintStream out) throws IOException {
    Path index = Path.of(args.one("index", "index"));
    SearchRequest request =
        new SearchRequest(
            String.join(" ", args.positional()),
            args.all("actor"),
            args.all("topic"),
            date(args, "from"),
            date(args, "to"),
            SortOrder.parse(args.one("sort", null)),
            args.integer("page", 1),
            args.integer("size", 10));
    try (FSDirectory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        throw new UsageException("no index at " + index + ": run 'index' first");
      }
      try (SearchService service = wiring.search(directory)) {
        out.println(
            wiring
                .mapper()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(service.search(request)));
      }
    }
    return 0;
  }

  private static LocalDate date(Args args, String name) {
    String value = args.one(name, null);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UsageException(
          "--" + name + " must be a date like 2024-02-27, not '" + value + "'");
    }
  }
}
