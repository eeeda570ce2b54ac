package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import policysearch.embed.Embedder;
import policysearch.extract.Actor;
import policysearch.extract.ActorType;
import policysearch.index.Schema;

/** Searches statements, and lists one actor's statements over time. */
public final class StatementService {
  static final Query STATEMENTS = Filters.kind(Schema.KIND_STATEMENT);

  /** Stored fields a statement hit shows, its text included. */
  static final Set<String> HIT_FIELDS =
      Set.of(
          Schema.BODY,
          Schema.ID,
          Schema.ARTICLE_ID,
          Schema.ARTICLE_TITLE,
          Schema.DATE,
          Schema.SPEAKER_STORED,
          Schema.VERB,
          Schema.ATTRIBUTION,
          Schema.TOPIC,
          Schema.START,
          Schema.END,
          Schema.PAGE);

  private final Searchers searchers;
  private final FacetsConfig config;
  private final FacetedSearch facets;
  private final QueryFactory queries = new QueryFactory();
  private final SemanticStatements semantic;
  private final Supplier<Embedder> embedder;

  StatementService(
      Searchers searchers, FacetsConfig config, FacetedSearch facets, Supplier<Embedder> embedder) {
    this.searchers = searchers;
    this.config = config;
    this.facets = facets;
    this.embedder = embedder;
    this.semantic = new SemanticStatements(config, facets);
  }

  /**
   * One page of statements with speaker, speaker type, topic and year counts; plain words match by
   * words and meaning (hybrid) unless the request asks otherwise, see {@link SemanticStatements}.
   */
  public StatementResult search(StatementRequest request) throws IOException {
    long start = System.nanoTime();
    SearchRequest r = request.base();
    RetrievalMode mode = QueryShape.resolve(r.query(), request.mode());
    List<String> dims = List.of(Schema.SPEAKER, Schema.SPEAKER_TYPE, Schema.TOPIC, Schema.YEAR);
    float[] vector = mode == RetrievalMode.LEXICAL ? null : embedder.get().embed(r.query());
    FacetSearcher searcher = searchers.acquire();
    try {
      Query query = queries.parse(r.query(), searcher.names());
      FacetedSearch.Page page =
          mode == RetrievalMode.LEXICAL
              ? facets.search(
                  searcher,
                  Filters.of(query, STATEMENTS, r.from(), r.to()),
                  selection(request),
                  dims)
              : semantic.search(searcher, request, query, vector, mode, dims);
      List<StatementHit> hits = hits(searcher, query, page.docs());
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new StatementResult(
          page.total(),
          tookMs,
          r.page(),
          r.size(),
          hits,
          page.facets(),
          page.nextAfter(),
          page.histogram());
    } finally {
      searchers.release(searcher);
    }
  }

  /** The facet filters and exclusions of a statement search. */
  static FacetedSearch.Selection selection(StatementRequest request) {
    SearchRequest r = request.base();
    return FacetedSearch.Selection.of(
        r,
        Map.of(
            Schema.SPEAKER,
            r.actors(),
            Schema.SPEAKER_TYPE,
            request.speakerTypes(),
            Schema.TOPIC,
            r.topics()),
        Map.of(Schema.SPEAKER, r.notActors(), Schema.TOPIC, r.notTopics()));
  }

