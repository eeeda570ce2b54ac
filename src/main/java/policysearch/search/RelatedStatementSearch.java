package policysearch.search;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import policysearch.index.Analyzers;
import policysearch.index.Schema;
import policysearch.index.StatementTerms;

/**
 * "Who else said something like this": candidates by words (MoreLikeThis on the source's content
 * words, plus its key phrases) and by meaning (nearest sentence embeddings), ranked by what they
 * share with the source (see {@link RelatedWeights}), repeats shown once; other speakers (under all
 * their names) in other articles only.
 */
final class RelatedStatementSearch {
  private static final int MAX_QUERY_TERMS = 25;
  private static final int MIN_COMMON_DOCS = 100;
  private static final int MIN_CANDIDATES = 50;
  private static final float PHRASE_BOOST = 2f;
  private static final String MARK = String.valueOf(Analyzers.STEM_MARK);

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

    Query filter = filter(source.stored, speakerNames, from, to, speakerTypes);
    Map<Integer, Candidate> candidates = new LinkedHashMap<>();
    if (mode != RetrievalMode.SEMANTIC) {
      Query lexical = lexical(searcher, text, nameStems, about, filter);
      for (ScoreDoc hit : searcher.search(lexical, k).scoreDocs) {
        candidates.computeIfAbsent(hit.doc, Candidate::new).lexicalScore = hit.score;
      }
    }
    IndexReader reader = searcher.getIndexReader();
    float[] vector = StoredVectors.of(reader, Schema.STATEMENT_VECTOR, docId);
    if (mode != RetrievalMode.LEXICAL && vector != null) {
      for (ScoreDoc hit : nearest(searcher, Schema.STATEMENT_VECTOR, vector, k, filter)) {
        Candidate near = candidates.computeIfAbsent(hit.doc, Candidate::new);
        near.similarity = 2 * hit.score - 1;
        near.foundByMeaning = true;
      }
    }
    float[] context = null;
    ArticleFamily family = ArticleFamily.NONE;
    if (mode == RetrievalMode.HYBRID) {
      context = SameMatter.context(vector, articleVector(searcher, source.stored));
      // Half as deep: on the judged set their candidates past 25 never reach a top 10.
      sameMatter(searcher, candidates, source, about, speakerNames, context, k / 2, filter);
      family = family(searcher, candidates, source, about, nameStems, context, k, filter);
    }
    List<Candidate> found = new ArrayList<>(candidates.values());
    describe(searcher, found, source, about, vector, context, family);
    if (withStoredFields) {
      StoredFields stored = searcher.storedFields();
      for (Candidate c : found) {
        c.stored = stored.document(c.doc, FIELDS);
      }
    }
    return new RelatedCandidates(source, about, found);
  }

  /**
   * Adds the candidates of the same matter: the source's rare words, phrases and actors near its
   * date, and the statements nearest to the source in its {@code context}.
   */
  private static void sameMatter(
      FacetSearcher searcher,
      Map<Integer, Candidate> candidates,
      Candidate source,
      Aboutness about,
      Set<String> speakerNames,
      float[] context,
      int k,
      Query filter)
      throws IOException {
    List<String> actors = Arrays.asList(source.stored.getValues(Schema.STATEMENT_ACTOR));
    Optional<Query> matter =
        SameMatter.query(
            about, actors, speakerNames, source.day, searcher.getIndexReader(), filter);
    if (matter.isPresent()) {
      for (ScoreDoc hit : searcher.search(matter.get(), k).scoreDocs) {
        candidates.computeIfAbsent(hit.doc, Candidate::new);
      }
      // The same words in the event's own days, where the wider window's best may all lie outside.
      Query inWeek =
          new BooleanQuery.Builder()
              .add(matter.get(), Occur.MUST)
              .add(SameMatter.week(source.day, StatementService.STATEMENTS), Occur.FILTER)
              .build();
      for (ScoreDoc hit : searcher.search(inWeek, k).scoreDocs) {
        candidates.computeIfAbsent(hit.doc, Candidate::new);
      }
    }
    if (context != null) {
      for (ScoreDoc hit : nearest(searcher, Schema.STATEMENT_VECTOR, context, k, filter)) {
        candidates.computeIfAbsent(hit.doc, Candidate::new).contextSimilarity = 2 * hit.score - 1;
      }
      Query week = SameMatter.week(source.day, filter);
      for (ScoreDoc hit : nearest(searcher, Schema.STATEMENT_VECTOR, context, k, week)) {
        candidates.computeIfAbsent(hit.doc, Candidate::new).contextSimilarity = 2 * hit.score - 1;
      }
    }
  }

  /**
   * Adds the statements of the source's article family nearest to the source in its {@code
   * context}, and returns the family.
   */
  private ArticleFamily family(
      FacetSearcher searcher,
      Map<Integer, Candidate> candidates,
      Candidate source,
      Aboutness about,
      Set<String> nameStems,
      float[] context,
      int k,
      Query filter)
      throws IOException {
    String title = source.stored.get(Schema.ARTICLE_TITLE);
    Aboutness titleAbout =
        Aboutness.of(title == null ? "" : title, words, nameStems, searcher.getIndexReader());
    ArticleFamily family =
        ArticleFamily.of(
            searcher, about, titleAbout, source.stored.get(Schema.ARTICLE_ID), source.day, filter);
    if (family.isEmpty()) {
      return family;
    }
    if (context != null) {
      for (ScoreDoc hit :
          nearest(searcher, Schema.STATEMENT_VECTOR, context, k, family.statements(filter))) {
        candidates.computeIfAbsent(hit.doc, Candidate::new).contextSimilarity = 2 * hit.score - 1;
      }
    }
    return family;
  }

  /** The vector of the title and lead of the article {@code statement} is in, if any. */
  private static float[] articleVector(FacetSearcher searcher, Document statement)
      throws IOException {
    Optional<Integer> article =
        Filters.byId(searcher, statement.get(Schema.ARTICLE_ID), Articles.ARTICLES);
    return article.isEmpty()
        ? null
        : StoredVectors.of(searcher.getIndexReader(), Schema.ARTICLE_VECTOR, article.get());
  }

  /** The {@code k} nearest vectors of {@code field} within {@code filter}. */
  private static ScoreDoc[] nearest(
      FacetSearcher searcher, String field, float[] vector, int k, Query filter)
      throws IOException {
    // Lucene scores a dot product d as (1 + d) / 2: callers take 2 * score - 1.
    return searcher.search(new KnnFloatVectorQuery(field, vector, k, filter), k).scoreDocs;
  }

  /** Other articles, other speakers (every name of each), the date range and speaker types. */
  private static Query filter(
      Document source,
      Set<String> speakerNames,
      LocalDate from,
      LocalDate to,
      List<String> speakerTypes) {
    BooleanQuery.Builder filter =
        new BooleanQuery.Builder()
            .add(StatementService.STATEMENTS, Occur.FILTER)
            .add(
                new TermQuery(new Term(Schema.GROUP, source.get(Schema.ARTICLE_ID))),
                Occur.MUST_NOT);
    speakerNames.forEach(name -> filter.add(Filters.facet(Facet.SPEAKER, name), Occur.MUST_NOT));
    if (!speakerTypes.isEmpty()) {
      BooleanQuery.Builder types = new BooleanQuery.Builder();
      speakerTypes.forEach(t -> types.add(Filters.facet(Facet.SPEAKER_TYPE, t), Occur.SHOULD));
      filter.add(types.build(), Occur.FILTER);
    }
    if (from != null || to != null) {
      long lower = from == null ? Long.MIN_VALUE : from.toEpochDay();
      long upper = to == null ? Long.MAX_VALUE : to.toEpochDay();
      filter.add(LongPoint.newRangeQuery(Schema.DATE, lower, upper), Occur.FILTER);
    }
    return filter.build();
  }

  /**
   * MoreLikeThis on the source's content words (stop words, filler, speech verbs, titles and the
   * speaker's names never chosen), or any of its key phrases word for word, within {@code filter}.
   */
  private Query lexical(
      FacetSearcher searcher, String text, Set<String> nameStems, Aboutness about, Query filter)
      throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(words.analyzer());
    mlt.setFieldNames(new String[] {Schema.BODY});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMinWordLen(2);
    // Both forms of a stem ("border", "~border") may be among the best terms: see StemGroups.
    mlt.setMaxQueryTerms(2 * MAX_QUERY_TERMS);
    mlt.setBoost(true);
    // Words in more than a tenth of the documents say little about content; a small index keeps
    // them all, as a tenth of it is no evidence of commonness.
    mlt.setMaxDocFreq(Math.max(MIN_COMMON_DOCS, searcher.getIndexReader().numDocs() / 10));
    Set<String> stop = new HashSet<>();
    for (String stem : words.ignored()) {
      stop.add(stem);
      stop.add(MARK + stem);
    }
    for (String stem : nameStems) {
      stop.add(stem);
      stop.add(MARK + stem);
    }
    mlt.setStopWords(stop);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(
        StemGroups.of(mlt.like(Schema.BODY, new StringReader(text)), MAX_QUERY_TERMS),
        Occur.SHOULD);
    for (List<String> phrase : about.phrases()) {
      any.add(new BoostQuery(SameMatter.phrase(phrase), PHRASE_BOOST), Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(any.build(), Occur.MUST)
        .add(filter, Occur.FILTER)
        .build();
  }

  /** Works out what each candidate shares with the source, from its doc values only. */
  private void describe(
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
