package policysearch.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import policysearch.corpus.Article;
import policysearch.corpus.DocumentFacts;
import policysearch.extract.Actor;
import policysearch.extract.ActorType;
import policysearch.extract.Attribution;
import policysearch.extract.Enriched;
import policysearch.resolve.Canonical;

/** Every Lucene field of the index, and why it is indexed the way it is. */
public final class Schema {
  /** Article id: exact look-up, and the term that replaces or deletes an article. */
  public static final String ID = "id";

  /** Id of the article a document belongs to: deletes an article with all its parts at once. */
  public static final String GROUP = "group";

  /** "article" (statements come later): one index, one searcher, one commit for all kinds. */
  public static final String KIND = "kind";

  /** Epoch day: points for range filters, doc values for sorting, stored for display. */
  public static final String DATE = "date";

  /** Year facet (sorted-set doc values, no taxonomy index to keep in step). */
  public static final String YEAR = "year";

  /** Title: stored, words + marked stems, offsets in postings for the UnifiedHighlighter. */
  public static final String TITLE = "title";

  /** Body text: like the title; offsets in postings so snippets need no re-analysis. */
  public static final String BODY = "body";

  /** Actor facet: canonical names, multi-valued; drill-down terms make it a filter too. */
  public static final String ACTOR = "actor";

  /** Actor names analysed without stemming, so {@code actor:japan} finds "Japan". */
  public static final String ACTOR_TEXT = "actor_text";

  /** "type\u001fname" terms: the searcher lists them once to label facet values with a type. */
  public static final String ACTOR_TYPED = "actor_typed";

  /** Stored "type, name, roles" of each actor for display. */
  public static final String ACTOR_STORED = "actor_stored";

  /**
   * "type\u001fname as extracted\u001fcanonical name" terms of an article's actors and speakers,
   * indexed only: corpus-level resolution reads the distinct names and their article counts from
   * them, finds the articles whose canonical names changed, and searches map an alias to its entity
   * (see docs/entities.md).
   */
  public static final String ACTOR_ALIAS = "actor_alias";

  /** Topic facet: taxonomy ids, multi-valued; also an exact-match field for {@code topic:}. */
  public static final String TOPIC = "topic";

  /** Source name ("whitehouse", "corpus"): exact filter, stored. */
  public static final String SOURCE = "source";

  /** Original URL, stored only. */
  public static final String URL = "url";

  /** File the article came from, stored: articles whose file disappeared are removed. */
  public static final String PATH = "path";

  /** Content + vocabulary digest, stored: unchanged articles are not re-indexed. */
  public static final String HASH = "hash";

  /** Statement's article id: links a statement to its article, stored and exact. */
  public static final String ARTICLE_ID = "article_id";

  /** Title of a statement's article, stored only, to show where it was said. */
  public static final String ARTICLE_TITLE = "article_title";

  /** Speaker facet of statements: canonical actor names, multi-valued; a filter too. */
  public static final String SPEAKER = "speaker";

  /** Speaker type facet (person, country, organization) of statements. */
  public static final String SPEAKER_TYPE = "speaker_type";

  /** Stored "type, name" of each speaker for display. */
  public static final String SPEAKER_STORED = "speaker_stored";

  /** Speech verb of a statement, stored only. */
  public static final String VERB = "verb";

  /**
   * How a statement's speaker was found — cue and mention as written ("said", "she"; "transcript",
   * "MS. PSAKI") — stored only: shown with the statement so a reader can check it.
   */
  public static final String ATTRIBUTION = "attribution";

  /** Character offsets of a statement in its article's text, stored only. */
  public static final String START = "start";

  /** End offset (exclusive) of a statement in its article's text, stored only. */
  public static final String END = "end";

  /**
   * Sentence embedding of a statement's text (HNSW graph; unit vectors, so dot product is cosine):
   * the nearest-in-meaning candidates of related statements and of semantic statement search.
   */
  public static final String STATEMENT_VECTOR = "statement_vector";

  /** Sentence embedding of an article's title and lead: candidates of related articles. */
  public static final String ARTICLE_VECTOR = "article_vector";

  /**
   * Embedding model of an article's vectors, stored on the article: when a changed article is
   * re-indexed, vectors of its unchanged statements are reused only if the model is the same.
   */
  public static final String VECTOR_MODEL = "vector_model";

