package policysearch.extract;

import java.util.List;

/**
 * The speakers a speech verb's subject resolves to, and the subject as written ("she", "The
 * President", "Foreign Minister Penny Wong").
 */
record Subject(List<String> names, String mention) {
  static final Subject NONE = new Subject(List.of(), "");

  boolean isEmpty() {
    return names.isEmpty();
  }
}
