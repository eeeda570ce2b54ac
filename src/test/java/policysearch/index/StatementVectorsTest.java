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
    return run(corpus, index).embedded();
  }

  /** What one indexing run embedded, and how many articles its name sync rewrote. */
  private record Run(long embedded, int rewritten) {}

  private Run run(Path corpus, Path index) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index)) {
      Indexer indexer =
          new Indexer(
              directory,
              Fixtures.extractor(),
              new Schema(),
              Fixtures.reader(),
              Fixtures.embedder());
      IndexReport report = indexer.update(List.of(corpus), done -> {});
      return new Run(indexer.embedded(), report.names().rewritten());
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

  @Test
  void articlesRewrittenUnderNewCanonicalNamesKeepTheirVectorsWithoutEmbeddingAgain()
      throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path index = dir.resolve("index");
    Files.writeString(
        corpus.resolve("a.jsonl"),
        """
        {"id":"e1","date":"2024-03-01","title":"Talks","text":"Rashid al-Qadiri said the talks on water were productive."}
        {"id":"e2","date":"2024-03-05","title":"Summit","text":"Rashid Al Qadiri said that the river agreement would hold."}
        {"id":"e3","date":"2024-03-06","title":"River","text":"Rashid al-Qadiri said the flood season had begun."}
        """);
    // The first run's sync joins the spelling written before the other was known.
    assertEquals(new Run(6, 1), run(corpus, index));

    // Three more articles spell him "Rashid Al Qadiri": that becomes his canonical name, and the
    // sync rewrites all six articles (the new ones were written under the old name) from the texts
    // and vectors they have in the index: only the new articles' leads and statements are embedded.
    Files.writeString(
        corpus.resolve("b.jsonl"),
        """
        {"id":"e6","date":"2024-04-06","title":"High","text":"Rashid Al Qadiri said the river was high."}
        {"id":"e7","date":"2024-04-07","title":"Rain","text":"Rashid Al Qadiri said the rain had stopped."}
        {"id":"e8","date":"2024-04-08","title":"Resume","text":"Rashid Al Qadiri said the talks would resume."}
        """);
    assertEquals(new Run(6, 6), run(corpus, index));
    assertEquals(6, vectors(index, Schema.STATEMENT_VECTOR));
    assertEquals(6, vectors(index, Schema.ARTICLE_VECTOR));
  }
}
