package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import policysearch.extract.Actor;
import policysearch.search.LuceneBackend;
import policysearch.search.RelatedStatement;
import policysearch.search.RelatedWeights;
import policysearch.search.RetrievalMode;
import policysearch.search.StatementHit;

/**
 * The blind pool for judges: per query statement, the union of the top {@code depth} related
 * statements of every method, shuffled, with no method names or scores, one row per pair with both
 * texts, speakers and dates. Judges fill the {@code grade} column; {@code eval-related grades} then
 * keeps the keys and grades. The file holds corpus text: keep it out of the repository.
 */
final class RelatedPool {
  static final List<String> COLUMNS =
      List.of(
          "query_key",
          "candidate_key",
          "candidate_end",
          "grade",
          "query_speaker",
          "query_date",
          "query_text",
          "candidate_speaker",
          "candidate_date",
          "candidate_article_title",
          "candidate_text");

  private static final long SEED = 20260512L;

  private RelatedPool() {}

  /**
   * Writes the pool of {@code queries} to {@code out}, leaving out the pairs {@code judged} already
   * grades; reports queries not found to {@code log}. The hybrid ranking is pooled with the shipped
   * weights and with each of {@code tried}, so that weights under trial are judged before they are
   * chosen.
   */
  static void write(
      LuceneBackend search,
      List<String> queries,
      int depth,
      Judgments judged,
      List<RelatedWeights> tried,
      Path out,
      PrintStream log)
      throws IOException {
    List<String> rows = new ArrayList<>();
    rows.add(String.join("\t", COLUMNS));
    int pairs = 0;
    for (String key : queries) {
      Optional<StatementHit> query = StatementKeys.find(search, key);
      if (query.isEmpty()) {
        log.println("not a statement in this index: " + key);
        continue;
      }
      Map<String, StatementHit> pool = new LinkedHashMap<>();
      for (RetrievalMode mode : RetrievalMode.values()) {
        add(pool, search, key, query.get(), depth, mode, RelatedWeights.DEFAULT, judged);
      }
      for (RelatedWeights weights : tried) {
        add(pool, search, key, query.get(), depth, RetrievalMode.HYBRID, weights, judged);
      }
      List<StatementHit> shuffled = new ArrayList<>(pool.values());
      Collections.shuffle(shuffled, new Random(SEED ^ key.hashCode()));
      for (StatementHit candidate : shuffled) {
        rows.add(row(key, query.get(), candidate));
      }
      pairs += shuffled.size();
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, String.join("\n", rows) + "\n");
    log.printf("%d pairs for %d queries written to %s%n", pairs, queries.size(), out);
  }

  /** Adds the results {@code judged} does not grade of one ranking to {@code pool}. */
  private static void add(
      Map<String, StatementHit> pool,
      LuceneBackend search,
      String key,
      StatementHit query,
      int depth,
      RetrievalMode mode,
      RelatedWeights weights,
      Judgments judged)
      throws IOException {
    for (RelatedStatement r :
        search
            .relatedStatements(query.id(), depth, null, null, List.of(), mode, weights)
            .related()) {
      if (judged.grade(key, r.statement()) == null) {
        pool.putIfAbsent(StatementKeys.key(r.statement()), r.statement());
      }
    }
  }

  private static String row(String key, StatementHit query, StatementHit candidate) {
    return String.join(
        "\t",
        key,
        StatementKeys.key(candidate),
        String.valueOf(candidate.end()),
        "",
        speakers(query),
        query.date(),
        plain(query.text()),
        speakers(candidate),
        candidate.date(),
        plain(candidate.articleTitle()),
        plain(candidate.text()));
  }

  private static String speakers(StatementHit hit) {
    return hit.speakers().stream().map(Actor::name).collect(Collectors.joining("; "));
  }

  /** Text without highlighting, entities or the tabs and line breaks of the file format. */
  static String plain(String html) {
    if (html == null) {
      return "";
    }
    return html.replaceAll("</?mark>", "")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replaceAll("[\\t\\r\\n]+", " ");
  }
}
