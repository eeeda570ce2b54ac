package policysearch.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.DeflateWithPresetDictCompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene's default codec with stored fields DEFLATE-compressed in 80 KB blocks (registered for SPI
 * in {@code META-INF/services}, so any reader of this jar opens the index). The stored text was the
 * largest part of the index: LZ4 ({@code BEST_SPEED}) left it at 0.70 × the text, {@code
 * BEST_COMPRESSION} at 0.40 × but tripled the search time, as its 480 KB blocks make every hit
 * inflate about 50 KB; DEFLATE in {@code BEST_SPEED}'s 80 KB blocks gives 0.47 × for about 10 µs
 * more per hit.
 */
public final class CompactCodec extends FilterCodec {
  private static final int BLOCK_BYTES = 80 * 1024;
  private static final int MAX_DOCS_PER_BLOCK = 1024;
  private static final int BLOCK_SHIFT = 10;

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat(
          "PolicySearchStoredFields",
          new DeflateWithPresetDictCompressionMode(),
          BLOCK_BYTES,
          MAX_DOCS_PER_BLOCK,
          BLOCK_SHIFT);

  /** The codec, as the SPI loader creates it. */
  public CompactCodec() {
    super("PolicySearch104", new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
