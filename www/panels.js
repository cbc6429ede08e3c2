// Side panels built from the document: entities by type (from groups, with
// mention counts and the other ways the article names them) and statistics
// as cards. Buttons in them select or jump to the article's highlights.

import { CATEGORIES, LABEL_NAMES, NAME_LABELS } from './labels.js';
import { describeChange, describeTimex, describeValue } from './describe.js';
import { fill, h } from './dom.js';

/** Entities: groups, plus names the core did not group, counted by text. */
export function entitiesOf(doc) {
  const byId = new Map(doc.spans.map((s) => [s.id, s]));
  const entities = [];
  for (const g of doc.groups || []) {
    const spans = g.mentions.map((id) => byId.get(id)).filter(Boolean);
    if (!spans.length) continue;
    const aliases = [...new Set(spans.map((s) => s.text))].filter((t) => t !== g.name);
    entities.push({ label: g.label, name: g.name, spans, aliases });
  }
  const loose = new Map();
  for (const s of doc.spans) {
    if (s.group != null || !NAME_LABELS.has(s.label)) continue;
    const key = `${s.label}\u0000${s.text}`;
    if (!loose.has(key)) loose.set(key, { label: s.label, name: s.text, spans: [], aliases: [] });
    loose.get(key).spans.push(s);
  }
  entities.push(...loose.values());
  return entities;
}

const ENTITY_LIMIT = 50;
const STAT_PAGE = 25;

export function renderEntities(root, doc, reading) {
  const entities = entitiesOf(doc);
  if (!entities.length) {
    fill(root, h('p', { class: 'muted' }, 'No names found yet.'));
    return;
  }
  const order = CATEGORIES.flatMap((c) => c.labels);
  const labels = [...new Set(entities.map((e) => e.label))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  fill(
    root,
    labels.map((label) => {
      const all = entities.filter((e) => e.label === label).sort((a, b) => b.spans.length - a.spans.length || a.spans[0].start - b.spans[0].start);
      // The most mentioned first; a long article's tail would only bury them.
      const list = all.slice(0, ENTITY_LIMIT);
      return h(
        'section',
        { class: 'entity-type' },
        h('h3', {}, `${LABEL_NAMES[label] || label} `, h('span', { class: 'muted' }, `(${label}, ${all.length})`)),
        h(
          'ul',
          { class: 'entity-list' },
          list.map((e) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'entity',
                  'data-label': e.label,
                  'data-name': e.name,
                  onclick: () => reading.selectSpan(e.spans[0]),
                },
                h('span', { class: 'entity-name' }, e.name),
                h('span', { class: 'count' }, String(e.spans.length), h('span', { class: 'visually-hidden' }, e.spans.length === 1 ? ' mention' : ' mentions')),
              ),
              e.aliases.length ? h('span', { class: 'aliases' }, `also: ${e.aliases.join(', ')}`) : null,
            ),
          ),
        ),
        all.length > list.length ? h('p', { class: 'muted' }, `and ${all.length - list.length} more mentioned less often (all are in the exports)`) : null,
      );
    }),
  );
}

export function renderStatistics(root, text, doc, reading) {
  const stats = doc.statistics || [];
  if (!stats.length) {
    fill(root, h('p', { class: 'muted' }, 'No statistics found yet.'));
    return;
  }
  const byId = new Map(doc.spans.map((s) => [s.id, s]));
  const groupById = new Map((doc.groups || []).map((g) => [g.id, g]));
  // Cards come a page at a time: thousands of them (a very long article)
  // would cost the page hundreds of milliseconds to build and lay out.
  const card = (st) => {
      const value = byId.get(st.value_span);
      const time = st.time_span != null ? byId.get(st.time_span) : null;
      const source = st.source_group != null ? groupById.get(st.source_group)?.name : st.source;
      const rows = [];
      // A missing subject is said, not hidden: a reader must not take the
      // figure for what the sentence around it seems to measure.
      rows.push(st.subject ? ['Subject', st.subject] : ['Subject', h('span', { class: 'muted no-subject' }, 'not found in the text')]);
      if (time) rows.push(['When', time.timex ? `${time.text} (${describeTimex(time.timex) || time.timex})` : time.text]);
      if (st.frequency) rows.push(['How often', String(st.frequency)]);
      if (st.change) {
        rows.push(['Change', describeChange(st.change, byId)]);
        if (st.change.baseline) rows.push(['Compared with', st.change.baseline]);
      }
      if (source) rows.push(['Source', source]);
      const sentence = Array.isArray(st.sentence) ? text.slice(st.sentence[0], st.sentence[1]) : '';
      const normalised = value ? describeValue(value) : '';
      return h(
        'article',
        { class: 'stat-card', 'data-label': value?.label || '' },
        h('p', { class: 'stat-value' }, value ? value.text : '?', normalised && normalised !== value?.text ? h('span', { class: 'muted' }, ` = ${normalised}`) : null),
        h('dl', {}, rows.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v)))),
        sentence ? h('blockquote', {}, sentence) : null,
        value ? h('button', { type: 'button', class: 'jump', onclick: () => reading.jumpTo(value) }, 'Jump to it') : null,
      );
  };
  const more = h('button', { type: 'button', class: 'more' });
  let shown = 0;
  const showMore = () => {
    const next = stats.slice(shown, shown + STAT_PAGE);
    more.before(...next.map(card));
    shown += next.length;
    more.textContent = `Show ${Math.min(STAT_PAGE, stats.length - shown)} more of ${stats.length - shown} statistics`;
    more.hidden = shown >= stats.length;
  };
  more.addEventListener('click', () => {
    const first = shown;
    showMore();
    root.querySelectorAll('.stat-card')[first]?.querySelector('button, .stat-value')?.focus?.();
  });
  fill(root, more);
  showMore();
}

/** Quotes and who said them (the core's `quotes`, where it gives them). */
export function renderQuotes(root, doc) {
  const quotes = doc.quotes || [];
  if (!quotes.length) {
    fill(root, h('p', { class: 'muted' }, 'No quotes found yet.'));
    return;
  }
  const groupById = new Map((doc.groups || []).map((g) => [g.id, g]));
  fill(
    root,
    h(
      'ul',
      { class: 'quote-list' },
      quotes.slice(0, 100).map((q) => {
        const speaker = q.speaker_group != null ? groupById.get(q.speaker_group)?.name : q.speaker;
        return h('li', {}, h('q', {}, q.text), speaker ? h('span', { class: 'muted' }, ` — ${speaker}`) : null);
      }),
    ),
  );
}
