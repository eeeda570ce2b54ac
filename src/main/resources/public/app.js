/* policy-search front end: vanilla ES modules, no dependencies.
 * The whole state lives in the URL (see state.js); back/forward re-render from it. */
import { el, asText, list, unique, formatCount, ISO_DATE, safeMarked, plainText, queryPattern, appendHighlighted, safeUrl, fetchJson } from './dom.js';
import { DIMS, SORTS, emptyState, cloneState, stateFromSearch, hrefFor, apiUrl, exportUrl, listKey, hasFilters, switchTab } from './state.js';
import { renderFacets, applyVisibility, facetUi, withPinned } from './facets.js';
import { renderHistogram } from './histogram.js';
import { attachSuggest } from './suggest.js';
import { statementItem, toggleRelated } from './statements.js';
import { runBatch, batchFilters } from './batch.js';
import { documentFacts, extractionNote, pageLink, textWithPages } from './documents.js';
import { markedParagraph, statementAnchor, textMarks } from './reader.js';

const MAX_WINDOW = 10000;
/* Actor chips a result card shows before "+N more" (a briefing can name 40). */
const MAX_CHIPS = 5;
const $ = (id) => document.getElementById(id);
const els = {};
const ui = { state: null, controller: null, topicLabels: new Map(), cursors: new Map(), suggest: null };

/* ---------- labels and chips ---------- */

