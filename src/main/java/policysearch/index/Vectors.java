package policysearch.index;

import java.util.List;

/**
 * The embeddings of one article: of its title and lead, and of each statement in order.
 *
 * @param model the embedding model's name, stored so that reuse checks it
 */
public record Vectors(String model, float[] article, List<float[]> statements) {
  /** Copies the list. */
  public Vectors {
    statements = List.copyOf(statements);
  }
}
