package policysearch.extract;

/**
 * One place where an actor is named in a text: tokens' character offsets and the title seen with a
 * person there ("Foreign Minister"), or null.
 */
public record Mention(String name, ActorType type, String role, int start, int end) {}
