package policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.corpus.Skipped;
import policysearch.extract.Extractor;
import policysearch.extract.Resources;

class IndexerTest {
  /** Statements of the fixture corpus that remain once "said" is no longer a cue. */
  private static final int STATEMENTS_WITHOUT_SAID = 7;

  @TempDir Path dir;

  private String counts(IndexReport r) {
    return "added="
        + r.added()
        + " updated="
        + r.updated()
        + " removed="
        + r.removed()
        + " unchanged="
        + r.unchanged()
        + " skipped="
        + r.skipped().size();
  }

  /** Article documents (statements are documents of their own, counted by {@link #statements}). */
  private int documents(Path index) throws IOException {
    return count(index, Schema.KIND_ARTICLE);
  }

  private int statements(Path index) throws IOException {
    return count(index, Schema.KIND_STATEMENT);
  }

  private int count(Path index, String kind) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(Schema.KIND, kind)));
    }
  }

  @Test
  void firstRunAddsEveryReadableArticleAndReportsSkippedFiles() throws IOException {
    Path corpus = Fixtures.copyCorpus(dir);
    IndexReport report = Fixtures.index(corpus, dir.resolve("index"));

    assertEquals("added=10 updated=0 removed=0 unchanged=0 skipped=3", counts(report));
    assertEquals(
        List.of(
            corpus.resolve("bad-date.txt").toString(),
            corpus.resolve("empty.txt").toString(),
            corpus.resolve("wire.jsonl").toString()),
        report.skipped().stream().map(Skipped::path).toList());
    assertEquals(Fixtures.ARTICLES, documents(dir.resolve("index")));
    assertEquals(13, statements(dir.resolve("index")));
  }

  @Test
  void segmentsAreWrittenWithTheCompactCodecAndReadBackThroughItsServiceEntry() throws IOException {
    Path corpus = Fixtures.copyCorpus(dir);
    Fixtures.index(corpus, dir.resolve("index"));

    try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      SegmentInfos segments = SegmentInfos.readLatestCommit(directory);
      assertEquals(
          List.of("PolicySearch104"),
          segments.asList().stream().map(s -> s.info.getCodec().getName()).distinct().toList());
      IndexSearcher searcher = new IndexSearcher(reader);
      int doc =
          searcher.search(new TermQuery(new Term(Schema.ID, "long-briefing")), 1).scoreDocs[0].doc;
      assertEquals(12260, reader.storedFields().document(doc).get(Schema.BODY).length());
    }
  }

  @Test
  void secondRunLeavesUnchangedArticlesAlone() throws IOException {
    Path corpus = Fixtures.copyCorpus(dir);
    Fixtures.index(corpus, dir.resolve("index"));

    assertEquals(
        "added=0 updated=0 removed=0 unchanged=10 skipped=3",
        counts(Fixtures.index(corpus, dir.resolve("index"))));
  }

  @Test
  void changedFileIsReplacedAndDeletedFileIsRemoved() throws IOException {
    Path corpus = Fixtures.copyCorpus(dir);
    Path index = dir.resolve("index");
    Fixtures.index(corpus, index);
    Path changed = corpus.resolve("inflation.txt");
    Files.writeString(changed, Files.readString(changed) + "\nA late paragraph about bonds.\n");
    Files.delete(corpus.resolve("space-debris.txt"));

    assertEquals(
        "added=0 updated=1 removed=1 unchanged=8 skipped=3", counts(Fixtures.index(corpus, index)));
    assertEquals(Fixtures.ARTICLES - 1, documents(index));
    assertEquals(13 - 1, statements(index));
  }

  @Test
  void articlesOfAFileThatBecameUnreadableAreKept() throws IOException {
    Path corpus = Fixtures.copyCorpus(dir);
    Path index = dir.resolve("index");
    Fixtures.index(corpus, index);
    Files.write(corpus.resolve("ev-tariffs.txt"), new byte[] {0, 0, 0});

    assertEquals(
        "added=0 updated=0 removed=0 unchanged=9 skipped=4", counts(Fixtures.index(corpus, index)));
    assertEquals(Fixtures.ARTICLES, documents(index));
  }

  @Test
  void articlesMovedToAnotherFileAreNeitherLostNorDuplicated() throws IOException {
    Path corpus = Fixtures.copyCorpus(dir);
    Path index = dir.resolve("index");
    Fixtures.index(corpus, index);
    Files.move(corpus.resolve("kyiv-aid.txt"), corpus.resolve("briefings").resolve("kyiv-aid.txt"));

    assertEquals(
        "added=0 updated=1 removed=0 unchanged=9 skipped=3", counts(Fixtures.index(corpus, index)));
    assertEquals(Fixtures.ARTICLES, documents(index));
  }

  @Test
  void aMistypedCorpusPathRemovesNothing() throws IOException {
    Path corpus = Fixtures.copyCorpus(dir);
    Path index = dir.resolve("index");
    Fixtures.index(corpus, index);

    assertEquals(
        "added=0 updated=0 removed=0 unchanged=0 skipped=1",
        counts(Fixtures.index(dir.resolve("corpsu"), index)));
    assertEquals(Fixtures.ARTICLES, documents(index));
  }

  @Test
  void articlesOfARootLeftOutOfTheRunAreKept() throws IOException {
    Path corpus = Fixtures.copyCorpus(dir);
    Path index = dir.resolve("index");
    Fixtures.index(corpus, index);

    assertEquals(
        "added=0 updated=0 removed=0 unchanged=1 skipped=0",
        counts(Fixtures.index(corpus.resolve("briefings"), index)));
    assertEquals(Fixtures.ARTICLES, documents(index));
  }

  @Test
  void anEditedVocabularyReExtractsEveryArticleWhoseTextDidNotChange() throws IOException {
    Path corpus = Fixtures.copyCorpus(dir);
    Path index = dir.resolve("index");
    Fixtures.index(corpus, index);
    String verbs;
    try (InputStream in = Extractor.class.getResourceAsStream("/statements/verbs.txt")) {
      verbs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Extractor withoutSaid =
        Extractor.load(
            new Resources(Map.of("statements/verbs.txt", verbs.replace("\nsaid\n", "\n"))));

    IndexReport report;
    try (FSDirectory directory = FSDirectory.open(index)) {
      report =
          new Indexer(directory, withoutSaid, new Schema(), Fixtures.reader(), Fixtures.embedder())
              .update(List.of(corpus), done -> {});
    }

    assertEquals("added=0 updated=10 removed=0 unchanged=0 skipped=3", counts(report));
    assertEquals(Fixtures.ARTICLES, documents(index));
    assertEquals(STATEMENTS_WITHOUT_SAID, statements(index));
  }
}
