package policysearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import policysearch.corpus.Article;
import policysearch.corpus.CorpusReader;
import policysearch.embed.Embedder;
import policysearch.extract.Enriched;
import policysearch.extract.Extractor;
import policysearch.index.ArticleEmbedder;
import policysearch.index.Indexer;
import policysearch.index.Schema;
import policysearch.index.Vectors;
import policysearch.resolve.Canonical;

/**
 * Indexes for the growth figures: scale N holds every article of the corpus N times, copy r > 0
 * with the id suffix {@code ~xr}. One pass extracts each article once and writes all its copies to
 * every scale's writer, so building them costs little more than writing.
 */
final class ScaledIndexes {
  private final CorpusReader reader;
  private final Extractor extractor;
  private final Schema schema;
  private final ArticleEmbedder embedder;

  ScaledIndexes(CorpusReader reader, Extractor extractor, Schema schema, Embedder embedder) {
    this.reader = reader;
    this.extractor = extractor;
    this.schema = schema;
    this.embedder = new ArticleEmbedder(embedder);
  }

  /** Builds {@code dirs.get(i)} at {@code scales.get(i)}, replacing what was there. */
  void build(List<Path> corpus, List<Integer> scales, List<Path> dirs) throws IOException {
    List<FSDirectory> directories = new ArrayList<>();
    List<IndexWriter> writers = new ArrayList<>();
    try {
      for (Path dir : dirs) {
        Dirs.delete(dir);
        FSDirectory directory = FSDirectory.open(dir);
        directories.add(directory);
        writers.add(new IndexWriter(directory, Indexer.writerConfig()));
      }
      try (Parallel<Article> pool =
          new Parallel<>(article -> write(extractor.extract(article), scales, writers))) {
        reader.read(corpus, pool);
      }
      for (IndexWriter writer : writers) {
        writer.commit();
      }
    } finally {
      IOUtils.close(writers);
      IOUtils.close(directories);
    }
  }

  /** Embeds the article once; its copies share the vectors. */
  private void write(Enriched enriched, List<Integer> scales, List<IndexWriter> writers)
      throws IOException {
    Vectors vectors = embedder.of(enriched, Map.of());
    for (int s = 0; s < scales.size(); s++) {
      for (int r = 0; r < scales.get(s); r++) {
        Article a = enriched.article();
        Article copy =
            r == 0
                ? a
                : new Article(
                    a.id() + "~x" + r,
                    a.date(),
                    a.title(),
                    a.text(),
                    a.source(),
                    a.url(),
                    a.path(),
                    a.hash(),
                    a.speaker(),
                    a.document());
        Enriched copied =
            new Enriched(copy, enriched.actors(), enriched.topics(), enriched.statements());
        writers
            .get(s)
            .addDocuments(schema.toDocuments(copied, copy.hash(), Canonical.AS_EXTRACTED, vectors));
      }
    }
  }
}
