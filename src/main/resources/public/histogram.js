/* Bars of matching documents per month, year, decade or century, drawn with plain buttons (no library).
 * Clicking a bar, or dragging across bars, picks a date range: onRange(from, to). */
import { el, formatCount, list } from './dom.js';

export function renderHistogram(container, histogram, noun, onRange) {
  const buckets = list(histogram && histogram.buckets);
  container.hidden = buckets.length < 2;
  if (buckets.length < 2) {
    container.replaceChildren();
    return;
  }
  const max = Math.max(1, ...buckets.map((b) => Number(b.count) || 0));
  const unit = ['month', 'decade', 'century'].includes(histogram.unit) ? histogram.unit : 'year';
  const name = (b) => (unit === 'month' ? monthLabel(b.value) : unit === 'year' ? String(b.value) : `${b.value}s`);
  /* Up to 16 years, decades or centuries get a label and a count each; months and more bars their
   * first and last label, and their counts in the tooltip and the y axis. */
  const each = unit !== 'month' && buckets.length <= 16;
  const bars = el('div', { class: `histogram-bars unit-${unit}${each ? ' with-counts' : ''}`, role: 'group', 'aria-label': `${noun} per ${unit}: click a bar or drag across bars to set the dates` });
  buckets.forEach((b, i) => {
    const count = Number(b.count) || 0;
    const fill = el('span', { class: 'bar-fill' });
    fill.style.height = `${Math.max(count ? 4 : 0, Math.round((count / max) * 100))}%`;
    bars.append(el('button', {
      type: 'button',
      class: 'histogram-bar',
      dataset: { index: i, from: b.from, to: b.to, value: b.value },
      title: `${name(b)}: ${formatCount(count)} ${noun}`,
      'aria-label': `${name(b)}: ${formatCount(count)} ${noun}`,
    }, fill, each ? el('span', { class: 'bar-count', 'aria-hidden': 'true' }, formatCount(count)) : null));
  });
  const labelled = each ? buckets : [buckets[0], buckets[buckets.length - 1]];
  const axis = el('div', { class: `histogram-axis${each ? ' each' : ''}`, 'aria-hidden': 'true' },
    ...labelled.map((b) => el('span', {}, name(b))));
  const yAxis = el('div', { class: 'histogram-y', 'aria-hidden': 'true' },
    el('span', {}, formatCount(max)), el('span', {}, '0'));
  container.replaceChildren(el('p', { class: 'histogram-caption' }, `${cap(noun)} per ${unit}`),
    el('div', { class: 'histogram-plot' }, yAxis, el('div', { class: 'histogram-col' }, bars, axis)));
  wireDrag(bars, buckets, onRange);
}

function cap(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function monthLabel(value) {
  const [y, m] = String(value).split('-').map(Number);
  const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return `${month} ${y}`;
}

function wireDrag(bars, buckets, onRange) {
  let start = null;
  let end = null;
  const indexOf = (target) => {
    const bar = target instanceof Element ? target.closest('.histogram-bar') : null;
    return bar ? Number(bar.dataset.index) : null;
  };
  const paint = () => {
    const [lo, hi] = start === null ? [-1, -1] : [Math.min(start, end), Math.max(start, end)];
    bars.querySelectorAll('.histogram-bar').forEach((b, i) => b.classList.toggle('is-dragging', i >= lo && i <= hi));
  };
  const finish = () => {
    if (start === null) return;
    const [lo, hi] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    end = null;
    paint();
    onRange(buckets[lo].from, buckets[hi].to);
  };
  bars.addEventListener('pointerdown', (e) => {
    const i = indexOf(e.target);
    if (i === null || e.button !== 0) return;
    e.preventDefault();
    start = i;
    end = i;
    paint();
  });
  bars.addEventListener('pointerover', (e) => {
    const i = indexOf(e.target);
    if (start === null || i === null) return;
    end = i;
    paint();
  });
  bars.addEventListener('pointerup', (e) => {
    const i = indexOf(e.target);
    if (start !== null && i !== null) end = i;
    finish();
  });
  bars.addEventListener('pointerleave', () => {
    if (start !== null) finish();
  });
  /* Keyboard (Enter/Space) clicks have detail 0; pointer clicks were handled above. */
  bars.addEventListener('click', (e) => {
    const i = indexOf(e.target);
    if (i !== null && e.detail === 0) onRange(buckets[i].from, buckets[i].to);
  });
}
