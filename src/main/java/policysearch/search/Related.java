package policysearch.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import policysearch.extract.Actor;
import policysearch.extract.Resources;
import policysearch.index.Analyzers;
import policysearch.index.Schema;

/**
 * "Who else said something like this": MoreLikeThis over the statement's text, boosted by the
 * topics it shares, restricted to other speakers in other articles; and related articles.
 */
public final class Related {
  private static final float TOPIC_BOOST = 1.5f;
  private static final int MAX_QUERY_TERMS = 25;
  private static final int MIN_COMMON_DOCS = 100;

  private final Searchers searchers;
  private final Analyzer analyzer = Analyzers.textQuery();

  /** Speech verbs and titles (from the extraction vocabularies), never content. */
  private final Set<String> noise;

  Related(Searchers searchers) {
    this.searchers = searchers;
    Resources resources = new Resources();
    Set<String> words = new HashSet<>();
    resources.rows("statements/verbs.txt").forEach(row -> words.addAll(terms(row[0])));
    // One-word titles only: "Defence Minister" must not make "defence" noise.
    resources.rows("gazetteer/titles.txt").stream()
        .filter(row -> !row[0].strip().contains(" "))
        .forEach(row -> words.addAll(terms(row[0])));
    this.noise = Set.copyOf(words);
  }

  /** The analysed terms of {@code text}, as MoreLikeThis sees them. */
  private Set<String> terms(String text) {
    Set<String> terms = new HashSet<>();
    try (TokenStream stream = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** Statements like statement {@code id}, by other speakers in other articles. */
  public RelatedStatements statements(
      String id, int size, LocalDate from, LocalDate to, List<String> speakerTypes)
      throws IOException {
    FacetSearcher searcher = searchers.acquire();
    try {
      int docId = find(searcher, id, StatementService.STATEMENTS, "statement");
      Document source = searcher.storedFields().document(docId);
      String text = source.get(Schema.BODY);
      List<String> topics = Arrays.asList(source.getValues(Schema.TOPIC));
      MoreLikeThis mlt = moreLikeThis(searcher);
      Set<String> stopWords = new HashSet<>(noise);
      Schema.speakers(source).forEach(speaker -> stopWords.addAll(terms(speaker.name())));
      // "Secretary Blinken said" says who spoke, not what about: such words must not match.
      mlt.setStopWords(stopWords);
      Query like = StemGroups.of(mlt.like(Schema.BODY, new StringReader(text)), MAX_QUERY_TERMS);
      BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, Occur.MUST);
      topics.forEach(
          t ->
              query.add(
                  new BoostQuery(
                      new ConstantScoreQuery(new TermQuery(new Term(Schema.TOPIC, t))),
                      TOPIC_BOOST),
                  Occur.SHOULD));
      query.add(
          new TermQuery(new Term(Schema.GROUP, source.get(Schema.ARTICLE_ID))), Occur.MUST_NOT);
      for (Actor speaker : Schema.speakers(source)) {
        query.add(
            new TermQuery(
                DrillDownQuery.term(
                    FacetsConfig.DEFAULT_INDEX_FIELD_NAME, Schema.SPEAKER, speaker.name())),
            Occur.MUST_NOT);
      }
      if (!speakerTypes.isEmpty()) {
        BooleanQuery.Builder types = new BooleanQuery.Builder();
        speakerTypes.forEach(
            t ->
                types.add(
                    new TermQuery(
                        DrillDownQuery.term(
                            FacetsConfig.DEFAULT_INDEX_FIELD_NAME, Schema.SPEAKER_TYPE, t)),
                    Occur.SHOULD));
        query.add(types.build(), Occur.FILTER);
      }
      Query related = Filters.of(query.build(), StatementService.STATEMENTS, from, to);
      TopDocs top = searcher.search(related, size);
      Set<String> interesting = StemGroups.terms(like);
      // Each hit's stored fields are read once: for the hit and for the words it shares.
      List<Document> loaded =
          SearchService.load(searcher, top.scoreDocs, StatementService.HIT_FIELDS);
      List<StatementHit> hits = StatementService.hits(searcher, like, top.scoreDocs, loaded);
      List<StatementHit> self =
          StatementService.hits(
              searcher,
              new MatchNoDocsQuery(),
              new ScoreDoc[] {new ScoreDoc(docId, 0)},
              List.of(source));
      List<RelatedStatement> result = new ArrayList<>(hits.size());
      for (int i = 0; i < hits.size(); i++) {
        StatementHit hit = hits.get(i);
        String hitText = loaded.get(i).get(Schema.BODY);
        result.add(
            new RelatedStatement(
                hit,
                top.scoreDocs[i].score,
                shared(interesting, hitText),
                hit.topics().stream().filter(topics::contains).toList()));
      }
      return new RelatedStatements(self.get(0), result);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Articles like article {@code id}, with the topics and actors they share. */
  public List<RelatedArticle> articles(String id, int size, Query articles) throws IOException {
    FacetSearcher searcher = searchers.acquire();
    try {
      int docId = find(searcher, id, articles, "article");
      Document source = searcher.storedFields().document(docId);
      MoreLikeThis mlt = moreLikeThis(searcher);
      mlt.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
      Query query =
          new BooleanQuery.Builder()
              .add(StemGroups.of(mlt.like(docId), MAX_QUERY_TERMS), Occur.MUST)
              .add(articles, Occur.FILTER)
              .add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT)
              .build();
      List<String> topics = Arrays.asList(source.getValues(Schema.TOPIC));
      List<String> actors = Schema.actors(source).stream().map(Actor::name).toList();
      List<RelatedArticle> result = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query, size).scoreDocs) {
        Document doc =
            searcher
                .storedFields()
                .document(
                    hit.doc,
                    Set.of(
                        Schema.ID, Schema.DATE, Schema.TITLE, Schema.TOPIC, Schema.ACTOR_STORED));
        List<String> hitTopics = Arrays.asList(doc.getValues(Schema.TOPIC));
        result.add(
            new RelatedArticle(
                doc.get(Schema.ID),
                Schema.date(doc),
                doc.get(Schema.TITLE),
                hit.score,
                hitTopics,
                hitTopics.stream().filter(topics::contains).toList(),
                Schema.actors(doc).stream().map(Actor::name).filter(actors::contains).toList()));
      }
      return result;
    } finally {
      searchers.release(searcher);
    }
  }

  private MoreLikeThis moreLikeThis(FacetSearcher searcher) {
    try {
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(analyzer);
      mlt.setFieldNames(new String[] {Schema.BODY});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(2);
      mlt.setMinWordLen(3);
      // Both forms of a stem ("border", "~border") may be among the best terms: see StemGroups.
      mlt.setMaxQueryTerms(2 * MAX_QUERY_TERMS);
      mlt.setBoost(true);
      // Words in more than a tenth of the documents ("have", "need") say nothing about content;
      // a small index keeps them all, as a tenth of it is no evidence of commonness.
      mlt.setMaxDocFreq(Math.max(MIN_COMMON_DOCS, searcher.getIndexReader().numDocs() / 10));
      return mlt;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int find(FacetSearcher searcher, String id, Query kind, String what)
      throws IOException {
    return Filters.byId(searcher, id, kind)
        .orElseThrow(() -> new NotFoundException("No " + what + " with id '" + id + "'"));
  }

  /** Words of the related text whose stems are among the source's MoreLikeThis terms. */
  private List<String> shared(Set<String> interesting, String text) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (interesting.contains(term.toString())) {
          terms.add(
              text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT));
        }
      }
      stream.end();
    }
    return List.copyOf(terms);
  }
}
