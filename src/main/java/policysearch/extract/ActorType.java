package policysearch.extract;

import java.util.Locale;

/** The three kinds of actor a journalist filters by. */
public enum ActorType {
  PERSON,
  COUNTRY,
  ORGANIZATION;

  /** The lower-case name used in JSON, facets and the gazetteer files. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case name. */
  public static ActorType parse(String value) {
    return valueOf(value.strip().toUpperCase(Locale.ROOT));
  }
}
