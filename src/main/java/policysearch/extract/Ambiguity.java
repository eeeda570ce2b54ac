package policysearch.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops actors whose name usually means something else ("Georgia", the U.S. state) unless the text
 * has one of their cues from {@code gazetteer/ambiguous.tsv} ("Tbilisi").
 */
final class Ambiguity {
  private final Gazetteer gazetteer;

  Ambiguity(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The mentions without those of ambiguous actors that the text does not confirm. */
  List<Mention> keepConfirmed(List<Mention> mentions, List<Token> tokens) {
    Map<String, Boolean> confirmed = new HashMap<>();
    List<Mention> kept =
        mentions.stream()
            .filter(
                m ->
                    confirmed.computeIfAbsent(
                        m.name(), name -> confirmedBy(gazetteer.cuesFor(name), tokens)))
            .toList();
    return kept.size() == mentions.size() ? mentions : kept;
  }

  private static boolean confirmedBy(List<List<String>> cues, List<Token> tokens) {
    if (cues.isEmpty()) {
      return true;
    }
    for (List<String> cue : cues) {
      for (int i = 0; i + cue.size() <= tokens.size(); i++) {
        if (startsAt(cue, tokens, i)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsAt(List<String> cue, List<Token> tokens, int i) {
    for (int k = 0; k < cue.size(); k++) {
      if (!tokens.get(i + k).text().equals(cue.get(k))) {
        return false;
      }
    }
    return true;
  }
}
