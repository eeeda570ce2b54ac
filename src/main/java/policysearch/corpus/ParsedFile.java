package policysearch.corpus;

import org.apache.tika.metadata.Metadata;

/**
 * What Tika made of one file: its XHTML (pages as {@code <div class="page">}, paragraphs, headings)
 * and its metadata (title, dates, content type).
 */
record ParsedFile(String xhtml, Metadata metadata) {}
