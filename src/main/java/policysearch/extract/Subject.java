package policysearch.extract;

import java.util.List;

/**
 * The speakers a speech verb's subject resolves to, and the subject as written ("she", "The
 * President", "Foreign Minister Penny Wong"), and whether they are persons.
 */
record Subject(List<String> names, String mention, boolean person) {
  static final Subject NONE = new Subject(List.of(), "", false);

  boolean isEmpty() {
    return names.isEmpty();
  }
}
