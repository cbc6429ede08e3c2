// What the reader does in the reading view: tooltips on hover and keyboard
// focus, arrow keys between highlights (one tab stop for the whole article,
// a "roving" tabindex), and following an entity: clicking a highlight marks
// all mentions of the same entity and steps through them.

import { describeSpan } from './describe.js';
import { LABEL_NAMES } from './labels.js';
import { fill, h } from './dom.js';

export class ReadingInteractions {
  constructor({ view, tooltip, nav, getDoc, isWatched, isHidden }) {
    Object.assign(this, { view, tooltip, nav, getDoc, isWatched, isHidden });
    this.container = view.container;
    this.rover = null; // the one mark with tabindex=0
    this.selection = null; // {key, title, spans, index}
    this.selectedMarks = [];
    this.tipFor = null;

    const c = this.container;
    c.addEventListener('mouseover', (e) => {
      const mark = e.target.closest?.('mark.m');
      if (mark && this.isVisible(mark)) this.showTip(mark);
    });
    // The pointer may move from a highlight onto its tooltip (to read or
    // select it) without the tooltip vanishing (WCAG 1.4.13, hoverable).
    c.addEventListener('mouseout', (e) => {
      const mark = e.target.closest?.('mark.m');
      if (mark && mark !== document.activeElement && !mark.contains(e.relatedTarget) && !this.tooltip.contains(e.relatedTarget)) this.hideTip();
    });
    this.tooltip.addEventListener('mouseleave', (e) => {
      if (this.tipFor && this.tipFor !== document.activeElement && !this.tipFor.contains(e.relatedTarget)) this.hideTip();
    });
    c.addEventListener('focusin', (e) => {
      const mark = e.target.closest?.('mark.m');
      if (!mark) return;
      this.setRover(mark);
      this.showTip(mark);
    });
    c.addEventListener('focusout', () => this.hideTip());
    c.addEventListener('click', (e) => {
      const mark = e.target.closest?.('mark.m');
      if (!mark || !this.isVisible(mark)) return;
      this.setRover(mark);
      this.toggleSelect(this.view.spanOf(mark), mark);
    });
    c.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.tooltip.hidden) this.hideTip();
    });
    window.addEventListener('scroll', () => this.hideTip(), { passive: true });

    nav.querySelector('[data-nav=prev]').addEventListener('click', () => this.step(-1));
    nav.querySelector('[data-nav=next]').addEventListener('click', () => this.step(1));
    nav.querySelector('[data-nav=clear]').addEventListener('click', () => this.clearSelection());
  }

  isVisible(mark) {
    return !this.isHidden(mark.dataset.cat);
  }

  visibleMarks() {
    return [...this.container.querySelectorAll('mark.m')].filter((m) => this.isVisible(m));
  }

  setRover(mark) {
    if (this.rover === mark) return;
    if (this.rover) this.rover.tabIndex = -1;
    this.rover = mark;
    if (mark) mark.tabIndex = 0;
  }

  /** After each render or legend change: keep exactly one reachable mark. */
  refresh() {
    if (this.rover && (!this.rover.isConnected || !this.isVisible(this.rover))) this.rover = null;
    for (const m of this.container.querySelectorAll('mark.m[tabindex="0"]')) if (m !== this.rover) m.tabIndex = -1;
    if (!this.rover) this.setRover(this.visibleMarks()[0] || null);
    this.reapplySelection();
  }

  onKey(e) {
    const mark = e.target.closest?.('mark.m');
    if (!mark) return;
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (e.key in moves || e.key === 'Home' || e.key === 'End') {
      const marks = this.visibleMarks();
      if (!marks.length) return;
      let i = marks.indexOf(mark);
      if (e.key === 'Home') i = 0;
      else if (e.key === 'End') i = marks.length - 1;
      else i = Math.min(marks.length - 1, Math.max(0, i + moves[e.key]));
      e.preventDefault();
      marks[i].focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.toggleSelect(this.view.spanOf(mark), mark);
    } else if ((e.key === 'n' || e.key === 'p') && this.selection) {
      e.preventDefault();
      this.step(e.key === 'n' ? 1 : -1);
    } else if (e.key === 'Escape') {
      if (this.tooltip.hidden && this.selection) this.clearSelection();
    }
  }

  showTip(mark) {
    const span = this.view.spanOf(mark);
    if (!span) return;
    const doc = this.getDoc();
    const rows = describeSpan(span, doc, { watched: this.isWatched(span) });
    fill(
      this.tooltip,
      h('p', { class: 'tip-text' }, span.text),
      h('dl', {}, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      h('p', { class: 'tip-hint' }, span.group != null ? 'Click or press Enter to follow this entity.' : 'Click or press Enter to mark every mention.'),
    );
    this.tooltip.hidden = false;
    this.tipFor?.removeAttribute('aria-describedby');
    mark.setAttribute('aria-describedby', this.tooltip.id);
    this.tipFor = mark;
    // Position through the CSSOM (the CSP forbids style attributes in markup).
    const r = mark.getBoundingClientRect();
    const tip = this.tooltip.getBoundingClientRect();
    const left = Math.max(8, Math.min(r.left, window.innerWidth - tip.width - 8));
    // Touching the highlight's edge, so the pointer can cross onto it.
    const below = r.bottom + 2;
    const top = below + tip.height > window.innerHeight - 8 ? Math.max(8, r.top - tip.height - 2) : below;
    this.tooltip.style.left = `${Math.round(left)}px`;
    this.tooltip.style.top = `${Math.round(top)}px`;
  }

  hideTip() {
    this.tooltip.hidden = true;
    this.tipFor?.removeAttribute('aria-describedby');
    this.tipFor = null;
  }

  /** Mentions of the same entity: its group, else same label and text. */
  mentionsOf(span, doc) {
    if (span.group != null) {
      const group = doc.groups.find((g) => g.id === span.group);
      if (group) {
        const byId = new Map(doc.spans.map((s) => [s.id, s]));
        return {
          key: `g\u0000${group.label}\u0000${group.name}`,
          title: `${group.name} (${LABEL_NAMES[group.label] || group.label})`,
          spans: group.mentions.map((id) => byId.get(id)).filter(Boolean).sort((a, b) => a.start - b.start),
        };
      }
    }
    return {
      key: `t\u0000${span.label}\u0000${span.text}`,
      title: `“${span.text}” (${LABEL_NAMES[span.label] || span.label})`,
      spans: doc.spans.filter((s) => s.label === span.label && s.text === span.text),
    };
  }

  toggleSelect(span, fromMark) {
    if (!span) return;
    const doc = this.getDoc();
    const found = this.mentionsOf(span, doc);
    if (this.selection?.key === found.key) {
      this.clearSelection();
      return;
    }
    this.select(found, Math.max(0, found.spans.findIndex((s) => s.start === span.start)), fromMark);
  }

  /** Selects an entity by its spans (also used by the panels). */
  select(found, index = 0, focusMark = null) {
    this.selection = { ...found, index };
    this.paint();
    this.nav.hidden = false;
    this.updateNav();
    if (!focusMark) this.goTo(index, true);
  }

  selectSpan(span) {
    const found = this.mentionsOf(span, this.getDoc());
    this.select(found, Math.max(0, found.spans.findIndex((s) => s.start === span.start)));
  }

  paint() {
    for (const m of this.selectedMarks) m.classList.remove('sel', 'cur');
    this.selectedMarks = [];
    if (!this.selection) return;
    this.selection.spans.forEach((span, i) => {
      for (const m of this.view.marksOf(span)) {
        m.classList.add('sel');
        if (i === this.selection.index) m.classList.add('cur');
        this.selectedMarks.push(m);
      }
    });
  }

  step(delta) {
    if (!this.selection?.spans.length) return;
    const n = this.selection.spans.length;
    this.goTo((this.selection.index + delta + n) % n, true);
  }

  goTo(index, focus) {
    this.selection.index = index;
    this.paint();
    this.updateNav();
    const mark = this.view.markOf(this.selection.spans[index]);
    if (mark && focus) {
      mark.scrollIntoView({ block: 'center', behavior: 'auto' });
      if (this.isVisible(mark)) mark.focus({ preventScroll: true });
    }
  }

  /** Scrolls to a span and focuses it (statistics cards, timeline, chart). */
  jumpTo(span) {
    const mark = this.view.markOf(span);
    if (!mark) return;
    mark.scrollIntoView({ block: 'center', behavior: 'auto' });
    mark.classList.add('flash');
    setTimeout(() => mark.classList.remove('flash'), 1600);
    if (this.isVisible(mark)) mark.focus({ preventScroll: true });
  }

  updateNav() {
    const { title, spans, index } = this.selection;
    this.nav.querySelector('[data-nav=title]').textContent = title;
    this.nav.querySelector('[data-nav=count]').textContent = `mention ${index + 1} of ${spans.length}`;
  }

  clearSelection() {
    this.selection = null;
    this.paint();
    this.nav.hidden = true;
  }

  // A new document: keep following the same entity if it is still there.
  reapplySelection() {
    if (!this.selection) return;
    const doc = this.getDoc();
    const [kind, label, name] = this.selection.key.split('\u0000');
    let first;
    if (kind === 'g') {
      const group = doc.groups.find((g) => g.label === label && g.name === name);
      first = group && doc.spans.find((s) => s.group === group.id);
    } else {
      first = doc.spans.find((s) => s.label === label && s.text === name);
    }
    if (!first) {
      this.clearSelection();
      return;
    }
    const found = this.mentionsOf(first, doc);
    this.selection = { ...found, index: Math.min(this.selection.index, found.spans.length - 1) };
    this.paint();
    this.updateNav();
  }
}
