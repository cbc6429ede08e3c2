// The contract's labels, grouped into the few categories a reader toggles.
// Seven categories because the Okabe–Ito palette has seven distinguishable
// colours besides black; each also gets its own underline style and a short
// tag so that colour is never the only cue (see style.css).

import { LABEL_NAMES as EMBED_LABEL_NAMES } from './embed/labels.js';

export const CATEGORIES = [
  { id: 'person', name: 'People', labels: ['PERSON'] },
  { id: 'org', name: 'Organisations', labels: ['ORG'] },
  { id: 'place', name: 'Places', labels: ['GPE', 'LOC', 'FAC'] },
  { id: 'group', name: 'Nationalities & groups', labels: ['NORP', 'LANGUAGE'] },
  { id: 'other', name: 'Other names', labels: ['PRODUCT', 'EVENT', 'WORK_OF_ART', 'LAW', 'MISC'] },
  { id: 'date', name: 'Dates & times', labels: ['DATE', 'TIME'] },
  { id: 'number', name: 'Numbers', labels: ['PERCENT', 'MONEY', 'QUANTITY', 'CARDINAL', 'ORDINAL'] },
];

// One table of label names serves the page and the embeddings.
export const LABEL_NAMES = EMBED_LABEL_NAMES;
export const LABELS = Object.keys(LABEL_NAMES);

// Short tags drawn after each highlight (the non-colour cue).
const TAGS = { WORK_OF_ART: 'WORK', PERCENT: '%', CARDINAL: 'NUM', QUANTITY: 'QTY', ORDINAL: 'ORD', LANGUAGE: 'LANG' };
export const tagOf = (label) => TAGS[label] || label;

const CATEGORY_OF = new Map(CATEGORIES.flatMap((c) => c.labels.map((l) => [l, c.id])));
export const categoryOf = (label) => CATEGORY_OF.get(label) || 'other';

export const NAME_LABELS = new Set(CATEGORIES.slice(0, 5).flatMap((c) => c.labels));
export const NUMBER_LABELS = new Set(['PERCENT', 'MONEY', 'QUANTITY', 'CARDINAL', 'ORDINAL']);
