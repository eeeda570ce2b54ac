package policysearch.resolve;

import java.time.LocalDate;
import policysearch.extract.Actor;

/** Gives an extracted actor its canonical name for an article of a given date. */
@FunctionalInterface
public interface Canonical {
  /** Names as extracted: no corpus resolution (benchmarks of the bare write path). */
  Canonical AS_EXTRACTED = (actor, date) -> actor;

  /** {@code actor} under its canonical name, roles kept. */
  Actor of(Actor actor, LocalDate date);
}
