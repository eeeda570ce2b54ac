package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SameMatterTest {
  @Test
  void theContextIsTheUnitMeanOfTheStatementAndItsArticle() {
    float[] statement = {1, 0, 0};
    float[] article = {0, 1, 0};
    float half = (float) Math.sqrt(0.5);
    assertArrayEquals(new float[] {half, half, 0}, SameMatter.context(statement, article), 1e-6f);
  }

  @Test
  void withoutAnArticleVectorTheContextIsTheStatementAndWithoutAStatementNone() {
    float[] statement = {0, 0, 1};
    assertSame(statement, SameMatter.context(statement, null));
    assertNull(SameMatter.context(null, new float[] {1, 0, 0}));
  }
}
