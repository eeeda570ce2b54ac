package policysearch.index;

import java.util.List;

/**
 * What each {@link Schema} field is for, said without Lucene, so that another engine's mappings
 * (OpenSearch's) come from the same place as the Lucene documents: a field added to {@code Schema}
 * without a line here fails {@code SchemaFieldsTest}.
 */
public final class SchemaFields {
  /** How a field is searched, and so how an engine indexes it. */
  public enum Use {
    /** Exact value: filters, look-ups by id. */
    KEYWORD,
    /** Exact value counted as a facet (and a filter). */
    FACET,
    /** Prose: words as written plus their stems, exact phrases, offsets for highlighting. */
    TEXT,
    /** Names: words lower-cased and accent-folded, never stemmed. */
    NAMES,
    /** A calendar day: range filters, sorting, histograms. */
    DATE,
    /** Kept for display, never searched. */
    STORED,
    /** A whole number kept for display or bookkeeping, never searched. */
    STORED_NUMBER,
    /** A sentence embedding: nearest-neighbour search by meaning. */
    VECTOR,
    /** Bytes read per document while ranking (a statement's signature), never searched. */
    BINARY
  }

  /** One field: its name in {@link Schema} and its use. */
  public record Field(String name, Use use) {}

  /** Every field of the index. */
  public static final List<Field> ALL =
      List.of(
          new Field(Schema.ID, Use.KEYWORD),
          new Field(Schema.GROUP, Use.KEYWORD),
          new Field(Schema.KIND, Use.KEYWORD),
          new Field(Schema.DATE, Use.DATE),
          new Field(Schema.YEAR, Use.FACET),
          new Field(Schema.TITLE, Use.TEXT),
          new Field(Schema.BODY, Use.TEXT),
          new Field(Schema.ACTOR, Use.FACET),
          new Field(Schema.ACTOR_TEXT, Use.NAMES),
          new Field(Schema.ACTOR_TYPED, Use.KEYWORD),
          new Field(Schema.ACTOR_STORED, Use.STORED),
          new Field(Schema.ACTOR_ALIAS, Use.KEYWORD),
          new Field(Schema.TOPIC, Use.FACET),
          new Field(Schema.SOURCE, Use.KEYWORD),
          new Field(Schema.URL, Use.STORED),
          new Field(Schema.PATH, Use.STORED),
          new Field(Schema.HASH, Use.STORED),
          new Field(Schema.DELETED, Use.STORED),
          new Field(Schema.ARTICLE_ID, Use.KEYWORD),
          new Field(Schema.ARTICLE_TITLE, Use.STORED),
          new Field(Schema.SPEAKER, Use.FACET),
          new Field(Schema.SPEAKER_TYPE, Use.FACET),
          new Field(Schema.SPEAKER_STORED, Use.STORED),
          new Field(Schema.VERB, Use.STORED),
          new Field(Schema.ATTRIBUTION, Use.STORED),
          new Field(Schema.START, Use.STORED_NUMBER),
          new Field(Schema.END, Use.STORED_NUMBER),
          new Field(Schema.STATEMENT_COUNT, Use.STORED_NUMBER),
          new Field(Schema.STATEMENT_VECTOR, Use.VECTOR),
          new Field(Schema.ARTICLE_VECTOR, Use.VECTOR),
          new Field(Schema.VECTOR_MODEL, Use.STORED),
          new Field(Schema.STATEMENT_ACTOR, Use.KEYWORD),
          new Field(Schema.QUOTE_KEY, Use.KEYWORD),
          new Field(Schema.STATEMENT_SIGNATURE, Use.BINARY),
          new Field(Schema.DOCUMENT, Use.STORED),
          new Field(Schema.EXTRACTED, Use.STORED_NUMBER),
          new Field(Schema.PAGE, Use.STORED_NUMBER));

  private SchemaFields() {}
}
