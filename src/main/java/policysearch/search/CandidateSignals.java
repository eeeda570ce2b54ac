package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.Term;
import policysearch.index.Schema;
import policysearch.index.StatementTerms;

/**
 * What each candidate of a related-statements search shares with the source: the signals {@link
 * RelatedWeights} weighs and the "why" the answer shows, from doc values and stored vectors only.
 */
final class CandidateSignals {
  private CandidateSignals() {}

  /** Works out what each candidate shares with the source, from its doc values only. */
  static void describe(
      FacetSearcher searcher,
      List<Candidate> candidates,
      Candidate source,
      Aboutness about,
      float[] vector,
      float[] context,
      ArticleFamily family)
      throws IOException {
    List<String> sourceActors = Arrays.asList(source.stored.getValues(Schema.STATEMENT_ACTOR));
    List<String> sourceTopics = Arrays.asList(source.stored.getValues(Schema.TOPIC));
    Candidate.readAll(searcher.getIndexReader(), candidates);
    for (Candidate c : candidates) {
      if (Double.isNaN(c.similarity) || Double.isNaN(c.contextSimilarity)) {
        float[] other =
            vector == null
                ? null
                : StoredVectors.of(searcher.getIndexReader(), Schema.STATEMENT_VECTOR, c.doc);
        if (Double.isNaN(c.similarity)) {
          c.similarity = other == null ? 0 : StoredVectors.cosine(vector, other);
        }
        if (Double.isNaN(c.contextSimilarity)) {
          // Only the hybrid ranking reads it; the other modes leave the context out.
          c.contextSimilarity =
              other == null || context == null ? 0 : StoredVectors.cosine(context, other);
        }
      }
      c.sharedWords = about.sharedWords(c.distinctStems);
      c.sharedPhrases = about.sharedPhrases(c.signature.stems());
      c.sharedActors = holding(sourceActors, c.signature.actors());
      c.sharedTopics = holding(sourceTopics, c.signature.topics());
      int topicUnion = c.signature.topics().length + sourceTopics.size() - c.sharedTopics.size();
      c.coverage = about.coverage(c.distinctStems);
      c.phrase = about.phraseWeight(c.signature.stems());
      c.actor = actorWeight(searcher, c.sharedActors);
      c.topic = topicUnion == 0 ? 0 : c.sharedTopics.size() / (double) topicUnion;
      c.rare = about.rarest(c.distinctStems);
      c.matter = about.rareShare(c.distinctStems, SameMatter.RARE_IDF, SameMatter.ENOUGH_RARE);
      c.daysApart = Math.abs(c.day - source.day);
      // A briefing of the same day is of the family but of many matters: only what names the
      // source's rare words counts.
      c.family = family.weight(c.doc) * c.matter;
    }
  }

  /** Those of {@code values} whose hash is among {@code hashes}. */
  private static List<String> holding(List<String> values, int[] hashes) {
    List<String> held = new ArrayList<>();
    for (String value : values) {
      int hash = StatementTerms.hash(value);
      for (int h : hashes) {
        if (h == hash) {
          held.add(value);
          break;
        }
      }
    }
    return held;
  }

  /** The rarest shared actor's idf among statements that name an actor, over 8, at most 1. */
  private static double actorWeight(FacetSearcher searcher, List<String> actors)
      throws IOException {
    double best = 0;
    int docs = Math.max(1, searcher.getIndexReader().getDocCount(Schema.STATEMENT_ACTOR));
    for (String actor : actors) {
      int df = searcher.getIndexReader().docFreq(new Term(Schema.STATEMENT_ACTOR, actor));
      best = Math.max(best, Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
    }
    return Math.min(1, best / 8);
  }
}
