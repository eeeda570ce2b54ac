package policysearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bodies named in short ({@code gazetteer/short-references.tsv}): a plural head before several
 * names ("the Departments of State and Justice", "the Secretaries of Transportation, Agriculture")
 * names each body, "the House" is the House of Representatives, and "Army", "Navy" alone in a U.S.
 * text are the U.S. forces.
 */
final class ShortReferences {
  private static final int MAX_NAME_TOKENS = 5;
  private static final String UNITED_STATES = "United States";

  private final Gazetteer gazetteer;

  ShortReferences(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The mentions of a short reference at token {@code i}: the index after it, or {@code i}. */
  int at(Scan s, int i, List<Mention> mentions) {
    List<Token> tokens = s.tokens();
    String word = tokens.get(i).text();
    String plural = gazetteer.shortReference("plural", word);
    if (plural != null && i + 2 < tokens.size() && of(tokens, i + 1)) {
      return bodies(s, i + 2, plural, mentions);
    }
    String body = gazetteer.shortReference("the", word);
    if (body != null && afterThe(tokens, i) && !(i + 1 < tokens.size() && of(tokens, i + 1))) {
      mentions.add(mention(body, tokens.get(i), tokens.get(i)));
      return i + 1;
    }
    return i;
  }

  /**
   * The bodies named after a plural head, joined by commas and "and": each the longest name the
   * gazetteer knows as a body ("Health and Human Services" before "Health"); the list ends at the
   * first name it does not know ("Secretaries of Defense Leon Panetta and Chuck Hagel" names the
   * Department of Defense only).
   */
  private int bodies(Scan s, int at, String head, List<Mention> mentions) {
    List<Token> tokens = s.tokens();
    int k = at;
    int found = 0;
    while (k < tokens.size() && tokens.get(k).capitalized() && tokens.get(k).word()) {
      int end = knownEnd(s, k, head);
      if (end == k) {
        break;
      }
      String name = head + " " + NameScanner.span(s.text(), tokens, k, end);
      mentions.add(mention(name, tokens.get(k), tokens.get(end - 1)));
      found++;
      k = end;
      if (k < tokens.size() && tokens.get(k).text().equals(",")) {
        k++;
      }
      if (k < tokens.size() && tokens.get(k).text().equals("and")) {
        k++;
      }
      if (k < tokens.size() && of(tokens, k)) {
        k++;
      }
    }
    return found == 0 ? at - 2 : k;
  }

  /** End of the longest name from {@code k} that makes a body the gazetteer knows, or {@code k}. */
  private int knownEnd(Scan s, int k, String head) {
    List<Token> tokens = s.tokens();
    for (int end = Math.min(tokens.size(), k + MAX_NAME_TOKENS); end > k; end--) {
      if (!tokens.get(end - 1).capitalized()) {
        continue;
      }
      String name = head + " " + NameScanner.span(s.text(), tokens, k, end);
      List<Token> words = Tokenizer.tokenize(name);
      PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(words, 0);
      if (known != null && known.end() == words.size()) {
        return end;
      }
    }
    return k;
  }

  /**
   * A mention of the body named {@code name}: the gazetteer's name when it knows the whole name.
   */
  private Mention mention(String name, Token first, Token last) {
    List<Token> words = Tokenizer.tokenize(name);
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(words, 0);
    boolean whole = known != null && known.end() == words.size();
    return new Mention(
        whole ? known.value().name() : name,
        whole ? known.value().type() : ActorType.ORGANIZATION,
        null,
        first.start(),
        last.end());
  }

  /**
   * "Army", "Navy", "Marines" standing alone ({@code national} rows) name the U.S. forces in an
   * article whose most named country is the United States, as "(Army, Navy, or Air Force)" in a
   * U.S. proclamation; not inside another name ("Salvation Army", "Army of the Republic of
   * Vietnam") nor in an article about another country.
   */
  void national(Scan s, List<Mention> mentions) {
    if (!UNITED_STATES.equals(mostNamedCountry(mentions))) {
      return;
    }
    List<Token> tokens = s.tokens();
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String body = gazetteer.shortReference("national", tokens.get(i).text());
      if (body != null && alone(tokens, i) && !inside(mentions, tokens.get(i))) {
        found.add(mention(body, tokens.get(i), tokens.get(i)));
      }
    }
    mentions.addAll(found);
  }

  private static String mostNamedCountry(List<Mention> mentions) {
    Map<String, Integer> counts = new HashMap<>();
    String most = null;
    for (Mention m : mentions) {
      if (m.type() == ActorType.COUNTRY) {
        int n = counts.merge(m.name(), 1, Integer::sum);
        if (most == null || n > counts.get(most)) {
          most = m.name();
        }
      }
    }
    return most;
  }

  /** No capitalised word (a demonym, "Salvation") but "The" before, nor a name or "of" after. */
  private static boolean alone(List<Token> tokens, int i) {
    Token before = i > 0 ? tokens.get(i - 1) : null;
    if (before != null && before.word() && before.capitalized() && !before.text().equals("The")) {
      return false;
    }
    if (i + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(i + 1);
    return !(next.word() && (next.capitalized() || next.text().equals("of")));
  }

  private static boolean inside(List<Mention> mentions, Token t) {
    for (Mention m : mentions) {
      if (m.start() < t.end() && t.start() < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** "the House", "the Senate and House": the word is the body itself, not part of a name. */
  private static boolean afterThe(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    String before = tokens.get(i - 1).text();
    return before.equalsIgnoreCase("the")
        || before.equals("and") && i >= 3 && tokens.get(i - 3).text().equalsIgnoreCase("the");
  }

  private static boolean of(List<Token> tokens, int i) {
    return tokens.get(i).text().equals("of");
  }
}
