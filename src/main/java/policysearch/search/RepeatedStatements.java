package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.util.BytesRef;
import policysearch.index.Schema;

/**
 * A newest-first list of statements in which the same statement repeated in several articles (same
 * {@link Schema#QUOTE_KEY}) appears once, at its newest copy, the other copies as {@code also_in}:
 * grouped by Lucene's grouping module, so pages and the total count distinct statements.
 */
final class RepeatedStatements {
  private static final int MAX_COPIES = 20;
  private static final Set<String> COPY_FIELDS = Set.of(Schema.ARTICLE_ID, Schema.DATE);

  /** One page: the total of distinct statements and the shown copies with their repeats. */
  record Page(long total, List<StatementHit> hits) {}

  private RepeatedStatements() {}

  static Page page(FacetSearcher searcher, Query query, int page, int size) throws IOException {
    GroupingSearch grouping =
        new GroupingSearch(Schema.QUOTE_KEY)
            .setGroupSort(FacetedSearch.NEWEST_FIRST)
            .setSortWithinGroup(FacetedSearch.NEWEST_FIRST)
            .setGroupDocsLimit(MAX_COPIES)
            .setAllGroups(true);
    TopGroups<BytesRef> groups = grouping.search(searcher, query, (page - 1) * size, size);
    if (groups == null) {
      return new Page(0, List.of());
    }
    GroupDocs<BytesRef>[] shown = groups.groups;
    ScoreDoc[] heads = new ScoreDoc[shown.length];
    for (int i = 0; i < shown.length; i++) {
      heads[i] = shown[i].scoreDocs()[0];
    }
    List<StatementHit> hits =
        StatementService.hits(searcher, new org.apache.lucene.search.MatchAllDocsQuery(), heads);
    List<StatementHit> withCopies = new ArrayList<>(hits.size());
    for (int i = 0; i < shown.length; i++) {
      List<Occurrence> copies = new ArrayList<>();
      ScoreDoc[] docs = shown[i].scoreDocs();
      for (int c = 1; c < docs.length; c++) {
        Document copy = searcher.storedFields().document(docs[c].doc, COPY_FIELDS);
        copies.add(new Occurrence(copy.get(Schema.ARTICLE_ID), Schema.date(copy)));
      }
      withCopies.add(hits.get(i).withAlsoIn(copies));
    }
    Integer total = groups.totalGroupCount;
    return new Page(total == null ? groups.totalGroupedHitCount : total, withCopies);
  }
}
