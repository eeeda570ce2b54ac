/* policy-search front end: vanilla ES2020, no dependencies.
 * State lives in the URL (q, actor*, topic*, from, to, sort, page, id).
 * Untrusted text is always inserted with textContent / text nodes; only the
 * server-escaped snippets (which may contain <mark>) are parsed as HTML. */
'use strict';

(() => {
  const PAGE_SIZE = 10;
  const FACET_LIMIT = 10;
  const CACHE_LIMIT = 20;
  const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
  const SORTS = ['relevance', 'date'];
  const OPERATORS = new Set(['and', 'or', 'not']);

  const $ = (id) => document.getElementById(id);
  const els = {};
  const ui = {
    state: null,
    controller: null,
    expanded: new Set(),
    topicLabels: new Map(),
    cache: new Map(),
  };

  /* ---------- small helpers ---------- */

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  const unique = (values) => [...new Set(values)];
  const asText = (value) => (value === null || value === undefined ? '' : String(value));
  const formatCount = (n) => Number(n || 0).toLocaleString('en-US');

  function prettify(value) {
    const text = asText(value).replace(/[_-]+/g, ' ').trim();
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function topicLabel(value) {
    return ui.topicLabels.get(value) || prettify(value);
  }

  function safeUrl(url) {
    try {
      const parsed = new URL(asText(url), document.baseURI);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch {
      return null;
    }
  }

  /* ---------- state <-> URL ---------- */

  function emptyState() {
    return { q: '', actor: [], topic: [], from: '', to: '', sort: 'relevance', page: 1, id: '' };
  }

  function cloneState(s) {
    return { ...s, actor: [...s.actor], topic: [...s.topic] };
  }

  function stateFromSearch(search) {
    const p = new URLSearchParams(search);
    const page = Number.parseInt(p.get('page') || '1', 10);
    return {
      q: (p.get('q') || '').trim(),
      actor: unique(p.getAll('actor').filter(Boolean)),
      topic: unique(p.getAll('topic').filter(Boolean)),
      from: p.get('from') || '',
      to: p.get('to') || '',
      sort: SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance',
      page: Number.isFinite(page) && page > 0 ? page : 1,
      id: p.get('id') || '',
    };
  }

  function stateToParams(s, withId = true) {
    const p = new URLSearchParams();
    if (withId && s.id) p.set('id', s.id);
    if (s.q) p.set('q', s.q);
    s.actor.forEach((a) => p.append('actor', a));
    s.topic.forEach((t) => p.append('topic', t));
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
    if (s.sort !== 'relevance') p.set('sort', s.sort);
    if (s.page > 1) p.set('page', String(s.page));
    return p;
  }

  function hrefFor(s) {
    const qs = stateToParams(s).toString();
    return qs ? `?${qs}` : window.location.pathname;
  }

  function searchApiUrl(s) {
    const p = new URLSearchParams();
    p.set('q', s.q);
    s.actor.forEach((a) => p.append('actor', a));
    s.topic.forEach((t) => p.append('topic', t));
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
    p.set('sort', s.sort);
    p.set('page', String(s.page));
    p.set('size', String(PAGE_SIZE));
    return `api/search?${p}`;
  }

  function selectedYear(s) {
    const m = /^(\d{4})-01-01$/.exec(s.from);
    return m && s.to === `${m[1]}-12-31` ? m[1] : '';
  }

  function hasFilters(s) {
    return s.actor.length > 0 || s.topic.length > 0 || Boolean(s.from || s.to);
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
    mutate(next);
    navigate(next, options);
  }

  function loadFromLocation() {
    ui.state = stateFromSearch(window.location.search);
    render();
  }

  function render() {
    fillForm(ui.state);
    if (ui.state.id) runArticle(ui.state);
    else runSearch(ui.state);
  }

  /* ---------- fetching ---------- */

  function beginRequest() {
    if (ui.controller) ui.controller.abort();
    ui.controller = new AbortController();
    return ui.controller;
  }

  async function fetchJson(url, signal) {
    let res;
    try {
      res = await fetch(url, { headers: { Accept: 'application/json, application/problem+json' }, signal });
    } catch (err) {
      if (err.name === 'AbortError') throw err;
      throw new Error('Could not reach the search service. Check your connection and try again.');
    }
    let body = null;
    try {
      body = await res.json();
    } catch {
      body = null;
    }
    if (!res.ok) throw new Error(problemMessage(res, body));
    if (!body || typeof body !== 'object') throw new Error('The server sent an unexpected response.');
    return body;
  }

  function problemMessage(res, body) {
    if (body && typeof body.detail === 'string' && body.detail) return body.detail;
    if (body && typeof body.title === 'string' && body.title) return body.title;
    return `The server returned an error (HTTP ${res.status}).`;
  }

  function remember(url, data) {
    ui.cache.delete(url);
    ui.cache.set(url, data);
    if (ui.cache.size > CACHE_LIMIT) ui.cache.delete(ui.cache.keys().next().value);
  }

  /* ---------- error box / view switching ---------- */

  function showError(message) {
    els.error.textContent = '';
    els.error.hidden = false;
    els.error.textContent = message;
  }

  function hideError() {
    els.error.hidden = true;
    els.error.textContent = '';
  }

  function showView(view) {
    const article = view === 'article';
    els.resultsView.hidden = article;
    els.articleView.hidden = !article;
    els.facets.hidden = article;
    els.layout.classList.toggle('is-article', article);
  }

  function setBusy(node, busy) {
    node.setAttribute('aria-busy', busy ? 'true' : 'false');
    els.main.classList.toggle('is-loading', busy);
  }

  /* ---------- form ---------- */

  function fillForm(s) {
    els.q.value = s.q;
    els.sort.value = s.sort;
    els.from.value = ISO_DATE.test(s.from) ? s.from : '';
    els.to.value = ISO_DATE.test(s.to) ? s.to : '';
  }

  function applyForm() {
    updateState((n) => {
      n.q = els.q.value.trim();
      n.sort = SORTS.includes(els.sort.value) ? els.sort.value : 'relevance';
      n.from = els.from.value;
      n.to = els.to.value;
      n.page = 1;
    });
  }

  /* ---------- search results ---------- */

  async function runSearch(s) {
    showView('results');
    document.title = s.q ? `${s.q} – policy-search` : 'policy-search';
    const ctrl = beginRequest();
    hideError();
    renderActiveFilters(s);
    const url = searchApiUrl(s);
    if (ui.cache.has(url)) {
      setBusy(els.results, false);
      renderResults(ui.cache.get(url), s);
      return;
    }
    setBusy(els.results, true);
    els.summary.textContent = 'Searching…';
    try {
      const data = await fetchJson(url, ctrl.signal);
      if (ctrl !== ui.controller) return;
      remember(url, data);
      renderResults(data, s);
    } catch (err) {
      if (err.name === 'AbortError' || ctrl !== ui.controller) return;
      renderFailure(err.message);
    } finally {
      if (ctrl === ui.controller) setBusy(els.results, false);
    }
  }

  function renderFailure(message) {
    showError(message);
    els.summary.textContent = '';
    els.results.replaceChildren();
    els.empty.hidden = true;
    els.pager.hidden = true;
  }

  function renderResults(data, s) {
    const hits = Array.isArray(data.hits) ? data.hits : [];
    const total = Number(data.total) || 0;
    renderFacets(data.facets || {}, s);
    renderActiveFilters(s);
    const took = Number(data.took_ms) || 0;
    els.summary.textContent = `${formatCount(total)} result${total === 1 ? '' : 's'} (${took} ms)`;
    els.results.replaceChildren(...hits.map((hit) => renderHit(hit, s)));
    renderEmpty(s, total, hits.length);
    renderPager(s, total);
  }

  function renderEmpty(s, total, shown) {
    let message = '';
    if (total === 0) {
      const what = s.q ? `No articles match “${s.q}”` : 'No articles match';
      const filters = hasFilters(s) ? ' with the selected filters' : '';
      message = `${what}${filters}. Try other words or remove some filters.`;
      if (!s.q && !hasFilters(s)) message = 'No articles match: the collection is empty.';
    } else if (shown === 0) {
      message = `No articles match on page ${s.page}; there are fewer results than that.`;
    }
    els.empty.textContent = message;
    els.empty.hidden = !message;
  }

  function titleOf(hit) {
    const title = asText(hit.title).trim();
    if (title) return title;
    const first = Array.isArray(hit.snippets) && hit.snippets.length ? snippetText(hit.snippets[0]) : '';
    if (!first) return '(untitled)';
    return first.length > 80 ? `${first.slice(0, 80).trimEnd()}…` : first;
  }

  function snippetText(html) {
    const tpl = document.createElement('template');
    tpl.innerHTML = asText(html);
    return tpl.content.textContent.replace(/\s+/g, ' ').trim();
  }

  /* Snippets are escaped by the server; parse them in an inert template and
   * keep only text and <mark> as a defence-in-depth measure. */
  function snippetNode(html) {
    const tpl = document.createElement('template');
    tpl.innerHTML = asText(html);
    const p = el('p', { class: 'snippet' });
    const copy = (from, to) => {
      for (const node of from.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) to.append(node.textContent);
        else if (node.nodeType === Node.ELEMENT_NODE && node.localName === 'mark') copy(node, to.appendChild(el('mark')));
        else if (node.nodeType === Node.ELEMENT_NODE) copy(node, to);
      }
    };
    copy(tpl.content, p);
    return p;
  }

  function dateNode(date, className) {
    const text = asText(date);
    return el('time', { class: className, datetime: ISO_DATE.test(text) ? text : null }, text || 'undated');
  }

  function sourceNode(doc, className) {
    const href = safeUrl(doc.url);
    const label = asText(doc.source) || (href ? new URL(href).hostname : '');
    if (!label) return null;
    if (!href) return el('span', { class: className }, label);
    return el('a', { class: className, href, rel: 'noopener noreferrer', target: '_blank' }, label);
  }

  function actorChip(actor, s) {
    const name = asText(actor.name);
    const type = asText(actor.type);
    const selected = s.actor.includes(name);
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

  function renderHit(hit, s) {
    const id = asText(hit.id);
    const li = el('li', { class: 'hit', dataset: { id } });
    const link = el('a', { class: 'hit-title', href: hrefFor({ ...s, id }), 'data-nav': true }, titleOf(hit));
    const source = sourceNode(hit, 'hit-source');
    const meta = el('p', { class: 'hit-meta' }, dateNode(hit.date, 'hit-date'));
    if (source) meta.append(el('span', { class: 'sep', 'aria-hidden': 'true' }, '·'), source);
    li.append(el('h3', { class: 'hit-heading' }, link), meta);
    (Array.isArray(hit.snippets) ? hit.snippets : []).forEach((snip) => li.append(snippetNode(snip)));
    const actors = Array.isArray(hit.actors) ? hit.actors : [];
    const topics = Array.isArray(hit.topics) ? hit.topics : [];
    if (actors.length || topics.length) {
      li.append(el('div', { class: 'chips' },
        ...actors.map((a) => actorChip(a, s)),
        ...topics.map((t) => topicChip(t, s))));
    }
    return li;
  }

  function renderPager(s, total) {
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    els.pager.hidden = total === 0;
    els.pageInfo.textContent = `page ${s.page} of ${pages}`;
    els.prev.disabled = s.page <= 1;
    els.next.disabled = s.page >= pages;
  }

  /* ---------- facets ---------- */

  function withSelected(items, selected) {
    const list = Array.isArray(items) ? [...items] : [];
    const present = new Set(list.map((item) => asText(item.value)));
    selected.filter((v) => v && !present.has(v)).forEach((value) => list.push({ value, count: 0 }));
    return list;
  }

  function renderFacets(facets, s) {
    (Array.isArray(facets.topic) ? facets.topic : []).forEach((t) => {
      if (t && t.label) ui.topicLabels.set(asText(t.value), asText(t.label));
    });
    const year = selectedYear(s);
    const years = withSelected(facets.year, year ? [year] : [])
      .sort((a, b) => asText(b.value).localeCompare(asText(a.value)));
    renderFacet('actor', withSelected(facets.actor, s.actor), (v) => s.actor.includes(v));
    renderFacet('topic', withSelected(facets.topic, s.topic), (v) => s.topic.includes(v));
    renderFacet('year', years, (v) => v === year);
  }

  function facetSection(dim) {
    return els.facets.querySelector(`.facet[data-dim="${dim}"]`);
  }

  function facetItem(dim, item, checked) {
    const value = asText(item.value);
    const text = dim === 'topic' ? asText(item.label) || topicLabel(value) : value;
    const label = el('label', { class: 'facet-value', dataset: { value } },
      el('input', { type: 'checkbox', name: `facet-${dim}`, value, checked }),
      el('span', { class: 'facet-name' }, text));
    if (dim === 'actor' && item.type) {
      label.append(el('span', { class: 'facet-type', dataset: { type: asText(item.type) } }, asText(item.type)));
    }
    label.append(el('span', { class: 'count' }, formatCount(item.count)));
    return el('li', {}, label);
  }

  function renderFacet(dim, items, isChecked) {
    const section = facetSection(dim);
    const list = section.querySelector('.facet-list');
    section.hidden = items.length === 0;
    list.replaceChildren(...items.map((item, i) => {
      const checked = isChecked(asText(item.value));
      const li = facetItem(dim, item, checked);
      if (i >= FACET_LIMIT && !checked) li.classList.add('facet-extra');
      return li;
    }));
    updateMore(section, ui.expanded.has(dim));
  }

  function updateMore(section, expanded) {
    const extras = section.querySelectorAll('.facet-extra');
    extras.forEach((li) => { li.hidden = !expanded; });
    const button = section.querySelector('.more');
    button.hidden = extras.length === 0;
    button.setAttribute('aria-expanded', expanded ? 'true' : 'false');
    button.textContent = expanded ? 'Show fewer' : `Show ${extras.length} more`;
  }

  function toggleMore(section) {
    const dim = section.dataset.dim;
    if (ui.expanded.has(dim)) ui.expanded.delete(dim);
    else ui.expanded.add(dim);
    updateMore(section, ui.expanded.has(dim));
  }

  function setFilter(dim, value, on) {
    updateState((n) => {
      if (dim === 'year') {
        n.from = on ? `${value}-01-01` : '';
        n.to = on ? `${value}-12-31` : '';
      } else if (dim === 'from' || dim === 'to') {
        n[dim] = on ? value : '';
      } else if (dim === 'actor' || dim === 'topic') {
        n[dim] = on ? unique([...n[dim], value]) : n[dim].filter((v) => v !== value);
      }
      n.page = 1;
    });
  }

  /* ---------- active filter pills ---------- */

  function pill(dim, value, text) {
    return el('button', {
      type: 'button',
      class: 'pill',
      dataset: { dim, value },
      title: `Remove filter: ${text}`,
      'aria-label': `Remove filter ${text}`,
    }, `× ${text}`);
  }

  function renderActiveFilters(s) {
    const pills = [
      ...s.actor.map((a) => pill('actor', a, a)),
      ...s.topic.map((t) => pill('topic', t, topicLabel(t))),
    ];
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
    const cleared = { ...cloneState(s), actor: [], topic: [], from: '', to: '', page: 1, id: '' };
    const clearAll = el('a', { id: 'clear-all', class: 'clear-all', href: hrefFor(cleared), 'data-nav': true }, 'clear all');
    els.activeFilters.replaceChildren(el('span', { class: 'active-label' }, 'Filters:'), ...pills, clearAll);
  }

  /* ---------- article view ---------- */

  function queryPattern(q) {
    const terms = unique(asText(q).split(/[^\p{L}\p{N}'’-]+/u)
      .map((t) => t.replace(/^['’-]+|['’-]+$/g, '').toLowerCase())
      .filter((t) => t.length >= 2 && !OPERATORS.has(t)))
      .sort((a, b) => b.length - a.length);
    if (!terms.length) return null;
    const alternation = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})[\\p{L}\\p{N}]*`, 'giu');
  }

  function appendHighlighted(parent, text, pattern) {
    if (!pattern) {
      parent.append(text);
      return parent;
    }
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      if (match.index > last) parent.append(text.slice(last, match.index));
      parent.append(el('mark', {}, match[0]));
      last = match.index + match[0].length;
    }
    if (last < text.length) parent.append(text.slice(last));
    return parent;
  }

  function clearArticle() {
    els.articleTitle.textContent = '';
    els.articleDate.textContent = '';
    els.articleDate.removeAttribute('datetime');
    els.articleSource.replaceChildren();
    els.articleActors.replaceChildren();
    els.articleTopics.replaceChildren();
    els.articleText.replaceChildren();
  }

  async function runArticle(s) {
    showView('article');
    const ctrl = beginRequest();
    hideError();
    els.backLink.href = hrefFor({ ...s, id: '' });
    clearArticle();
    els.articleTitle.textContent = 'Loading…';
    setBusy(els.articleView, true);
    try {
      const article = await fetchJson(`api/articles/${encodeURIComponent(s.id)}`, ctrl.signal);
      if (ctrl !== ui.controller) return;
      renderArticle(article, s);
    } catch (err) {
      if (err.name === 'AbortError' || ctrl !== ui.controller) return;
      els.articleTitle.textContent = 'Article not available';
      document.title = 'Article not available – policy-search';
      showError(err.message);
    } finally {
      if (ctrl === ui.controller) setBusy(els.articleView, false);
    }
  }

  function articleActor(actor, s) {
    const roles = Array.isArray(actor.roles) ? actor.roles.map(asText).filter(Boolean) : [];
    const li = el('li', { class: 'article-actor' }, actorChip(actor, s));
    if (actor.type) li.append(el('span', { class: 'actor-type', dataset: { type: asText(actor.type) } }, asText(actor.type)));
    if (roles.length) li.append(el('span', { class: 'actor-roles' }, roles.join(', ')));
    return li;
  }

  function renderArticle(article, s) {
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
    const actors = Array.isArray(article.actors) ? article.actors : [];
    els.articleActors.replaceChildren(...actors.map((a) => articleActor(a, s)));
    els.articleActors.closest('section').hidden = actors.length === 0;
    const topics = Array.isArray(article.topics) ? article.topics : [];
    els.articleTopics.replaceChildren(...topics.map((t) => el('li', {}, topicChip(t, s))));
    els.articleTopics.closest('section').hidden = topics.length === 0;
    const paragraphs = asText(article.text).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    els.articleText.replaceChildren(...paragraphs.map((p) => appendHighlighted(el('p'), p, pattern)));
    els.articleTitle.focus({ preventScroll: true });
  }

  /* ---------- event wiring ---------- */

  function isPlainLeftClick(e) {
    return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
  }

  function onDocumentClick(e) {
    const chip = e.target.closest('button.chip');
    if (chip) {
      const dim = chip.classList.contains('actor-chip') ? 'actor' : 'topic';
      const value = chip.dataset.value;
      if (ui.state.id || !ui.state[dim].includes(value)) setFilter(dim, value, true);
      return;
    }
    const pillButton = e.target.closest('#active-filters .pill');
    if (pillButton) {
      setFilter(pillButton.dataset.dim, pillButton.dataset.value, false);
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
    const more = e.target.closest('.more');
    if (more) toggleMore(more.closest('.facet'));
  }

  function onKeyDown(e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    const typing = t instanceof HTMLElement &&
      (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
    if (typing) return;
    e.preventDefault();
    els.q.focus();
    els.q.select();
  }

  function goToPage(delta) {
    updateState((n) => { n.page = Math.max(1, n.page + delta); }, { scroll: true });
  }

  function cacheElements() {
    const ids = {
      form: 'search-form', q: 'q', sort: 'sort', from: 'from', to: 'to', main: 'main', layout: 'layout',
      error: 'error', resultsView: 'results-view', summary: 'summary', activeFilters: 'active-filters',
      empty: 'empty', results: 'results', pager: 'pager', prev: 'prev', next: 'next', pageInfo: 'page-info',
      articleView: 'article-view', backLink: 'back-link', articleTitle: 'article-title',
      articleDate: 'article-date', articleSource: 'article-source', articleActors: 'article-actors',
      articleTopics: 'article-topics', articleText: 'article-text', facets: 'facets', skipLink: 'skip-link',
    };
    for (const [key, id] of Object.entries(ids)) els[key] = $(id);
  }

  function bindEvents() {
    els.form.addEventListener('submit', (e) => {
      e.preventDefault();
      applyForm();
    });
    els.sort.addEventListener('change', applyForm);
    els.from.addEventListener('change', applyForm);
    els.to.addEventListener('change', applyForm);
    els.facets.addEventListener('change', onFacetChange);
    els.facets.addEventListener('click', onFacetClick);
    els.prev.addEventListener('click', () => goToPage(-1));
    els.next.addEventListener('click', () => goToPage(1));
    els.skipLink.addEventListener('click', (e) => {
      e.preventDefault();
      els.main.focus();
    });
    document.addEventListener('click', onDocumentClick);
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('popstate', loadFromLocation);
  }

  function init() {
    cacheElements();
    bindEvents();
    loadFromLocation();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
