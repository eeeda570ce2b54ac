package policysearch.resolve;

import policysearch.extract.ActorType;

/** A distinct name of one type in the corpus and the number of articles that name it. */
public record NameCount(String name, ActorType type, int articles) {}
