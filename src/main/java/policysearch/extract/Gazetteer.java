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

  /**
   * Endings stripped to find an ordinary word's stem: wire headlines use forms speeches rarely do.
   */
  private static final List<String> INFLECTIONS = List.of("s", "es", "ed", "d", "ing");

  private final PhraseTrie<Entry> actors = new PhraseTrie<>();
  private final PhraseTrie<String> titles = new PhraseTrie<>();
  private final PhraseTrie<String> lowerCaseTitles = new PhraseTrie<>();
  private final PhraseTrie<Boolean> notNames = new PhraseTrie<>();
  private final PhraseTrie<Boolean> places = new PhraseTrie<>();
  private final Map<String, String> personBySurname = new HashMap<>();
  private final Map<String, String> personByTitledSurname = new HashMap<>();
  private final Set<String> demonyms = new HashSet<>();
  private final Set<String> givenNames;
  private final Set<String> roleNouns;
  private final Set<String> personVerbs;
  private final Map<String, String> shortReferences = new HashMap<>();
  private final Set<String> orgContext = new HashSet<>();
  private final Set<String> lowerCaseOffices;
  private final Set<String> orgHeads;
  private final Set<String> companyHeads;
  private final Set<String> namePrefixes;
  private final Set<String> orgStopWords;
  private final Set<String> thingHeads;
  private final Set<String> placeHeads;
  private final Set<String> commonWords;
  private final Set<String> particles;
  private final Set<String> nameSuffixes;
  private final Set<String> honorifics;
  private final Set<String> orgConnectors;
  private final Set<String> orgConjunctions;
  private final Set<String> currencyWords;
  private final Set<String> headlineSmallWords;
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
      String title = row[0].strip();
      titles.add(Tokenizer.words(title), title);
    }
    // In lower case, titles of two words or more ("trade representative") and the offices of
    // lower-case-titles.txt ("president"), not ranks that are adjectives too ("major", "general").
    lowerCaseOffices = words(resources, "gazetteer/lower-case-titles.txt");
    for (String[] row : resources.rows("gazetteer/titles.txt")) {
      String title = row[0].strip();
      String lower = title.toLowerCase(java.util.Locale.ROOT);
      boolean honorific =
          title.matches("(His|Her|The|Honorable|Honourable|Mr|Mrs|Ms|Miss|Mx|Dr|Lord|Lady)\\b.*");
      if (!honorific
          && (lower.contains(" ") && !title.contains(".") || lowerCaseOffices.contains(lower))) {
        lowerCaseTitles.add(Tokenizer.words(lower), title);
      }
    }
    for (String[] row : resources.rows("gazetteer/not-names.txt")) {
      notNames.add(Tokenizer.words(row[0].strip()), Boolean.TRUE);
    }
    for (String[] row : resources.rows("gazetteer/places.txt")) {
      places.add(Tokenizer.words(row[0].strip()), Boolean.TRUE);
    }
    givenNames = words(resources, "gazetteer/given-names.txt");
    roleNouns = words(resources, "gazetteer/role-nouns.txt");
    personVerbs = words(resources, "gazetteer/person-verbs.txt");
    for (String[] row : resources.tableRows("gazetteer/short-references.tsv")) {
      shortReferences.put(row[0].strip() + "\t" + row[1].strip(), row[2].strip());
    }
    for (String[] row : resources.tableRows("gazetteer/org-context.tsv")) {
      orgContext.add(row[0].strip() + "\t" + row[1].strip());
    }
    companyHeads = words(resources, "gazetteer/company-heads.txt");
    orgHeads = words(resources, "gazetteer/org-heads.txt");
    orgHeads.addAll(companyHeads);
    thingHeads = words(resources, "gazetteer/thing-heads.txt");
    placeHeads = words(resources, "gazetteer/place-heads.txt");
    orgStopWords = words(resources, "gazetteer/org-stop-words.txt");
    namePrefixes = words(resources, "gazetteer/name-prefixes.txt");
    commonWords = words(resources, "gazetteer/common-words.txt");
    particles = words(resources, "gazetteer/name-particles.txt");
    nameSuffixes = words(resources, "gazetteer/name-suffixes.txt");
    honorifics = words(resources, "gazetteer/honorifics.txt");
    orgConnectors = words(resources, "gazetteer/org-connectors.txt");
    orgConjunctions = words(resources, "gazetteer/org-conjunctions.txt");
    currencyWords = words(resources, "gazetteer/currency-words.txt");
    headlineSmallWords = words(resources, "gazetteer/headline-small-words.txt");
    for (String[] row : resources.tableRows("gazetteer/ambiguous.tsv")) {
      cuesByActor.put(
          row[0].strip(), Resources.list(row, 1).stream().map(Tokenizer::words).toList());
    }
  }

  private static Set<String> words(Resources resources, String file) {
    Set<String> words = new HashSet<>();
    for (String[] row : resources.rows(file)) {
      words.add(row[0].strip());
    }
    return words;
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

  /**
   * The longest title written in lower case ("trade representative", "central bank president" ends
   * with "president") starting at token {@code from}, as titles.txt spells it, or null.
   */
  public PhraseTrie.Match<String> lowerCaseTitleAt(List<Token> tokens, int from) {
    return lowerCaseTitles.longestMatch(tokens, from);
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

  /**
   * What a short reference of {@code kind} stands for ("plural", "Departments" → "Department of";
   * "the", "House" → "House of Representatives"), or null.
   */
  public String shortReference(String kind, String word) {
    return shortReferences.get(kind + "\t" + word);
  }

  /**
   * True for a lower-case word that names a body by its context ({@code org-context.tsv}): {@code
   * kind} "demonym-head" ("the Thai cabinet"), "name-head", "press" or "apposition".
   */
  public boolean isOrgContext(String kind, String word) {
    return orgContext.contains(kind + "\t" + word);
  }

  /** True for "the", "a" or "an", in lower case. */
  public boolean isArticle(String lowerCaseWord) {
    return lowerCaseWord.equals("the") || lowerCaseWord.equals("a") || lowerCaseWord.equals("an");
  }

  /** True for a word of person-verbs.txt that follows a person's name ("said", "who"). */
  public boolean isPersonVerb(String word) {
    return personVerbs.contains(word);
  }

  /** True for a one-word office of lower-case-titles.txt in any case ("Chairman", "governor"). */
  public boolean isOffice(String word) {
    return lowerCaseOffices.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * True for a lower-case word of role-nouns.txt that describes the person named after it ("drug
   * czar, Bill Bennett", "the historian Arthur Schlesinger").
   */
  public boolean isRoleNoun(String word) {
    return roleNouns.contains(word);
  }

  /** True for a given name that starts a person's name without a title ("Peggy"). */
  public boolean isGivenName(String word) {
    return givenNames.contains(word);
  }

  /** True for a word that ends an organisation's name ("School", "Ministry", "Command"). */
  public boolean isOrgHead(String word) {
    return orgHeads.contains(word);
  }

  /** True for a company's legal form that ends its name ("Corp", "Ltd"). */
  public boolean isCompanyHead(String word) {
    return companyHeads.contains(word);
  }

  /** True for a capitalised word that is never part of an organisation's name ("Our", "No"). */
  public boolean isOrgStopWord(String word) {
    return orgStopWords.contains(word);
  }

  /** True for a word that makes a name before it a thing's ("Room", "Act", "County"). */
  public boolean isThingHead(String word) {
    return thingHeads.contains(word);
  }

  /**
   * True for an ordinary English word ("debate", "previewing") or an inflection of one ("resigns"
   * from "resign", "welcoming" from "welcome"), whatever its case: capitalised, it needs more
   * evidence to be read as a name.
   */
  public boolean isCommonWord(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (commonWords.contains(lower)) {
      return true;
    }
    for (String ending : INFLECTIONS) {
      if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
        String stem = lower.substring(0, lower.length() - ending.length());
        if (commonWords.contains(stem)
            || ending.equals("ing") && commonWords.contains(stem + "e")) {
          return true;
        }
      }
    }
    return false;
  }

  /** True for a lower-case word inside a person's name ("bin", "von", "der"). */
  public boolean isParticle(String word) {
    return particles.contains(word);
  }

  /** True for a word after a name that is no part of it ("Jr", "III"). */
  public boolean isNameSuffix(String word) {
    return nameSuffixes.contains(word);
  }

  /** True for a form of address that is no role ("Mr.", "His Excellency"). */
  public boolean isHonorific(String words) {
    return honorifics.contains(words);
  }

  /** True for a word joining an organisation's head to the rest ("of", "for", "on"). */
  public boolean isOrgConnector(String word) {
    return orgConnectors.contains(word);
  }

  /** True for a word joining two parts of one organisation's name ("and", "&"). */
  public boolean isOrgConjunction(String word) {
    return orgConjunctions.contains(word);
  }

  /** True for a word a title-case headline writes in lower case ("of", "and"). */
  public boolean isHeadlineSmallWord(String lowerCaseWord) {
    return headlineSmallWords.contains(lowerCaseWord);
  }

  /** True for a word for money after a demonym ("Canadian dlrs" is no mention of Canada). */
  public boolean isCurrencyWord(String word) {
    return currencyWords.contains(word);
  }

  /** True for a word that makes a would-be name a place's ("Shoal", "Islands", "River"). */
  public boolean isPlaceHead(String word) {
    return placeHeads.contains(word);
  }

  /** True for a lower-case name particle written with a capital ("De La Cruz", "Al Thani"). */
  public boolean isCapitalisedParticle(String word) {
    return particles.contains(word.toLowerCase(java.util.Locale.ROOT));
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
