package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import policysearch.extract.Actor;
import policysearch.extract.ActorType;
import policysearch.index.Schema;

/** Searches statements, and lists one actor's statements over time. */
final class StatementService {
  static final Query STATEMENTS = Filters.kind(Schema.KIND_STATEMENT);

  /** Stored fields a statement hit shows, its text included. */
  static final Set<String> HIT_FIELDS = Set.copyOf(Schema.STATEMENT_HIT_FIELDS);

  private final Searchers searchers;
  private final FacetsConfig config;
  private final FacetedSearch facets;
  private final SearchPipeline pipeline;
  private final SearchPipeline.Kind<StatementHit> kind =
      new SearchPipeline.Kind<>(
          STATEMENTS, Facet.OF_STATEMENTS, HIT_FIELDS, StatementService::hits);

  StatementService(
      Searchers searchers, FacetsConfig config, FacetedSearch facets, SearchPipeline pipeline) {
    this.searchers = searchers;
    this.config = config;
    this.facets = facets;
    this.pipeline = pipeline;
  }

  /**
   * One page of statements with speaker, speaker type, topic and year counts; plain words match by
   * words and meaning (hybrid) unless the request asks otherwise, see {@link SemanticStatements}.
   */
  StatementResult search(StatementRequest request) throws IOException {
    SearchRequest r = request.base();
    RetrievalMode mode = QueryShape.resolve(r.query(), request.mode());
    SearchPipeline.Found<StatementHit> found = pipeline.run(kind, r, selection(request), mode);
    return new StatementResult(
        found.total(),
        found.tookMs(),
        r.page(),
        r.size(),
        found.hits(),
        found.facets(),
        found.nextAfter(),
        found.histogram());
  }

  /** The facet filters and exclusions of a statement search. */
  static FacetedSearch.Selection selection(StatementRequest request) {
    return FacetedSearch.Selection.of(
        request.base(), Facet.included(request), Facet.excluded(request));
  }

  /**
   * An actor's statements, newest first, each repeated statement once (its other articles in {@code
   * also_in}; the total counts distinct statements), with topic counts overall and per year (every
   * occurrence counted); {@code asked} may be any name of the entity.
   */
  ActorStatements byActor(String asked, int page, int size) throws IOException {
    // Page and size have the bounds of every search: a bad one is a 400, not a negative offset.
    new SearchRequest("", List.of(asked), List.of(), null, null, SortOrder.DATE, page, size);
    return searchers.read(searcher -> byActor(searcher, asked, page, size));
  }

  private ActorStatements byActor(FacetSearcher searcher, String asked, int page, int size)
      throws IOException {
    String name = searcher.names().canonical(asked);
    ActorType type = searcher.actorType(name);
    if (type == null) {
      throw new NotFoundException("No actor named '" + name + "'");
    }
    // The counts need no hits of their own: the page comes from the grouped search below.
    SearchRequest counting =
        new SearchRequest("", List.of(name), List.of(), null, null, SortOrder.DATE, 1, 1);
    FacetedSearch.Page result =
        facets.search(
            searcher,
            Filters.of(new MatchAllDocsQuery(), STATEMENTS, null, null),
            FacetedSearch.Selection.of(counting, Map.of(Facet.SPEAKER, List.of(name)), Map.of()),
            List.of(Facet.TOPIC, Facet.YEAR));
    List<ActorStatements.YearTopics> byYear = new ArrayList<>();
    for (FacetValue year : result.facets().get(Facet.YEAR.key())) {
      byYear.add(
          new ActorStatements.YearTopics(
              year.value(), year.count(), topicsIn(searcher, name, year.value())));
    }
    DrillDownQuery bySpeaker = new DrillDownQuery(config, STATEMENTS);
    bySpeaker.add(Facet.SPEAKER.key(), name);
    RepeatedStatements.Page distinct = RepeatedStatements.page(searcher, bySpeaker, page, size);
    return new ActorStatements(
        Actor.of(name, type),
        searcher.names().aliases(name),
        distinct.total(),
        page,
        size,
        distinct.hits(),
        result.facets().get(Facet.TOPIC.key()),
        byYear);
  }

  private List<FacetValue> topicsIn(FacetSearcher searcher, String speaker, String year)
      throws IOException {
    DrillDownQuery query = new DrillDownQuery(config, STATEMENTS);
    query.add(Facet.SPEAKER.key(), speaker);
    query.add(Facet.YEAR.key(), year);
    var collected = FacetsCollectorManager.search(searcher, query, 0, new FacetsCollectorManager());
    FacetResult topics =
        new SortedSetDocValuesFacetCounts(searcher.facetState(), collected.facetsCollector())
            .getTopChildren(100, Facet.TOPIC.key());
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
    return hits(searcher, query, docs, SearchPipeline.load(searcher, docs, HIT_FIELDS));
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
