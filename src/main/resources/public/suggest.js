/* Suggestions under the search box (ARIA combobox + listbox): actors and topics with
 * their type and count, and article titles. onChoose(suggestion) decides what a choice does. */
import { el, formatCount, list } from './dom.js';

const DELAY_MS = 120;

export function attachSuggest(input, listbox, onChoose) {
  let items = [];
  let active = -1;
  let timer = null;
  let controller = null;

  const close = () => {
    items = [];
    active = -1;
    listbox.replaceChildren();
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (i) => {
    active = i;
    listbox.querySelectorAll('[role="option"]').forEach((option, j) => {
      option.setAttribute('aria-selected', j === i ? 'true' : 'false');
    });
    if (i >= 0) input.setAttribute('aria-activedescendant', `suggestion-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (i) => {
    const chosen = items[i];
    close();
    if (chosen) onChoose(chosen);
  };

  const show = (suggestions) => {
    items = suggestions;
    active = -1;
    listbox.replaceChildren(...suggestions.map((s, i) => option(s, i)));
    listbox.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', suggestions.length ? 'true' : 'false');
  };

  const fetchSuggestions = async (text) => {
    if (controller) controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    try {
      const res = await fetch(`api/suggest?q=${encodeURIComponent(text)}`, { signal });
      if (!res.ok) return close();
      const body = await res.json();
      if (!signal.aborted && document.activeElement === input) show(list(body.suggestions));
    } catch (err) {
      if (err.name !== 'AbortError') close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    timer = setTimeout(() => fetchSuggestions(text), DELAY_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (listbox.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      let next = active + step;
      if (next >= items.length) next = -1;
      if (next < -1) next = items.length - 1;
      highlight(next);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  listbox.addEventListener('mousedown', (e) => e.preventDefault());
  listbox.addEventListener('click', (e) => {
    const option = e.target.closest('[role="option"]');
    if (option) choose(Number(option.dataset.index));
  });
  return { close };
}

function option(s, i) {
  const kind = s.kind === 'title' ? 'article' : s.kind;
  const meta = s.kind === 'title'
    ? el('span', { class: 'suggestion-meta' }, s.date || '')
    : el('span', { class: 'suggestion-meta' }, `${formatCount(s.count)} article${s.count === 1 ? '' : 's'}`);
  return el('li', {
    id: `suggestion-${i}`,
    role: 'option',
    class: `suggestion kind-${s.kind}`,
    'aria-selected': 'false',
    dataset: { index: i, kind: s.kind, value: s.value },
  },
  el('span', { class: 'suggestion-kind', dataset: { type: s.type || kind } }, s.type || kind),
  el('span', { class: 'suggestion-label' }, s.label),
  meta);
}
