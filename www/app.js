// The page: wires the textarea, the annotator (a worker), the reading view,
// the legend, the panels and the tools together. State lives here; every
// other module is a function of what it is given.

import { createAnnotator } from './annotator.js';
import { ReadingView } from './render.js';
import { ReadingInteractions } from './reading.js';
import { applyHidden, renderLegend } from './legend.js';
import { renderEntities, renderQuotes, renderStatistics } from './panels.js';
import { renderFigures, renderTimeline } from './charts.js';
import { copyText, download, fromJSON, toCSV, toHTML, toJSON, toJSONLD } from './export.js';
import { decodeShare, encodeShare, isShare } from './share.js';
import { Watchlist, cleanWatchlist, fillLabelSelect, renderWatchlist } from './watchlist.js';
import { looksEnglish } from './language.js';
import { clearAll, load, save } from './storage.js';
import { CATEGORIES } from './labels.js';
import { $ } from './dom.js';

const DEBOUNCE_MS = 150;
const SAVE_DEBOUNCE_MS = 1000;
const SAVE_TEXT_LIMIT = 2_000_000; // characters; larger texts are not kept
const SAMPLE_REFERENCE_DATE = '2024-10-20';
const EMPTY = { spans: [], groups: [], statistics: [] };

const els = {
  text: $('#text'),
  refdate: $('#refdate'),
  status: $('#status'),
  message: $('#message'),
  langNotice: $('#lang-notice'),
  progress: $('#progress'),
  progressBar: $('#progress-bar'),
  reading: $('#reading'),
  legend: $('#legend'),
  version: $('#version'),
};

const state = {
  text: '',
  doc: EMPTY,
  hidden: new Set(),
  version: '',
};

const today = () => new Date().toISOString().slice(0, 10);
const referenceDate = () => (/^\d{4}-\d{2}-\d{2}$/.test(els.refdate.value) ? els.refdate.value : '');

// `source` lets a successful annotation clear its own earlier error without
// hiding, say, a share link's error that the reader has not read yet.
let messageSource = '';
function showMessage(text, source = 'other') {
  els.message.textContent = text;
  els.message.hidden = !text;
  messageSource = text ? source : '';
}

// ---------------------------------------------------------------- annotator

let progressTimer = 0;
const annotator = createAnnotator({
  onReady(version) {
    state.version = version;
    els.version.textContent = version;
    if (!els.text.value) els.status.textContent = 'Ready. Paste an article, or load the sample.';
  },
  onFatal(message) {
    els.status.textContent = '';
    els.reading.setAttribute('aria-busy', 'false');
    showMessage(message, 'annotate');
  },
  onProgress(done, total) {
    if (total < 2) return;
    els.progress.hidden = false;
    els.progressBar.max = total;
    els.progressBar.value = done;
    els.status.textContent = `Annotating part ${Math.min(done + 1, total)} of ${total}…`;
  },
});

function options() {
  const o = { watchlist: watchlist.terms };
  if (referenceDate()) o.referenceDate = referenceDate();
  return o;
}

let debounceTimer = 0;
function scheduleAnnotate(delay = DEBOUNCE_MS) {
  // Busy until the document of this very text is shown (also what tests wait for).
  if (els.reading.getAttribute('aria-busy') !== 'true') els.reading.setAttribute('aria-busy', 'true');
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(runAnnotate, delay);
}

async function runAnnotate() {
  const text = els.text.value;
  updateLanguageNotice(text);
  clearTimeout(progressTimer);
  // Short jobs finish before anyone could read a progress bar.
  progressTimer = setTimeout(() => {
    els.progress.hidden = false;
  }, 400);
  let result;
  try {
    result = await annotator.annotate(text, options());
  } catch (error) {
    endProgress();
    els.status.textContent = '';
    els.reading.setAttribute('aria-busy', 'false');
    showMessage(`Could not annotate: ${error.message}`, 'annotate');
    return;
  }
  if (!result) return; // replaced by a newer request, or cancelled
  endProgress();
  if (messageSource === 'annotate') showMessage('');
  await show(text, result.doc, `${result.doc.spans.length} highlights · ${Math.round(result.ms)} ms`);
}

function endProgress() {
  clearTimeout(progressTimer);
  els.progress.hidden = true;
}

