package policysearch.resolve;

import policysearch.extract.ActorType;

/**
 * Two names that look alike but were left apart, and why: for a data editor to merge them in the
 * aliases file or to confirm they are different.
 */
public record Candidate(String a, String b, ActorType type, String reason) {}