function prettify(value) {
  const text = asText(value).replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const topicLabel = (value) => ui.topicLabels.get(value) || prettify(value);
const actorDim = (s) => (s.tab === 'statements' ? 'speaker' : 'actor');

function labelOf(dim, item) {
  if (dim === 'topic') return asText(item.label) || topicLabel(asText(item.value));
  if (dim === 'speaker_type') return prettify(item.value);
  return asText(item.value);
}

function actorChip(actor, s) {
  const name = asText(actor.name);
  const type = asText(actor.type);
  const selected = s[actorDim(s)].includes(name);
  return el('button', {
    type: 'button',
    class: `chip actor-chip${selected ? ' is-selected' : ''}`,
    dataset: { value: name, type },
    title: selected ? `${name} is already a filter` : `Filter by ${name}${type ? ` (${type})` : ''}`,
  }, name);
}

function topicChip(topic, s) {
  const value = asText(topic);
  const selected = s.topic.includes(value);
  return el('button', {
    type: 'button',
    class: `chip topic-chip${selected ? ' is-selected' : ''}`,
    dataset: { value },
    title: selected ? `${topicLabel(value)} is already a filter` : `Filter by topic ${topicLabel(value)}`,
  }, topicLabel(value));
}

function links(s) {
  return {
    speaker: (a) => actorChip(a, s),
    topic: (t) => topicChip(t, s),
    topicLabel,
    article: (id) => hrefFor({ ...cloneState(s), id }),
  };
}

/* ---------- navigation ---------- */

function navigate(next, { push = true, scroll = false } = {}) {
  const url = hrefFor(next);
  if (push && new URL(url, window.location.href).href !== window.location.href) {
    window.history.pushState(null, '', url);
  }
  ui.state = next;
  render();
  if (scroll) window.scrollTo(0, 0);
}

function updateState(mutate, options = {}) {
  const next = cloneState(ui.state);
  next.id = '';
  next.after = '';
  mutate(next);
  navigate(next, options);
}

function loadFromLocation() {
  ui.state = stateFromSearch(window.location.search);
  render();
}

function render() {
  fillForm(ui.state);
  els.batchLink.href = hrefFor({ ...cloneState(ui.state), view: 'batch', id: '', page: 1, after: '' });
  if (ui.state.view === 'batch') showBatch(ui.state);
  else if (ui.state.id) runArticle(ui.state);
  else runSearch(ui.state);
}

function beginRequest() {
  if (ui.controller) ui.controller.abort();
  ui.controller = new AbortController();
  return ui.controller;
}

function showError(message) {
  els.error.textContent = message;
  els.error.hidden = false;
}

function hideError() {
  els.error.hidden = true;
  els.error.textContent = '';
}

function showView(view) {
  els.resultsView.hidden = view !== 'results';
  els.articleView.hidden = view !== 'article';
  els.batchView.hidden = view !== 'batch';
  els.facets.hidden = view !== 'results';
  els.layout.classList.toggle('is-article', view !== 'results');
  if (view === 'batch') els.batchLink.setAttribute('aria-current', 'page');
  else els.batchLink.removeAttribute('aria-current');
}

function setBusy(node, busy) {
  node.setAttribute('aria-busy', busy ? 'true' : 'false');
  els.main.classList.toggle('is-loading', busy);
}

/* ---------- form and tabs ---------- */

function fillForm(s) {
  els.q.value = s.q;
  els.sort.value = s.sort;
  els.from.value = ISO_DATE.test(s.from) ? s.from : '';
  els.to.value = ISO_DATE.test(s.to) ? s.to : '';
  els.q.placeholder = s.tab === 'statements' ? 'Search statements (press / to focus)' : 'Search documents (press / to focus)';
  document.querySelectorAll('[role="tab"]').forEach((tab) => {
    const selected = tab.dataset.tab === s.tab;
    tab.setAttribute('aria-selected', selected ? 'true' : 'false');
    tab.tabIndex = selected ? 0 : -1;
  });
}

function applyForm(e) {
  updateState((n) => {
    if (e && e.type === 'submit') n.view = '';
    n.q = els.q.value.trim();
    n.sort = SORTS.includes(els.sort.value) ? els.sort.value : 'relevance';
    n.from = els.from.value;
    n.to = els.to.value;
    n.page = 1;
  });
}

function onTabKey(e) {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  const i = tabs.indexOf(e.target);
  if (i < 0 || !['ArrowLeft', 'ArrowRight'].includes(e.key)) return;
  e.preventDefault();
  const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
  next.focus();
  next.click();
}

/* ---------- results ---------- */

async function runSearch(s) {
  showView('results');
  const noun = s.tab === 'statements' ? 'statements' : 'articles';
  document.title = s.q ? `${s.q} – ${noun} – policy-search` : 'policy-search';
  const ctrl = beginRequest();
  hideError();
  renderActiveFilters(s);
  renderExport(s);
  setBusy(els.results, true);
  els.summary.textContent = 'Searching…';
  try {
    const data = await fetchJson(apiUrl(s), ctrl.signal);
    if (ctrl !== ui.controller) return;
    renderResults(data, s);
  } catch (err) {
    if (err.name === 'AbortError' || ctrl !== ui.controller) return;
    showError(err.message);
    els.summary.textContent = '';
    els.results.replaceChildren();
    els.histogram.hidden = true;
    els.empty.hidden = true;
    els.pager.hidden = true;
  } finally {
    if (ctrl === ui.controller) setBusy(els.results, false);
  }
}

function renderResults(data, s) {
  const hits = list(data.hits);
  const total = Number(data.total) || 0;
  const facets = data.facets || {};
  list(facets.topic).forEach((t) => { if (t && t.label) ui.topicLabels.set(asText(t.value), asText(t.label)); });
  renderFacetSidebar(facets, s);
  renderActiveFilters(s);
  const noun = s.tab === 'statements' ? 'statement' : 'result';
  els.summary.textContent = `${formatCount(total)} ${noun}${total === 1 ? '' : 's'} (${Number(data.took_ms) || 0} ms)`;
  renderHistogram(els.histogram, data.histogram, s.tab === 'statements' ? 'statements' : 'articles', (from, to) => {
    updateState((n) => { n.from = from; n.to = to; n.page = 1; });
  });
  const pattern = queryPattern(s.q);
  els.results.className = s.tab === 'statements' ? 'results statements' : 'results';
  els.results.replaceChildren(...hits.map((hit) => (s.tab === 'statements' ? statementItem(hit, links(s), null) : renderHit(hit, s, pattern))));
  renderEmpty(s, total, hits.length);
  renderPager(s, total, data.next_after);
}

function renderEmpty(s, total, shown) {
  const noun = s.tab === 'statements' ? 'statements' : 'articles';
  let message = '';
  if (total === 0) {
    const what = s.q ? `No ${noun} match “${s.q}”` : `No ${noun} match`;
    message = `${what}${hasFilters(s) ? ' with the selected filters' : ''}. Try other words or remove some filters.`;
    if (!s.q && !hasFilters(s)) message = `No ${noun}: the collection is empty.`;
  } else if (shown === 0) {
    message = `No ${noun} on page ${s.page}; there are fewer results than that.`;
  }
  els.empty.textContent = message;
  els.empty.hidden = !message;
}

function sourceNode(doc, className) {
  const href = safeUrl(doc.url);
  const label = asText(doc.source) || (href ? new URL(href).hostname : '');
  if (!label) return null;
  if (!href) return el('span', { class: className }, label);
  return el('a', { class: className, href, rel: 'noopener noreferrer', target: '_blank' }, label);
}

function titleOf(hit) {
  const title = asText(hit.title).trim();
  if (title) return title;
  const first = list(hit.snippets).length ? plainText(hit.snippets[0]) : '';
  if (!first) return '(untitled)';
  return first.length > 80 ? `${first.slice(0, 80).trimEnd()}…` : first;
}

function renderHit(hit, s, pattern) {
  const id = asText(hit.id);
  const li = el('li', { class: 'hit', dataset: { id } });
  const title = appendHighlighted(el('a', { class: 'hit-title', href: hrefFor({ ...cloneState(s), id }), 'data-nav': true }), titleOf(hit), pattern);
  const source = sourceNode(hit, 'hit-source');
  const meta = el('p', { class: 'hit-meta' }, el('time', { class: 'hit-date', datetime: asText(hit.date) }, asText(hit.date)));
  if (source) meta.append(el('span', { class: 'sep', 'aria-hidden': 'true' }, '·'), source);
  li.append(el('h2', { class: 'hit-heading' }, title), meta);
  const pages = list(hit.pages);
  list(hit.snippets).forEach((snip, i) => {
    const p = safeMarked(snip, el('p', { class: 'snippet' }));
    if (pages[i]) p.prepend(pageLink(id, pages[i]), ' ');
    li.append(p);
  });
  const actors = list(hit.actors);
  const topics = list(hit.topics);
  if (actors.length || topics.length) {
    const shown = actors.length > MAX_CHIPS + 1 ? actors.slice(0, MAX_CHIPS) : actors;
    const rest = actors.length - shown.length;
    const more = rest ? el('button', { type: 'button', class: 'more-actors', title: `Show ${rest} more actors` }, `+${rest} more`) : null;
    if (more) more.moreActors = actors.slice(shown.length);
    li.append(el('div', { class: 'chips' }, ...shown.map((a) => actorChip(a, s)), more, ...topics.map((t) => topicChip(t, s))));
  }
  return li;
}

function renderPager(s, total, nextAfter) {
  const pages = Math.max(1, Math.ceil(total / s.size));
  els.pager.hidden = total === 0;
  els.pageInfo.textContent = `page ${formatCount(s.page)} of ${formatCount(pages)}`;
  els.prev.disabled = s.page <= 1;
  els.next.disabled = s.page >= pages || !nextAfter;
  ui.nextAfter = nextAfter || '';
}

/* Next follows the server's searchAfter cursor, so any depth works; cursors seen on
 * the way are remembered so Previous can go back without page arithmetic. */
function goToPage(delta) {
  const s = ui.state;
  const key = listKey(s);
  if (!ui.cursors.has(key)) ui.cursors.set(key, new Map([[1, '']]));
  const cursors = ui.cursors.get(key);
  cursors.set(s.page, s.after);
  const page = Math.max(1, s.page + delta);
  let after = delta > 0 ? ui.nextAfter : cursors.get(page);
  if (after === undefined) after = '';
  if (!after && page * s.size > MAX_WINDOW) return;
  cursors.set(page, after);
  updateState((n) => { n.page = page; n.after = after; }, { scroll: true });
}

function renderExport(s) {
  els.export.hidden = false;
  els.exportCsv.href = exportUrl(s, 'csv');
  els.exportJson.href = exportUrl(s, 'json');
  /* The search's Atom feed: a link to copy into a feed reader, and the page's alternate link. */
  els.followFeed.href = exportUrl({ ...s, sort: 'relevance' }, 'atom');
  els.followFeed.title = 'An Atom feed of this search, newest first: add its address to a feed reader';
  let alternate = document.querySelector('link[rel="alternate"][type="application/atom+xml"]');
  if (!alternate) {
    alternate = el('link', { rel: 'alternate', type: 'application/atom+xml', title: 'This search (Atom)' });
    document.head.append(alternate);
  }
  alternate.href = els.followFeed.href;
  const noun = s.tab === 'statements' ? 'statements' : 'articles';
  els.exportCsv.setAttribute('aria-label', `Download all these ${noun} as CSV`);
  els.exportJson.setAttribute('aria-label', `Download all these ${noun} as JSON`);
}

/* ---------- facets and filters ---------- */

function selectedYear(s) {
  const m = /^(\d{4})-01-01$/.exec(s.from);
  return m && s.to === `${m[1]}-12-31` ? m[1] : '';
}

function renderFacetSidebar(facets, s) {
  const dims = DIMS[s.tab].map((dim) => ({
    dim,
    items: withPinned(facets[dim], [...s[dim], ...s[`not_${dim}`]]),
    included: (v) => s[dim].includes(v),
    excluded: (v) => s[`not_${dim}`].includes(v),
    excludable: dim !== 'speaker_type',
  }));
  const year = selectedYear(s);
  dims.push({
    dim: 'year',
    items: withPinned(facets.year, year ? [year] : []).sort((a, b) => asText(b.value).localeCompare(asText(a.value))),
    included: (v) => v === year,
    excluded: () => false,
    excludable: false,
  });
  renderFacets(els.facetSections, dims, labelOf);
}

function setFilter(dim, value, on) {
  updateState((n) => {
    if (dim === 'year') {
      n.from = on ? `${value}-01-01` : '';
      n.to = on ? `${value}-12-31` : '';
    } else if (dim === 'from' || dim === 'to') {
      n[dim] = on ? value : '';
    } else if (dim.startsWith('not_')) {
      const base = dim.slice(4);
      n[dim] = on ? unique([...n[dim], value]) : n[dim].filter((v) => v !== value);
      if (on) n[base] = n[base].filter((v) => v !== value);
    } else {
      n[dim] = on ? unique([...n[dim], value]) : n[dim].filter((v) => v !== value);
      if (on && n[`not_${dim}`]) n[`not_${dim}`] = n[`not_${dim}`].filter((v) => v !== value);
    }
    n.page = 1;
  });
}

function pill(dim, value, text) {
  return el('button', { type: 'button', class: `pill${dim.startsWith('not_') ? ' is-excluded' : ''}`, dataset: { dim, value }, 'aria-label': `Remove filter ${text}`, title: `Remove filter: ${text}` }, `× ${text}`);
}

function renderActiveFilters(s) {
  const pills = [];
  for (const dim of DIMS[s.tab]) {
    const label = (v) => (dim === 'topic' ? topicLabel(v) : labelOf(dim, { value: v }));
    s[dim].forEach((v) => pills.push(pill(dim, v, label(v))));
    s[`not_${dim}`].forEach((v) => pills.push(pill(`not_${dim}`, v, `not ${label(v)}`)));
  }
  const year = selectedYear(s);
  if (year) pills.push(pill('year', year, year));
  else {
    if (s.from) pills.push(pill('from', s.from, `from ${s.from}`));
    if (s.to) pills.push(pill('to', s.to, `to ${s.to}`));
  }
  els.activeFilters.hidden = pills.length === 0;
  if (!pills.length) {
    els.activeFilters.replaceChildren();
    return;
  }
  const cleared = cloneState(s);
  for (const dim of DIMS[s.tab]) {
    cleared[dim] = [];
    cleared[`not_${dim}`] = [];
  }
  Object.assign(cleared, { from: '', to: '', page: 1, after: '', id: '' });
  const clearAll = el('a', { id: 'clear-all', class: 'clear-all', href: hrefFor(cleared), 'data-nav': true }, 'Clear all');
  els.activeFilters.replaceChildren(el('span', { class: 'active-label' }, 'Filters:'), ...pills, clearAll);
}

/* ---------- batch view ---------- */

function showBatch(s) {
  if (ui.controller) ui.controller.abort();
  showView('batch');
  hideError();
  document.title = 'Batch search – policy-search';
  const f = batchFilters(s);
  const parts = [
    ...f.actor.map((a) => a), ...f.topic.map(topicLabel),
    ...f.not_actor.map((a) => `not ${a}`), ...f.not_topic.map((t) => `not ${topicLabel(t)}`),
    ...f.speaker_type.map((t) => `${t} speakers`),
    f.from || f.to ? `${f.from || '…'} to ${f.to || '…'}` : null,
  ].filter(Boolean);
  els.batchFilters.textContent = parts.length ? parts.join(', ') : 'none';
}

async function onBatchSubmit(e) {
  e.preventDefault();
  const ctrl = beginRequest();
  hideError();
  setBusy(els.batchView, true);
  try {
    await runBatch(ui.state, els, ctrl.signal);
  } catch (err) {
    if (err.name === 'AbortError' || ctrl !== ui.controller) return;
    els.batchStatus.textContent = '';
    showError(err.message);
  } finally {
    if (ctrl === ui.controller) setBusy(els.batchView, false);
  }
}

/* ---------- article view ---------- */

async function runArticle(s) {
  showView('article');
  const ctrl = beginRequest();
  hideError();
  els.backLink.href = hrefFor({ ...cloneState(s), id: '' });
  clearArticle();
  els.articleTitle.textContent = 'Loading…';
  setBusy(els.articleView, true);
  try {
    const id = encodeURIComponent(s.id);
    const [article, related] = await Promise.all([
      fetchJson(`api/articles/${id}`, ctrl.signal),
      fetchJson(`api/articles/${id}/related?size=5`, ctrl.signal).catch((err) => {
        if (err.name === 'AbortError') throw err;
        return { related: [] };
      }),
    ]);
    if (ctrl !== ui.controller) return;
    renderArticle(article, list(related.related), s);
  } catch (err) {
    if (err.name === 'AbortError' || ctrl !== ui.controller) return;
    els.articleTitle.textContent = 'Article not available';
    document.title = 'Article not available – policy-search';
    showError(err.message);
  } finally {
    if (ctrl === ui.controller) setBusy(els.articleView, false);
  }
}

function clearArticle() {
  els.articleTitle.textContent = '';
  els.articleDate.textContent = '';
  els.articleDate.removeAttribute('datetime');
  [els.articleSource, els.articleDocument, els.articleActors, els.articleTopics, els.articleText, els.articleStatements, els.relatedArticles]
    .forEach((node) => node.replaceChildren());
}

function articleActor(actor, s) {
  const roles = list(actor.roles).map(asText).filter(Boolean);
  const li = el('li', { class: 'article-actor' }, actorChip(actor, s));
  if (actor.type) li.append(el('span', { class: 'actor-type', dataset: { type: asText(actor.type) } }, asText(actor.type)));
  if (roles.length) li.append(el('span', { class: 'actor-roles' }, roles.join(', ')));
  return li;
}

function renderArticle(article, related, s) {
  const pattern = queryPattern(s.q);
  const title = asText(article.title).trim() || '(untitled)';
  document.title = `${title} – policy-search`;
  els.articleTitle.textContent = '';
  appendHighlighted(els.articleTitle, title, pattern);
  const date = asText(article.date);
  els.articleDate.textContent = date;
  if (ISO_DATE.test(date)) els.articleDate.setAttribute('datetime', date);
  const source = sourceNode(article, 'source-link');
  els.articleSource.replaceChildren(...(source ? [source] : []));
  const actors = list(article.actors);
  els.articleActors.replaceChildren(...actors.map((a) => articleActor(a, s)));
  els.articleActors.closest('details').hidden = actors.length === 0;
  const topics = list(article.topics);
  els.articleTopics.replaceChildren(...topics.map((t) => el('li', {}, topicChip(t, s))));
  els.articleTopics.closest('details').hidden = topics.length === 0;
  const statements = list(article.statements);
  els.articleStatements.replaceChildren(...statements.map((st) => {
    const li = statementItem({ ...st, article_id: null }, links(s), pattern);
    li.id = statementAnchor(st.id);
    return li;
  }));
  els.articleStatementsSection.hidden = statements.length === 0;
  els.relatedArticles.replaceChildren(...related.map((r) => relatedArticle(r, s)));
  els.relatedArticlesSection.hidden = related.length === 0;
  els.articleDocument.replaceChildren(...[documentFacts(article), extractionNote(article)].filter(Boolean));
  const marks = textMarks(statements, actors, (name) => hrefFor({ ...emptyState(), actor: [name] }));
  els.articleText.replaceChildren(...textWithPages(article, (p, offset) => markedParagraph(p, offset, marks, pattern)));
  els.articleLegend.hidden = !els.articleText.querySelector('.statement-mark, .actor-mention');
  els.articleTitle.focus({ preventScroll: true });
}

/* A click on a statement in the text: its entry in the side panel, with its related statements. */
function openStatement(id) {
  const li = document.getElementById(statementAnchor(id));
  if (!li) return;
  li.closest('details').open = true;
  els.articleStatements.querySelectorAll('.statement.is-current').forEach((n) => n.classList.remove('is-current'));
  li.classList.add('is-current');
  const toggle = li.querySelector('button.related-toggle');
  if (toggle && toggle.getAttribute('aria-expanded') !== 'true') toggleRelated(toggle, links(ui.state));
  li.scrollIntoView({ block: 'nearest' });
  (toggle || li).focus({ preventScroll: true });
}

function relatedArticle(r, s) {
  const shared = [...list(r.shared_actors), ...list(r.shared_topics).map(topicLabel)];
  return el('li', { class: 'related-article', dataset: { id: asText(r.id) } },
    el('a', { href: hrefFor({ ...cloneState(s), id: asText(r.id) }), 'data-nav': true }, asText(r.title) || asText(r.id)),
    el('span', { class: 'muted' }, ` · ${asText(r.date)}`),
    shared.length ? el('span', { class: 'related-why' }, ` · shares ${shared.join(', ')}`) : null);
}

/* ---------- events ---------- */

function isPlainLeftClick(e) {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

function onDocumentClick(e) {
  const chip = e.target.closest('button.chip');
  if (chip) {
    const dim = chip.classList.contains('actor-chip') ? actorDim(ui.state) : 'topic';
    if (ui.state.id || !ui.state[dim].includes(chip.dataset.value)) setFilter(dim, chip.dataset.value, true);
    return;
  }
  const mark = e.target.closest('.statement-mark, a.statement-link');
  if (mark && !e.target.closest('a.actor-mention') && isPlainLeftClick(e)) {
    e.preventDefault();
    openStatement(mark.dataset.id);
    return;
  }
  const more = e.target.closest('button.more-actors');
  if (more) {
    const chips = (more.moreActors || []).map((a) => actorChip(a, ui.state));
    more.replaceWith(...chips);
    if (chips.length) chips[0].focus();
    return;
  }
  const filtersButton = e.target.closest('#filters-button');
  if (filtersButton) {
    const open = filtersButton.getAttribute('aria-expanded') !== 'true';
    filtersButton.setAttribute('aria-expanded', open ? 'true' : 'false');
    els.layout.classList.toggle('show-filters', open);
    if (open) els.facets.scrollIntoView({ block: 'start' });
    return;
  }
  const related = e.target.closest('button.related-toggle');
  if (related) {
    toggleRelated(related, links(ui.state));
    return;
  }
  const pillButton = e.target.closest('#active-filters .pill');
  if (pillButton) {
    setFilter(pillButton.dataset.dim, pillButton.dataset.value, false);
    return;
  }
  const tab = e.target.closest('[role="tab"]');
  if (tab) {
    navigate(switchTab(ui.state, tab.dataset.tab));
    return;
  }
  const link = e.target.closest('a[data-nav]');
  if (link && isPlainLeftClick(e) && !e.defaultPrevented) {
    e.preventDefault();
    const toArticle = new URL(link.href).searchParams.has('id');
    navigate(stateFromSearch(new URL(link.href).search), { scroll: toArticle || Boolean(ui.state.id) });
  }
}

function onFacetChange(e) {
  const input = e.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'checkbox') return;
  const section = input.closest('.facet');
  const label = input.closest('.facet-value');
  if (section && label) setFilter(section.dataset.dim, label.dataset.value, input.checked);
}

function onFacetClick(e) {
  const section = e.target.closest('.facet');
  if (!section) return;
  const dim = section.dataset.dim;
  const exclude = e.target.closest('button.exclude');
  if (exclude) {
    setFilter(`not_${dim}`, exclude.dataset.value, exclude.getAttribute('aria-pressed') !== 'true');
  } else if (e.target.closest('.more')) {
    if (facetUi.expanded.has(dim)) facetUi.expanded.delete(dim);
    else facetUi.expanded.add(dim);
    applyVisibility(section);
  } else if (e.target.closest('.facet-toggle')) {
    const toggle = e.target.closest('.facet-toggle');
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    $(toggle.getAttribute('aria-controls')).hidden = !open;
    if (open) facetUi.collapsed.delete(dim);
    else facetUi.collapsed.add(dim);
  }
}

function onFacetInput(e) {
  if (!e.target.classList.contains('facet-filter')) return;
  const section = e.target.closest('.facet');
  facetUi.filter.set(section.dataset.dim, e.target.value);
  applyVisibility(section);
}

function onSuggestion(choice) {
  const s = ui.state;
  els.q.value = s.q;
  if (choice.kind === 'actor') setFilter(actorDim(s), choice.value, true);
  else if (choice.kind === 'topic') setFilter('topic', choice.value, true);
  else if (choice.kind === 'title') navigate({ ...cloneState(s), id: choice.value }, { scroll: true });
}

function onKeyDown(e) {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target;
  if (t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
  e.preventDefault();
  els.q.focus();
  els.q.select();
}

function cacheElements() {
  const ids = {
    form: 'search-form', q: 'q', suggestions: 'suggestions', sort: 'sort', from: 'from', to: 'to', main: 'main',
    layout: 'layout', error: 'error', resultsView: 'results-view', summary: 'summary', export: 'export',
    exportCsv: 'export-csv', exportJson: 'export-json', activeFilters: 'active-filters', histogram: 'histogram',
    empty: 'empty', results: 'results', pager: 'pager', prev: 'prev', next: 'next', pageInfo: 'page-info',
    articleView: 'article-view', backLink: 'back-link', articleTitle: 'article-title', articleDate: 'article-date',
    articleSource: 'article-source', articleDocument: 'article-document', articleActors: 'article-actors', articleTopics: 'article-topics',
    articleText: 'article-text', articleStatements: 'article-statements', articleStatementsSection: 'article-statements-section',
    relatedArticles: 'related-articles', relatedArticlesSection: 'related-articles-section', facets: 'facets',
    facetSections: 'facet-sections', skipLink: 'skip-link', batchLink: 'batch-link', batchView: 'batch-view',
    batchForm: 'batch-form', batchLines: 'batch-lines', batchStatus: 'batch-status', batchTable: 'batch-table',
    batchRows: 'batch-rows', batchCsv: 'batch-csv', batchFilters: 'batch-filters', articleLegend: 'article-legend', followFeed: 'follow-feed',
  };
  for (const [key, id] of Object.entries(ids)) els[key] = $(id);
}

function bindEvents() {
  els.form.addEventListener('submit', (e) => {
    e.preventDefault();
    ui.suggest.close();
    applyForm(e);
  });
  els.sort.addEventListener('change', applyForm);
  els.from.addEventListener('change', applyForm);
  els.to.addEventListener('change', applyForm);
  els.facets.addEventListener('change', onFacetChange);
  els.facets.addEventListener('click', onFacetClick);
  els.facets.addEventListener('input', onFacetInput);
  els.batchForm.addEventListener('submit', onBatchSubmit);
  els.prev.addEventListener('click', () => goToPage(-1));
  els.next.addEventListener('click', () => goToPage(1));
  els.skipLink.addEventListener('click', (e) => {
    e.preventDefault();
    els.main.focus();
  });
  document.querySelector('[role="tablist"]').addEventListener('keydown', onTabKey);
  document.addEventListener('click', onDocumentClick);
  document.addEventListener('keydown', onKeyDown);
  window.addEventListener('popstate', loadFromLocation);
}

cacheElements();
ui.suggest = attachSuggest(els.q, els.suggestions, onSuggestion);
bindEvents();
loadFromLocation();
