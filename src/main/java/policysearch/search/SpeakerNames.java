package policysearch.search;

import java.util.Set;

/**
 * The names one actor goes by, its canonical name among them. Related statements leave out the
 * source's speakers under every one of these names. Entity resolution supplies alias sets; an index
 * without them knows each actor by its canonical name alone ({@link #canonical()}).
 */
@FunctionalInterface
public interface SpeakerNames {
  /** Every name of the actor called {@code canonical}, {@code canonical} included. */
  Set<String> of(String canonical);

  /** Each actor known by its canonical name only. */
  static SpeakerNames canonical() {
    return Set::of;
  }
}
