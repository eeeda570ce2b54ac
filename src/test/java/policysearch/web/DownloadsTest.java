package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DownloadsTest {
  @Test
  void csvCellsAreQuotedAndFormulasDefused() {
    assertEquals(
        "plain,\"a, b\",\"say \"\"hi\"\"\",\"'=HYPERLINK(\"\"x\"\")\",'@SUM(1),'-2\r\n",
        Downloads.line(
            List.of("plain", "a, b", "say \"hi\"", "=HYPERLINK(\"x\")", "@SUM(1)", "-2")));
  }
}
