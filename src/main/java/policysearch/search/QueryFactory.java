package policysearch.search;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import policysearch.index.Analyzers;
import policysearch.index.Schema;

/**
 * Turns the user's query text into a Lucene query: words (stemmed, all required), "quoted phrases"
 * (exact), AND/OR/NOT, {@code -exclusion}, and the scopes {@code actor:}, {@code topic:}, {@code
 * title:}. Unscoped words search the title (boosted) and the body.
 */
public final class QueryFactory {
  private static final String[] DEFAULT_FIELDS = {Schema.TITLE, Schema.BODY};
  private static final int MAX_EXPANDING_TERMS = 10;
  private static final Map<String, Float> BOOSTS = Map.of(Schema.TITLE, 2f, Schema.BODY, 1f);

  private final Analyzer stemmed = Analyzers.textQuery();
  private final QueryBuilder exact = new QueryBuilder(Analyzers.exactQuery());
  private final QueryBuilder names = new QueryBuilder(Analyzers.names());

  /** The query for {@code text}; an empty text matches every document. */
  public Query parse(String text) {
    return parse(text, null);
  }

  /**
   * Like {@link #parse(String)}; {@code actor:} also finds every article and statement of the
   * entity {@code entities} says the scoped name stands for (any of its names).
   */
  Query parse(String text, EntityNames entities) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    try {
      return new Parser(entities).parse(text);
    } catch (ParseException e) {
      throw new InvalidRequestException(
          "Cannot understand the query '"
              + text
              + "': "
              + QuerySyntax.explain(text, e.getMessage())
              + ".");
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException(
          "Cannot understand the query '"
              + text
              + "': it has too many words or expands to too many terms; make it shorter.");
    }
  }

  private final class Parser extends MultiFieldQueryParser {
    private final EntityNames entities;
    private int expanding;

    Parser(EntityNames entities) {
      super(DEFAULT_FIELDS, stemmed, BOOSTS);
      this.entities = entities;
      setDefaultOperator(QueryParser.Operator.AND);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      return scoped(field, queryText, quoted, getPhraseSlop());
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      countExpanding(field);
      return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      countExpanding(field);
      return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      countExpanding(field);
      return super.getWildcardQuery(field, termStr);
    }

    /**
     * Fuzzy, prefix and wildcard terms are expanded against the term dictionary before the time
     * limit can stop them, so their number is capped (counted once per searched field).
     */
    private void countExpanding(String field) throws ParseException {
      if (field != null && ++expanding > MAX_EXPANDING_TERMS * DEFAULT_FIELDS.length) {
        throw new ParseException(
            "at most " + MAX_EXPANDING_TERMS + " fuzzy (~), prefix (*) or wildcard terms");
      }
    }

    /** Regular expressions can cost unbounded time on a large term dictionary. */
    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      throw new ParseException("regular expressions (/…/) are not supported");
    }

    /** Quoted text: {@code MultiFieldQueryParser} would bypass {@link #scoped} here. */
    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      return scoped(field, queryText, true, slop);
    }

    private Query scoped(String field, String queryText, boolean quoted, int slop)
        throws ParseException {
      if (field == null) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String f : DEFAULT_FIELDS) {
          Query q = textQuery(f, queryText, quoted, slop);
          if (q != null) {
            any.add(new BoostQuery(q, BOOSTS.get(f)), BooleanClause.Occur.SHOULD);
            clauses++;
          }
        }
        return clauses == 0 ? null : any.build();
      }
      return switch (field.toLowerCase(Locale.ROOT)) {
        case "title" -> textQuery(Schema.TITLE, queryText, quoted, slop);
        case "actor" -> actor(queryText, slop);
        case "topic" ->
            new TermQuery(new Term(Schema.TOPIC, queryText.strip().toLowerCase(Locale.ROOT)));
        default ->
            throw new ParseException(
                "unknown field '" + field + ":' (use actor:, topic: or title:)");
      };
    }

    /**
     * Actor names containing the words, or the whole entity when the words are one of its names:
     * {@code actor:"al sisi"} finds articles that only write "el-Sisi".
     */
    private Query actor(String queryText, int slop) {
      Query words = names.createPhraseQuery(Schema.ACTOR_TEXT, queryText, slop);
      String entity = entities == null ? null : entities.canonical(queryText.strip());
      if (entity == null || !entities.contains(entity)) {
        return words;
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      if (words != null) {
        any.add(words, BooleanClause.Occur.SHOULD);
      }
      for (Facet dim : new Facet[] {Facet.ACTOR, Facet.SPEAKER}) {
        any.add(Filters.facet(dim, entity), BooleanClause.Occur.SHOULD);
      }
      return any.build();
    }

    private Query textQuery(String field, String queryText, boolean quoted, int slop)
        throws ParseException {
      return quoted
          ? exact.createPhraseQuery(field, queryText, slop)
          : super.getFieldQuery(field, queryText, false);
    }
  }
}
