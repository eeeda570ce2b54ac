package policysearch.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import policysearch.extract.ActorType;
import policysearch.extract.Resources;

/**
 * What resolution reads besides the index: the editable aliases file, and from the gazetteer the
 * country names (to read an organisation's country), the canonical names the extractor already
 * gives (two of them are never merged) and given names (a lone given name is no surname); and the
 * short forms of given names ({@code entities/nicknames.tsv}).
 */
public final class NameData {
  private final Aliases aliases;
  private final Countries countries;
  private final Set<String> known = new HashSet<>();
  private final Set<String> givenNames = new HashSet<>();
  private final Nicknames nicknames;
  private final Map<String, List<OrgName>> expansions = new HashMap<>();

  private NameData(Resources resources, Aliases aliases) {
    this.aliases = aliases;
    this.countries = new Countries(resources);
    this.nicknames = new Nicknames(resources.tableRows("entities/nicknames.tsv"));
    addKnown(resources.rows("gazetteer/persons.tsv"), ActorType.PERSON);
    addKnown(resources.rows("gazetteer/organizations.tsv"), ActorType.ORGANIZATION);
    for (String[] row : resources.rows("gazetteer/organizations.tsv")) {
      OrgName name = OrgName.parse(row[0], countries);
      if (!name.acronym().isEmpty()) {
        expansions.put(
            row[0].strip(),
            Resources.list(row, 1).stream()
                .map(alias -> OrgName.parse(alias, countries))
                .filter(alias -> alias.acronym().isEmpty())
                .toList());
      }
    }
    addKnown(resources.rows("gazetteer/countries.tsv"), ActorType.COUNTRY);
    for (String[] row : resources.rows("gazetteer/given-names.txt")) {
      givenNames.add(Fold.key(row[0]));
    }
  }

  /** The project's files: {@value Aliases#RESOURCE} and the gazetteer. */
  public static NameData load() {
    Resources resources = new Resources();
    return new NameData(
        resources, new Aliases(resources.tableRows(Aliases.RESOURCE), Aliases.RESOURCE));
  }

  /** The gazetteer with another aliases file (tests, and users trying an edit). */
  public static NameData with(Aliases aliases) {
    return new NameData(new Resources(), aliases);
  }

  private void addKnown(List<String[]> rows, ActorType type) {
    rows.forEach(row -> known.add(type + "|" + row[0].strip()));
  }

  /** The aliases file. */
  public Aliases aliases() {
    return aliases;
  }

  /** The spelled-out names the gazetteer gives an acronym it knows ("NSA"), or null. */
  List<OrgName> expansions(String acronym) {
    return expansions.get(acronym);
  }

  Nicknames nicknames() {
    return nicknames;
  }

  Countries countries() {
    return countries;
  }

  /** True for a canonical name of the gazetteer: the extractor chose it on purpose. */
  boolean known(String name, ActorType type) {
    return known.contains(type + "|" + name);
  }

  /** True for a word that is a given name ("Ursula"), which alone is nobody's surname. */
  boolean givenName(String folded) {
    return givenNames.contains(folded);
  }
}
