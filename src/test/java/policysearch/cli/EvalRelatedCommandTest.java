package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.index.Schema;
import policysearch.search.LuceneBackend;

class EvalRelatedCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private int run(String... words) {
    return new Cli()
        .run(
            List.of(words),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private String key(Path index, String article) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index);
        LuceneBackend search =
            new LuceneBackend(
                directory, new Schema(), Fixtures.extractor().taxonomy(), Fixtures::embedder)) {
      return article + "@" + search.article(article).orElseThrow().statements().get(0).start();
    }
  }

  @Test
  void aBlindPoolIsGradedIntoKeysOnlyAndScoredPerMethod() throws IOException {
    Path index = dir.resolve("index");
    Fixtures.index(Fixtures.copy("related", dir), index);
    String query = key(index, "fentanyl-blinken");
    Path queries =
        Files.writeString(dir.resolve("queries.tsv"), "# one\n" + query + "\tv1\ttune\n");
    Path pool = dir.resolve("pool.tsv");

    assertEquals(
        0,
        run(
            "eval-related",
            "pool",
            "--index",
            index.toString(),
            "--queries",
            queries.toString(),
            "--out",
            pool.toString()));
    List<String> rows = Files.readAllLines(pool);
    assertEquals(String.join("\t", RelatedPool.COLUMNS), rows.get(0));
    assertEquals(6, rows.size());

    // A judge grades four of the five candidates; the drought statement stays unjudged.
    Map<String, String> grades =
        Map.of(
            "opioids-mayorkas",
            "2",
            "schedule-jean-pierre",
            "0",
            "tariffs-yellen",
            "1",
            "drought-lopez-garcia",
            "0");
    List<String> graded = new ArrayList<>(List.of(rows.get(0)));
    for (String row : rows.subList(1, rows.size())) {
      String[] cols = row.split("\t", -1);
      cols[3] = grades.getOrDefault(StatementKeys.article(cols[1]), "");
      graded.add(String.join("\t", cols));
    }
    Files.write(pool, graded);
    Path judgments = dir.resolve("judgments.tsv");
    assertEquals(
        0,
        run(
            "eval-related",
            "grades",
            "--pool",
            pool.toString(),
            "--judgments",
            judgments.toString()));
    List<String> kept =
        Files.readAllLines(judgments).stream().filter(l -> !l.startsWith("#")).toList();
    // Keys, end offsets and grades only: no text of the corpus.
    List<String> expected = new ArrayList<>();
    for (String article :
        List.of(
            "drought-lopez-garcia", "opioids-mayorkas", "schedule-jean-pierre", "tariffs-yellen")) {
      expected.add(query + "\t" + key(index, article) + "\tEND\t" + grades.get(article));
    }
    assertEquals(expected, kept.stream().map(l -> l.replaceAll("\t\\d+\t", "\tEND\t")).toList());

    out.reset();
    assertEquals(
        0,
        run(
            "eval-related",
            "score",
            "--index",
            index.toString(),
            "--queries",
            queries.toString(),
            "--judgments",
            judgments.toString()));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    // Hybrid and semantic: the paraphrase (2), filler (0), steel (1), drought (0), unjudged.
    // nDCG = (3 + 1/log2 4) / (3 + 1/log2 3) = 0.964.
    assertEquals(
        List.of(
            "set      method   queries P@10 grade 2  P@10 grade>=1   nDCG@10  unjudged by speaker",
            "tune     lexical        1        0.000          0.000     0.000         0          0",
            "tune     semantic       1        0.100          0.200     0.964         1          0",
            "tune     hybrid         1        0.100          0.200     0.964         1          0"),
        lines.subList(0, 4));

    out.reset();
    assertEquals(
        0,
        run(
            "eval-related",
            "tune",
            "--index",
            index.toString(),
            "--queries",
            queries.toString(),
            "--judgments",
            judgments.toString()));
    // One statement of the same matter is judged: no order of the candidates puts more in the top.
    assertEquals(
        List.of(
            "  tune     ceiling  P@10 grade 2 0.100 (the best order of these candidates as judged)",
            "  all      ceiling  P@10 grade 2 0.100 (the best order of these candidates as judged)"),
        out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("ceiling")).toList());
  }
}
