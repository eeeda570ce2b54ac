package policysearch.search;

import java.util.List;

/**
 * A statement like another one, and why: the content words and topics they share.
 *
 * @param statement the related statement, shared words in {@code <mark>}
 */
public record RelatedStatement(
    StatementHit statement, double score, List<String> sharedTerms, List<String> sharedTopics) {}
