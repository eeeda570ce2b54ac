package policysearch.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of countries, organisations and persons with their aliases and demonyms, titles that
 * introduce a person, and capitalised words that are never names — all loaded from {@code
 * src/main/resources/gazetteer/*}.
 */
public final class Gazetteer {
  /** A gazetteer surface form resolves to this canonical actor. */
  public record Entry(String name, ActorType type) {}

  private final PhraseTrie<Entry> actors = new PhraseTrie<>();
  private final PhraseTrie<String> titles = new PhraseTrie<>();
  private final PhraseTrie<Boolean> notNames = new PhraseTrie<>();
  private final Map<String, String> personBySurname = new HashMap<>();

  /** Loads the gazetteer files through {@code resources}. */
  public Gazetteer(Resources resources) {
    for (String[] row : resources.rows("gazetteer/countries.tsv")) {
      addAll(row, ActorType.COUNTRY, 2);
    }
    for (String[] row : resources.rows("gazetteer/organizations.tsv")) {
      addAll(row, ActorType.ORGANIZATION, 1);
    }
    for (String[] row : resources.rows("gazetteer/persons.tsv")) {
      addAll(row, ActorType.PERSON, 1);
      String name = row[0].strip();
      // File order decides which of two people with one surname a bare surname means.
      personBySurname.putIfAbsent(name.substring(name.lastIndexOf(' ') + 1), name);
    }
    for (String[] row : resources.rows("gazetteer/titles.txt")) {
      titles.add(Tokenizer.words(row[0].strip()), row[0].strip());
    }
    for (String[] row : resources.rows("gazetteer/not-names.txt")) {
      notNames.add(Tokenizer.words(row[0].strip()), Boolean.TRUE);
    }
  }

  private void addAll(String[] row, ActorType type, int lastAliasColumn) {
    Entry entry = new Entry(row[0].strip(), type);
    actors.add(Tokenizer.words(entry.name()), entry);
    for (int column = 1; column <= lastAliasColumn; column++) {
      for (String alias : Resources.list(row, column)) {
        actors.add(Tokenizer.words(alias), entry);
      }
    }
  }

  /** The longest actor name, alias or demonym starting at token {@code from}. */
  public PhraseTrie.Match<Entry> actorAt(List<Token> tokens, int from) {
    return actors.longestMatch(tokens, from);
  }

  /** The longest title ("Foreign Minister", "Gen.") starting at token {@code from}. */
  public PhraseTrie.Match<String> titleAt(List<Token> tokens, int from) {
    return titles.longestMatch(tokens, from);
  }

  /** The first gazetteer person with this surname ("Harris" → "Kamala Harris"). */
  public Optional<String> personWithSurname(String surname) {
    return Optional.ofNullable(personBySurname.get(surname));
  }

  /** True when a capitalised non-name ("Monday", "Fact Sheet") starts at token {@code from}. */
  public boolean notNameAt(List<Token> tokens, int from) {
    return notNames.longestMatch(tokens, from) != null;
  }
}
