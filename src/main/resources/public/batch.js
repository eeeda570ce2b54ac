/* Batch search view: paste names or terms (one a line), get each one's article and
 * statement counts under the page's current filters, linked to its search, as a table
 * and as a CSV download. The lines stay in the text box; the counts come from POST api/batch. */
import { el, asText, list, formatCount, fetchJson } from './dom.js';
import { cloneState, hrefFor } from './state.js';

export const MAX_LINES = 1000;
const CSV_URL = 'data:text/csv;charset=utf-8,';

/* The filters of state s as the batch route takes them: actors and speakers both filter. */
export function batchFilters(s) {
  const body = {
    actor: [...s.actor, ...s.speaker],
    not_actor: [...s.not_actor, ...s.not_speaker],
    topic: [...s.topic],
    not_topic: [...s.not_topic],
    speaker_type: [...s.speaker_type],
  };
  if (s.from) body.from = s.from;
  if (s.to) body.to = s.to;
  return body;
}

export function linesOf(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

function searchHref(s, q, tab) {
  const next = cloneState(s);
  Object.assign(next, { view: '', id: '', q, tab, page: 1, after: '' });
  if (tab === 'statements') {
    next.speaker = [...next.speaker, ...next.actor];
    next.not_speaker = [...next.not_speaker, ...next.not_actor];
    next.actor = [];
    next.not_actor = [];
  } else {
    next.actor = [...next.actor, ...next.speaker];
    next.not_actor = [...next.not_actor, ...next.not_speaker];
    next.speaker = [];
    next.not_speaker = [];
  }
  return hrefFor(next);
}

function countCell(row, key, s, tab) {
  if (row.error) return el('td', { class: 'num' }, '–');
  return el('td', { class: 'num' },
    el('a', { href: searchHref(s, asText(row.query), tab), 'data-nav': true }, formatCount(row[key])));
}

function rowNode(row, s) {
  const query = asText(row.query);
  const cells = [
    el('th', { scope: 'row' }, row.error ? query || '(empty line)'
      : el('a', { href: searchHref(s, query, 'articles'), 'data-nav': true }, query)),
    countCell(row, 'articles', s, 'articles'),
    countCell(row, 'statements', s, 'statements'),
    el('td', { class: 'batch-error' }, asText(row.error)),
  ];
  return el('tr', { class: row.error ? 'has-error' : null }, ...cells);
}

/* RFC 4180 CSV; a cell a spreadsheet would run as a formula gets a leading apostrophe. */
export function toCsv(rows) {
  const cell = (v) => {
    let text = asText(v);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [['query', 'articles', 'statements', 'error'],
    ...rows.map((r) => [r.query, r.error ? '' : r.articles, r.error ? '' : r.statements, r.error])];
  return lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}

/* Counts the lines of the text box under s's filters and fills the table. */
export async function runBatch(s, els, signal) {
  const lines = linesOf(els.batchLines.value);
  els.batchTable.hidden = true;
  els.batchCsv.hidden = true;
  if (!lines.length) {
    els.batchStatus.textContent = 'Write at least one name or term, one a line.';
    return;
  }
  if (lines.length > MAX_LINES) {
    els.batchStatus.textContent = `At most ${formatCount(MAX_LINES)} lines at once, not ${formatCount(lines.length)}.`;
    return;
  }
  els.batchStatus.textContent = `Counting ${formatCount(lines.length)} lines…`;
  const data = await fetchJson('api/batch', signal, { queries: lines, ...batchFilters(s) });
  const rows = list(data.rows);
  els.batchRows.replaceChildren(...rows.map((r) => rowNode(r, s)));
  const bad = rows.filter((r) => r.error).length;
  els.batchStatus.textContent = `${formatCount(rows.length)} lines counted`
    + (bad ? `, ${formatCount(bad)} with an error.` : '.');
  els.batchTable.hidden = false;
  /* A data URL, not a blob one: the page's Content-Security-Policy lets a link download it. */
  els.batchCsv.href = `${CSV_URL}${encodeURIComponent(toCsv(rows))}`;
  els.batchCsv.hidden = false;
}
