package policysearch.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of Tika's XHTML as paragraphs separated by blank lines: every block element (paragraph,
 * heading, list item, cell) is a paragraph, a blank line inside one (plain text, e-mail bodies)
 * splits it, and line breaks inside a paragraph (PDF line wraps) become spaces. Pages ({@code <div
 * class="page">}, written for PDFs) are recorded as the offset where each page's text begins, so a
 * page break always falls between paragraphs.
 *
 * @param text the paragraphs, joined by blank lines
 * @param pageStarts offset in {@code text} where page n+1 begins; empty when the format has no
 *     pages
 * @param heading the first heading's text, or null
 */
record XhtmlText(String text, List<Integer> pageStarts, String heading) {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "td",
          "th",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "tr",
          "table",
          "ul",
          "ol",
          "body",
          "section",
          "article",
          "header",
          "footer");
  private static final Set<String> SKIPPED = Set.of("head", "script", "style");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Reads Tika's XHTML output. */
  static XhtmlText of(String xhtml) throws BadInputException {
    if (xhtml.isBlank()) {
      return new XhtmlText("", List.of(), null);
    }
    Walker walker = new Walker();
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.newSAXParser().parse(new InputSource(new StringReader(xhtml)), walker);
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new BadInputException("the parser's output is not well-formed: " + e.getMessage());
    }
    return new XhtmlText(walker.text.toString(), List.copyOf(walker.pageStarts), walker.heading);
  }

  /** The 1-based page holding {@code offset}, or 0 when there are no pages. */
  static int pageOf(List<Integer> pageStarts, int offset) {
    int page = 0;
    for (int i = 0; i < pageStarts.size() && pageStarts.get(i) <= offset; i++) {
      page = i + 1;
    }
    return page == 0 && !pageStarts.isEmpty() ? 1 : page;
  }

  private static final class Walker extends DefaultHandler {
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder block = new StringBuilder();
    private final List<Integer> pageStarts = new ArrayList<>();
    private String heading;
    private int skipDepth;
    private boolean inHeading;

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      String name = local.isEmpty() ? qName : local;
      if (SKIPPED.contains(name) || skipDepth > 0) {
        skipDepth++;
        return;
      }
      if (name.equals("br")) {
        block.append('\n');
      } else if (BLOCKS.contains(name)) {
        flush();
        if (name.equals("div") && "page".equals(attributes.getValue("class"))) {
          pageStarts.add(-1);
        }
        inHeading =
            name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1));
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      String name = local.isEmpty() ? qName : local;
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (BLOCKS.contains(name)) {
        flush();
        inHeading = false;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (skipDepth == 0) {
        block.append(ch, start, length);
      }
    }

    @Override
    public void endDocument() {
      flush();
      for (int i = 0; i < pageStarts.size(); i++) {
        if (pageStarts.get(i) < 0) {
          pageStarts.set(i, text.length());
        }
      }
    }

    /** Ends the current block: its paragraphs join the text; a pending page starts at the first. */
    private void flush() {
      for (String part : BLANK_LINE.split(block)) {
        String paragraph = SPACES.matcher(part).replaceAll(" ").strip();
        if (paragraph.isEmpty()) {
          continue;
        }
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        for (int i = pageStarts.size() - 1; i >= 0 && pageStarts.get(i) < 0; i--) {
          pageStarts.set(i, text.length());
        }
        if (inHeading && heading == null) {
          heading = paragraph;
        }
        text.append(paragraph);
      }
      block.setLength(0);
    }
  }
}
