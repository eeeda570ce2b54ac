package policysearch.cli;

import java.io.IOException;
import java.util.Optional;
import policysearch.search.SearchBackend;
import policysearch.search.StatementHit;

/**
 * Names statements in judgment files by article id and start offset ({@code article@start}), which
 * survive re-indexing; finds them again in an index, also when extraction now starts or ends the
 * statement a little differently.
 */
final class StatementKeys {
  private StatementKeys() {}

  /** The key of {@code hit}. */
  static String key(StatementHit hit) {
    return hit.articleId() + "@" + hit.start();
  }

  /** The article id of a key. */
  static String article(String key) {
    return key.substring(0, key.lastIndexOf('@'));
  }

  /** The start offset of a key. */
  static int start(String key) {
    try {
      return Integer.parseInt(key.substring(key.lastIndexOf('@') + 1));
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new UsageException("a statement key is ARTICLE_ID@START, not '" + key + "'");
    }
  }

  /** The statement starting at the key's offset, else the one whose text holds that offset. */
  static Optional<StatementHit> find(SearchBackend search, String key) throws IOException {
    int start = start(key);
    return search
        .article(article(key))
        .flatMap(
            a ->
                a.statements().stream()
                    .filter(s -> s.start() == start)
                    .findFirst()
                    .or(
                        () ->
                            a.statements().stream()
                                .filter(s -> s.start() <= start && start < s.end())
                                .findFirst()));
  }
}
