package policysearch.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** Builds a {@link FacetSearcher} for each reader the {@code SearcherManager} opens. */
final class FacetSearcherFactory extends SearcherFactory {
  private final FacetsConfig config;

  FacetSearcherFactory(FacetsConfig config) {
    this.config = config;
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
      throws IOException {
    return new FacetSearcher(reader, config);
  }
}
