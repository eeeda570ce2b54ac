/* The page's whole state, kept in the URL: tab, query, filters and exclusions,
 * dates, sort, page (+ the after cursor for deep pages), size, open article, view
 * ('' for results and articles, 'batch' for batch search). */
import { unique } from './dom.js';

export const TABS = ['articles', 'statements'];
export const SORTS = ['relevance', 'date'];
/* Facet dimensions per tab that filter (dim=) and exclude (not_dim=). */
export const DIMS = {
  articles: ['actor', 'topic'],
  statements: ['speaker', 'speaker_type', 'topic'],
};
const ALL_DIMS = ['actor', 'topic', 'speaker', 'speaker_type'];
const MAX_SIZE = 100;

export function emptyState() {
  const s = { tab: 'articles', q: '', from: '', to: '', sort: 'relevance', page: 1, size: 10, after: '', id: '', view: '' };
  for (const dim of ALL_DIMS) {
    s[dim] = [];
    s[`not_${dim}`] = [];
  }
  return s;
}

export function cloneState(s) {
  const copy = { ...s };
  for (const dim of ALL_DIMS) {
    copy[dim] = [...s[dim]];
    copy[`not_${dim}`] = [...s[`not_${dim}`]];
  }
  return copy;
}

export function stateFromSearch(search) {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.tab = TABS.includes(p.get('tab')) ? p.get('tab') : 'articles';
  s.q = (p.get('q') || '').trim();
  for (const dim of ALL_DIMS) {
    s[dim] = unique(p.getAll(dim).filter(Boolean));
    s[`not_${dim}`] = unique(p.getAll(`not_${dim}`).filter(Boolean));
  }
  s.from = p.get('from') || '';
  s.to = p.get('to') || '';
  s.sort = SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance';
  const page = Number.parseInt(p.get('page') || '1', 10);
  s.page = Number.isFinite(page) && page > 0 ? page : 1;
  const size = Number.parseInt(p.get('size') || '10', 10);
  s.size = Number.isFinite(size) && size > 0 && size <= MAX_SIZE ? size : 10;
  s.after = p.get('after') || '';
  s.id = p.get('id') || '';
  s.view = p.get('view') === 'batch' ? 'batch' : '';
  return s;
}

/* The filter part shared by the page URL, the API and the exports. */
function filterParams(s, p) {
  if (s.q) p.set('q', s.q);
  for (const dim of DIMS[s.tab]) {
    s[dim].forEach((v) => p.append(dim, v));
    s[`not_${dim}`].forEach((v) => p.append(`not_${dim}`, v));
  }
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  return p;
}

export function stateToParams(s) {
  const p = new URLSearchParams();
  if (s.view) p.set('view', s.view);
  if (s.id) p.set('id', s.id);
  if (s.tab !== 'articles') p.set('tab', s.tab);
  filterParams(s, p);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.size !== 10) p.set('size', String(s.size));
  if (s.after) p.set('after', s.after);
  return p;
}

export function hrefFor(s) {
  const qs = stateToParams(s).toString();
  return qs ? `?${qs}` : window.location.pathname;
}

export function apiUrl(s) {
  const p = filterParams(s, new URLSearchParams());
  p.set('page', String(s.page));
  p.set('size', String(s.size));
  if (s.after) p.set('after', s.after);
  return `api/${s.tab === 'statements' ? 'statements' : 'search'}?${p}`;
}

export function exportUrl(s, format) {
  const p = filterParams(s, new URLSearchParams());
  const qs = p.toString();
  return `api/${s.tab === 'statements' ? 'statements' : 'search'}.${format}${qs ? `?${qs}` : ''}`;
}

/* What identifies a result list regardless of its page (for remembering cursors). */
export function listKey(s) {
  return `${s.tab}|${s.size}|${filterParams(s, new URLSearchParams())}`;
}

export function hasFilters(s) {
  return DIMS[s.tab].some((d) => s[d].length || s[`not_${d}`].length) || Boolean(s.from || s.to);
}

/* Switching tabs keeps the query, topics and dates; actors become speakers and back. */
export function switchTab(s, tab) {
  const next = cloneState(s);
  if (tab === s.tab) return next;
  const [from, to] = tab === 'statements' ? ['actor', 'speaker'] : ['speaker', 'actor'];
  next[to] = unique([...next[to], ...next[from]]);
  next[`not_${to}`] = unique([...next[`not_${to}`], ...next[`not_${from}`]]);
  next[from] = [];
  next[`not_${from}`] = [];
  if (tab === 'articles') {
    next.speaker_type = [];
    next.not_speaker_type = [];
  }
  next.tab = tab;
  next.view = '';
  next.page = 1;
  next.after = '';
  next.id = '';
  return next;
}