/** Shows a document: the reading view first, then (in later tasks) the rest. */
async function show(text, doc, status) {
  state.text = text;
  state.doc = doc;
  const tr = performance.now();
  const complete = await view.render(text, doc);
  performance.measure('newsmark:render', { start: tr, end: performance.now() });
  if (!complete) return;
  reading.refresh();
  renderLegend(els.legend, doc, state.hidden, toggleCategory);
  els.status.textContent = status;
  // Panels after a yield, each in its own task, so that no single task of
  // work on a very long article blocks the page for long.
  // User Timing marks (newsmark:…) show each step in the browser's profiler.
  for (const [name, step] of [
    ['entities', () => renderEntities($('#entities'), doc, reading)],
    ['statistics', () => renderStatistics($('#statistics'), text, doc, reading)],
    ['quotes', () => renderQuotes($('#quotes'), doc)],
    ['timeline', () => renderTimeline($('#timeline'), doc, referenceDate(), reading)],
    ['figures', () => renderFigures($('#figures'), doc, reading)],
  ]) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (state.doc !== doc) return;
    const t0 = performance.now();
    step();
    performance.measure(`newsmark:${name}`, { start: t0, end: performance.now() });
  }
  if (text === els.text.value) els.reading.setAttribute('aria-busy', 'false');
}

function updateLanguageNotice(text) {
  const { english } = looksEnglish(text);
  els.langNotice.hidden = english !== false;
  els.langNotice.textContent =
    english === false
      ? 'This text does not look like English. newsmark’s recognisers are built for English news, so highlights may be missing or wrong.'
      : '';
}

// ------------------------------------------------------------- reading view

const watchlist = new Watchlist(() => {
  renderWatchlist($('#watch-list'), watchlist);
  scheduleAnnotate(0);
});

const view = new ReadingView(els.reading, { isWatched: (span) => watchlist.has(span) });
const reading = new ReadingInteractions({
  view,
  tooltip: $('#tooltip'),
  nav: $('#mention-nav'),
  getDoc: () => state.doc,
  isWatched: (span) => watchlist.has(span),
  isHidden: (cat) => state.hidden.has(cat),
});

function toggleCategory(cat) {
  if (state.hidden.has(cat)) state.hidden.delete(cat);
  else state.hidden.add(cat);
  applyHidden(els.reading, state.hidden);
  renderLegend(els.legend, state.doc, state.hidden, toggleCategory);
  $(`#legend button[data-cat="${cat}"]`)?.focus();
  reading.refresh();
  scheduleSave();
}

// ------------------------------------------------------------------ saving

let saveTimer = 0;
function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  const text = els.text.value;
  save('state', {
    text: text.length <= SAVE_TEXT_LIMIT ? text : '',
    referenceDate: els.refdate.value,
    hidden: [...state.hidden],
  });
}

function scheduleSave() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, SAVE_DEBOUNCE_MS);
}

// Leaving with a save still pending: write it now rather than lose the edit.
window.addEventListener('pagehide', () => {
  if (saveTimer) saveNow();
});

function restoreSaved() {
  const saved = load('state', null);
  if (!saved || typeof saved !== 'object') return false;
  if (typeof saved.text === 'string') els.text.value = saved.text;
  if (typeof saved.referenceDate === 'string') els.refdate.value = saved.referenceDate;
  if (Array.isArray(saved.hidden)) state.hidden = new Set(saved.hidden.filter((c) => CATEGORIES.some((k) => k.id === c)));
  return true;
}

async function restoreShare() {
  if (!isShare(location.hash)) return false;
  try {
    const shared = await decodeShare(location.hash);
    els.text.value = shared.text;
    els.refdate.value = shared.referenceDate;
    state.hidden = new Set(shared.hidden.filter((c) => CATEGORIES.some((k) => k.id === c)));
    const terms = cleanWatchlist(shared.watchlist);
    const added = terms.filter((t) => !watchlist.terms.some((w) => w.term.toLowerCase() === t.term.toLowerCase()));
    if (added.length) watchlist.set([...watchlist.terms, ...added]);
    els.status.textContent = `Opened a shared article${added.length ? ` (${added.length} watch-list term${added.length === 1 ? '' : 's'} added)` : ''}.`;
    // The article now lives in this page; the long link has done its job.
    history.replaceState(null, '', location.pathname + location.search);
    scheduleSave();
    return true;
  } catch (error) {
    showMessage(error.message);
    return false;
  }
}

// ------------------------------------------------------------------ tools

const slug = () =>
  (state.text.trim().split('\n')[0] || 'article')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'article';

const meta = () => ({ referenceDate: referenceDate(), version: state.version });

const EXPORTS = {
  json: () => download(`newsmark-${slug()}.json`, 'application/json', toJSON(state.text, state.doc, meta())),
  csv: () => download(`newsmark-${slug()}.csv`, 'text/csv', toCSV(state.doc)),
  jsonld: async () => download(`newsmark-${slug()}.jsonld`, 'application/ld+json', await toJSONLD(state.text, state.doc, meta())),
  html: () => download(`newsmark-${slug()}.html`, 'text/html', toHTML(state.text, state.doc, meta())),
  copy: async () => {
    const ok = await copyText(toJSON(state.text, state.doc, meta()));
    els.status.textContent = ok ? 'JSON copied to the clipboard.' : 'Could not copy: the browser refused.';
  },
};

