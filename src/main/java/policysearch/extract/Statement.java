package policysearch.extract;

import java.util.List;

/**
 * Something an actor is reported as saying: the sentence (or a first-person passage), its character
 * offsets in the article text, the speakers, the speech verb, the topics of the statement itself
 * and how its speaker was found.
 *
 * @param verb the speech verb ("said", "reaffirmed"), or "statement" for a first-person text
 */
public record Statement(
    List<Actor> speakers,
    String text,
    int start,
    int end,
    String verb,
    List<String> topics,
    Attribution attribution) {}
