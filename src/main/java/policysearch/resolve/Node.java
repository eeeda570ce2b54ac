package policysearch.resolve;

import java.util.List;
import policysearch.extract.ActorType;

/**
 * One name while resolving: its count, its parsed form (person or organisation), the aliases-file
 * entry pinning it (or -1), whether the gazetteer chose it, and its "never merge" entries.
 */
record Node(
    NameCount name, PersonName person, OrgName org, int pin, boolean known, List<int[]> nevers) {

  static Node of(NameCount name, NameData data) {
    ActorType type = name.type();
    return new Node(
        name,
        type == ActorType.PERSON ? PersonName.parse(name.name()) : null,
        type == ActorType.ORGANIZATION ? OrgName.parse(name.name(), data.countries()) : null,
        data.aliases().pinId(name.name(), type),
        data.known(name.name(), type),
        data.aliases().nevers(name.name(), type));
  }

  /** True when the two names cannot be one entity by their own shape. */
  boolean conflicts(Node other, Nicknames nicknames) {
    if (person != null && other.person != null) {
      return person.conflicts(other.person, nicknames);
    }
    if (org != null && other.org != null) {
      return !org.country().isEmpty()
          && !other.org.country().isEmpty()
          && !org.country().equals(other.org.country());
    }
    return false;
  }

  String text() {
    return name.name();
  }

  int count() {
    return name.articles();
  }
}
