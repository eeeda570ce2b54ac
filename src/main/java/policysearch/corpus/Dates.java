package policysearch.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Strict ISO dates for corpus records: impossible dates such as 2024-02-30 are rejected, and so are
 * dates outside {@link #EARLIEST} … {@link #LATEST}. The range takes in every corpus here (the
 * oldest goes back to 1790) and older policy texts (charters, treaties) with room to spare, while
 * typos like {@code +999999999-12-31} or {@code 0001-01-01} cannot stretch date histograms over
 * thousands of empty years.
 */
public final class Dates {
  /** Earliest accepted date. */
  public static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);

  /** Latest accepted date. */
  public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

  private Dates() {}

  static LocalDate parse(String value) throws BadInputException {
    if (value == null || value.isBlank()) {
      throw new BadInputException("missing date");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadInputException("invalid date '" + value.strip() + "' (expected YYYY-MM-DD)");
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new BadInputException(
          "date " + date + " outside the accepted range " + EARLIEST + " to " + LATEST);
    }
    return date;
  }
}
