package policysearch;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import policysearch.bench.PdfWriter;

/** Documents written at test time with known text, titles, dates and pages. */
public final class Documents {
  private Documents() {}

  /** A text PDF; {@code pages} holds each page's paragraphs. */
  public static Path pdf(Path file, String title, LocalDate created, List<List<String>> pages)
      throws IOException {
    Files.createDirectories(file.getParent());
    PdfWriter.write(file, title, created, pages);
    return file;
  }

  /**
   * A long report: {@code pages} full pages of committee prose (about 5,000 characters each), with
   * {@code special} paragraphs put first on the pages they are keyed by.
   */
  public static Path report(Path file, int pages, java.util.Map<Integer, String> special)
      throws IOException {
    List<List<String>> content = new java.util.ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      List<String> paragraphs = new java.util.ArrayList<>();
      if (special.containsKey(page)) {
        paragraphs.add(special.get(page));
      }
      for (int p = 0; p < 6; p++) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 9; s++) {
          text.append("The committee reviewed budget line ")
              .append(page * 100 + p * 10 + s)
              .append(" and adjourned without a vote. ");
        }
        paragraphs.add(text.toString().strip());
      }
      content.add(paragraphs);
    }
    return pdf(file, "Annual Report", LocalDate.of(2024, 6, 30), content);
  }

  /** A PDF whose only user password is "secret". */
  public static Path encryptedPdf(Path file) throws IOException {
    pdf(file, "Secret", null, List.of(List.of("Nobody may read this without the password.")));
    // Saved through a buffer: PDFBox warns when it saves over an existing file.
    ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      pdf.save(encrypted);
    }
    return Files.write(file, encrypted.toByteArray());
  }

  /** A "scanned" PDF: one page holding an image and no text. */
  public static Path scannedPdf(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      image.getGraphics().drawString("scanned words", 10, 50);
      PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
      try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
        out.drawImage(xobject, 50, 500);
      }
      pdf.save(file.toFile());
    }
    return file;
  }

  /** The first half of a text PDF: no cross-reference table, no end marker. */
  public static Path truncatedPdf(Path file) throws IOException {
    pdf(file, "Cut", null, List.of(List.of("This report was cut off in the middle of its bytes.")));
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    return file;
  }

  /** A file that starts like a PDF and then holds nothing a PDF parser can use. */
  public static Path corruptPdf(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\n".getBytes());
      out.write(noise);
      out.write("\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes());
    }
    return file;
  }

  /**
   * A DOCX (POI) with core-properties title and creation date, a heading, then paragraphs; {@code
   * title} may be null.
   */
  public static Path docx(
      Path file, String title, LocalDate created, String heading, List<String> paragraphs)
      throws IOException {
    Files.createDirectories(file.getParent());
    try (XWPFDocument docx = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      if (title != null) {
        docx.getProperties().getCoreProperties().setTitle(title);
      }
      docx.getProperties()
          .getCoreProperties()
          .setCreated(
              Optional.ofNullable(created)
                  .map(d -> Date.from(d.atTime(9, 0).toInstant(ZoneOffset.UTC))));
      if (heading != null) {
        headingStyle(docx);
        XWPFParagraph h = docx.createParagraph();
        h.setStyle("Heading1");
        h.createRun().setText(heading);
      }
      for (String paragraph : paragraphs) {
        docx.createParagraph().createRun().setText(paragraph);
      }
      docx.write(out);
    }
    return file;
  }

  /** Declares the style "Heading1" named "heading 1", which Tika reads as an h1. */
  private static void headingStyle(XWPFDocument docx) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId("Heading1");
    CTString name = CTString.Factory.newInstance();
    name.setVal("heading 1");
    style.setName(name);
    style.setType(STStyleType.PARAGRAPH);
    docx.createStyles().addStyle(new XWPFStyle(style));
  }

  /**
   * A zip bomb named .docx: a Word document part of {@code megabytes} MB of spaces, which deflate
   * to about a thousandth of that.
   */
  public static Path zipBombDocx(Path file, int megabytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                  + "</Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(
          ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                  + "</Relationships>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] words = "bomb ".repeat(1 << 18).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < megabytes * 4 / 5; i++) {
        zip.write(words);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  /** A text file with {@code content} in UTF-8. */
  public static Path text(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  /** A PNG image's bytes. */
  public static byte[] png() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }
}
