// The contract's labels, the categories a reader picks with `types`, and the
// palette of the embeddings. The categories match the main page's; colours are
// the Okabe–Ito palette (distinguishable with every common colour-vision
// deficiency), and each highlight is also underlined so colour is never the
// only cue.

export const LABEL_NAMES = Object.freeze({
  PERSON: 'Person',
  NORP: 'Nationality, religious or political group',
  FAC: 'Facility',
  ORG: 'Organisation',
  GPE: 'Country, city or state',
  LOC: 'Location',
  PRODUCT: 'Product',
  EVENT: 'Event',
  WORK_OF_ART: 'Work of art',
  LAW: 'Law',
  LANGUAGE: 'Language',
  MISC: 'Other name',
  DATE: 'Date',
  TIME: 'Time',
  PERCENT: 'Percentage',
  MONEY: 'Money',
  QUANTITY: 'Quantity',
  ORDINAL: 'Ordinal',
  CARDINAL: 'Number',
});

/** Every label, in the order of the contract. */
export const LABELS = Object.freeze(Object.keys(LABEL_NAMES));

/** What `types` chooses from; a label name (`"GPE"`) works there too. */
export const CATEGORIES = Object.freeze([
  { id: 'person', name: 'People', labels: ['PERSON'], colour: '#E69F00' },
  { id: 'org', name: 'Organisations', labels: ['ORG'], colour: '#56B4E9' },
  { id: 'place', name: 'Places', labels: ['GPE', 'LOC', 'FAC'], colour: '#009E73' },
  { id: 'group', name: 'Nationalities & groups', labels: ['NORP', 'LANGUAGE'], colour: '#F0E442' },
  { id: 'other', name: 'Other names', labels: ['PRODUCT', 'EVENT', 'WORK_OF_ART', 'LAW', 'MISC'], colour: '#CC79A7' },
  { id: 'date', name: 'Dates & times', labels: ['DATE', 'TIME'], colour: '#0072B2' },
  { id: 'number', name: 'Numbers', labels: ['PERCENT', 'MONEY', 'QUANTITY', 'CARDINAL', 'ORDINAL'], colour: '#D55E00' },
].map((c) => Object.freeze({ ...c, labels: Object.freeze(c.labels) })));

const CATEGORY_OF = new Map(CATEGORIES.flatMap((c) => c.labels.map((l) => [l, c])));

/** The category object of a label (unknown labels fall under "other"). */
export function categoryOf(label) {
  return CATEGORY_OF.get(label) || CATEGORIES[4];
}

// Friendly spellings of the category ids, so `types="people, places"` works.
const ALIASES = {
  people: 'person', persons: 'person', organisation: 'org', organisations: 'org',
  organization: 'org', organizations: 'org', orgs: 'org', places: 'place', location: 'place',
  locations: 'place', groups: 'group', others: 'other', dates: 'date', time: 'date',
  times: 'date', numbers: 'number', statistics: 'number', stats: 'number',
};

/**
 * The set of labels that `types` selects: an array or a comma/space separated
 * string of category ids (`person`, `org`, `place`, `group`, `other`, `date`,
 * `number`, or their plurals) and label names (`GPE`). Empty or missing: all.
 * Throws on a word that is neither, so a typo is not silently "nothing".
 */
export function labelsFor(types) {
  if (types == null) return new Set(LABELS);
  const words = (typeof types === 'string' ? types.split(/[\s,]+/) : Array.from(types))
    .map((w) => String(w).trim())
    .filter(Boolean);
  if (words.length === 0) return new Set(LABELS);
  const out = new Set();
  for (const word of words) {
    const upper = word.toUpperCase();
    if (LABEL_NAMES[upper]) {
      out.add(upper);
      continue;
    }
    const lower = word.toLowerCase();
    const category = CATEGORIES.find((c) => c.id === (ALIASES[lower] || lower));
    if (!category) {
      throw new TypeError(
        `newsmark: unknown type ${JSON.stringify(word)}: use ${CATEGORIES.map((c) => c.id).join(', ')} or a label such as GPE`,
      );
    }
    for (const label of category.labels) out.add(label);
  }
  return out;
}

function tint(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16} ${(n >> 8) & 255} ${n & 255} / ${alpha})`;
}

/**
 * CSS rules giving each label its colours. `selector(label)` returns the
 * selector of one label's highlight; hosts can override a category with the
 * custom properties `--newsmark-person`, `--newsmark-org`, ….
 */
export function paletteCss(selector, { alpha = 0.3, underline = true, inheritColour = true } = {}) {
  return LABELS.map((label) => {
    const c = categoryOf(label);
    const background = `var(--newsmark-${c.id}, ${tint(c.colour, alpha)})`;
    const decoration = underline
      ? `text-decoration: underline 2px ${c.colour}; text-underline-offset: 0.2em;`
      : '';
    const colour = inheritColour ? ' color: inherit;' : '';
    return `${selector(label)} { background-color: ${background};${colour} ${decoration} }`;
  }).join('\n');
}
