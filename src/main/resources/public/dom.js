/* Small DOM helpers shared by the page's modules. Untrusted text always goes in
 * through text nodes; only server-escaped HTML with <mark> is parsed (safeMarked). */

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

export const asText = (value) => (value === null || value === undefined ? '' : String(value));
export const list = (value) => (Array.isArray(value) ? value : []);
export const unique = (values) => [...new Set(values)];
export const formatCount = (n) => Number(n || 0).toLocaleString('en-US');
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/* Server-escaped HTML (text and <mark> only) copied into `into` as a defence in depth:
 * any other element is flattened to its text. */
export function safeMarked(html, into, pattern = null) {
  const tpl = document.createElement('template');
  tpl.innerHTML = asText(html);
  const copy = (from, to) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) appendHighlighted(to, node.textContent, pattern);
      else if (node.nodeType === Node.ELEMENT_NODE && node.localName === 'mark') copy(node, to.appendChild(el('mark')));
      else if (node.nodeType === Node.ELEMENT_NODE) copy(node, to);
    }
  };
  copy(tpl.content, into);
  return into;
}

export function plainText(html) {
  const tpl = document.createElement('template');
  tpl.innerHTML = asText(html);
  return tpl.content.textContent.replace(/\s+/g, ' ').trim();
}

const OPERATORS = new Set(['and', 'or', 'not']);

/* A pattern for the words of a query (prefix match, so "tariff" marks "tariffs"). */
export function queryPattern(q) {
  const terms = unique(asText(q).replace(/\b\w+:/g, ' ').split(/[^\p{L}\p{N}'’-]+/u)
    .map((t) => t.replace(/^['’-]+|['’-]+$/g, '').toLowerCase())
    .filter((t) => t.length >= 2 && !OPERATORS.has(t)))
    .sort((a, b) => b.length - a.length);
  if (!terms.length) return null;
  const alternation = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})[\\p{L}\\p{N}]*`, 'giu');
}

export function appendHighlighted(parent, text, pattern) {
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

export function safeUrl(url) {
  try {
    const parsed = new URL(asText(url), document.baseURI);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/* GET (or, with a body, POST as JSON) and the JSON answer; a problem document's detail as the error. */
export async function fetchJson(url, signal, body = undefined) {
  let res;
  const headers = { Accept: 'application/json, application/problem+json' };
  const init = body === undefined ? { headers, signal }
    : { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal };
  try {
    res = await fetch(url, init);
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new Error('Could not reach the search service. Check your connection and try again.');
  }
  let answer = null;
  try {
    answer = await res.json();
  } catch {
    answer = null;
  }
  if (!res.ok) {
    const detail = answer && (answer.detail || answer.title);
    throw new Error(typeof detail === 'string' && detail ? detail : `The server returned an error (HTTP ${res.status}).`);
  }
  if (!answer || typeof answer !== 'object') throw new Error('The server sent an unexpected response.');
  return answer;
}
