package policysearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes text PDFs with known text on known pages (PDFBox): the documents of the PDF ingest
 * benchmark, and of the tests. Each page holds its paragraphs, lines wrapped to the page width, a
 * blank line between paragraphs so that text extraction sees them as paragraphs.
 */
public final class PdfWriter {
  private static final float MARGIN = 60;
  private static final float SIZE = 11;
  private static final float LEADING = 14;
  private static final int CHARS_PER_LINE = 88;

  private PdfWriter() {}

  /**
   * Writes {@code pages} (each a list of paragraphs) to {@code file}, with the document title and
   * creation date in its metadata when they are not null.
   */
  public static void write(Path file, String title, LocalDate created, List<List<String>> pages)
      throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> paragraphs : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
          out.beginText();
          out.setFont(font, SIZE);
          out.setLeading(LEADING);
          out.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
          for (String paragraph : paragraphs) {
            for (String line : wrap(paragraph)) {
              out.showText(line);
              out.newLine();
            }
            out.newLine();
          }
          out.endText();
        }
      }
      PDDocumentInformation info = pdf.getDocumentInformation();
      if (title != null) {
        info.setTitle(title);
      }
      if (created != null) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(created.getYear(), created.getMonthValue() - 1, created.getDayOfMonth(), 9, 0);
        info.setCreationDate(calendar);
      }
      pdf.save(file.toFile());
    }
  }

  /** Lines of at most {@value #CHARS_PER_LINE} characters, broken at spaces. */
  static List<String> wrap(String paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > CHARS_PER_LINE) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
