package policysearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import policysearch.index.Schema;
import policysearch.index.StatementTerms;

/**
 * A statement that may be related to a source: how each method found it, its signature (read from
 * doc values, see {@link StatementTerms}), and what it shares with the source, each signal between
 * 0 and 1 (see {@link RelatedWeights}).
 */
final class Candidate {
  final int doc;
  double lexicalScore = Double.NaN;
  double similarity = Double.NaN;
  double contextSimilarity = Double.NaN;
  boolean foundByMeaning;
  StatementTerms.Signature signature;
  int[] distinctStems;
  long day;
  BytesRef quoteKey;
  Document stored;
  double coverage;
  double phrase;
  double actor;
  double topic;
  double rare;
  double matter;
  double family;
  long daysApart;
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
      case HYBRID -> weights.score(this);
    };
  }

  /**
   * Reads the signature, day and quote key of {@code candidates} (sorted by doc id here) from doc
   * values, segment by segment, each iterator moving forward only.
   */
  static void readAll(IndexReader reader, List<Candidate> candidates) throws IOException {
    candidates.sort((a, b) -> Integer.compare(a.doc, b.doc));
    List<LeafReaderContext> leaves = reader.leaves();
    int leaf = 0;
    Columns columns = null;
    for (Candidate c : candidates) {
      while (c.doc >= leaves.get(leaf).docBase + leaves.get(leaf).reader().maxDoc()) {
        leaf++;
        columns = null;
      }
      if (columns == null) {
        columns = new Columns(leaves.get(leaf).reader());
      }
      columns.read(c, c.doc - leaves.get(leaf).docBase);
    }
  }

  /** The doc values of one segment. */
  private static final class Columns {
    final BinaryDocValues signatures;
    final NumericDocValues days;
    final SortedDocValues quoteKeys;

    Columns(LeafReader segment) throws IOException {
      signatures = DocValues.getBinary(segment, Schema.STATEMENT_SIGNATURE);
      days = DocValues.getNumeric(segment, Schema.DATE);
      quoteKeys = DocValues.getSorted(segment, Schema.QUOTE_KEY);
    }

    void read(Candidate c, int doc) throws IOException {
      c.signature =
          signatures.advanceExact(doc)
              ? StatementTerms.read(signatures.binaryValue())
              : new StatementTerms.Signature(new int[0], new int[0], new int[0]);
      c.distinctStems =
          Arrays.stream(c.signature.stems())
              .filter(s -> s != StatementTerms.BREAK)
              .distinct()
              .sorted()
              .toArray();
      c.day = days.advanceExact(doc) ? days.longValue() : 0;
      c.quoteKey =
          quoteKeys.advanceExact(doc)
              ? BytesRef.deepCopyOf(quoteKeys.lookupOrd(quoteKeys.ordValue()))
              : null;
    }
  }
}
