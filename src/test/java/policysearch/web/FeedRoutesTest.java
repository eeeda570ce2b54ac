package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The Atom feeds of searches, parsed as XML and checked against RFC 4287's required elements. */
class FeedRoutesTest extends FixtureServerTest {
  private static final String ATOM = AtomWriter.NS;

  static Element feed(String pathAndQuery) throws Exception {
    HttpResponse<String> response = get(pathAndQuery);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        "application/atom+xml; charset=utf-8",
        response.headers().firstValue("Content-Type").orElse(""));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document xml =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    Element feed = xml.getDocumentElement();
    assertEquals(ATOM, feed.getNamespaceURI());
    assertEquals("feed", feed.getLocalName());
    for (String required : List.of("id", "title", "updated", "author")) {
      assertEquals(1, children(feed, required).size(), "feed/" + required);
    }
    for (Element entry : children(feed, "entry")) {
      for (String required : List.of("id", "title", "updated", "link", "summary", "author")) {
        assertTrue(!children(entry, required).isEmpty(), "entry/" + required);
      }
      assertEquals("html", child(entry, "summary").getAttribute("type"));
    }
    return feed;
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  static Element child(Element parent, String name) {
    return children(parent, name).get(0);
  }

  static String text(Element parent, String name) {
    return child(parent, name).getTextContent();
  }

  static String link(Element parent, String rel) {
    return children(parent, "link").stream()
        .filter(l -> l.getAttribute("rel").equals(rel))
        .findFirst()
        .orElseThrow()
        .getAttribute("href");
  }

  @Test
  void articleFeedHasTheSearchesHitsNewestFirstWithLinksAndWhyTheyMatched() throws Exception {
    Element feed = feed("/api/search.atom?q=NATO");
    String base = fixture.url("/");

    assertEquals("Articles: “NATO” – policy-search", text(feed, "title"));
    assertEquals(fixture.url("/api/search.atom?q=NATO"), link(feed, "self"));
    assertEquals(base + "?q=NATO&sort=date", link(feed, "alternate"));
    assertEquals("2024-05-02T00:00:00Z", text(feed, "updated"));
    List<Element> entries = children(feed, "entry");
    assertEquals(
        List.of("urn:policy-search:article:kyiv-aid", "urn:policy-search:article:nato-cyber"),
        entries.stream().map(e -> text(e, "id")).toList());
    Element nato = entries.get(1);
    assertEquals(base + "?id=nato-cyber", link(nato, "alternate"));
    assertEquals("2023-06-05T00:00:00Z", text(nato, "updated"));
    assertEquals("corpus", text(child(nato, "author"), "name"));
    String summary = text(nato, "summary");
    assertTrue(
        summary.startsWith(
            "<p><mark>NATO</mark> Secretary General Jens Stoltenberg announced a new cyber"
                + " defence centre"),
        summary);
    assertTrue(summary.endsWith("<p><small>Matched: “NATO”</small></p>"), summary);
    assertEquals(
        List.of(
            "NATO", "Jens Stoltenberg", "Estonia", "Russia", "Japan", "Australia", "cybersecurity"),
        children(nato, "category").stream().map(c -> c.getAttribute("term")).toList());
  }

  @Test
  void statementFeedTakesTheStatementFiltersAndLinksEachStatementInItsArticle() throws Exception {
    Element feed = feed("/api/statements.atom?speaker=Antony+Blinken&size=2");

    assertEquals("Statements: speaker Antony Blinken – policy-search", text(feed, "title"));
    assertEquals(
        fixture.url("/?tab=statements&speaker=Antony%20Blinken&sort=date"),
        link(feed, "alternate"));
    List<Element> entries = children(feed, "entry");
    assertEquals(2, entries.size());
    Element first = entries.get(0);
    assertEquals(
        "Antony Blinken said: “Blinken said the United States and Japan would deepen their"
            + " cooperation on maritime security, …”",
        text(first, "title"));
    assertEquals(
        fixture.url("/?id=blinken-kamikawa#statement-blinken-kamikawa~s1"),
        link(first, "alternate"));
    assertEquals(
        List.of("Antony Blinken", "Yoko Kamikawa"),
        children(entries.get(1), "author").stream().map(a -> text(a, "name")).toList());
  }

  @Test
  void aFeedWithoutMatchesIsStillValidAndBadParametersAreProblems() throws Exception {
    Element empty = feed("/api/search.atom?q=zzzz&topic=climate&from=2020-01-01");

    assertEquals(List.of(), children(empty, "entry"));
    assertEquals("1970-01-01T00:00:00Z", text(empty, "updated"));
    assertEquals(
        "Articles, newest first, “zzzz” · topic climate · from 2020-01-01",
        text(empty, "subtitle"));
    HttpResponse<String> bad = get("/api/statements.atom?speaker_type=planet");
    assertEquals(400, bad.statusCode());
    assertEquals("application/problem+json", bad.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void textXmlCannotHoldIsDroppedAndDatesAreMidnightUtc() {
    assertEquals("a\tb\nc😀", AtomWriter.xmlChars("a\u0001\tb\n\u0000c\uFFFE😀\uD800"));
    assertEquals("2024-03-12T00:00:00Z", AtomWriter.timestamp("2024-03-12"));
  }
}
