package policysearch.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one article says about its people, for resolving a speaker: persons in order of first
 * mention, the person last seen with each title ("the Prime Minister"), surnames, the parties of a
 * meeting, and who speaks the first-person words of the part being read.
 */
final class Speakers {
  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  private final List<Mention> mentions;
  private final List<String> persons = new ArrayList<>();
  private final Map<String, String> personByRole = new HashMap<>();
  private final Map<String, Set<String>> rolesOfPerson = new HashMap<>();
  private final Map<String, String> personBySurname = new HashMap<>();
  private final Map<String, String> organisationByFirstWord = new HashMap<>();
  private final Map<String, ActorType> types = new HashMap<>();
  private final Map<String, List<String>> nameWords = new HashMap<>();
  private List<String> parties = List.of();
  private Voice voice;
  private String lastSubject;
  private int lastSubjectAt;
  private int recentFrom;
  private int unnamedAt = -1;
  private String lastOrganization;
  private List<String> group = List.of();
  private int groupAt;

  /**
   * @param titleMentions mentions in the title (offsets ignored)
   * @param mentions mentions in the body, offsets into the body text
   * @param text the body text
   */
  Speakers(List<Mention> titleMentions, List<Mention> mentions, String text) {
    List<Mention> byStart = new ArrayList<>(mentions);
    byStart.sort(java.util.Comparator.comparingInt(Mention::start));
    this.mentions = byStart;
    Set<String> ordered = new LinkedHashSet<>();
    for (List<Mention> list : List.of(titleMentions, mentions)) {
      for (Mention m : list) {
        types.putIfAbsent(m.name(), m.type());
        if (m.type() == ActorType.PERSON) {
          ordered.add(m.name());
          if (m.role() != null) {
            String role = m.role().toLowerCase(Locale.ROOT);
            // The first person seen with a title keeps it: "Advisor to the Vice President Rohini
            // Kosoglu" must not make her the Vice President of a readout titled with Harris.
            personByRole.putIfAbsent(role, m.name());
            rolesOfPerson.computeIfAbsent(m.name(), k -> new HashSet<>()).add(role);
          }
          int space = m.name().lastIndexOf(' ');
          if (space > 0) {
            personBySurname.putIfAbsent(m.name().substring(space + 1), m.name());
          }
        } else if (m.type() == ActorType.ORGANIZATION) {
          shortName(m.name(), text);
        }
      }
    }
    persons.addAll(ordered);
  }

  /**
   * Wire copy names a company once in full and then by its first word ("Centrust Savings Bank said
   * …", "CenTrust said …"): that word stands for it unless the text also uses it as an ordinary
   * word ("United", "National", "First").
   */
  private void shortName(String organisation, String text) {
    int space = organisation.indexOf(' ');
    if (space < 3) {
      return;
    }
    String word = organisation.substring(0, space);
    if (Character.isUpperCase(word.charAt(0))
        && word.chars().allMatch(Character::isLetter)
        && !CommonWords.occursInLowerCase(text, word)) {
      organisationByFirstWord.putIfAbsent(fold(word), organisation);
    }
  }

  /** Who speaks the first-person words from now on; null when no one named does. */
  void speaking(Voice voice) {
    this.voice = voice;
  }

  Voice voice() {
    return voice;
  }

  /** The speaker of the first-person words being read ("I", "we"). */
  Optional<String> author() {
    return Optional.ofNullable(voice).map(Voice::name);
  }

  Actor actor(String name) {
    return Actor.of(name, types.getOrDefault(name, ActorType.PERSON));
  }

  /** The persons of the article, in order of first mention (title first). */
  List<String> persons() {
    return persons;
  }

  /** Records the person a sentence at {@code at} was about, for a following "he" or "she". */
  void sawSubject(Optional<String> person, int at) {
    person.ifPresent(
        p -> {
          lastSubject = p;
          lastSubjectAt = at;
        });
  }

  /**
   * Records that a person the text does not name ("the official", "an IBC spokesman") spoke at
   * {@code at}: a "he" or "she" after it means them until someone is named again.
   */
  void sawUnnamed(int at) {
    unnamedAt = at;
  }

  /**
   * Records who a reported statement's speakers are: a person for a following "he", an organisation
   * for a following "it said" or "the company said", several for "they".
   */
  void saw(List<Actor> said, int at) {
    if (said.size() > 1) {
      group = said.stream().map(Actor::name).toList();
      groupAt = at;
    }
    Actor speaker = said.get(0);
    if (speaker.type() == ActorType.PERSON) {
      sawSubject(Optional.of(speaker.name()), at);
    } else if (speaker.type() == ActorType.ORGANIZATION) {
      lastOrganization = speaker.name();
    }
  }

