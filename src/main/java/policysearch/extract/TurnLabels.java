package policysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a transcript label to the person it names: "THE PRESIDENT" to the person the article
 * names President, "MS. PSAKI" or "PRIME MINISTER KISHIDA" to the article's person with that
 * surname (else, after an honorific or a title, to the surname itself); labels that name no one
 * ("MODERATOR", "AUDIENCE MEMBER", "SENIOR ADMINISTRATION OFFICIAL") resolve to nobody.
 */
final class TurnLabels {
  private final Gazetteer gazetteer;
  private static final int MAX_SURNAME_WORDS = 3;
  private final Set<String> honorifics;
  private final Set<String> joiners;

  TurnLabels(Resources resources, Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.honorifics = resources.wordSet("statements/honorifics.txt");
    this.joiners = resources.wordSet("statements/joiners.txt");
  }

  /** The canonical name of the person {@code label} names, or empty. */
  Optional<String> speaker(String label, Speakers speakers) {
    String written = titleCase(label);
    List<Token> tokens = Tokenizer.tokenize(written);
    if (tokens.size() > 1 && tokens.get(0).text().equals("The")) {
      return speakers.byRole(written.substring(tokens.get(1).start()));
    }
    int name = 0;
    String role = null;
    if (honorifics.contains(tokens.get(0).text())) {
      name = tokens.size() > 1 && tokens.get(1).text().equals(".") ? 2 : 1;
    } else {
      for (PhraseTrie.Match<String> title = gazetteer.titleAt(tokens, 0);
          title != null && title.end() < tokens.size();
          title = gazetteer.titleAt(tokens, name)) {
        role = title.value();
        name = title.end();
      }
    }
    PhraseTrie.Match<String> onlyTitle = gazetteer.titleAt(tokens, name);
    if (onlyTitle != null && onlyTitle.end() == tokens.size()) {
      return Optional.empty(); // "MR. PRESIDENT" addresses someone; it names no one
    }
    List<String> words = new ArrayList<>();
    for (Token t : tokens.subList(name, tokens.size())) {
      if (t.word()) {
        words.add(t.text());
      }
    }
    for (int from = 0; from < words.size(); from++) {
      Optional<String> known = speakers.personEndingWith(words.subList(from, words.size()), role);
      if (known.isPresent()) {
        return known;
      }
    }
    // "MS. SIMONS" names Simons though the article names her nowhere else; "PRESIDENT TRUMP
    // PROMISED AND DELIVERED:" is a heading, not a speaker.
    boolean introduced =
        name > 0
            && !words.isEmpty() // "THE HONORABLE:" leaves no name after its title
            && words.size() <= MAX_SURNAME_WORDS
            && words.stream()
                .allMatch(
                    w ->
                        Character.isUpperCase(w.charAt(0))
                            && !joiners.contains(w.toLowerCase(java.util.Locale.ROOT)));
    return introduced ? Optional.of(written.substring(tokens.get(name).start())) : Optional.empty();
  }

  /** "MS. JEAN-PIERRE" → "Ms. Jean-Pierre", "MCCARTHY" → "McCarthy", "O’CONNELL" → "O’Connell". */
  static String titleCase(String label) {
    StringBuilder out = new StringBuilder(label.length());
    boolean inWord = false;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      boolean letter = Character.isLetter(c);
      boolean mc =
          inWord
              && i >= 2
              && label.regionMatches(true, i - 2, "mc", 0, 2)
              && wordStart(label, i - 2);
      out.append(letter && (!inWord || mc) ? Character.toUpperCase(c) : Character.toLowerCase(c));
      inWord = letter;
    }
    return out.toString();
  }

  private static boolean wordStart(String s, int i) {
    return i == 0 || !Character.isLetter(s.charAt(i - 1));
  }
}
