package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.corpus.Article;
import policysearch.extract.Actor;
import policysearch.index.EntityResolution;
import policysearch.index.LiveIndex;
import policysearch.index.Schema;
import policysearch.resolve.Aliases;
import policysearch.resolve.NameData;

/**
 * Names of one entity in a real index: one facet value, found by any of its names, kept right when
 * a later article brings another spelling, and the aliases file winning over the automatic merge.
 */
class EntityResolutionSearchTest {
  private static final String CORPUS =
      """
      {"id":"e1","date":"2024-03-01","title":"Talks in Cairo","text":"Rashid al-Qadiri met the delegation in Cairo on Monday.\\n\\nRashid al-Qadiri said the talks on water security were productive."}
      {"id":"e2","date":"2024-03-05","title":"Water summit","text":"Rashid Al Qadiri spoke at the water summit.\\n\\nRashid Al Qadiri said that the river agreement would hold."}
      {"id":"e3","date":"2024-03-06","title":"River","text":"Rashid al-Qadiri visited the river.\\n\\nRashid al-Qadiri said the flood season had begun."}
      {"id":"e4","date":"2024-03-07","title":"Dam dispute","text":"Officials from the U.S. Maritime Safety Board visited the dam.\\n\\nThe United States Maritime Safety Board said the inspection was complete."}
      """;

  @TempDir Path dir;
  private FSDirectory directory;
  private LiveIndex live;
  private LuceneBackend search;
  private ArticleUpdates updates;

  private void open(NameData data) throws IOException {
    Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(dir.resolve("corpus/articles.jsonl"), CORPUS);
    directory = FSDirectory.open(dir.resolve("index"));
    live =
        new LiveIndex(
            directory,
            Fixtures.extractor(),
            new Schema(),
            Fixtures.reader(),
            Fixtures.embedder(),
            new EntityResolution(data));
    search = Fixtures.backend(live);
    updates = new ArticleUpdates(new LuceneWriter(live), search);
    updates.reindex(List.of(dir.resolve("corpus")), done -> {});
  }

  @AfterEach
  void close() throws IOException {
    search.close();
    live.close();
    directory.close();
  }

  private List<String> facet(String dim, SearchResult result) {
    return facet(result.facets().get(dim));
  }

  private List<String> facet(List<FacetValue> values) {
    return values.stream()
        .filter(v -> !v.value().equals("United States") && !v.value().equals("Egypt"))
        .map(v -> v.value() + "=" + v.count())
        .toList();
  }

  private SearchResult byActor(String actor) throws IOException {
    return search.search(
        new SearchRequest("", List.of(actor), List.of(), null, null, SortOrder.DATE, 1, 10));
  }

  @Test
  void variantsAreOneFacetValueFoundByAnyOfTheirNames() throws IOException {
    open(NameData.load());

    SearchResult all = search.search(SearchRequest.of(""));
    assertEquals(
        List.of("Rashid al-Qadiri=3", "United States Maritime Safety Board=1"),
        facet(Schema.ACTOR, all));
    assertEquals(List.of("e3", "e2", "e1"), ids(byActor("Rashid Al Qadiri")));
    assertEquals(List.of("e3", "e2", "e1"), ids(byActor("rashid el-qadiri")));
    assertEquals(List.of("e4"), ids(byActor("U.S. Maritime Safety Board")));
    assertEquals(3, search.search(SearchRequest.of("actor:\"al qadiri\"")).total());
    assertEquals(
        List.of(Actor.of("Rashid al-Qadiri", policysearch.extract.ActorType.PERSON)),
        search.article("e2").orElseThrow().actors());

    StatementResult said = search.statements(new StatementRequest(SearchRequest.of(""), List.of()));
    assertEquals(
        List.of("Rashid al-Qadiri=3", "United States Maritime Safety Board=1"),
        facet(said.facets().get(Schema.SPEAKER)));
    ActorView actor = search.actor("rashid el-qadiri").orElseThrow();
    assertEquals(
        List.of("Rashid al-Qadiri", "person", List.of("Rashid Al Qadiri"), 3L, 3L),
        List.of(actor.name(), actor.type(), actor.aliases(), actor.articles(), actor.statements()));
    ActorStatements page = search.actorStatements("Rashid Al Qadiri", 1, 10);
    assertEquals("Rashid al-Qadiri", page.actor().name());
    assertEquals(List.of("Rashid Al Qadiri"), page.aliases());
    assertEquals(3, page.total());
  }

