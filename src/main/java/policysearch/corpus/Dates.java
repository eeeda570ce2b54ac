package policysearch.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Strict ISO dates for corpus records: impossible dates such as 2024-02-30 are rejected. */
final class Dates {
  private Dates() {}

  static LocalDate parse(String value) throws BadInputException {
    if (value == null || value.isBlank()) {
      throw new BadInputException("missing date");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadInputException("invalid date '" + value.strip() + "' (expected YYYY-MM-DD)");
    }
  }
}
