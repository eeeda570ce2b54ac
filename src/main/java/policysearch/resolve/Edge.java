package policysearch.resolve;

/**
 * Two names a rule says may be one entity: {@code rank} orders the rules, strongest first, so
 * merging is the same whatever order the names came in.
 */
record Edge(int a, int b, int rank, String rule) {}
