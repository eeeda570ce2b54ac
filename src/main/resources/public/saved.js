/* Named saved searches, kept in this browser only (localStorage): nothing is stored on the
 * server. Each is a name and the search's URL (the URL holds the whole state). */
import { el } from './dom.js';

const KEY = 'policy-search.saved-searches';

export function savedSearches() {
  try {
    const items = JSON.parse(window.localStorage.getItem(KEY) || '[]');
    return Array.isArray(items) ? items.filter((s) => s && typeof s.name === 'string' && typeof s.href === 'string') : [];
  } catch {
    return [];
  }
}

function store(items) {
  window.localStorage.setItem(KEY, JSON.stringify(items));
}

/* Saves href under name, replacing a search of the same name; newest first. */
export function saveSearch(name, href) {
  store([{ name, href }, ...savedSearches().filter((s) => s.name !== name)]);
}

export function deleteSearch(name) {
  store(savedSearches().filter((s) => s.name !== name));
}

export function renderSaved(listEl, emptyEl) {
  const items = savedSearches();
  emptyEl.hidden = items.length > 0;
  listEl.replaceChildren(...items.map((s) => el('li', { class: 'saved-search', dataset: { name: s.name } },
    el('a', { href: s.href.startsWith('?') ? s.href : './', 'data-nav': true }, s.name),
    ' ',
    el('button', { type: 'button', class: 'saved-delete', dataset: { name: s.name }, 'aria-label': `Delete saved search ${s.name}` }, 'Delete'))));
}
