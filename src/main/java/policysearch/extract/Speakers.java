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
  private final Map<String, ActorType> types = new HashMap<>();
  private List<String> parties = List.of();
  private Voice voice;
  private String lastSubject;
  private String lastOrganization;
  private int openingEnd;

  /**
   * @param titleMentions mentions in the title (offsets ignored)
   * @param mentions mentions in the body, offsets into the body text
   */
  Speakers(List<Mention> titleMentions, List<Mention> mentions) {
    this.mentions = mentions;
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
        }
      }
    }
    persons.addAll(ordered);
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

  /** The person last mentioned before {@code offset}, else the first person of the article. */
  Optional<String> lastPersonBefore(int offset) {
    String last = null;
    for (Mention m : mentions) {
      if (m.end() > offset) {
        break;
      }
      if (m.type() == ActorType.PERSON) {
        last = m.name();
      }
    }
    return Optional.ofNullable(last != null ? last : persons.isEmpty() ? null : persons.get(0));
  }

  /** Records the person a sentence was about, for a following "he" or "she". */
  void sawSubject(Optional<String> person) {
    person.ifPresent(p -> lastSubject = p);
  }

  /**
   * Records who a reported statement's first speaker is: a person for a following "he", an
   * organisation for a following "it said" or "the company said".
   */
  void saw(Actor speaker) {
    if (speaker.type() == ActorType.PERSON) {
      lastSubject = speaker.name();
    } else if (speaker.type() == ActorType.ORGANIZATION) {
      lastOrganization = speaker.name();
    }
  }

  /** Where the opening sentence of the text ends, for "the company" of wire copy. */
  void opening(int end) {
    this.openingEnd = end;
  }

  /**
   * Who "the company" is: the organisation last reported as speaking, else (when {@code
   * fromOpening}) the first organisation the opening sentence names.
   */
  Optional<String> organization(boolean fromOpening) {
    if (lastOrganization != null || !fromOpening) {
      return Optional.ofNullable(lastOrganization);
    }
    return mentions.stream()
        .filter(m -> m.end() <= openingEnd && m.type() == ActorType.ORGANIZATION)
        .map(Mention::name)
        .findFirst();
  }

  /**
   * Who "he" or "she" at {@code offset} refers to: the last sentence's subject, else the last
   * person.
   */
  Optional<String> lastSubject(int offset) {
    return lastSubject != null ? Optional.of(lastSubject) : lastPersonBefore(offset);
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

  /**
   * The first person whose name ends with {@code words} (compared without case or accents, "Jr."
   * ignored), preferring one seen with {@code role}.
   */
  Optional<String> personEndingWith(List<String> words, String role) {
    List<String> wanted = words.stream().map(Speakers::fold).toList();
    String first = null;
    for (String person : persons) {
      List<String> own = nameWords(person);
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

  /** Body mentions entirely inside {@code [start, end)}. */
  List<Mention> within(int start, int end) {
    return mentions.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
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
