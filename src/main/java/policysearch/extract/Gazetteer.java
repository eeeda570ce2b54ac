package policysearch.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  private final PhraseTrie<Boolean> places = new PhraseTrie<>();
  private final Map<String, String> personBySurname = new HashMap<>();
  private final Map<String, String> personByTitledSurname = new HashMap<>();
  private final Set<String> demonyms = new HashSet<>();
  private final Set<String> givenNames = new HashSet<>();
  private final Set<String> orgHeads = new HashSet<>();
  private final Set<String> namePrefixes = new HashSet<>();
  private final Set<String> orgStopWords = new HashSet<>();
  private final Set<String> thingHeads = new HashSet<>();
  private final Map<String, List<List<String>>> cuesByActor = new HashMap<>();

  /** Loads the gazetteer files through {@code resources}. */
  public Gazetteer(Resources resources) {
    for (String[] row : resources.rows("gazetteer/countries.tsv")) {
      addAll(row, ActorType.COUNTRY, 2);
      demonyms.addAll(Resources.list(row, 2));
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
    for (String[] row : resources.tableRows("gazetteer/titled-surnames.tsv")) {
      personByTitledSurname.put(row[0].strip() + "\t" + row[1].strip(), row[2].strip());
    }
    for (String[] row : resources.rows("gazetteer/titles.txt")) {
      titles.add(Tokenizer.words(row[0].strip()), row[0].strip());
    }
    for (String[] row : resources.rows("gazetteer/not-names.txt")) {
      notNames.add(Tokenizer.words(row[0].strip()), Boolean.TRUE);
    }
    for (String[] row : resources.rows("gazetteer/places.txt")) {
      places.add(Tokenizer.words(row[0].strip()), Boolean.TRUE);
    }
    for (String[] row : resources.rows("gazetteer/given-names.txt")) {
      givenNames.add(row[0].strip());
    }
    for (String[] row : resources.rows("gazetteer/org-heads.txt")) {
      orgHeads.add(row[0].strip());
    }
    for (String[] row : resources.rows("gazetteer/thing-heads.txt")) {
      thingHeads.add(row[0].strip());
    }
    for (String[] row : resources.rows("gazetteer/org-stop-words.txt")) {
      orgStopWords.add(row[0].strip());
    }
    for (String[] row : resources.rows("gazetteer/name-prefixes.txt")) {
      namePrefixes.add(row[0].strip());
    }
    for (String[] row : resources.tableRows("gazetteer/ambiguous.tsv")) {
      cuesByActor.put(
          row[0].strip(), Resources.list(row, 1).stream().map(Tokenizer::words).toList());
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

  /**
   * The person a surname means after {@code title} ("Speaker Johnson" → Mike Johnson), from {@code
   * titled-surnames.tsv}, else the first gazetteer person with that surname.
   */
  public Optional<String> personWithSurname(String surname, String title) {
    String titled = title == null ? null : personByTitledSurname.get(title + "\t" + surname);
    return titled != null ? Optional.of(titled) : personWithSurname(surname);
  }

  /** The longest place ("New Mexico", "Indian Ocean") starting at token {@code from}, or null. */
  public PhraseTrie.Match<Boolean> placeAt(List<Token> tokens, int from) {
    return places.longestMatch(tokens, from);
  }

  /** True for a demonym of a country ("Japanese", "Israelis"). */
  public boolean isDemonym(String word) {
    return demonyms.contains(word);
  }

  /** True for a given name that starts a person's name without a title ("Peggy"). */
  public boolean isGivenName(String word) {
    return givenNames.contains(word);
  }

  /** True for a word that ends an organisation's name ("School", "Ministry", "Command"). */
  public boolean isOrgHead(String word) {
    return orgHeads.contains(word);
  }

  /** True for a capitalised word that is never part of an organisation's name ("Our", "No"). */
  public boolean isOrgStopWord(String word) {
    return orgStopWords.contains(word);
  }

  /** True for a word that makes a name before it a thing's ("Room", "Act", "County"). */
  public boolean isThingHead(String word) {
    return thingHeads.contains(word);
  }

  /** True for a word after which a name is a ship's or a base's ("USS", "Fort"). */
  public boolean isNamePrefix(String word) {
    return namePrefixes.contains(word);
  }

  /**
   * The cues (token sequences) an ambiguous actor ("Georgia") needs in the article; empty when the
   * actor is not ambiguous.
   */
  public List<List<String>> cuesFor(String actor) {
    return cuesByActor.getOrDefault(actor, List.of());
  }

  /** The longest capitalised non-name ("Task Force") starting at token {@code from}, or null. */
  public PhraseTrie.Match<Boolean> notNameMatch(List<Token> tokens, int from) {
    return notNames.longestMatch(tokens, from);
  }

  /** True when a capitalised non-name ("Monday", "Fact Sheet") starts at token {@code from}. */
  public boolean notNameAt(List<Token> tokens, int from) {
    return notNames.longestMatch(tokens, from) != null;
  }
}
