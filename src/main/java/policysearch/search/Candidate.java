package policysearch.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;

/** A statement that may be related to a source: how each method found it, and what they share. */
final class Candidate {
  final int doc;
  double lexicalScore = Double.NaN;
  double similarity = Double.NaN;
  Document stored;
  Aboutness.Tokens tokens;
  double score;
  List<String> sharedWords = List.of();
  List<String> sharedPhrases = List.of();
  List<String> sharedActors = List.of();
  List<String> sharedTopics = List.of();
  final List<Occurrence> alsoIn = new ArrayList<>();

  Candidate(int doc) {
    this.doc = doc;
  }
}
