package policysearch.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the hybrid ranking of related statements weighs what a candidate shares with the source. Each
 * signal lies between 0 and 1: the cosine of their sentence embeddings; the share of the source's
 * content words (weighed by rarity) the candidate holds; its rarest shared key phrase; the rarest
 * actor the source names that it names or is said by (the United States, named in thousands of
 * statements, says less than Second Thomas Shoal's Philippines); the share of topics in common; the
 * rarest content word they share; how close in time they were said ({@code exp(-days apart /
 * days)}: the same matter is talked about in the same weeks); the cosine of the two statements read
 * with their articles' titles (context vectors); the share of the source's rare words it holds (up
 * to three count as all); how well its article belongs to the source's article family (see {@link
 * ArticleFamily}).
 */
public record RelatedWeights(
    double similarity,
    double coverage,
    double phrase,
    double actor,
    double topic,
    double rare,
    double date,
    double days,
    double context,
    double matter,
    double family) {
  /**
   * The weights the service ranks with: fitted on the tuning half of the judged queries only
   * (docs/related.md, round 4), where a statement said within about a month counts more, the rarest
   * shared word and shared topics a little, and the two statements' own cosine half as much as
   * before; the context cosine and the share of rare words add nothing there that these do not.
   */
  public static final RelatedWeights DEFAULT =
      new RelatedWeights(0.5, 0.25, 0.0, 0.05, 0.05, 0.1, 0.1, 30, 0, 0, 0);

  /** The score of one candidate's signals. */
  double score(Candidate c) {
    return similarity * c.similarity
        + coverage * c.coverage
        + phrase * c.phrase
        + actor * c.actor
        + topic * c.topic
        + rare * c.rare
        + date * Math.exp(-c.daysApart / days)
        + context * c.contextSimilarity
        + matter * c.matter
        + family * c.family;
  }

  /**
   * {@link #DEFAULT} with some weights replaced, written {@code similarity=1,coverage=0.4} (for
   * trying weights against judgments).
   */
  public static RelatedWeights parse(String spec) {
    Map<String, Double> w = new LinkedHashMap<>();
    w.put("similarity", DEFAULT.similarity);
    w.put("coverage", DEFAULT.coverage);
    w.put("phrase", DEFAULT.phrase);
    w.put("actor", DEFAULT.actor);
    w.put("topic", DEFAULT.topic);
    w.put("rare", DEFAULT.rare);
    w.put("date", DEFAULT.date);
    w.put("days", DEFAULT.days);
    w.put("context", DEFAULT.context);
    w.put("matter", DEFAULT.matter);
    w.put("family", DEFAULT.family);
    for (String pair : spec.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      String name = kv[0].strip().toLowerCase(Locale.ROOT);
      if (kv.length != 2 || !w.containsKey(name)) {
        throw new InvalidRequestException(
            "weights are name=value pairs of " + w.keySet() + ", not '" + pair + "'");
      }
      try {
        w.put(name, Double.parseDouble(kv[1].strip()));
      } catch (NumberFormatException e) {
        throw new InvalidRequestException("weight " + name + " must be a number: '" + kv[1] + "'");
      }
    }
    if (w.get("days") <= 0) {
      throw new InvalidRequestException("days must be above 0, not " + w.get("days"));
    }
    return new RelatedWeights(
        w.get("similarity"),
        w.get("coverage"),
        w.get("phrase"),
        w.get("actor"),
        w.get("topic"),
        w.get("rare"),
        w.get("date"),
        w.get("days"),
        w.get("context"),
        w.get("matter"),
        w.get("family"));
  }
}
