/* Articles read from document files: the facts line, the extraction note, and the text with
 * page markers whose #page=N links open the original (PDF viewers honour the fragment). */
import { el, asText, list } from './dom.js';

export const originalUrl = (id) => `api/articles/${encodeURIComponent(id)}/original`;

/* "p. 3", linking to that page of the original. */
export function pageLink(id, page, className = 'page-link') {
  return el('a', { class: className, href: `${originalUrl(id)}#page=${page}`, title: `Open page ${page} of the original` }, `p. ${page}`);
}

/* "PDF · reports/arctic.pdf (download) · 12 pages · date from metadata (dcterms:created) · language en" */
export function documentFacts(article) {
  const doc = article.document;
  if (!doc) return null;
  const format = asText(doc.format).replace(/^application\//, '').replace(/^text\//, '').toUpperCase();
  const parts = [`${format} · `,
    el('a', { class: 'original-link', href: originalUrl(asText(article.id)), download: '' }, asText(doc.file))];
  const pages = list(doc.page_starts).length;
  if (pages) parts.push(` · ${pages} page${pages === 1 ? '' : 's'}`);
  parts.push(` · title from ${asText(doc.title_source)}`);
  parts.push(` · date from ${asText(doc.date_source)} (${asText(doc.date_detail)})`);
  parts.push(` · language ${asText(doc.language)}`);
  return el('p', { class: 'article-document' }, ...parts);
}

export function extractionNote(article) {
  const note = article.extraction && asText(article.extraction.note);
  return note ? el('p', { class: 'extraction-note', role: 'note' }, note) : null;
}

/* Paragraphs as paragraph(body, offset in the text), with a page marker before the first
 * paragraph of each page. */
export function textWithPages(article, paragraph) {
  const text = asText(article.text);
  const starts = list(article.document && article.document.page_starts).map(Number);
  const nodes = [];
  let page = 0;
  const separator = /\n\s*\n/g;
  let start = 0;
  const emit = (end) => {
    const raw = text.slice(start, end);
    const body = raw.trim();
    if (!body) return;
    while (page < starts.length && starts[page] <= start) {
      page += 1;
      nodes.push(el('p', { class: 'page-marker', id: `page-${page}` },
        el('a', { href: `${originalUrl(asText(article.id))}#page=${page}` }, `Page ${page}`)));
    }
    nodes.push(paragraph(body, start + raw.length - raw.trimStart().length));
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    emit(m.index);
    start = m.index + m[0].length;
  }
  emit(text.length);
  return nodes;
}
