package policysearch.search;

import java.util.List;

/** One exported statement: plain text (not HTML), speakers by name, where it was said. */
public record StatementRow(
    String id,
    String date,
    List<String> speakers,
    String verb,
    String text,
    String articleId,
    String articleTitle,
    List<String> topics) {}
