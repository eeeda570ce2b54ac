/* The facet sidebar: per dimension a collapsible section (ARIA toggle), values with
 * include checkboxes and exclude buttons, counts, "show more" and a filter box for long
 * lists. Selected and excluded values always stay visible. */
import { el, asText, list, formatCount } from './dom.js';
import { actorHref } from './state.js';

const LIMIT = 8;
const TITLES = { actor: 'Actors', speaker: 'Speakers', speaker_type: 'Speaker types', topic: 'Topics', year: 'Years' };
const NOUN = { actor: 'actors', speaker: 'speakers', speaker_type: 'types', topic: 'topics', year: 'years' };

export const facetUi = { expanded: new Set(), collapsed: new Set(), filter: new Map() };

/* dims: [{dim, items, included(v), excluded(v), excludable}] */
export function renderFacets(container, dims, labelOf) {
  const sections = dims.map((d) => section(d, labelOf));
  container.replaceChildren(...sections);
  sections.forEach((s) => applyVisibility(s));
}

function section({ dim, items, included, excluded, excludable }, labelOf) {
  const bodyId = `facet-body-${dim}`;
  const collapsed = facetUi.collapsed.has(dim);
  const s = el('section', { class: 'facet', dataset: { dim }, 'aria-labelledby': `facet-${dim}-heading`, hidden: items.length === 0 });
  const toggle = el('button', {
    type: 'button', class: 'facet-toggle', id: `facet-${dim}-heading`, 'aria-expanded': collapsed ? 'false' : 'true', 'aria-controls': bodyId,
  }, TITLES[dim] || dim);
  const body = el('div', { class: 'facet-body', id: bodyId, hidden: collapsed });
  if (items.length > LIMIT) {
    const filterId = `facet-filter-${dim}`;
    body.append(
      el('label', { class: 'visually-hidden', for: filterId }, `Filter ${NOUN[dim] || dim}`),
      el('input', { type: 'search', class: 'facet-filter', id: filterId, placeholder: `Filter ${NOUN[dim] || dim}…`, value: facetUi.filter.get(dim) || '', autocomplete: 'off' }));
  }
  const ul = el('ul', { class: 'facet-list' });
  items.forEach((item, i) => ul.append(row(dim, item, i, included, excluded, excludable, labelOf)));
  body.append(ul, el('button', { type: 'button', class: 'more', 'aria-expanded': 'false', 'aria-controls': `facet-${dim}-list`, hidden: true }, 'Show more'));
  ul.id = `facet-${dim}-list`;
  s.append(el('h3', {}, toggle), body);
  return s;
}

function row(dim, item, i, included, excluded, excludable, labelOf) {
  const value = asText(item.value);
  const name = labelOf(dim, item);
  const isIn = included(value);
  const isOut = excluded(value);
  const label = el('label', { class: 'facet-value', dataset: { value } },
    el('input', { type: 'checkbox', name: `facet-${dim}`, value, checked: isIn }),
    el('span', { class: 'facet-name' }, name));
  if ((dim === 'actor' || dim === 'speaker') && item.type) {
    label.append(el('span', { class: 'facet-type', dataset: { type: asText(item.type) } }, asText(item.type)));
  }
  label.append(el('span', { class: 'count', title: isOut ? `${formatCount(item.count)} hits excluded` : null },
    isOut ? `−${formatCount(item.count)}` : formatCount(item.count)));
  const li = el('li', { class: `facet-row${isIn ? ' is-selected' : ''}${isOut ? ' is-excluded' : ''}`, dataset: { index: i, name: name.toLowerCase() } }, label);
  if (dim === 'actor' || dim === 'speaker') {
    li.append(el('a', { class: 'facet-profile', href: actorHref(value), 'data-nav': true, 'aria-label': `${name}: actor page`, title: `${name}: actor page` }, '›'));
  }
  if (excludable) {
    li.append(el('button', {
      type: 'button', class: 'exclude', 'aria-pressed': isOut ? 'true' : 'false', dataset: { value },
      'aria-label': isOut ? `Stop excluding ${name}` : `Exclude ${name}`,
      title: isOut ? `Stop excluding ${name}` : `Exclude ${name}`,
    }, isOut ? '↺' : '−'));
  }
  return li;
}

/* Which rows show: the first LIMIT, all when expanded, matches when filtering; selected
 * and excluded rows always. */
export function applyVisibility(s) {
  const dim = s.dataset.dim;
  const query = (facetUi.filter.get(dim) || '').trim().toLowerCase();
  const expanded = facetUi.expanded.has(dim);
  let hidden = 0;
  s.querySelectorAll('.facet-row').forEach((li) => {
    const pinned = li.classList.contains('is-selected') || li.classList.contains('is-excluded');
    const visible = query
      ? li.dataset.name.includes(query) || pinned
      : pinned || expanded || Number(li.dataset.index) < LIMIT;
    li.hidden = !visible;
    if (!visible && !query) hidden++;
  });
  const more = s.querySelector('.more');
  more.hidden = Boolean(query) || (hidden === 0 && !expanded);
  more.setAttribute('aria-expanded', expanded ? 'true' : 'false');
  more.textContent = expanded ? 'Show fewer' : `Show ${hidden} more`;
}

export function withPinned(items, values) {
  const out = list(items).map((item) => ({ ...item }));
  const present = new Set(out.map((item) => asText(item.value)));
  values.filter((v) => v && !present.has(v)).forEach((value) => out.push({ value, count: 0 }));
  return out;
}
