/* The actor page (/actors/{name}): who the actor is, its roles over time, articles per month,
 * topics, the actors most often named with it, its latest articles and statements, and a search
 * box scoped to it. Every actor named here links to its own page. */
import { el, asText, list, formatCount, fetchJson } from './dom.js';
import { emptyState, hrefFor, actorHref } from './state.js';
import { renderHistogram } from './histogram.js';
import { statementItem } from './statements.js';

const LATEST = 5;
const MAX_MONTHS = 36;

/* els: the actor view's nodes; links: chip makers as for results; go(state): navigate. */
export async function showActor(els, name, signal, links, go) {
  const base = { ...emptyState(), actor: [name] };
  const encoded = encodeURIComponent(name);
  const [actor, latest, said] = await Promise.all([
    fetchJson(`api/actors/${encoded}`, signal),
    fetchJson(`api/search?actor=${encoded}&sort=date&size=${LATEST}`, signal),
    fetchJson(`api/actors/${encoded}/statements?size=${LATEST}`, signal),
  ]);
  const canonical = asText(actor.name);
  const scoped = { ...emptyState(), actor: [canonical] };
  document.title = `${canonical} · policy-search`;
  els.actorName.textContent = canonical;
  els.actorMeta.replaceChildren(
    el('span', { class: 'actor-type', dataset: { type: asText(actor.type) } }, asText(actor.type)), ' ',
    el('span', { class: 'actor-counts' }, `${count(actor.articles, 'article')} · ${count(actor.statements, 'statement')}`));
  const aliases = list(actor.aliases).map(asText);
  els.actorAliases.hidden = aliases.length === 0;
  els.actorAliases.textContent = aliases.length ? `Also written: ${aliases.join(', ')}` : '';
  els.actorQLabel.textContent = `Search the articles naming ${canonical}`;
  els.actorSearch.onsubmit = (e) => {
    e.preventDefault();
    go({ ...scoped, q: els.actorQ.value.trim() });
  };
  els.actorRoles.replaceChildren(...roles(actor.roles));
  els.actorTopics.replaceChildren(...list(actor.topics).map((t) => el('li', {},
    el('a', { class: 'chip topic-chip', href: hrefFor({ ...scoped, topic: [asText(t.value)] }), 'data-nav': true },
      `${asText(t.label) || asText(t.value)} (${formatCount(t.count)})`))));
  els.actorCoActors.replaceChildren(...list(actor.co_actors).map((a) => el('li', {},
    links.speaker(a), el('span', { class: 'count' }, ` ${count(a.count, 'article')} together`))));
  renderHistogram(els.actorHistogram, histogram(list(actor.by_month)), 'articles', (from, to) => go({ ...scoped, from, to }));
  els.actorHistogramNote.hidden = !els.actorHistogram.hidden;
  els.actorHistogramNote.textContent = list(actor.by_month).map((m) => `${m.month}: ${count(m.articles, 'article')}, ${count(m.statements, 'statement')}`).join('; ');
  els.actorArticles.replaceChildren(...list(latest.hits).map((h) => el('li', {},
    el('a', { href: hrefFor({ ...base, id: asText(h.id) }), 'data-nav': true }, asText(h.title) || asText(h.id)),
    ' ', el('time', { datetime: asText(h.date) }, asText(h.date)))));
  els.actorStatements.replaceChildren(...list(said.statements).map((st) => statementItem(st, links, null)));
  els.actorAllArticles.href = hrefFor({ ...scoped, sort: 'date' });
  els.actorAllStatements.href = hrefFor({ ...emptyState(), tab: 'statements', speaker: [canonical], sort: 'date' });
  return canonical;
}

const count = (n, noun) => `${formatCount(n)} ${noun}${Number(n) === 1 ? '' : 's'}`;

function roles(items) {
  const rows = list(items);
  if (!rows.length) return [el('li', { class: 'muted' }, 'No role given in the articles.')];
  return rows.map((r) => el('li', {}, el('strong', {}, asText(r.role)), ' ',
    el('span', { class: 'muted' }, r.from === r.to ? asText(r.from) : `${asText(r.from)} – ${asText(r.to)}`)));
}

/* Articles per month with empty months filled in; per year beyond 36 months. */
function histogram(months) {
  if (!months.length) return { unit: 'month', buckets: [] };
  const [y0, m0] = months[0].month.split('-').map(Number);
  const [y1, m1] = months[months.length - 1].month.split('-').map(Number);
  const span = (y1 - y0) * 12 + (m1 - m0) + 1;
  const counts = new Map();
  const perYear = span > MAX_MONTHS;
  months.forEach((m) => {
    const key = perYear ? m.month.slice(0, 4) : m.month;
    counts.set(key, (counts.get(key) || 0) + (Number(m.articles) || 0));
  });
  const buckets = [];
  if (perYear) {
    for (let y = y0; y <= y1; y++) buckets.push({ value: String(y), from: `${y}-01-01`, to: `${y}-12-31`, count: counts.get(String(y)) || 0 });
    return { unit: 'year', buckets };
  }
  for (let i = 0; i < span; i++) {
    const y = y0 + Math.floor((m0 - 1 + i) / 12);
    const m = ((m0 - 1 + i) % 12) + 1;
    const key = `${y}-${String(m).padStart(2, '0')}`;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    buckets.push({ value: key, from: `${key}-01`, to: `${key}-${String(last).padStart(2, '0')}`, count: counts.get(key) || 0 });
  }
  return { unit: 'month', buckets };
}