  /**
   * An actor's statements, newest first, each repeated statement once (its other articles in {@code
   * also_in}; the total counts distinct statements), with topic counts overall and per year (every
   * occurrence counted); {@code asked} may be any name of the entity.
   */
  public ActorStatements byActor(String asked, int page, int size) throws IOException {
    // Page and size have the bounds of every search: a bad one is a 400, not a negative offset.
    new SearchRequest("", List.of(asked), List.of(), null, null, SortOrder.DATE, page, size);
    FacetSearcher searcher = searchers.acquire();
    try {
      String name = searcher.names().canonical(asked);
      // The counts need no hits of their own: the page comes from the grouped search below.
      SearchRequest counting =
          new SearchRequest("", List.of(name), List.of(), null, null, SortOrder.DATE, 1, 1);
      ActorType type = searcher.actorType(name);
      if (type == null) {
        throw new NotFoundException("No actor named '" + name + "'");
      }
      FacetedSearch.Page result =
          facets.search(
              searcher,
              Filters.of(new MatchAllDocsQuery(), STATEMENTS, null, null),
              FacetedSearch.Selection.of(counting, Map.of(Schema.SPEAKER, List.of(name)), Map.of()),
              List.of(Schema.TOPIC, Schema.YEAR));
      List<ActorStatements.YearTopics> byYear = new ArrayList<>();
      for (FacetValue year : result.facets().get(Schema.YEAR)) {
        byYear.add(
            new ActorStatements.YearTopics(
                year.value(), year.count(), topicsIn(searcher, name, year.value())));
      }
      DrillDownQuery bySpeaker = new DrillDownQuery(config, STATEMENTS);
      bySpeaker.add(Schema.SPEAKER, name);
      RepeatedStatements.Page distinct = RepeatedStatements.page(searcher, bySpeaker, page, size);
      return new ActorStatements(
          Actor.of(name, type),
          searcher.names().aliases(name),
          distinct.total(),
          page,
          size,
          distinct.hits(),
          result.facets().get(Schema.TOPIC),
          byYear);
    } finally {
      searchers.release(searcher);
    }
  }

  private List<FacetValue> topicsIn(FacetSearcher searcher, String speaker, String year)
      throws IOException {
    DrillDownQuery query = new DrillDownQuery(config, STATEMENTS);
    query.add(Schema.SPEAKER, speaker);
    query.add(Schema.YEAR, year);
    var collected = FacetsCollectorManager.search(searcher, query, 0, new FacetsCollectorManager());
    FacetResult topics =
        new SortedSetDocValuesFacetCounts(searcher.facetState(), collected.facetsCollector())
            .getTopChildren(100, Schema.TOPIC);
    List<FacetValue> values = new ArrayList<>();
    if (topics != null) {
      Arrays.stream(topics.labelValues)
          .forEach(lv -> values.add(new FacetValue(lv.label, lv.value.longValue(), null, null)));
    }
    return values;
  }

  /** The statements at {@code docs}, their text highlighted for {@code query}. */
  static List<StatementHit> hits(FacetSearcher searcher, Query query, ScoreDoc[] docs)
      throws IOException {
    return hits(searcher, query, docs, LuceneBackend.load(searcher, docs, HIT_FIELDS));
  }

  /** Like {@link #hits(FacetSearcher, Query, ScoreDoc[])}, from stored fields already read. */
  static List<StatementHit> hits(
      FacetSearcher searcher, Query query, ScoreDoc[] docs, List<Document> loaded)
      throws IOException {
    List<List<Snippets.Snippet>> texts = new Snippets(searcher, true).of(query, docs, loaded);
    List<StatementHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      List<Snippets.Snippet> text = texts.get(i);
      hits.add(hit(loaded.get(i), text.isEmpty() ? "" : text.get(0).html()));
    }
    return hits;
  }

  /** The statement in {@code doc}'s stored fields, its text given as HTML. */
  static StatementHit hit(Document doc, String html) {
    IndexableField page = doc.getField(Schema.PAGE);
    return new StatementHit(
        doc.get(Schema.ID),
        doc.get(Schema.ARTICLE_ID),
        doc.get(Schema.ARTICLE_TITLE),
        Schema.date(doc),
        Schema.speakers(doc),
        html,
        doc.getField(Schema.START).numericValue().intValue(),
        doc.getField(Schema.END).numericValue().intValue(),
        doc.get(Schema.VERB),
        Arrays.asList(doc.getValues(Schema.TOPIC)),
        Schema.attribution(doc),
        page == null ? null : page.numericValue().intValue(),
        List.of());
  }
}
