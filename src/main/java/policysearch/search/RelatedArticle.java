package policysearch.search;

import java.util.List;

/**
 * An article like another one, with the topics and actors they share.
 *
 * @param score reciprocal rank fusion of its ranks by words and by meaning
 * @param similarity cosine of the embeddings of the two articles' titles and leads
 */
public record RelatedArticle(
    String id,
    String date,
    String title,
    double score,
    double similarity,
    List<String> topics,
    List<String> sharedTopics,
    List<String> sharedActors) {}