  /**
   * Actors of the article named in a statement's text (not its speakers), exact and stored: what
   * the statement is about, for ranking related statements and saying why they are related.
   */
  public static final String STATEMENT_ACTOR = "statement_actor";

  /**
   * Digest of a statement's words (case and punctuation ignored), sorted doc values and stored: the
   * same quote repeated in several articles has one key, so lists show it once.
   */
  public static final String QUOTE_KEY = "quote_key";

  /**
   * What ranking related statements reads of each candidate, as binary doc values written once at
   * index time (see {@link StatementTerms}): the statement's stems in order, the actors it names or
   * is said by, its topics, all as hashes. No re-analysis and no stored-field reads per candidate.
   */
  public static final String STATEMENT_SIGNATURE = "statement_signature";

  /**
   * What is known of an article read from a document file (its {@code DocumentFacts}: original
   * path, format, title and date sources, language, page offsets), stored only, one value.
   */
  public static final String DOCUMENT = "document";

  /** Characters of the text that extraction read, stored only when that is not all of it. */
  public static final String EXTRACTED = "extracted";

  /** Page of a statement in a paged document (PDF), stored only. */
  public static final String PAGE = "page";

  /**
   * Number of statements an article has, on article documents where a second engine replaces
   * statements by id (OpenSearch): an update that yields fewer deletes the rest. Lucene replaces an
   * article's documents by {@link #GROUP} and does not write it.
   */
  public static final String STATEMENT_COUNT = "statement_count";

  /** Value of {@link #KIND} for articles. */
  public static final String KIND_ARTICLE = "article";

  /** Value of {@link #KIND} for statements. */
  public static final String KIND_STATEMENT = "statement";

  /**
   * Value of {@link #KIND} for a tombstone: what is left of a corpus article deleted through the
   * API (its id, path and hash), so that re-reading the unchanged corpus file does not bring it
   * back.
   */
  public static final String KIND_DELETED = "deleted";

  /** When a tombstone's article was deleted (ISO instant), stored; marks the document as one. */
  public static final String DELETED = "deleted";

  /** The stored fields an exported article row is made of, whichever backend exports it. */
  public static final List<String> ARTICLE_ROW_FIELDS =
      List.of(ID, DATE, TITLE, SOURCE, URL, ACTOR_STORED, TOPIC);

  /** The stored fields an exported statement row is made of, whichever backend exports it. */
  public static final List<String> STATEMENT_ROW_FIELDS =
      List.of(ID, DATE, SPEAKER_STORED, VERB, ATTRIBUTION, BODY, ARTICLE_ID, ARTICLE_TITLE, TOPIC);

  /** The stored fields an article hit shows, whichever backend finds it (its snippets aside). */
  public static final List<String> ARTICLE_HIT_FIELDS =
      List.of(ID, DATE, TITLE, SOURCE, URL, ACTOR_STORED, TOPIC, DOCUMENT);

  /** The stored fields a statement hit shows, its text included, whichever backend finds it. */
  public static final List<String> STATEMENT_HIT_FIELDS =
      List.of(
          ID,
          BODY,
          ARTICLE_ID,
          ARTICLE_TITLE,
          DATE,
          SPEAKER_STORED,
          VERB,
          ATTRIBUTION,
          TOPIC,
          START,
          END,
          PAGE);

  /**
   * The stored fields an article is rebuilt from when entity resolution rewrites it under new
   * canonical names (its text is as indexed, so it is not read again from the corpus).
   */
  public static final List<String> ARTICLE_REWRITE_FIELDS =
      List.of(ID, DATE, TITLE, BODY, SOURCE, URL, PATH, HASH);

  /**
   * Version of the fields and their analysis, part of every article's hash: an index written by an
   * older layout is re-indexed article by article, not searched with mismatched terms. L3: {@link
   * #DOCUMENT}, {@link #EXTRACTED} and {@link #PAGE}; L4-L6 (one branch): vectors, statement
   * actors, quote keys, signatures (with fixed-seed hashes); L7 (that branch): both; L3-L4 (another
   * branch): canonical names with {@link #ACTOR_ALIAS}. L8: all together, statement actors and
   * signatures under canonical names.
   */
  static final String LAYOUT = "L8";

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
  private static final String SEP = "\u001f";
  private static final String ROLE_SEP = "\u001e";

  private final FacetsConfig facets = new FacetsConfig();

