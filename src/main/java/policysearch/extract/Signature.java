package policysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signatory of a signed text — an executive order, a proclamation, a letter — found by shape:
 * its last paragraph, or the last before place-and-date lines ("THE WHITE HOUSE,", "July 8,
 * 2022."), is nothing but a person's name in capitals ("JOSEPH R. BIDEN JR.", "DONALD J. TRUMP") —
 * a name the gazetteer or the article knows, or that opens with a given name; a heading in capitals
 * ("DEFENDING OUR NATION") is none.
 */
final class Signature {
  private static final int MAX_PLACE_OR_DATE = 40;
  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}[\\p{Lu}'’.\\-]*(?: \\p{Lu}[\\p{Lu}'’.\\-]*){1,5}");

  private final Gazetteer gazetteer;

  Signature(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A signatory and where the signature starts: the signed text ends there. */
  record Signed(Voice voice, int at) {}

  /** The signatory as written and under its canonical name, or empty for an unsigned text. */
  Optional<Signed> of(String text, Speakers speakers) {
    int end = text.stripTrailing().length();
    int start = paragraphStart(text, end);
    while (start > 0 && placeOrDate(text.substring(start, end).strip())) {
      end = start - 2;
      start = paragraphStart(text, end);
    }
    String line = text.substring(start, end).strip();
    if (!NAME.matcher(line).matches()) {
      return Optional.empty();
    }
    int at = start;
    return canonical(line, speakers)
        .map(name -> new Signed(new Voice(name, Attribution.STATEMENT, line), at));
  }

  private static int paragraphStart(String text, int end) {
    int brk = text.lastIndexOf("\n\n", end - 1);
    return brk < 0 ? 0 : brk + 2;
  }

  /** "THE WHITE HOUSE,", "July 8, 2022.": a short line with a comma or a digit. */
  private static boolean placeOrDate(String line) {
    return line.length() <= MAX_PLACE_OR_DATE
        && line.chars().anyMatch(c -> c == ',' || Character.isDigit(c));
  }

  /**
   * The gazetteer's person, else the article's person with that surname, else the name as written
   * when it opens with a given name; empty for a name of no known person.
   */
  private Optional<String> canonical(String signed, Speakers speakers) {
    String written = TurnLabels.titleCase(signed);
    List<Token> tokens = Tokenizer.tokenize(written);
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(tokens, 0);
    if (known != null && known.end() >= tokens.size() - 2) {
      return known.value().type() == ActorType.PERSON
          ? Optional.of(known.value().name())
          : Optional.empty();
    }
    List<String> words = new ArrayList<>();
    for (Token t : tokens) {
      if (t.word() && t.text().length() > 1) {
        words.add(t.text());
      }
    }
    if (words.size() < 2) {
      return Optional.empty();
    }
    Optional<String> named =
        speakers.personEndingWith(words.subList(words.size() - 1, words.size()), null);
    if (named.isPresent()) {
      return named;
    }
    return gazetteer.isGivenName(words.get(0)) ? Optional.of(written) : Optional.empty();
  }
}
