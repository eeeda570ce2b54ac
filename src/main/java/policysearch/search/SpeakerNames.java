package policysearch.search;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names one actor goes by, its canonical name among them. Related statements leave out the
 * source's speakers under every one of these names: a statement indexed before the resolution
 * joined two spellings, and not rewritten yet, still carries the older name.
 */
@FunctionalInterface
public interface SpeakerNames {
  /** Every name of the actor called {@code canonical} in {@code index}, {@code canonical} first. */
  Set<String> of(String canonical, EntityNames index);

  /** The names the index's entity resolution wrote each actor under ({@link EntityNames}). */
  static SpeakerNames resolved() {
    return (canonical, index) -> {
      Set<String> names = new LinkedHashSet<>();
      names.add(canonical);
      names.addAll(index.aliases(canonical));
      return names;
    };
  }
}
