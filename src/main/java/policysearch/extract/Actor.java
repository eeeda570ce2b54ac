package policysearch.extract;

import java.util.List;

/**
 * A person, country or organisation named in an article, under its canonical name.
 *
 * @param roles titles seen with a person in the article ("Foreign Minister"); empty otherwise
 */
public record Actor(String name, ActorType type, List<String> roles) {

  /** An actor seen without any role. */
  public static Actor of(String name, ActorType type) {
    return new Actor(name, type, List.of());
  }
}
