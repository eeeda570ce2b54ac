package policysearch.search;

import java.util.List;
import org.apache.lucene.document.Document;

/**
 * A statement that may be related to a source: how each method found it, and what it shares with
 * the source, each signal between 0 and 1 (see {@link RelatedWeights}).
 */
final class Candidate {
  final int doc;
  double lexicalScore = Double.NaN;
  double similarity = Double.NaN;
  boolean foundByMeaning;
  Document stored;
  Aboutness.Tokens tokens;
  double coverage;
  double phrase;
  double actor;
  double topic;
  List<String> sharedWords = List.of();
  List<String> sharedPhrases = List.of();
  List<String> sharedActors = List.of();
  List<String> sharedTopics = List.of();

  Candidate(int doc) {
    this.doc = doc;
  }

  /** Whether the words' side (MoreLikeThis or a key phrase) found it. */
  boolean foundByWords() {
    return !Double.isNaN(lexicalScore);
  }

  /** The score ranking it the {@code mode} way. */
  double score(RetrievalMode mode, RelatedWeights weights) {
    return switch (mode) {
      case LEXICAL -> lexicalScore;
      case SEMANTIC -> similarity;
      case HYBRID -> weights.score(similarity, coverage, phrase, actor, topic);
    };
  }

  /** The day it was said (epoch day), for showing the earliest of several copies. */
  long day() {
    return stored.getField(policysearch.index.Schema.DATE).numericValue().longValue();
  }
}
