package policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.embed.Embedder;

class StatementVectorsTest {
  @TempDir Path dir;

  private long update(Path corpus, Path index) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index)) {
      Indexer indexer =
          new Indexer(
              directory,
              Fixtures.extractor(),
              new Schema(),
              Fixtures.reader(),
              Fixtures.embedder());
      indexer.update(List.of(corpus), done -> {});
      return indexer.embedded();
    }
  }

  private static int vectors(Path index, String field) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      int count = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
        if (values == null) {
          continue;
        }
        assertEquals(Embedder.DIMENSIONS, values.dimension());
        Bits live = leaf.reader().getLiveDocs();
        KnnVectorValues.DocIndexIterator docs = values.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          count += live == null || live.get(doc) ? 1 : 0;
        }
      }
      return count;
    }
  }

  @Test
  void everyStatementAndArticleGetsAVectorOnce() throws IOException {
    Path corpus = Fixtures.copyCorpus(dir);
    Path index = dir.resolve("index");

    assertEquals(13 + 10, update(corpus, index));
    assertEquals(13, vectors(index, Schema.STATEMENT_VECTOR));
    assertEquals(10, vectors(index, Schema.ARTICLE_VECTOR));
    assertEquals(0, update(corpus, index));
  }

  @Test
  void aChangedArticleEmbedsOnlyItsNewTexts() throws IOException {
    Path corpus = Fixtures.copyCorpus(dir);
    Path index = dir.resolve("index");
    update(corpus, index);

    Files.writeString(
        corpus.resolve("inflation.txt"),
        "\n\nYellen said the dollar will stay strong against the yen.\n",
        java.nio.file.StandardOpenOption.APPEND);

    // The new statement, and the lead of the short article, which now ends differently.
    assertEquals(2, update(corpus, index));
    assertEquals(14, vectors(index, Schema.STATEMENT_VECTOR));
  }
}
