// The legend: one toggle button per category with its count. A hidden
// category only loses its highlight (a class on the reading view), so
// toggling never re-renders the article.

import { CATEGORIES, categoryOf } from './labels.js';
import { fill, h } from './dom.js';

export function renderLegend(list, doc, hidden, onToggle) {
  const counts = new Map(CATEGORIES.map((c) => [c.id, 0]));
  for (const span of doc.spans || []) counts.set(categoryOf(span.label), counts.get(categoryOf(span.label)) + 1);
  fill(
    list,
    CATEGORIES.map((c) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'legend-item',
            'data-cat': c.id,
            'aria-pressed': String(!hidden.has(c.id)),
            title: `${c.labels.join(', ')} — press to ${hidden.has(c.id) ? 'show' : 'hide'}`,
            onclick: () => onToggle(c.id),
          },
          h('span', { class: 'swatch', 'data-cat': c.id, 'aria-hidden': 'true' }),
          h('span', { class: 'legend-name' }, c.name),
          h('span', { class: 'count' }, String(counts.get(c.id)), h('span', { class: 'visually-hidden' }, ' highlighted')),
        ),
      ),
    ),
  );
}

/** Applies hidden categories to the reading view as classes. */
export function applyHidden(container, hidden) {
  for (const c of CATEGORIES) container.classList.toggle(`hide-${c.id}`, hidden.has(c.id));
}
