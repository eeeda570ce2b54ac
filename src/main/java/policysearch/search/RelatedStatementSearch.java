package policysearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import policysearch.index.Schema;

/**
 * "Who else said something like this": candidates by words ({@link LexicalQuery}), by meaning and,
 * in hybrid mode, by matter and article family ({@link CandidateSources}), ranked by what they
 * share with the source ({@link CandidateSignals}, {@link RelatedWeights}), repeats shown once;
 * other speakers (under all their names) in other articles only.
 */
final class RelatedStatementSearch {
  private static final int MIN_CANDIDATES = 50;

  static final Set<String> FIELDS = fields();
  private static final Set<String> REPEAT_FIELDS = Set.of(Schema.ARTICLE_ID);

  private final Searchers searchers;
  private final ContentWords words;
  private final SpeakerNames names;

  RelatedStatementSearch(Searchers searchers, ContentWords words, SpeakerNames names) {
    this.searchers = searchers;
    this.words = words;
    this.names = names;
  }

  private static Set<String> fields() {
    Set<String> fields = new HashSet<>(StatementService.HIT_FIELDS);
    fields.add(Schema.STATEMENT_ACTOR);
    fields.add(Schema.QUOTE_KEY);
    return Set.copyOf(fields);
  }

  /** Statements like statement {@code id}, found and ranked the {@code mode} way. */
  RelatedStatements find(
      String id,
      int size,
      LocalDate from,
      LocalDate to,
      List<String> speakerTypes,
      RetrievalMode mode,
      RelatedWeights weights)
      throws IOException {
    int depth = Math.max(MIN_CANDIDATES, 3 * size);
    return searchers.read(
        searcher -> {
          RelatedCandidates found =
              candidates(searcher, id, depth, from, to, speakerTypes, mode, false);
          return answer(searcher, found, found.rank(mode, weights, size), weights);
        });
  }

  /**
   * The candidates of every method for statement {@code id}, {@code depth} of each, with their
   * stored fields (for evaluation tools, which rank them many ways).
   */
  RelatedCandidates candidates(String id, int depth) throws IOException {
    return searchers.read(
        searcher ->
            candidates(searcher, id, depth, null, null, List.of(), RetrievalMode.HYBRID, true));
  }

  private RelatedCandidates candidates(
      FacetSearcher searcher,
      String id,
      int k,
      LocalDate from,
      LocalDate to,
      List<String> speakerTypes,
      RetrievalMode mode,
      boolean withStoredFields)
      throws IOException {
    int docId =
        Filters.byId(searcher, id, StatementService.STATEMENTS)
            .orElseThrow(() -> new NotFoundException("No statement with id '" + id + "'"));
    Candidate source = new Candidate(docId);
    source.stored = searcher.storedFields().document(docId, FIELDS);
    String text = source.stored.get(Schema.BODY);
    Candidate.readAll(searcher.getIndexReader(), new ArrayList<>(List.of(source)));
    Set<String> speakerNames = new HashSet<>();
    Schema.speakers(source.stored)
        .forEach(s -> speakerNames.addAll(names.of(s.name(), searcher.names())));
    Set<String> nameStems = new HashSet<>();
    speakerNames.forEach(n -> nameStems.addAll(words.stems(n).keySet()));
    Aboutness about = Aboutness.of(text, words, nameStems, searcher.getIndexReader());

    Query filter = CandidateSources.filter(source.stored, speakerNames, from, to, speakerTypes);
    Map<Integer, Candidate> candidates = new LinkedHashMap<>();
    if (mode != RetrievalMode.SEMANTIC) {
      Query lexical = LexicalQuery.of(searcher, words, text, nameStems, about, filter);
      for (ScoreDoc hit : searcher.search(lexical, k).scoreDocs) {
        candidates.computeIfAbsent(hit.doc, Candidate::new).lexicalScore = hit.score;
      }
    }
    IndexReader reader = searcher.getIndexReader();
    float[] vector = StoredVectors.of(reader, Schema.STATEMENT_VECTOR, docId);
    if (mode != RetrievalMode.LEXICAL && vector != null) {
      for (ScoreDoc hit :
          CandidateSources.nearest(searcher, Schema.STATEMENT_VECTOR, vector, k, filter)) {
        Candidate near = candidates.computeIfAbsent(hit.doc, Candidate::new);
        near.similarity = 2 * hit.score - 1;
        near.foundByMeaning = true;
      }
    }
    float[] context = null;
    ArticleFamily family = ArticleFamily.NONE;
    if (mode == RetrievalMode.HYBRID) {
      context = SameMatter.context(vector, CandidateSources.articleVector(searcher, source.stored));
      // Half as deep: on the judged set their candidates past 25 never reach a top 10.
      CandidateSources.sameMatter(
          searcher, candidates, source, about, speakerNames, context, k / 2, filter);
      family =
          CandidateSources.family(
              searcher, words, candidates, source, about, nameStems, context, k, filter);
    }
    List<Candidate> found = new ArrayList<>(candidates.values());
    CandidateSignals.describe(searcher, found, source, about, vector, context, family);
    if (withStoredFields) {
      StoredFields stored = searcher.storedFields();
      for (Candidate c : found) {
        c.stored = stored.document(c.doc, FIELDS);
      }
    }
    return new RelatedCandidates(source, about, found);
  }

  /**
   * The kept statements as the answer: only now are stored fields read (the kept ones, and the
   * article of each repeat), and the source's content words marked in them.
   */
  private RelatedStatements answer(
      FacetSearcher searcher,
      RelatedCandidates found,
      List<NearDuplicates.Kept> kept,
      RelatedWeights weights)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    for (NearDuplicates.Kept k : kept) {
      k.candidate().stored = stored.document(k.candidate().doc, StatementService.HIT_FIELDS);
      for (Candidate repeat : k.repeats()) {
        repeat.stored = stored.document(repeat.doc, REPEAT_FIELDS);
      }
    }
    Set<String> marked = found.about.terms().keySet();
    List<RelatedStatement> related = new ArrayList<>(kept.size());
    for (NearDuplicates.Kept k : kept) {
      Candidate c = k.candidate();
      String text = c.stored.get(Schema.BODY);
      related.add(
          new RelatedStatement(
              StatementService.hit(c.stored, Marks.of(text, marked))
                  .withAlsoIn(RelatedCandidates.alsoIn(k)),
              round(c.score(RetrievalMode.HYBRID, weights)),
              round(c.similarity),
              c.sharedWords,
              c.sharedPhrases,
              c.sharedActors,
              c.sharedTopics));
    }
    Document source = found.source.stored;
    StatementHit self = StatementService.hit(source, Marks.of(source.get(Schema.BODY), Set.of()));
    return new RelatedStatements(self, related);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
