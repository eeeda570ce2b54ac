package policysearch.search;

import java.util.List;

/**
 * One entity: its canonical name, type, the other names the index has it under, and how many
 * articles name it and how many statements it made.
 */
public record ActorView(
    String name, String type, List<String> aliases, long articles, long statements) {}
