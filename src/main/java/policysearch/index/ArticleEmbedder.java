package policysearch.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import policysearch.embed.Embedder;
import policysearch.extract.Enriched;
import policysearch.extract.Statement;

/**
 * Makes an article's {@link Vectors}: one for its title and lead, one per statement. Texts the
 * index already embedded with the same model are taken from {@code known}, not embedded again, so
 * re-indexing a changed article (or every article, after a vocabulary change) embeds only the
 * statements whose text is new.
 */
public final class ArticleEmbedder {
  /** How much of an article's text, after the title, its vector reads. */
  private static final int LEAD_CHARS = 600;

  private final Embedder embedder;
  private final AtomicLong embedded = new AtomicLong();

  /** Embeds with {@code embedder}. */
  public ArticleEmbedder(Embedder embedder) {
    this.embedder = embedder;
  }

  /** The model's name, recorded with the vectors. */
  String model() {
    return embedder.name();
  }

  /** How many texts this embedder has embedded (not reused) so far. */
  long embedded() {
    return embedded.get();
  }

  /** The vectors of {@code enriched}, embedding in the calling thread what {@code known} lacks. */
  public Vectors of(Enriched enriched, Map<String, float[]> known) {
    List<String> texts = new ArrayList<>(1 + enriched.statements().size());
    texts.add(lead(enriched.article().title(), enriched.article().text()));
    enriched.statements().stream().map(Statement::text).forEach(texts::add);
    Set<String> missing = new LinkedHashSet<>(texts);
    missing.removeAll(known.keySet());
    List<String> fresh = List.copyOf(missing);
    List<float[]> vectors = embedder.embedAll(fresh);
    embedded.addAndGet(fresh.size());
    List<float[]> all = new ArrayList<>(texts.size());
    for (String text : texts) {
      int at = fresh.indexOf(text);
      all.add(at >= 0 ? vectors.get(at) : known.get(text));
    }
    return new Vectors(model(), all.get(0), all.subList(1, all.size()));
  }

  /**
   * What an article's vector is made from: the title and the text's first {@value #LEAD_CHARS}
   * characters, cut after the last sentence end within them (a briefing's later pages are about
   * other things, and the model reads about 256 words at most).
   */
  static String lead(String title, String text) {
    String lead = text.length() <= LEAD_CHARS ? text : text.substring(0, LEAD_CHARS);
    int end = Math.max(lead.lastIndexOf(". "), lead.lastIndexOf(".\n"));
    if (text.length() > LEAD_CHARS && end > 0) {
      lead = lead.substring(0, end + 1);
    }
    return title == null || title.isBlank() ? lead.strip() : title.strip() + "\n" + lead.strip();
  }
}
