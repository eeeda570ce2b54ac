package policysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertTrue(
        seed.topics().containsAll(List.of("diplomacy", "maritime-security", "space")),
        seed.topics().toString());
    assertTrue(seed.topics().size() <= 4, seed.topics().toString());
  }
}
