/* A statement as a list item: speakers, date, text, where it was said, topics, and a
 * "Related statements" toggle that loads who else said something like it. */
import { el, asText, list, safeMarked, fetchJson, formatCount } from './dom.js';

/* links: { speaker(actor) -> chip node, topic(id) -> chip node, article(id) -> href } */
export function statementItem(st, links, pattern = null) {
  const id = asText(st.id);
  const li = el('li', { class: 'statement', dataset: { id } });
  const speakers = list(st.speakers);
  const head = el('p', { class: 'statement-head' },
    ...speakers.map((a) => links.speaker(a)),
    attribution(st),
    el('time', { class: 'statement-date', datetime: asText(st.date) }, asText(st.date)),
    st.page ? el('span', { class: 'statement-page' }, `p. ${Number(st.page)}`) : null);
  const text = safeMarked(st.text, el('blockquote', { class: 'statement-text' }), pattern);
  li.append(head, text);
  if (st.article_id && links.article) {
    li.append(el('p', { class: 'statement-source' }, 'in ',
      el('a', { href: links.article(asText(st.article_id)), 'data-nav': true }, asText(st.article_title) || asText(st.article_id))));
  }
  const also = alsoIn(st, links);
  if (also) li.append(also);
  const topics = list(st.topics);
  const panelId = `related-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const toggle = el('button', {
    type: 'button', class: 'related-toggle', 'aria-expanded': 'false', 'aria-controls': panelId, dataset: { id },
  }, 'Related statements');
  const panel = el('div', { class: 'related-panel', id: panelId, hidden: true });
  li.append(el('div', { class: 'statement-foot' }, ...topics.map((t) => links.topic(t)), toggle), panel);
  return li;
}

/* How the speaker was found, as the article writes it: “she” said; transcript label “MS. PSAKI:”;
 * first-person statement (“I”); speech, speaker “Mr. SOARES” per the record. */
export function attribution(st) {
  const a = st.attribution;
  if (!a || !a.cue) return el('span', { class: 'statement-verb' }, asText(st.verb));
  const said = (words) => el('span', { class: 'attribution-mention' }, `“${words}”`);
  const mention = asText(a.mention);
  const how = {
    transcript: () => ['transcript label ', said(`${mention}:`)],
    statement: () => ['first-person statement (', said(mention), ')'],
    quote: () => ['quotation after ', said(`${mention}:`)],
    speech: () => ['speech, speaker ', said(mention), ' per the record'],
  }[a.cue];
  const parts = how ? how() : [said(mention), ` ${asText(a.cue)}`];
  return el('span', {
    class: 'statement-verb statement-attribution',
    title: 'How the speaker was found',
    dataset: { cue: asText(a.cue) },
  }, ...parts);
}

/* Opens or closes the related list under a toggle; loads it the first time. */
export async function toggleRelated(button, links) {
  const panel = document.getElementById(button.getAttribute('aria-controls'));
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', open ? 'true' : 'false');
  panel.hidden = !open;
  if (!open || panel.dataset.loaded) return;
  panel.dataset.loaded = 'true';
  panel.replaceChildren(el('p', { class: 'muted' }, 'Loading related statements…'));
  try {
    const data = await fetchJson(`api/statements/${encodeURIComponent(button.dataset.id)}/related?size=5`);
    const related = list(data.related);
    if (!related.length) {
      panel.replaceChildren(el('p', { class: 'muted' }, 'No other speaker said something similar.'));
      return;
    }
    panel.replaceChildren(
      el('h3', { class: 'related-heading' }, `${formatCount(related.length)} related statement${related.length === 1 ? '' : 's'} by other speakers`),
      el('ol', { class: 'related-list' }, ...related.map((r) => relatedItem(r, links))));
  } catch (err) {
    delete panel.dataset.loaded;
    panel.replaceChildren(el('p', { class: 'error-inline', role: 'alert' }, err.message));
  }
}

/* "Also in" links to the other articles that repeat the same statement, or null. */
function alsoIn(st, links) {
  const others = list(st.also_in);
  if (!others.length || !links.article) return null;
  const items = [];
  others.forEach((o, i) => {
    if (i) items.push(', ');
    items.push(el('a', { href: links.article(asText(o.article_id)), 'data-nav': true }, asText(o.date) || asText(o.article_id)));
  });
  return el('p', { class: 'statement-also' }, `Also in ${formatCount(others.length)} other article${others.length === 1 ? '' : 's'}: `, ...items);
}

/* Why a statement is related: meaning, phrases, actors, topics and words it shares. */
function why(r, links) {
  const parts = [];
  if (typeof r.similarity === 'number') parts.push(`similar in meaning (${r.similarity.toFixed(2)})`);
  const named = (label, values) => { if (values.length) parts.push(`${label}: ${values.join(', ')}`); };
  named('phrases', list(r.shared_phrases).map(asText));
  named('actors', list(r.shared_actors).map(asText));
  named('topics', list(r.shared_topics).map((t) => links.topicLabel(t)));
  named('words', list(r.shared_terms).map(asText));
  return parts.length ? el('p', { class: 'related-why' }, `Why: ${parts.join(' · ')}`) : null;
}

function relatedItem(r, links) {
  const st = r.statement || {};
  return el('li', { class: 'related-statement', dataset: { id: asText(st.id) } },
    el('p', { class: 'statement-head' },
      ...list(st.speakers).map((a) => links.speaker(a)),
      attribution(st),
      el('time', { class: 'statement-date', datetime: asText(st.date) }, asText(st.date))),
    safeMarked(st.text, el('blockquote', { class: 'statement-text' })),
    el('p', { class: 'statement-source' }, 'in ',
      el('a', { href: links.article(asText(st.article_id)), 'data-nav': true }, asText(st.article_title) || asText(st.article_id))),
    alsoIn(st, links),
    why(r, links));
}
