package policysearch.index;

import policysearch.corpus.Article;

/** One article that cannot be indexed, and why; the rest of its run or batch is not affected. */
public final class RejectedArticleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RejectedArticleException(Article article, String reason, Throwable cause) {
    this("article " + article.id() + " not indexed: " + reason, cause);
  }

  /** A whole batch refused, saying why (any backend's writer). */
  public RejectedArticleException(String message, Throwable cause) {
    super(message, cause);
  }
}
