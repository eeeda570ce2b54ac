package policysearch.search;

import java.util.List;

/** An article like another one, with the topics and actors they share. */
public record RelatedArticle(
    String id,
    String date,
    String title,
    double score,
    List<String> topics,
    List<String> sharedTopics,
    List<String> sharedActors) {}
