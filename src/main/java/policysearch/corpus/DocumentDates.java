package policysearch.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;

/**
 * A document's date and where it came from: a publication date in the metadata, else its creation
 * date, else the first full date written in the text, else the file's modification time.
 */
final class DocumentDates {
  /** Metadata keys in order of preference: publication dates first, then creation dates. */
  private static final List<String> KEYS =
      List.of(
          "article:published_time",
          "citation_publication_date",
          "dcterms:issued",
          "dc.date.issued",
          "dcterms.date",
          "dc.date",
          "date",
          "pubdate",
          "dcterms:created",
          "xmp:createdate",
          "meta:creation-date");

  private static final String MONTH =
      "(?<%s>January|February|March|April|May|June|July|August|September|October|November"
          + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final Pattern TEXT_DATE =
      Pattern.compile(
          "\\b(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+"
              + MONTH.formatted("m1")
              + ",?\\s+(?<y1>\\d{4})"
              + "|"
              + MONTH.formatted("m2")
              + "\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y2>\\d{4})"
              + "|(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2}))\\b");
  private static final Pattern ISO_START = Pattern.compile("^(\\d{4})[-/](\\d{2})[-/](\\d{2})");
  private static final DateTimeFormatter MONTHS =
      DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

  private DocumentDates() {}

  /** The first usable date among the metadata keys, by preference. */
  static Optional<Dated> fromMetadata(Metadata metadata) {
    Map<String, String> byLowerName = new HashMap<>();
    for (String name : metadata.names()) {
      byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), metadata.get(name));
    }
    for (String key : KEYS) {
      String value = byLowerName.get(key);
      Optional<LocalDate> date = value == null ? Optional.empty() : parse(value.strip());
      if (date.isPresent()) {
        return Optional.of(new Dated(date.get(), DocumentFacts.FROM_METADATA, key));
      }
    }
    return Optional.empty();
  }

  /** The first full date (day, month and year) written in {@code text}. */
  static Optional<Dated> fromText(String text) {
    Matcher m = TEXT_DATE.matcher(text);
    while (m.find()) {
      Optional<LocalDate> date = textDate(m);
      if (date.isPresent()) {
        return Optional.of(new Dated(date.get(), DocumentFacts.FROM_TEXT, m.group()));
      }
    }
    return Optional.empty();
  }

  /** The file's modification day (UTC). */
  static Dated fromFile(Path file) throws IOException {
    LocalDate day =
        LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
    return new Dated(day, DocumentFacts.FROM_FILE, "modified " + day);
  }

  private static Optional<LocalDate> textDate(Matcher m) {
    try {
      if (m.group("y3") != null) {
        return plausible(
            LocalDate.of(
                Integer.parseInt(m.group("y3")),
                Integer.parseInt(m.group("m3")),
                Integer.parseInt(m.group("d3"))));
      }
      boolean dayFirst = m.group("y1") != null;
      String month = dayFirst ? m.group("m1") : m.group("m2");
      int monthNumber =
          MONTHS.parse(month.substring(0, 3)).get(java.time.temporal.ChronoField.MONTH_OF_YEAR);
      return plausible(
          LocalDate.of(
              Integer.parseInt(dayFirst ? m.group("y1") : m.group("y2")),
              monthNumber,
              Integer.parseInt(dayFirst ? m.group("d1") : m.group("d2"))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "2024-03-12", "2024-03-12T10:00:00Z" (the date as written, whatever the zone) or RFC 1123. */
  static Optional<LocalDate> parse(String value) {
    Matcher iso = ISO_START.matcher(value);
    try {
      if (iso.find()) {
        return plausible(
            LocalDate.of(
                Integer.parseInt(iso.group(1)),
                Integer.parseInt(iso.group(2)),
                Integer.parseInt(iso.group(3))));
      }
      return plausible(LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Dates before 1900 or after tomorrow are errors in the file, not dates of the document. */
  private static Optional<LocalDate> plausible(LocalDate date) {
    boolean ok = date.getYear() >= 1900 && !date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
    return ok ? Optional.of(date) : Optional.empty();
  }

  /** A date with its source ("metadata", "text" or "file") and what exactly gave it. */
  record Dated(LocalDate date, String source, String detail) {}
}
