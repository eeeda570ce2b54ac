package policysearch.search;

/**
 * One suggestion for the search box.
 *
 * @param kind "actor", "topic" or "title"
 * @param value what choosing it filters by or opens: the actor's name, the topic id, the article id
 * @param label what the user reads: the name, the topic's label, the title
 * @param type the actor's type; null otherwise
 * @param count articles with the actor or topic; null for titles
 * @param date the article's date, for titles; null otherwise
 */
public record Suggestion(
    String kind, String value, String label, String type, Long count, String date) {}
