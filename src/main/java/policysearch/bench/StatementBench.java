package policysearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import policysearch.embed.Embedder;
import policysearch.index.Schema;
import policysearch.search.RetrievalMode;
import policysearch.search.SearchBackend;
import policysearch.search.SearchRequest;
import policysearch.search.SortOrder;
import policysearch.search.StatementRequest;

/**
 * Related statements and semantic statement search, timed three ways side by side like the article
 * searches: raw Lucene (the nearest vectors alone, the floor of either), the service, and HTTP with
 * one client. Related statements are asked for a seeded sample of statements; semantic search for
 * the plain-word queries of the set.
 */
final class StatementBench {
  /** One category's latencies, the three ways. */
  record Category(String name, Latencies raw, Latencies service, Latencies http1) {
    Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("raw", raw.json());
      json.put("service", service.json());
      json.put("http_1", http1.json());
      return json;
    }
  }

  private static final int RELATED = 10;
  private static final int CANDIDATES = 50;
  private static final int PASSES = 2;
  private static final Set<String> PLAIN = Set.of("term_high", "term_medium", "term_low", "and");
  private static final Query STATEMENTS =
      new TermQuery(new Term(Schema.KIND, Schema.KIND_STATEMENT));

  /** One way of answering one item. */
  private interface Way {
    void run(int item) throws IOException;
  }

  private final IndexSearcher raw;
  private final SearchBackend service;
  private final Embedder embedder;
  private final String base;

  StatementBench(DirectoryReader index, SearchBackend service, Embedder embedder, String base) {
    this.raw = new IndexSearcher(index);
    this.service = service;
    this.embedder = embedder;
    this.base = base;
  }

  /** Related statements of {@code count} sampled statements, and semantic search of the set. */
  List<Category> run(List<BenchQuery> queries, int count, long seed) throws IOException {
    List<Category> categories = new ArrayList<>();
    Map<String, float[]> sample = sample(count, seed);
    if (!sample.isEmpty()) {
      List<String> ids = List.copyOf(sample.keySet());
      categories.add(
          time(
              "related_statements",
              ids.size(),
              i -> raw.search(nearest(sample.get(ids.get(i)), CANDIDATES), CANDIDATES),
              i ->
                  service.relatedStatements(
                      ids.get(i), RELATED, null, null, List.of(), RetrievalMode.HYBRID),
              i -> get("/api/statements/" + encode(ids.get(i)) + "/related?size=" + RELATED)));
      List<String> words =
          queries.stream()
              .filter(q -> PLAIN.contains(q.category()))
              .map(q -> q.request().query())
              .toList();
      categories.add(
          time(
              "semantic_statements",
              words.size(),
              i -> raw.search(nearest(embedder.embed(words.get(i)), RELATED), RELATED),
              i -> service.statements(semantic(words.get(i))),
              i -> get("/api/statements?mode=semantic&size=10&q=" + encode(words.get(i)))));
    }
    return categories;
  }

  private static Query nearest(float[] vector, int k) {
    return new KnnFloatVectorQuery(Schema.STATEMENT_VECTOR, vector, k, STATEMENTS);
  }

  private static StatementRequest semantic(String words) {
    SearchRequest base =
        new SearchRequest(words, List.of(), List.of(), null, null, SortOrder.RELEVANCE, 1, 10);
    return new StatementRequest(base, List.of(), RetrievalMode.SEMANTIC);
  }

  /** Items in turn, each the three ways, after {@value #PASSES} unmeasured passes. */
  private static Category time(String name, int items, Way raw, Way service, Way http)
      throws IOException {
    List<Way> ways = List.of(raw, service, http);
    for (int pass = 0; pass < PASSES; pass++) {
      for (int i = 0; i < items; i++) {
        for (Way way : ways) {
          way.run(i);
        }
      }
    }
    List<List<Long>> nanos = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < items; i++) {
      for (int w = 0; w < ways.size(); w++) {
        long t = System.nanoTime();
        ways.get(w).run(i);
        nanos.get(w).add(System.nanoTime() - t);
      }
    }
    return new Category(
        name, Latencies.of(nanos.get(0)), Latencies.of(nanos.get(1)), Latencies.of(nanos.get(2)));
  }

  /** Up to {@code count} statements that have a vector, drawn with {@code seed}: id → vector. */
  private Map<String, float[]> sample(int count, long seed) throws IOException {
    List<int[]> withVectors = new ArrayList<>();
    List<LeafReaderContext> leaves = raw.getIndexReader().leaves();
    for (int leaf = 0; leaf < leaves.size(); leaf++) {
      FloatVectorValues values =
          leaves.get(leaf).reader().getFloatVectorValues(Schema.STATEMENT_VECTOR);
      if (values == null) {
        continue;
      }
      KnnVectorValues.DocIndexIterator it = values.iterator();
      for (int doc = it.nextDoc(); doc != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS; ) {
        withVectors.add(new int[] {leaf, doc});
        doc = it.nextDoc();
      }
    }
    Collections.shuffle(withVectors, new Random(seed));
    Map<String, float[]> sample = new LinkedHashMap<>();
    for (int[] at : withVectors.subList(0, Math.min(count, withVectors.size()))) {
      LeafReaderContext leaf = leaves.get(at[0]);
      if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(at[1])) {
        continue;
      }
      String id = leaf.reader().storedFields().document(at[1], Set.of(Schema.ID)).get(Schema.ID);
      FloatVectorValues values = leaf.reader().getFloatVectorValues(Schema.STATEMENT_VECTOR);
      KnnVectorValues.DocIndexIterator it = values.iterator();
      it.advance(at[1]);
      sample.put(id, values.vectorValue(it.index()).clone());
    }
    return sample;
  }

  /** One GET, read to the end so the connection is reused; anything but 200 fails. */
  private void get(String path) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(base + path).toURL().openConnection();
    int status = connection.getResponseCode();
    try (InputStream body =
        status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
      if (body != null) {
        body.transferTo(OutputStream.nullOutputStream());
      }
    }
    if (status != 200) {
      throw new IOException("HTTP " + status + " for " + path);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
