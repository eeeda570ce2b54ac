package policysearch.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sports teams ({@code gazetteer/sports.tsv}): in an article about sport (two different cues or
 * more: "World Series", "playoffs", "pitcher"), "the" or a season's year before capitalised words
 * ending with a plural names a team ("the Houston Astros", "the Mariners"); a team named in short
 * takes the article's longer name ending with the same word ("the Astros" is the Houston Astros).
 */
final class SportsTeams {
  private static final int MIN_CUES = 2;
  private static final int MAX_WORDS = 4;
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  /** A plural's ending: "Astros", "Aces", "Celtics" — not "Texas", "Census", "Paris", "Dobbs". */
  private static final Pattern PLURAL = Pattern.compile("\\p{Lu}\\p{L}+[^aiusb]s");

  /**
   * Grammar words and verbs of play after a team's name ("the Rays — and", "the Astros to win",
   * "the Chiefs won"); a noun there makes the name a modifier ("the Paris agreement", "the Dobbs
   * decision").
   */
  private static final Set<String> AFTER_TEAM =
      Set.of(
          "and",
          "or",
          "to",
          "in",
          "for",
          "with",
          "at",
          "on",
          "from",
          "of",
          "by",
          "who",
          "that",
          "will",
          "would",
          "were",
          "are",
          "is",
          "was",
          "have",
          "has",
          "had",
          "last",
          "this",
          "did",
          "can",
          "could",
          "as",
          "but",
          "so",
          "won",
          "beat",
          "lost",
          "played",
          "swept",
          "defeated",
          "finished",
          "took",
          "made",
          "went");

  private final Gazetteer gazetteer;
  private final Pattern cues;
  private final Set<String> notTeams = new HashSet<>();

  SportsTeams(Gazetteer gazetteer, Resources resources) {
    this.gazetteer = gazetteer;
    List<String> cueWords = new ArrayList<>();
    for (String[] row : resources.tableRows("gazetteer/sports.tsv")) {
      String words = row[1].strip();
      if (row[0].strip().equals("cue")) {
        cueWords.add(Pattern.quote(words));
      } else {
        notTeams.add(words);
      }
    }
    this.cues = Pattern.compile("\\b(" + String.join("|", cueWords) + ")\\b");
  }

  /** Adds a mention for every team the text names outside the other mentions. */
  void add(Scan s, List<Mention> mentions) {
    if (!aboutSport(s.text())) {
      return;
    }
    List<Token> tokens = s.tokens();
    List<int[]> teams = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      int end = teamEnd(s, i);
      if (end > i && !overlaps(mentions, tokens.get(i).start(), tokens.get(end - 1).end())) {
        teams.add(new int[] {i, end});
        i = end - 1;
      }
    }
    teams.removeIf(team -> !named(s, teams, team));
    for (int[] team : teams) {
      mentions.add(
          new Mention(
              fullestName(s, teams, team),
              ActorType.ORGANIZATION,
              null,
              tokens.get(team[0]).start(),
              tokens.get(team[1] - 1).end()));
    }
  }

  private boolean aboutSport(String text) {
    Set<String> seen = new HashSet<>();
    Matcher m = cues.matcher(text);
    while (m.find() && seen.size() < MIN_CUES) {
      seen.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return seen.size() >= MIN_CUES;
  }

  /**
   * The end of a team's name at {@code i}: after "the" or a year, one to four capitalised words on
   * one line, the last a plural that is no demonym, known actor or word of {@code not-team}.
   */
  private int teamEnd(Scan s, int i) {
    List<Token> tokens = s.tokens();
    String before = tokens.get(i - 1).text();
    if (!before.equalsIgnoreCase("the") && !YEAR.matcher(before).matches() || s.headline().get(i)) {
      return i;
    }
    int end = i;
    while (end < tokens.size()
        && end - i < MAX_WORDS
        && tokens.get(end).word()
        && tokens.get(end).capitalized()
        && (end == i || !NameScanner.lineBreakBefore(s.text(), tokens, end))) {
      end++;
    }
    if (end == i
        || end < tokens.size() && tokens.get(end).word() && tokens.get(end).capitalized()) {
      return i;
    }
    String last = tokens.get(end - 1).text();
    if (!PLURAL.matcher(last).matches()
        || end < tokens.size()
            && tokens.get(end).word()
            && !AFTER_TEAM.contains(tokens.get(end).text())
        || last.equals(last.toUpperCase(Locale.ROOT))
        || notTeams.contains(last)
        || gazetteer.isDemonym(last)
        || gazetteer.isPlaceHead(last)
        || gazetteer.placeAt(tokens, end - 1) != null
        || gazetteer.titleAt(tokens, i) != null
        || gazetteer.actorAt(tokens, end - 1) != null
        || gazetteer.personWithSurname(last.substring(0, last.length() - 1)).isPresent()
        || end - i > 1 && gazetteer.isCommonWord(tokens.get(i).text())
        || gazetteer.actorAt(tokens, i) != null && gazetteer.actorAt(tokens, i).end() >= end) {
      return i; // "the Great Lakes", "the Bidens", "the 2021 World Series Champions"
    }
    return end;
  }

  /**
   * A team of one ordinary word ("the Braves", "the Arts") counts only when the article names it in
   * full too ("the Atlanta Braves").
   */
  private boolean named(Scan s, List<int[]> teams, int[] team) {
    String word = s.tokens().get(team[0]).text();
    return team[1] - team[0] > 1
        || !gazetteer.isCommonWord(word)
        || !fullestName(s, teams, team).equals(word);
  }

  /** The longest team name of the article that ends with this team's last word. */
  private static String fullestName(Scan s, List<int[]> teams, int[] team) {
    List<Token> tokens = s.tokens();
    String last = tokens.get(team[1] - 1).text();
    int[] best = team;
    for (int[] other : teams) {
      if (tokens.get(other[1] - 1).text().equals(last) && other[1] - other[0] > best[1] - best[0]) {
        best = other;
      }
    }
    return NameScanner.span(s.text(), tokens, best[0], best[1]);
  }

  private static boolean overlaps(List<Mention> mentions, int start, int end) {
    for (Mention m : mentions) {
      if (m.start() < end && start < m.end()) {
        return true;
      }
    }
    return false;
  }
}
