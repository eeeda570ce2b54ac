package policysearch.index;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains. All fold curly quotes first: the White House corpus writes {@code ’} about
 * 450,000 times and {@code '} 30 times, and "doesn't" must find "doesn’t".
 */
public final class Analyzers {
  /** Marks a stem indexed at a word's position where it differs from the word ("~presid"). */
  public static final char STEM_MARK = '~';

  private static final NormalizeCharMap QUOTES = quotes();
  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private Analyzers() {}

  /** Text fields at index time: words as written plus their differing stems, {@code ~}-marked. */
  public static Analyzer textIndex() {
    return new Chain(Mode.INDEX);
  }

  /** Unquoted query words: stemmed (as a word and marked), stop words removed. */
  public static Analyzer textQuery() {
    return new Chain(Mode.STEMMED);
  }

  /** Quoted phrases: words as written, stop words kept ("Secretary of State"). */
  public static Analyzer exactQuery() {
    return new Chain(Mode.EXACT);
  }

  /** Actor names: lower-cased, accents folded, nothing stemmed. */
  public static Analyzer names() {
    return new Chain(Mode.NAME);
  }

  /** The per-field analyzer for the {@code IndexWriter}. */
  public static Analyzer forIndexing() {
    Analyzer text = textIndex();
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(Schema.TITLE, text, Schema.BODY, text, Schema.ACTOR_TEXT, names()));
  }

  private enum Mode {
    INDEX,
    STEMMED,
    EXACT,
    NAME
  }

  private static final class Chain extends Analyzer {
    private final Mode mode;

    Chain(Mode mode) {
      this.mode = mode;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new MappingCharFilter(QUOTES, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new EnglishPossessiveFilter(source);
      stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
      switch (mode) {
        case INDEX ->
            stream =
                new StemVariantFilter(
                    new PorterStemFilter(new KeywordRepeatFilter(stream)), STOP_WORDS);
        case STEMMED ->
            stream =
                new StemSynonymFilter(new PorterStemFilter(new StopFilter(stream, STOP_WORDS)));
        case EXACT, NAME -> {}
      }
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }

  private static NormalizeCharMap quotes() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    builder.add("’", "'");
    builder.add("‘", "'");
    builder.add("“", "\"");
    builder.add("”", "\"");
    return builder.build();
  }
}
