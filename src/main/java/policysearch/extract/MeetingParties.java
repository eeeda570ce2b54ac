package policysearch.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who "the leaders", "both sides" and "they" are in the report of a meeting or call: the persons
 * its title names (not the spokesperson of a "Readout from NSC Spokesperson … on …"), else with
 * those of the first sentence of the opening paragraph that names any — never someone named further
 * on in passing, nor a name that only qualifies another word ("the Biden-Harris Administration").
 */
final class MeetingParties {
  private static final Pattern REPORTED_TITLE =
      Pattern.compile(
          "^\\s*(joint\\s+)?(statement\\s+(from|by|of)|readout\\s+(from|by))\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE_SUBJECT =
      Pattern.compile("\\s(on|regarding|about)\\s", Pattern.CASE_INSENSITIVE);

  private final SentenceSplitter splitter;
  private final Set<String> modifiedHeads;

  MeetingParties(SentenceSplitter splitter, Resources resources) {
    this.splitter = splitter;
    this.modifiedHeads = resources.wordSet("statements/modified-heads.txt");
  }

  /** The parties, in order of mention; fewer than two means the article reports no meeting. */
  List<String> of(String title, String text, List<Mention> titleMentions, Speakers speakers) {
    Set<String> parties = new LinkedHashSet<>();
    int from = 0;
    if (title != null && REPORTED_TITLE.matcher(title).find()) {
      var subject = TITLE_SUBJECT.matcher(title);
      from = subject.find() ? subject.end() : title.length();
    }
    List<Token> titleTokens = title == null ? List.of() : Tokenizer.tokenize(title);
    for (Mention m : titleMentions) {
      if (m.type() == ActorType.PERSON && m.start() >= from && !qualifier(m, titleTokens)) {
        parties.add(m.name());
      }
    }
    if (parties.size() < 2) {
      int paragraph = text.indexOf("\n\n");
      List<Token> tokens = Tokenizer.tokenize(paragraph < 0 ? text : text.substring(0, paragraph));
      for (int[] sentence : splitter.split(text, 0, paragraph < 0 ? text.length() : paragraph)) {
        List<String> named = new ArrayList<>();
        for (Mention m : speakers.within(sentence[0], sentence[1])) {
          if (m.type() == ActorType.PERSON && !qualifier(m, tokens)) {
            named.add(m.name());
          }
        }
        if (!named.isEmpty()) {
          parties.addAll(named);
          break;
        }
      }
    }
    return new ArrayList<>(parties);
  }

  /** True when the name only qualifies the word after it: "Biden-Harris Administration". */
  private boolean qualifier(Mention m, List<Token> tokens) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < m.end()) {
      i++;
    }
    while (i + 1 < tokens.size()
        && (tokens.get(i).text().equals("-") || tokens.get(i).text().equals("–"))
        && tokens.get(i + 1).capitalized()) {
      i += 2;
    }
    return i < tokens.size()
        && modifiedHeads.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
  }
}