  /**
   * Who "they" are: the parties of the meeting the article reports, else the speakers of a recent
   * statement made by several ("Pakistan, Turkey and Iran, who expressed … They reiterated …").
   */
  List<String> group() {
    if (!parties.isEmpty()) {
      return parties;
    }
    return groupAt >= recentFrom ? group : List.of();
  }

  /** The organisation last reported as speaking: who "the company said" or "it said" is. */
  Optional<String> lastOrganization() {
    return Optional.ofNullable(lastOrganization);
  }

  /**
   * Marks where the text a "he" may look back over starts: the paragraph before the current one. A
   * speech that mentions someone pages earlier does not make them its "he".
   */
  void recentFrom(int offset) {
    this.recentFrom = offset;
  }

  /**
   * Who "he" or "she" at {@code offset} refers to: the subject of a recent sentence, else the
   * person last named recently, else — before the text names anyone — the title's first person.
   */
  Optional<String> lastSubject(int offset) {
    if (unnamedAt >= recentFrom
        && unnamedAt >= lastSubjectAt
        && !personBetween(unnamedAt, offset)) {
      return Optional.empty(); // "…, the official said. He said …" is the official's
    }
    if (lastSubject != null && lastSubjectAt >= recentFrom) {
      return Optional.of(lastSubject);
    }
    String last = null;
    boolean anyBefore = false;
    for (Mention m : mentions) {
      if (m.end() > offset) {
        break;
      }
      if (m.type() == ActorType.PERSON) {
        anyBefore = true;
        last = m.start() >= recentFrom ? m.name() : last;
      }
    }
    if (last == null && !anyBefore && lastSubject == null && !persons.isEmpty()) {
      last = persons.get(0);
    }
    return Optional.ofNullable(last);
  }

  /** True when a person is named in {@code [from, to)}. */
  private boolean personBetween(int from, int to) {
    for (Mention m : mentions) {
      if (m.start() >= from && m.end() <= to && m.type() == ActorType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /** Sets the parties of the meeting the article reports ("the two leaders", "they"). */
  void meeting(List<String> parties) {
    this.parties = parties.size() >= 2 ? List.copyOf(parties) : List.of();
  }

  /** The parties of the meeting the article reports; empty when it reports none. */
  List<String> meetingParties() {
    return parties;
  }

  Optional<String> byRole(String role) {
    return Optional.ofNullable(personByRole.get(role.toLowerCase(Locale.ROOT)));
  }

  Optional<String> bySurname(String word) {
    return Optional.ofNullable(personBySurname.get(word));
  }

  /** The organisation a capitalised word is the first word of, said on its own ("Centrust"). */
  Optional<String> byShortName(String word) {
    return word.isEmpty() || !Character.isUpperCase(word.charAt(0))
        ? Optional.empty()
        : Optional.ofNullable(organisationByFirstWord.get(fold(word)));
  }

  /**
   * The first person whose name ends with {@code words} (compared without case or accents, "Jr."
   * ignored), preferring one seen with {@code role}.
   */
  Optional<String> personEndingWith(List<String> words, String role) {
    List<String> wanted = words.stream().map(Speakers::fold).toList();
    String first = null;
    for (String person : persons) {
      List<String> own = nameWords.computeIfAbsent(person, Speakers::nameWords);
      if (own.size() >= wanted.size()
          && own.subList(own.size() - wanted.size(), own.size()).equals(wanted)) {
        if (role == null
            || rolesOfPerson
                .getOrDefault(person, Set.of())
                .contains(role.toLowerCase(Locale.ROOT))) {
          return Optional.of(person);
        }
        first = first == null ? person : first;
      }
    }
    return Optional.ofNullable(first);
  }

  /** Body mentions entirely inside {@code [start, end)}, in text order. */
  List<Mention> within(int start, int end) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Mention> inside = new ArrayList<>();
    for (int i = lo; i < mentions.size() && mentions.get(i).start() < end; i++) {
      if (mentions.get(i).end() <= end) {
        inside.add(mentions.get(i));
      }
    }
    return inside;
  }

  private static List<String> nameWords(String name) {
    List<String> words = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(name)) {
      if (t.word()) {
        words.add(fold(t.text()));
      }
    }
    while (!words.isEmpty() && NAME_SUFFIXES.contains(words.getLast())) {
      words.removeLast();
    }
    return words;
  }

  /** Lower case without accents: "MUNOZ" is "Muñoz". */
  static String fold(String word) {
    String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "");
  }
}
