package policysearch.resolve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import policysearch.extract.ActorType;

/**
 * The editable entities file ({@code entities/aliases.tsv}): names that are one entity whatever the
 * automatic rules say ({@code alias}), names that are never one entity ({@code never}), and names
 * that mean another entity in an era ({@code era}: "European Union" before November 1993 is the
 * European Community). Its entries win over automatic merges. Names are compared folded (case,
 * accents and punctuation do not matter) and only with names of the same type.
 */
public final class Aliases {
  /** The file on the classpath. */
  public static final String RESOURCE = "entities/aliases.tsv";

  /** One row: its kind, canonical name, type, the other names, and the era's inclusive dates. */
  public record Entry(
      String kind,
      String canonical,
      ActorType type,
      List<String> names,
      LocalDate from,
      LocalDate to) {
    /** True when an article of {@code date} falls in this entry's era. */
    boolean covers(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  private static final Set<String> KINDS = Set.of("alias", "never", "era");

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Integer> pins = new HashMap<>();
  private final Map<String, List<Entry>> eras = new HashMap<>();
  private final Map<String, List<int[]>> nevers = new HashMap<>();

  /** Parses the rows of the file (tab-separated; see the file's header for the columns). */
  public Aliases(List<String[]> rows, String source) {
    int line = 0;
    for (String[] row : rows) {
      line++;
      add(parse(row, source, line));
    }
  }

  private static Entry parse(String[] row, String source, int line) {
    String where = source + " row " + line + ": ";
    if (row.length < 3 || !KINDS.contains(row[0].strip())) {
      throw new IllegalArgumentException(
          where + "expected 'alias', 'never' or 'era', a canonical name and a type");
    }
    ActorType type;
    try {
      type = ActorType.parse(row[2]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + "type must be person, country or organization, not '" + row[2].strip() + "'");
    }
    String kind = row[0].strip();
    List<String> names = policysearch.extract.Resources.list(row, 3);
    LocalDate from = date(row, 4, where);
    LocalDate to = date(row, 5, where);
    if (kind.equals("era") && (names.isEmpty() || (from == null && to == null))) {
      throw new IllegalArgumentException(where + "an era needs names and a from or to date");
    }
    return new Entry(kind, row[1].strip(), type, names, from, to);
  }

  private static LocalDate date(String[] row, int column, String where) {
    if (row.length <= column || row[column].isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(row[column].strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          where + "dates are YYYY-MM-DD, not '" + row[column].strip() + "'");
    }
  }

  private void add(Entry entry) {
    int id = entries.size();
    entries.add(entry);
    switch (entry.kind()) {
      case "alias" -> {
        pins.put(key(entry.canonical(), entry.type()), id);
        entry.names().forEach(n -> pins.put(key(n, entry.type()), id));
      }
      case "era" ->
          entry
              .names()
              .forEach(
                  n ->
                      eras.computeIfAbsent(key(n, entry.type()), k -> new ArrayList<>())
                          .add(entry));
      default -> {
        List<String> all = new ArrayList<>(List.of(entry.canonical()));
        all.addAll(entry.names());
        for (int i = 0; i < all.size(); i++) {
          nevers
              .computeIfAbsent(key(all.get(i), entry.type()), k -> new ArrayList<>())
              .add(new int[] {id, i});
        }
      }
    }
  }

  /** The key names are compared by: type and folded words. */
  static String key(String name, ActorType type) {
    return type + "|" + Fold.key(name);
  }

  /** The {@code alias} entry naming this name, or null. */
  Entry pin(String name, ActorType type) {
    Integer id = pins.get(key(name, type));
    return id == null ? null : entries.get(id);
  }

  /** The index of the {@code alias} entry naming this name, or -1. */
  int pinId(String name, ActorType type) {
    return pins.getOrDefault(key(name, type), -1);
  }

  /** The entity this name stands for in an article of {@code date} by an era entry, or null. */
  String era(String name, ActorType type, LocalDate date) {
    for (Entry era : eras.getOrDefault(key(name, type), List.of())) {
      if (date != null && era.covers(date)) {
        return era.canonical();
      }
    }
    return null;
  }

  /** True when some era entry names this name: its entity depends on the article's date. */
  boolean hasEra(String name, ActorType type) {
    return eras.containsKey(key(name, type));
  }

  /** The {@code never} entries naming this name, as (entry, position) pairs. */
  List<int[]> nevers(String name, ActorType type) {
    return nevers.getOrDefault(key(name, type), List.of());
  }

  /** Every entry, in file order. */
  public List<Entry> entries() {
    return List.copyOf(entries);
  }
}