  /** Declares the facet dimensions. */
  public Schema() {
    facets.setMultiValued(ACTOR, true);
    facets.setMultiValued(TOPIC, true);
    facets.setMultiValued(SPEAKER, true);
    facets.setMultiValued(SPEAKER_TYPE, true);
  }

  /** The facet configuration shared by the writer and the searchers. */
  public FacetsConfig facetsConfig() {
    return facets;
  }

  /** Like {@link #toDocuments(Enriched, String, Canonical)}, with names as extracted. */
  public List<Document> toDocuments(Enriched enriched, String hash) throws java.io.IOException {
    return toDocuments(enriched, hash, Canonical.AS_EXTRACTED);
  }

  /**
   * The documents for one article: the article, then one per statement, all with the article's
   * {@link #GROUP}, actors and speakers under the canonical names {@code names} gives them for the
   * article's date; {@code hash} already includes the vocabulary fingerprint.
   */
  public List<Document> toDocuments(Enriched enriched, String hash, Canonical names)
      throws java.io.IOException {
    return toDocuments(enriched, hash, names, null);
  }

  /**
   * Like {@link #toDocuments(Enriched, String, Canonical)}, with the article's vectors (null:
   * none).
   */
  public List<Document> toDocuments(
      Enriched enriched, String hash, Canonical names, Vectors vectors) throws java.io.IOException {
    List<Document> docs = new ArrayList<>(1 + enriched.statements().size());
    Document article = articleDocument(enriched, hash, names);
    if (vectors != null) {
      article.add(new StoredField(VECTOR_MODEL, vectors.model()));
      article.add(vector(ARTICLE_VECTOR, vectors.article()));
    }
    docs.add(facets.build(article));
    for (int i = 0; i < enriched.statements().size(); i++) {
      Document statement =
          StatementDocuments.of(enriched, enriched.statements().get(i), i + 1, names);
      if (vectors != null) {
        statement.add(vector(STATEMENT_VECTOR, vectors.statements().get(i)));
      }
      docs.add(facets.build(statement));
    }
    return docs;
  }

  private static KnnFloatVectorField vector(String field, float[] vector) {
    return new KnnFloatVectorField(field, vector, VectorSimilarityFunction.DOT_PRODUCT);
  }

