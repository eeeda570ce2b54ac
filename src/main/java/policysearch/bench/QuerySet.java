package policysearch.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import policysearch.index.Schema;
import policysearch.search.SearchRequest;
import policysearch.search.SortOrder;

/**
 * A fixed, seeded query set drawn from an index: single words by document frequency, two-word AND
 * and OR, quoted phrases from the text, actor- and topic-filtered, date-ranged, and the empty query
 * (facets only, newest first). The same seed and index give the same queries.
 */
final class QuerySet {
  static final List<String> CATEGORIES =
      List.of(
          "term_high",
          "term_medium",
          "term_low",
          "and",
          "or",
          "phrase",
          "actor",
          "topic",
          "date",
          "empty");

  private record Counted(String value, int df) {}

  private final Random random;
  private final List<String> high = new ArrayList<>();
  private final List<String> medium = new ArrayList<>();
  private final List<String> low = new ArrayList<>();
  private final List<String> actors;
  private final List<String> topics;
  private final DirectoryReader reader;

  private QuerySet(DirectoryReader reader, long seed) throws IOException {
    this.reader = reader;
    this.random = new Random(seed);
    int docs = reader.maxDoc();
    for (Counted word : terms(Schema.BODY)) {
      String w = word.value();
      // Words as written, not the marked stems.
      if (!w.matches("[a-z]{3,14}") || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) {
        continue;
      }
      double share = word.df() / (double) docs;
      if (share >= 0.05) {
        high.add(w);
      } else if (share >= 0.002 && share < 0.02) {
        medium.add(w);
      } else if (word.df() >= 2 && word.df() <= 10) {
        low.add(w);
      }
    }
    this.actors = top(terms(Schema.ACTOR_TYPED), 200).stream().map(QuerySet::actorName).toList();
    this.topics = top(terms(Schema.TOPIC), 100);
  }

  /** {@code count} queries spread evenly over the categories, drawn with {@code seed}. */
  static List<BenchQuery> generate(DirectoryReader reader, int count, long seed)
      throws IOException {
    QuerySet set = new QuerySet(reader, seed);
    List<BenchQuery> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String category = CATEGORIES.get(i % CATEGORIES.size());
      queries.add(new BenchQuery(category, set.query(category)));
    }
    return queries;
  }

  private SearchRequest query(String category) throws IOException {
    return switch (category) {
      case "term_high" -> request(pick(high), List.of(), List.of(), null, null);
      case "term_medium" -> request(pick(medium), List.of(), List.of(), null, null);
      case "term_low" -> request(pick(low), List.of(), List.of(), null, null);
      case "and" -> request(pick(high) + " " + pick(medium), List.of(), List.of(), null, null);
      case "or" -> request(pick(medium) + " OR " + pick(medium), List.of(), List.of(), null, null);
      case "phrase" -> request('"' + phrase() + '"', List.of(), List.of(), null, null);
      case "actor" -> request(pick(high), List.of(pick(actors)), List.of(), null, null);
      case "topic" -> request(pick(high), List.of(), List.of(pick(topics)), null, null);
      case "date" -> {
        LocalDate day = randomDate();
        yield request(pick(medium), List.of(), List.of(), day.minusDays(183), day.plusDays(183));
      }
      case "empty" -> request("", List.of(), List.of(), null, null);
      default -> throw new IllegalArgumentException(category);
    };
  }

  private static SearchRequest request(
      String q, List<String> actors, List<String> topics, LocalDate from, LocalDate to) {
    SortOrder sort = q.isEmpty() ? SortOrder.DATE : SortOrder.RELEVANCE;
    return new SearchRequest(q, actors, topics, from, to, sort, 1, 10);
  }

  private String pick(List<String> values) {
    return values.isEmpty() ? "policy" : values.get(random.nextInt(values.size()));
  }

  /** Two or three consecutive words of a random document's text. */
  private String phrase() throws IOException {
    StoredFields stored = reader.storedFields();
    for (int attempt = 0; attempt < 100; attempt++) {
      String text = stored.document(random.nextInt(reader.maxDoc())).get(Schema.BODY);
      if (text == null) {
        continue;
      }
      String[] words = text.split("\\s+");
      int length = 2 + random.nextInt(2);
      if (words.length <= length) {
        continue;
      }
      int start = random.nextInt(words.length - length);
      List<String> phrase = List.of(words).subList(start, start + length);
      if (phrase.stream().allMatch(w -> w.matches("[A-Za-z]{2,}"))) {
        return String.join(" ", phrase);
      }
    }
    return "the president";
  }

  private LocalDate randomDate() throws IOException {
    StoredFields stored = reader.storedFields();
    var date = stored.document(random.nextInt(reader.maxDoc())).getField(Schema.DATE);
    return LocalDate.ofEpochDay(date.numericValue().longValue());
  }

  private List<Counted> terms(String field) throws IOException {
    List<Counted> counted = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return counted;
    }
    TermsEnum iterator = terms.iterator();
    for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
      counted.add(new Counted(term.utf8ToString(), iterator.docFreq()));
    }
    return counted;
  }

  private static List<String> top(List<Counted> counted, int n) {
    return counted.stream()
        .sorted(Comparator.comparingInt(Counted::df).reversed().thenComparing(Counted::value))
        .limit(n)
        .map(Counted::value)
        .toList();
  }

  private static String actorName(String typed) {
    return Schema.fromTypedName(typed).name();
  }
}
