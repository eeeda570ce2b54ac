package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class StemGroupsTest {
  private static BoostQuery term(String text, float score) {
    return new BoostQuery(new TermQuery(new Term("body", text)), score);
  }

  @Test
  void bothFormsOfAStemBecomeOneSynonymAndTheBestStemsAreKept() {
    Query moreLikeThis =
        new BooleanQuery.Builder()
            .add(term("tax", 1.0f), Occur.SHOULD)
            .add(term("border", 1.5f), Occur.SHOULD)
            .add(term("~border", 2.0f), Occur.SHOULD)
            .add(term("~tariff", 1.8f), Occur.SHOULD)
            .build();

    Query grouped = StemGroups.of(moreLikeThis, 2);

    assertEquals(
        "Synonym(body:border body:~border) Synonym(body:tariff body:~tariff)", grouped.toString());
    assertEquals(Set.of("border", "~border", "tariff", "~tariff"), StemGroups.terms(grouped));
  }
}