  private static Document articleDocument(Enriched enriched, String hash, Canonical names) {
    var article = enriched.article();
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new StringField(GROUP, article.id(), Field.Store.NO));
    doc.add(new StringField(KIND, KIND_ARTICLE, Field.Store.NO));
    addDate(doc, article.date());
    if (article.title() != null) {
      addText(doc, TITLE, article.title());
    }
    addText(doc, BODY, article.text());
    List<Actor> speakers = new ArrayList<>();
    enriched.statements().forEach(s -> speakers.addAll(s.speakers()));
    ActorFields.add(doc, enriched.actors(), speakers, names, article.date());
    for (String topic : enriched.topics()) {
      doc.add(new SortedSetDocValuesFacetField(TOPIC, topic));
      doc.add(new StringField(TOPIC, topic, Field.Store.YES));
    }
    doc.add(new StringField(SOURCE, article.source(), Field.Store.YES));
    if (article.url() != null) {
      doc.add(new StoredField(URL, article.url()));
    }
    doc.add(new StoredField(PATH, article.path()));
    doc.add(new StoredField(HASH, hash));
    DocumentFields.add(doc, enriched);
    return doc;
  }

  /**
   * The tombstone of article {@code id}, read from {@code path} with content {@code hash}: it
   * replaces the article's group, and a later version of the article replaces it in turn.
   */
  public static Document tombstone(String id, String path, String hash, java.time.Instant when) {
    Document doc = new Document();
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new StringField(GROUP, id, Field.Store.NO));
    doc.add(new StringField(KIND, KIND_DELETED, Field.Store.NO));
    doc.add(new StoredField(PATH, path));
    doc.add(new StoredField(HASH, hash));
    doc.add(new StoredField(DELETED, when.toString()));
    return doc;
  }

  static void addDate(Document doc, java.time.LocalDate date) {
    long day = date.toEpochDay();
    doc.add(new LongPoint(DATE, day));
    doc.add(new NumericDocValuesField(DATE, day));
    doc.add(new StoredField(DATE, day));
    doc.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(date.getYear())));
  }

  static void addText(Document doc, String field, String text) {
    doc.add(new Field(field, text, TEXT_WITH_OFFSETS));
  }

  /** The date stored on a document, as {@code YYYY-MM-DD}. */
  public static String date(Document doc) {
    return java.time.LocalDate.ofEpochDay(doc.getField(DATE).numericValue().longValue()).toString();
  }

  /** The document facts stored on an article, or null when it was not read from a document. */
  public static DocumentFacts documentFacts(Document doc) {
    return DocumentFields.facts(doc.get(DOCUMENT));
  }

  /** Document facts from their stored form ({@link #encode(DocumentFacts)}); null for null. */
  public static DocumentFacts decodeDocumentFacts(String stored) {
    return DocumentFields.facts(stored);
  }

  /** Characters of the text extraction read, or -1 when it read all of it. */
  public static int extractedChars(Document doc) {
    IndexableField field = doc.getField(EXTRACTED);
    return field == null ? -1 : field.numericValue().intValue();
  }

  /** The actors stored on a document, in extraction order. */
  public static List<Actor> actors(Document doc) {
    return decode(doc, ACTOR_STORED);
  }

  /** The speakers stored on a statement document. */
  public static List<Actor> speakers(Document doc) {
    return decode(doc, SPEAKER_STORED);
  }

  private static List<Actor> decode(Document doc, String field) {
    List<Actor> actors = new ArrayList<>();
    for (IndexableField stored : doc.getFields(field)) {
      actors.add(decodeActor(stored.stringValue()));
    }
    return actors;
  }

  /**
   * An actor from its stored form ({@link #encode(Actor)}), as another engine's documents hold it.
   */
  public static Actor decodeActor(String stored) {
    String[] parts = stored.split(SEP, -1);
    List<String> roles = parts[2].isEmpty() ? List.of() : List.of(parts[2].split(ROLE_SEP));
    return new Actor(parts[1], ActorType.parse(parts[0]), roles);
  }

  /** The stored {@link #ATTRIBUTION} of a statement document, or null when it has none. */
  public static Attribution attribution(Document doc) {
    return decodeAttribution(doc.get(ATTRIBUTION));
  }

  /** An attribution from its stored form ({@link #encode(Attribution)}); null for null. */
  public static Attribution decodeAttribution(String stored) {
    if (stored == null) {
      return null;
    }
    int sep = stored.indexOf(SEP);
    return new Attribution(stored.substring(0, sep), stored.substring(sep + 1));
  }

  /** The stored form of an attribution ({@link #ATTRIBUTION}). */
  public static String encode(Attribution attribution) {
    return attribution.cue() + SEP + attribution.mention();
  }

  /** The {@link #QUOTE_KEY} of a statement's text: the same words, in any case and punctuation. */
  public static String quoteKey(String text) {
    return StatementDocuments.quoteKey(text);
  }

  /** The {@link #ID} of the {@code n}th statement (1-based) of article {@code articleId}. */
  public static String statementId(String articleId, int n) {
    return StatementDocuments.id(articleId, n);
  }

  /** The {@link #ACTOR_TYPED} term of an actor. */
  public static String typedName(Actor actor) {
    return actor.type() + SEP + actor.name();
  }

  /** Splits an {@link #ACTOR_TYPED} term back into name and type. */
  public static Actor fromTypedName(String term) {
    int sep = term.indexOf(SEP);
    return Actor.of(term.substring(sep + 1), ActorType.parse(term.substring(0, sep)));
  }

  /** The {@link #ACTOR_ALIAS} term of a name as extracted and the canonical name it is under. */
  public static String aliasTerm(Actor asExtracted, String canonical) {
    return ActorFields.aliasTerm(asExtracted, canonical);
  }

  /** The stored form of a document's facts ({@link #DOCUMENT}). */
  public static String encode(DocumentFacts facts) {
    return DocumentFields.encode(facts);
  }

  /** The {@link #EXTRACTED} value of an article, or null when extraction read all of its text. */
  public static Integer extracted(Article article) {
    return DocumentFields.extractedChars(article);
  }

  /** The {@link #PAGE} of a statement starting at {@code start}, or null without pages. */
  public static Integer page(Article article, int start) {
    return DocumentFields.page(article, start);
  }

  /** The stored form of an actor ({@link #ACTOR_STORED}, {@link #SPEAKER_STORED}). */
  public static String encode(Actor actor) {
    return actor.type() + SEP + actor.name() + SEP + String.join(ROLE_SEP, actor.roles());
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
