package policysearch.search;

import java.util.List;
import policysearch.extract.Attribution;

/**
 * One exported statement: plain text (not HTML), speakers by name, where it was said, and how its
 * speaker was found.
 */
public record StatementRow(
    String id,
    String date,
    List<String> speakers,
    String verb,
    String text,
    String articleId,
    String articleTitle,
    List<String> topics,
    Attribution attribution) {}
