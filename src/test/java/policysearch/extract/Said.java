package policysearch.extract;

import java.time.LocalDate;
import java.util.List;
import policysearch.Fixtures;
import policysearch.corpus.Article;
import policysearch.corpus.DocumentSpeaker;

/** Extracts an article's statements as "[speakers] cue «mention»: text" lines for assertions. */
final class Said {
  private Said() {}

  static List<String> in(String title, String text) {
    return in(title, text, null);
  }

  static List<String> in(String title, String text, DocumentSpeaker speaker) {
    Article article =
        Article.of("t", LocalDate.of(2024, 1, 1), title, text, "test", null, "t.txt", speaker);
    return Fixtures.extractor().extract(article).statements().stream()
        .map(
            s ->
                s.speakers().stream().map(Actor::name).toList()
                    + " "
                    + s.attribution().cue()
                    + " «"
                    + s.attribution().mention()
                    + "»: "
                    + s.text())
        .toList();
  }
}
