package policysearch.web;

import java.util.ArrayList;
import java.util.List;
import policysearch.search.SearchRequest;

/** A search said in words, for feed titles and "why it matched": "“NATO” · actor Japan". */
final class SearchWords {
  private SearchWords() {}

  static String describe(SearchRequest r, String actorWord, List<String> speakerTypes) {
    List<String> parts = new ArrayList<>();
    if (!r.query().isEmpty()) {
      parts.add("“" + r.query() + "”");
    }
    r.actors().forEach(a -> parts.add(actorWord + " " + a));
    r.notActors().forEach(a -> parts.add("not " + actorWord + " " + a));
    speakerTypes.forEach(t -> parts.add("speaker type " + t));
    r.topics().forEach(t -> parts.add("topic " + t));
    r.notTopics().forEach(t -> parts.add("not topic " + t));
    if (r.from() != null) {
      parts.add("from " + r.from());
    }
    if (r.to() != null) {
      parts.add("to " + r.to());
    }
    return parts.isEmpty() ? "everything" : String.join(" · ", parts);
  }
}
