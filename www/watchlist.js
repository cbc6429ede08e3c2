// The reader's watch list: words or names with a label that are always
// highlighted (passed to the core as the `watchlist` option), kept in this
// browser and exchanged as a small JSON file.

import { LABELS, LABEL_NAMES } from './labels.js';
import { fill, h } from './dom.js';
import { load, save } from './storage.js';

const MAX_TERMS = 500;

/** Keeps only well-formed, distinct terms with a contract label. */
export function cleanWatchlist(list) {
  if (!Array.isArray(list)) throw new Error('A watch list is a JSON array of {"term", "label"} objects.');
  const seen = new Set();
  const out = [];
  for (const item of list) {
    const term = typeof item?.term === 'string' ? item.term.trim().replace(/\s+/g, ' ') : '';
    const label = typeof item?.label === 'string' ? item.label.trim().toUpperCase() : '';
    if (!term || term.length > 200 || !LABELS.includes(label)) continue;
    const key = term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ term, label });
  }
  return out.slice(0, MAX_TERMS);
}

export class Watchlist {
  constructor(onChange) {
    this.onChange = onChange;
    this.terms = cleanWatchlist(load('watchlist', []));
  }

  set(terms) {
    this.terms = cleanWatchlist(terms);
    save('watchlist', this.terms);
    this.onChange();
  }

  add(term, label) {
    this.set([...this.terms.filter((t) => t.term.toLowerCase() !== term.trim().toLowerCase()), { term, label }]);
  }

  remove(term) {
    this.set(this.terms.filter((t) => t.term !== term));
  }

  /** Whether a span is the watch list's: same label and text as a term, case-insensitively. */
  has(span) {
    if (!this.terms.length) return false;
    const text = span.text.toLowerCase().replace(/\s+/g, ' ');
    return this.terms.some((t) => t.label === span.label && t.term.toLowerCase() === text);
  }

  toJSON() {
    return JSON.stringify(this.terms, null, 2);
  }
}

export function fillLabelSelect(select) {
  fill(
    select,
    LABELS.map((l) => h('option', { value: l }, `${LABEL_NAMES[l]} (${l})`)),
  );
  select.value = 'ORG';
}

export function renderWatchlist(list, watchlist) {
  if (!watchlist.terms.length) {
    fill(list, h('li', { class: 'muted' }, 'Nothing on your watch list yet.'));
    return;
  }
  fill(
    list,
    watchlist.terms.map((t) =>
      h(
        'li',
        {},
        h('span', { class: 'watch-term' }, t.term),
        ' ',
        h('span', { class: 'tag' }, t.label),
        ' ',
        h('button', { type: 'button', class: 'small', 'aria-label': `Remove ${t.term} from the watch list`, onclick: () => watchlist.remove(t.term) }, 'Remove'),
      ),
    ),
  );
}
