package policysearch.resolve;

/** How many articles name both of two names: an acronym and its expansion go together. */
@FunctionalInterface
public interface Cooccurrence {
  /** The number of articles naming both {@code a} and {@code b}. */
  int articles(NameCount a, NameCount b);
}
