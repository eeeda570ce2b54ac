package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.Fixtures;
import policysearch.corpus.Article;

/** The bundled seed article in {@code corpus/} gets its actors and topics right. */
class SeedArticleTest {
  @Test
  void seedArticleHasItsPersonsCountriesOrganisationAndTopics() {
    List<Article> articles = new ArrayList<>();
    Fixtures.reader().read(List.of(Path.of("corpus", "000_a20aa76d5f8ea639.txt")), articles::add);
    Enriched seed = Fixtures.extractor().extract(articles.get(0));

    assertEquals(
        List.of(
            "person:Yoko Kamikawa",
            "country:Japan",
            "person:Christopher Cavoli",
            "organization:NATO",
            "country:Ukraine",
            "organization:Foreign Ministry"),
        seed.actors().stream().map(a -> a.type() + ":" + a.name()).toList());
    // Its labels are diplomacy, cybersecurity, space and maritime security. Most of its sentences
    // are about the partnership and maritime security; cybersecurity, named in a list
    // ("cybersecurity, space, and maritime security"), falls behind them, while space — near few
    // ordinary sentences, so its own sentences count (docs/topics.md: baselines) — stays.
    assertEquals(List.of("diplomacy", "maritime-security", "space"), seed.topics());
  }
}
