package policysearch.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) with the JDK's streaming XML writer, which escapes every text
 * and attribute: untrusted article text can never break the XML.
 */
final class AtomWriter {
  static final String NS = "http://www.w3.org/2005/Atom";
  static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

  /** The feed's own facts: its id, title, the page showing the same search, its own URL. */
  record Head(String id, String title, String subtitle, String alternate, String self) {}

  /** One entry; {@code summaryHtml} is HTML, written as escaped text of a {@code type="html"}. */
  record Entry(
      String id,
      String title,
      String link,
      String date,
      List<String> authors,
      String summaryHtml,
      List<String> categories) {}

  private AtomWriter() {}

  /**
   * The feed, its {@code updated} the newest entry's date (the first: entries are newest first).
   */
  static void write(OutputStream out, Head head, List<Entry> entries) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(NS);
      text(xml, "id", head.id());
      text(xml, "title", head.title());
      text(xml, "subtitle", head.subtitle());
      text(xml, "updated", timestamp(entries.isEmpty() ? null : entries.get(0).date()));
      link(xml, "self", head.self(), "application/atom+xml");
      link(xml, "alternate", head.alternate(), "text/html");
      author(xml, "policy-search");
      text(xml, "generator", "policy-search");
      for (Entry entry : entries) {
        entry(xml, entry);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
    xml.writeStartElement("entry");
    text(xml, "id", entry.id());
    text(xml, "title", entry.title());
    link(xml, "alternate", entry.link(), "text/html");
    text(xml, "published", timestamp(entry.date()));
    text(xml, "updated", timestamp(entry.date()));
    for (String name : entry.authors()) {
      author(xml, name);
    }
    for (String category : entry.categories()) {
      xml.writeEmptyElement("category");
      xml.writeAttribute("term", xmlChars(category));
    }
    xml.writeStartElement("summary");
    xml.writeAttribute("type", "html");
    xml.writeCharacters(xmlChars(entry.summaryHtml()));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
    xml.writeStartElement("author");
    text(xml, "name", name);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  private static void text(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(xmlChars(value));
    xml.writeEndElement();
  }

  /**
   * {@code text} without the characters XML 1.0 cannot hold even escaped (C0 controls other than
   * tab and line breaks, unpaired surrogates, U+FFFE and U+FFFF): one in an article would make the
   * whole feed unreadable.
   */
  static String xmlChars(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean ok =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c < 0xD800)
              || (c >= 0xE000 && c <= 0xFFFD)
              || pair
              || (Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(text.charAt(i - 1)));
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (ok && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * An article date (a day) as the RFC 3339 date-time Atom requires: midnight UTC of that day; an
   * empty feed says 1970-01-01 rather than "now", so it does not look changed at every poll.
   */
  static String timestamp(String date) {
    LocalDate day = date == null || date.isBlank() ? LocalDate.EPOCH : LocalDate.parse(date);
    return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