  @Test
  void aSpeakerKnownUnderTwoSpellingsNeverAppearsInItsOwnRelatedStatements() throws IOException {
    open(NameData.load());
    // Both spellings say nearly the same thing: by words and by meaning, each is the other's
    // nearest statement, and only the speaker filter keeps it out.
    updates.put(
        List.of(
            article("e5", "Rashid Al Qadiri said the Blue Nile dam accord protects irrigation."),
            article("e6", "Rashid al-Qadiri said the Blue Nile dam accord keeps irrigation safe."),
            article(
                "e7",
                "Governor Laila Haddad said the Blue Nile dam accord threatens irrigation.")));

    StatementResult said =
        search.statements(new StatementRequest(SearchRequest.of("dam"), List.of()));
    assertEquals(
        List.of("e5~s1 Rashid al-Qadiri", "e6~s1 Rashid al-Qadiri", "e7~s1 Laila Haddad"),
        said.hits().stream().map(h -> h.id() + " " + h.speakers().get(0).name()).sorted().toList());
    for (RetrievalMode mode : RetrievalMode.values()) {
      SearchRequest bySpelling =
          new SearchRequest(
              "Blue Nile dam accord",
              List.of("Rashid Al Qadiri"),
              List.of(),
              null,
              null,
              SortOrder.DATE,
              1,
              10);
      assertEquals(
          List.of("e6~s1", "e5~s1"),
          search.statements(new StatementRequest(bySpelling, List.of(), mode)).hits().stream()
              .map(StatementHit::id)
              .toList(),
          mode.toString());
    }
    try (DirectoryReader reader = DirectoryReader.open(live.writer())) {
      assertEquals(
          List.of("Rashid al-Qadiri", "Rashid Al Qadiri"),
          List.copyOf(SpeakerNames.resolved().of("Rashid al-Qadiri", new EntityNames(reader))));
    }
    List<String> related = new ArrayList<>();
    for (String id : List.of("e5~s1", "e6~s1")) {
      for (RetrievalMode mode : RetrievalMode.values()) {
        related.add(
            id
                + " "
                + mode
                + ": "
                + search
                    .relatedStatements(id, 10, null, null, List.of(), mode, RelatedWeights.DEFAULT)
                    .related()
                    .stream()
                    .map(r -> r.statement().id() + " " + r.statement().speakers().get(0).name())
                    .toList());
      }
    }
    assertEquals(
        List.of(
            "e5~s1 LEXICAL: [e7~s1 Laila Haddad]",
            "e5~s1 SEMANTIC: [e7~s1 Laila Haddad, e4~s1 United States Maritime Safety Board]",
            "e5~s1 HYBRID: [e7~s1 Laila Haddad, e4~s1 United States Maritime Safety Board]",
            "e6~s1 LEXICAL: [e7~s1 Laila Haddad]",
            "e6~s1 SEMANTIC: [e7~s1 Laila Haddad, e4~s1 United States Maritime Safety Board]",
            "e6~s1 HYBRID: [e7~s1 Laila Haddad, e4~s1 United States Maritime Safety Board]"),
        related);
  }

  @Test
  void aLaterArticleWithANewSpellingJoinsTheEntityAndCanMakeItsNameTheCommonOne()
      throws IOException {
    open(NameData.load());

    updates.put(List.of(article("e5", "Rashid El-Qadiri said the dam was safe.")));
    assertEquals(
        List.of("Rashid al-Qadiri=4"),
        facet(Schema.ACTOR, byActor("Rashid El-Qadiri")).stream()
            .filter(v -> v.startsWith("Rashid"))
            .toList());

    updates.put(
        List.of(
            article("e6", "Rashid Al Qadiri said the river was high."),
            article("e7", "Rashid Al Qadiri said the rain had stopped."),
            article("e8", "Rashid Al Qadiri said the talks would resume.")));
    live.resolve();
    search.refresh();
    assertEquals(
        List.of("Rashid Al Qadiri=7", "United States Maritime Safety Board=1"),
        facet(Schema.ACTOR, search.search(SearchRequest.of(""))));
    assertEquals("Rashid Al Qadiri", search.article("e1").orElseThrow().actors().get(0).name());
    assertEquals(
        List.of("e8", "e7", "e6", "e5", "e3", "e2", "e1"), ids(byActor("rashid el qadiri")));
  }

  @Test
  void theAliasesFileWinsOverTheAutomaticMerge() throws IOException {
    open(
        NameData.with(
            new Aliases(
                List.of(
                    "never\tRashid al-Qadiri\tperson\tRashid Al Qadiri".split("\t"),
                    "alias\tUSMSB\torganization\tU.S. Maritime Safety Board".split("\t")),
                "test.tsv")));

    assertEquals(
        List.of("Rashid al-Qadiri=2", "Rashid Al Qadiri=1", "USMSB=1"),
        facet(Schema.ACTOR, search.search(SearchRequest.of(""))));
    assertEquals(List.of("e4"), ids(byActor("U.S. Maritime Safety Board")));
  }

  @Test
  void anArticleLuceneRefusesToRewriteKeepsItsNamesAndTheSyncRewritesTheOthers()
      throws IOException {
    open(NameData.load());
    close();
    // The edited aliases file names Rashid al-Qadiri with a name no Lucene term can hold (over
    // 32,766 bytes): the sync of the next update cannot rewrite his articles, but must rewrite e4.
    open(
        NameData.with(
            new Aliases(
                List.of(
                    ("alias\t" + "Q".repeat(40_000) + "\tperson\tRashid al-Qadiri").split("\t"),
                    "alias\tUSMSB\torganization\tU.S. Maritime Safety Board".split("\t")),
                "test.tsv")));

    assertEquals(
        List.of("Rashid al-Qadiri=3", "USMSB=1"),
        facet(Schema.ACTOR, search.search(SearchRequest.of(""))));
    assertEquals(List.of("e3", "e2", "e1"), ids(byActor("Rashid Al Qadiri")));
  }

  @Test
  void aNameOfAnotherEraIsIndexedUnderThatErasEntity() throws IOException {
    open(NameData.load());

    updates.put(
        List.of(
            new Article(
                "old",
                LocalDate.of(1985, 6, 1),
                "Bonn",
                "Germany signed the accord.",
                "t",
                null,
                "api",
                "h1"),
            new Article(
                "new",
                LocalDate.of(2001, 6, 1),
                "Berlin",
                "Germany signed the accord.",
                "t",
                null,
                "api",
                "h2")));
    assertEquals("West Germany", search.article("old").orElseThrow().actors().get(0).name());
    assertEquals("Germany", search.article("new").orElseThrow().actors().get(0).name());
  }

  private static Article article(String id, String text) {
    int day = id.charAt(1) - '0';
    return Article.of(id, LocalDate.of(2024, 4, day), null, text, "test", null, "api");
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::id).toList();
  }
}
