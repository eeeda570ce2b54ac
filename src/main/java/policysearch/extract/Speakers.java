package policysearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one article says about its people, for resolving a speaker: persons in order of first
 * mention, the person last seen with each title ("the Prime Minister"), surnames, and the author of
 * a first-person statement.
 */
final class Speakers {
  private final List<Mention> mentions;
  private final List<String> persons = new ArrayList<>();
  private final Map<String, String> personByRole = new HashMap<>();
  private final Map<String, String> personBySurname = new HashMap<>();
  private final Map<String, ActorType> types = new HashMap<>();
  private final String author;
  private String lastSubject;

  /**
   * @param titleMentions mentions in the title (offsets ignored)
   * @param mentions mentions in the body, offsets into the body text
   * @param author the person whose first-person statement the article is, or null
   */
  Speakers(List<Mention> titleMentions, List<Mention> mentions, String author) {
    this.mentions = mentions;
    this.author = author;
    Set<String> ordered = new LinkedHashSet<>();
    for (List<Mention> list : List.of(titleMentions, mentions)) {
      for (Mention m : list) {
        types.putIfAbsent(m.name(), m.type());
        if (m.type() == ActorType.PERSON) {
          ordered.add(m.name());
          if (m.role() != null) {
            // The first person seen with a title keeps it: "Advisor to the Vice President Rohini
            // Kosoglu" must not make her the Vice President of a readout titled with Harris.
            personByRole.putIfAbsent(m.role().toLowerCase(java.util.Locale.ROOT), m.name());
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

  Optional<String> author() {
    return Optional.ofNullable(author);
  }

  Actor actor(String name) {
    return Actor.of(name, types.getOrDefault(name, ActorType.PERSON));
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
   * Who "he" or "she" at {@code offset} refers to: the last sentence's subject, else the last
   * person.
   */
  Optional<String> lastSubject(int offset) {
    return lastSubject != null ? Optional.of(lastSubject) : lastPersonBefore(offset);
  }

  /** The two parties of a meeting: the first two persons the article names. */
  List<String> meetingParties() {
    return persons.size() >= 2 ? persons.subList(0, 2) : List.of();
  }

  Optional<String> byRole(String role) {
    return Optional.ofNullable(personByRole.get(role.toLowerCase(java.util.Locale.ROOT)));
  }

  Optional<String> bySurname(String word) {
    return Optional.ofNullable(personBySurname.get(word));
  }

  /** Body mentions entirely inside {@code [start, end)}. */
  List<Mention> within(int start, int end) {
    return mentions.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
  }
}
