package policysearch.search;

import java.util.List;

/** "Who else said something like this": a statement and those like it by other speakers. */
public record RelatedStatements(StatementHit source, List<RelatedStatement> related) {}
