package policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguagesTest {
  private static final Languages LANGUAGES = Languages.load();

  private static final String ENGLISH =
      "The minister said on Tuesday that the government would not raise taxes this year, but"
          + " that it was ready to cut spending if the economy slowed and the deficit grew beyond"
          + " the target agreed with the European Commission in the spring.";
  private static final String GERMAN =
      "Der Minister sagte am Dienstag, dass die Regierung in diesem Jahr die Steuern nicht"
          + " erhöhen werde, aber bereit sei, die Ausgaben zu kürzen, wenn sich die Wirtschaft"
          + " abschwächt und das Defizit über das mit der Kommission vereinbarte Ziel wächst.";
  private static final String SPANISH =
      "El ministro dijo el martes que el gobierno no subirá los impuestos este año, pero que"
          + " está dispuesto a recortar el gasto si la economía se desacelera y el déficit crece"
          + " más allá del objetivo acordado con la Comisión Europea en la primavera.";

  @Test
  void eachTextGetsTheLanguageOfItsFunctionWords() {
    assertEquals("en", LANGUAGES.detect(ENGLISH));
    assertEquals("de", LANGUAGES.detect(GERMAN));
    assertEquals("es", LANGUAGES.detect(SPANISH));
  }

  @Test
  void aBilingualTextWithAnEnglishHalfIsEnglishAndAShortOrNumericTextIsUndetermined() {
    assertEquals("en", LANGUAGES.detect(ENGLISH + "\n\n" + SPANISH + " " + SPANISH));
    assertEquals("und", LANGUAGES.detect("Talks in Geneva"));
    assertEquals(
        "und",
        LANGUAGES.detect(
            "Shr 34 cts vs 1.19 dlrs Net 807,000 vs 2,858,000 Assets 510.2 mln vs 479.7 mln"
                + " Deposits 472.3 mln vs 440.3 mln Loans 299.2 mln vs 327.2 mln Shr 1 cts Net 2"
                + " Revs 3 mln vs 4 mln Avg shrs 5 mln vs 6 mln"));
  }
}
