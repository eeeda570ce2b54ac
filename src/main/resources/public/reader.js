/* The article's text with what extraction found marked in it: each statement marked, with a link
 * to its entry in the side panel (a click on either opens its related statements), each actor
 * mention as a link to the actor. Offsets are the statements' character offsets in the article text. */
import { el, asText, list, appendHighlighted } from './dom.js';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const statementAnchor = (id) => `statement-${asText(id).replace(/[^A-Za-z0-9_-]/g, '_')}`;

/* Names to find in the text: each actor's name, and a person's surname when no other actor
 * shares it ("Stoltenberg said" is Jens Stoltenberg). */
export function mentionNames(actors) {
  const byText = new Map();
  const surnames = new Map();
  for (const a of list(actors)) {
    const name = asText(a.name);
    if (name.length < 3) continue;
    byText.set(name, name);
    const words = name.split(/\s+/);
    if (asText(a.type) === 'person' && words.length > 1 && words[words.length - 1].length >= 4) {
      const last = words[words.length - 1];
      surnames.set(last, surnames.has(last) ? null : name);
    }
  }
  for (const [last, name] of surnames) if (name && !byText.has(last)) byText.set(last, name);
  return byText;
}

function mentionPattern(names) {
  if (!names.size) return null;
  const alternatives = [...names.keys()].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/* Appends text to parent with actor mentions as links and the query's words highlighted. */
function appendMentions(parent, text, marks, pattern) {
  const re = marks.mentions;
  if (!re) {
    appendHighlighted(parent, text, pattern);
    return;
  }
  let at = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) appendHighlighted(parent, text.slice(at, m.index), pattern);
    const name = marks.names.get(m[0]);
    parent.append(appendHighlighted(el('a', {
      class: 'actor-mention', href: marks.actorHref(name), 'data-nav': true, title: name,
    }), m[0], pattern));
    at = m.index + m[0].length;
  }
  if (at < text.length) appendHighlighted(parent, text.slice(at), pattern);
}

/* marks: { statements: [{id, start, end}], actors, actorHref(name) } → what markedParagraph needs. */
export function textMarks(statements, actors, actorHref) {
  const names = mentionNames(actors);
  return {
    statements: list(statements)
      .map((st) => ({ id: asText(st.id), start: Number(st.start), end: Number(st.end) }))
      .filter((st) => Number.isFinite(st.start) && st.end > st.start)
      .sort((a, b) => a.start - b.start),
    names,
    mentions: mentionPattern(names),
    actorHref,
  };
}

/* One paragraph (body, starting at offset in the article text) with its marks. */
export function markedParagraph(body, offset, marks, pattern) {
  const p = el('p');
  const end = offset + body.length;
  let at = 0;
  for (const st of marks.statements) {
    const from = Math.max(st.start, offset) - offset;
    const to = Math.min(st.end, end) - offset;
    if (to <= from || from < at) continue;
    if (from > at) appendMentions(p, body.slice(at, from), marks, pattern);
    /* A span (actor links may sit inside it), then a small link for the keyboard. */
    const span = el('span', { class: 'statement-mark', dataset: { id: st.id }, title: 'A statement: click for related statements by others' });
    appendMentions(span, body.slice(from, to), marks, pattern);
    p.append(span, el('a', {
      class: 'statement-link', href: `#${statementAnchor(st.id)}`, dataset: { id: st.id }, 'aria-label': 'Related statements',
    }, '↗'));
    at = to;
  }
  if (at < body.length) appendMentions(p, body.slice(at), marks, pattern);
  return p;
}
