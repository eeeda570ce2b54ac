package policysearch.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every person mention one canonical name per article: the gazetteer's name, or for a bare or
 * titled surname ("Kamikawa") the fullest name in the same text that ends with it; and turns later
 * bare surnames of a person named in full ("Peggy Cooper Davis" … "Davis") into mentions too.
 */
final class PersonResolver {
  private final Gazetteer gazetteer;
  private final FullNames fullNames;

  PersonResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.fullNames = new FullNames(gazetteer);
  }

  /**
   * The mentions with persons resolved, plus surname-only mentions at tokens that {@code covered}
   * does not mark, ordered by position.
   */
  List<Mention> resolve(String text, List<Mention> mentions, List<Token> tokens, BitSet covered) {
    List<Mention> resolved = new ArrayList<>(mentions.size() + 8);
    Map<String, String> fullestBySurname = new HashMap<>();
    Map<String, String> fullestByGivenName = new HashMap<>();
    for (Mention m : mentions) {
      Mention canonical = m.type() == ActorType.PERSON ? canonical(m) : m;
      resolved.add(canonical);
      if (canonical.type() == ActorType.PERSON
          && canonical.name().contains(" ")
          && isSurname(surname(canonical.name()))) {
        fullestBySurname.merge(
            surname(canonical.name()), canonical.name(), (a, b) -> b.length() > a.length() ? b : a);
        fullestByGivenName.merge(
            givenName(canonical.name()), canonical.name(), (a, b) -> a.equals(b) ? a : "");
      }
    }
    Map<String, List<Integer>> positions = null;
    for (Mention m : resolved) {
      if (m.type() == ActorType.PERSON
          && !m.name().contains(" ")
          && gazetteer.personWithSurname(m.name(), m.role()).isEmpty()) {
        positions = positions == null ? FullNames.positions(tokens) : positions;
        fullNames
            .before(text, tokens, positions, m.name())
            .ifPresent(f -> fullestBySurname.putIfAbsent(m.name(), f));
      }
    }
    fullestByGivenName.values().removeIf(String::isEmpty);
    resolved.replaceAll(m -> withFullName(m, fullestBySurname, fullestByGivenName));
    addSurnameMentions(tokens, covered, fullestBySurname, resolved);
    resolved.sort(Comparator.comparingInt(Mention::start));
    return resolved;
  }

  /**
   * A one-word person named in full elsewhere in the text: by surname ("Kamikawa"), else by a given
   * name that starts only one full name ("Ursula" for "Ursula von der Leyen").
   */
  private Mention withFullName(
      Mention m, Map<String, String> fullestBySurname, Map<String, String> fullestByGivenName) {
    if (m.type() != ActorType.PERSON || m.name().contains(" ")) {
      return m;
    }
    String full =
        fullestBySurname.getOrDefault(
            m.name(),
            gazetteer
                .personWithSurname(m.name(), m.role())
                .orElse(fullestByGivenName.getOrDefault(m.name(), m.name())));
    return new Mention(full, m.type(), m.role(), m.start(), m.end());
  }

  private static void addSurnameMentions(
      List<Token> tokens,
      BitSet covered,
      Map<String, String> fullestBySurname,
      List<Mention> resolved) {
    if (fullestBySurname.isEmpty()) {
      return;
    }
    for (int i = covered.nextClearBit(0); i < tokens.size(); i = covered.nextClearBit(i + 1)) {
      Token t = tokens.get(i);
      String full = t.capitalized() ? fullestBySurname.get(t.text()) : null;
      if (full != null && !joined(tokens, i)) {
        resolved.add(new Mention(full, ActorType.PERSON, null, t.start(), t.end()));
      }
    }
  }

  /** True when the word is glued to a neighbour by a hyphen ("Davis-Bacon"). */
  private static boolean joined(List<Token> tokens, int i) {
    boolean before =
        i > 0
            && tokens.get(i - 1).text().equals("-")
            && tokens.get(i - 1).end() == tokens.get(i).start();
    boolean after =
        i + 1 < tokens.size()
            && tokens.get(i + 1).text().equals("-")
            && tokens.get(i + 1).start() == tokens.get(i).end();
    return before || after;
  }

  private Mention canonical(Mention m) {
    String name = allCaps(m.name()) ? titleCase(m.name()) : m.name();
    String withoutInitials = name.replaceAll("\\s+\\p{Lu}\\.(?=\\s)", "");
    for (String candidate : List.of(name, withoutInitials)) {
      List<Token> tokens = Tokenizer.tokenize(candidate);
      PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, 0);
      if (known != null
          && known.end() == tokens.size()
          && known.value().type() == ActorType.PERSON) {
        return new Mention(known.value().name(), m.type(), m.role(), m.start(), m.end());
      }
    }
    return name.equals(m.name()) ? m : new Mention(name, m.type(), m.role(), m.start(), m.end());
  }

  private static boolean allCaps(String name) {
    return name.chars().anyMatch(Character::isLetter)
        && name.equals(name.toUpperCase(java.util.Locale.ROOT));
  }

  /** "DONALD J. TRUMP" under a signed order is Donald J. Trump. */
  private static String titleCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }

  /** "II" in "Abdullah II" is no surname that could stand alone. */
  private static boolean isSurname(String word) {
    return word.length() > 1 && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
  }

  private static String givenName(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  static String surname(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }
}
