package policysearch.search;

import java.util.List;

/**
 * A statement like another one, and why: how close their meanings are, and the content words, key
 * phrases, actors and topics they share.
 *
 * @param statement the related statement, the source's content words in {@code <mark>}
 * @param score the hybrid ranking's score (see {@link RelatedWeights})
 * @param similarity cosine of the two statements' sentence embeddings, -1 to 1
 * @param sharedTerms content words of the source it holds too, rarest first
 * @param sharedPhrases key phrases of the source it holds word for word
 * @param sharedActors actors the source names that it names or is said by
 */
public record RelatedStatement(
    StatementHit statement,
    double score,
    double similarity,
    List<String> sharedTerms,
    List<String> sharedPhrases,
    List<String> sharedActors,
    List<String> sharedTopics) {}