function wireTools() {
  for (const button of document.querySelectorAll('[data-export]')) {
    button.addEventListener('click', () => EXPORTS[button.dataset.export]());
  }

  $('#open-json').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    e.target.value = '';
    if (!file) return;
    try {
      const opened = fromJSON(await file.text());
      clearTimeout(debounceTimer);
      annotator.cancel(); // an older job must not overwrite the opened file
      els.text.value = opened.text;
      els.refdate.value = opened.referenceDate;
      updateLanguageNotice(opened.text);
      showMessage('');
      await show(opened.text, opened.doc, `Opened ${file.name}: ${opened.doc.spans.length} highlights.`);
    } catch (error) {
      showMessage(`Could not open ${file.name}: ${error.message}`);
    }
  });

  $('#share').addEventListener('click', async () => {
    try {
      const fragment = await encodeShare({ text: els.text.value, referenceDate: els.refdate.value, watchlist: watchlist.terms, hidden: state.hidden });
      $('#share-link').value = `${location.href.split('#')[0]}#${fragment}`;
      $('#share-result').hidden = false;
      showMessage('');
      els.status.textContent = `Share link ready (${Math.ceil(fragment.length / 1024)} KB).`;
    } catch (error) {
      $('#share-result').hidden = true;
      showMessage(error.message);
    }
  });
  $('#share-copy').addEventListener('click', async () => {
    const ok = await copyText($('#share-link').value);
    els.status.textContent = ok ? 'Link copied to the clipboard.' : 'Could not copy: select the link and copy it.';
  });

  fillLabelSelect($('#watch-label'));
  $('#watch-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const term = $('#watch-term').value.trim();
    if (!term) return;
    watchlist.add(term, $('#watch-label').value);
    $('#watch-term').value = '';
    els.status.textContent = `“${term}” added to the watch list.`;
  });
  $('#watch-export').addEventListener('click', () => download('newsmark-watchlist.json', 'application/json', watchlist.toJSON()));
  $('#watch-import').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    e.target.value = '';
    if (!file) return;
    try {
      const terms = cleanWatchlist(JSON.parse(await file.text()));
      watchlist.set([...watchlist.terms, ...terms]);
      els.status.textContent = `Imported ${terms.length} watch-list terms.`;
      showMessage('');
    } catch (error) {
      showMessage(`Could not import ${file.name}: ${error.message}`);
    }
  });

  $('#clear-saved').addEventListener('click', () => {
    clearTimeout(saveTimer);
    saveTimer = 0;
    clearAll();
    watchlist.terms = [];
    renderWatchlist($('#watch-list'), watchlist);
    scheduleAnnotate(0);
    $('#saved-status').textContent = 'Saved data cleared: this browser keeps nothing of yours now (until you edit again).';
  });

  $('#load-sample').addEventListener('click', async () => {
    // The single-file build embeds the sample (a file:// page cannot fetch).
    if (globalThis.NEWSMARK_SAMPLE) {
      els.text.value = globalThis.NEWSMARK_SAMPLE;
    } else {
      try {
        const response = await fetch(new URL('sample.txt', location.href));
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        els.text.value = await response.text();
      } catch (error) {
        showMessage(`Could not load the sample article: ${error.message}`);
        return;
      }
    }
    els.refdate.value = SAMPLE_REFERENCE_DATE;
    scheduleAnnotate(0);
    scheduleSave();
  });

  $('#annotate-now').addEventListener('click', () => scheduleAnnotate(0));
  $('#cancel').addEventListener('click', () => {
    annotator.cancel();
    endProgress();
    els.reading.setAttribute('aria-busy', 'false');
    els.status.textContent = 'Annotation cancelled. Edit the text or press “Annotate now” to start again.';
  });

  els.text.addEventListener('input', () => {
    if ($('#saved-status').textContent) $('#saved-status').textContent = '';
    scheduleAnnotate();
    scheduleSave();
  });
  els.refdate.addEventListener('change', () => {
    scheduleAnnotate(0);
    scheduleSave();
  });
  window.addEventListener('hashchange', async () => {
    if (await restoreShare()) scheduleAnnotate(0);
  });
}

// ------------------------------------------------------------------ start

async function start() {
  wireTools();
  renderWatchlist($('#watch-list'), watchlist);
  const restored = (await restoreShare()) || restoreSaved();
  if (!restored || !els.refdate.value) els.refdate.value = today();
  applyHidden(els.reading, state.hidden);
  renderLegend(els.legend, EMPTY, state.hidden, toggleCategory);
  if (els.text.value) scheduleAnnotate(0);
  // Offline after the first visit; a file:// page cannot have a service worker.
  if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
    navigator.serviceWorker.register('./sw.js').catch(() => {});
  }
}

start();
