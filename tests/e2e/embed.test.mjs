// The embeddings in headless Chromium, under the page's strict CSP:
// highlight() on a host page (nested inline markup, a table, a list, an
// existing <mark>, right-to-left text, emoji), <newsmark-annotator> under
// hostile host CSS, the iframe endpoint's origin checks, the bookmarklet, and
// the embedding guide page.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, startBrowser, WATCHLIST } from './fixtures/harness.mjs';

let srv;
let browser;

before(async () => {
  srv = await startServer();
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  srv?.server.close();
});

// Every watched term that highlight() must find in #story, in document order:
// never inside pre, code, aria-hidden, form fields, contenteditable, hidden or script.
const EXPECTED = [
  'Telegram', 'Kazakhstan', // h1
  'Telegram', 'Pavel Durov', '25%', 'Kazakhstan', 'Apple', 'Microsoft', 'Paris', 'Monday', // the lead, across inline elements
  'Telegram', 'Almaty', 'Apple', 'Paris', // the list
  'Telegram', '25%', 'Apple', 'Kazakhstan', // the table
  'Telegram', 'القاهرة', // right to left
];
const WATCHED = new Set(WATCHLIST.map((w) => w.term));
const LEFT_ALONE = '#pre, code, [aria-hidden="true"], textarea, input, select, #editable, #hidden, script, nav, #outside';

async function openHost() {
  const page = await browser.context.newPage();
  await page.goto(`${srv.base}/fixtures/host.html`);
  await page.evaluate(async () => {
    window.nm = await import('/embed/highlight.js');
  });
  return page;
}

/** Runs highlight(#story) in the page; returns what the test compares. */
function runHighlight(page, options) {
  return page.evaluate(
    async ({ options, watchlist, leftAlone }) => {
      const story = document.getElementById('story');
      const handle = await window.nm.highlight(story, { ...options, watchlist });
      window.handle = handle;
      const norm = (s) => s.replace(/\s+/g, ' ');
      const excluded = [...document.querySelectorAll(leftAlone)];
      let pieces;
      if (handle.mode === 'highlight-api') {
        pieces = handle.ranges.map(({ range, span }) => ({
          id: span.id,
          shown: norm(range.toString()),
          text: span.text,
          label: span.label,
          inExcluded: excluded.some((el) => range.intersectsNode(el)),
          inStory: story.contains(range.commonAncestorContainer),
        }));
      } else {
        const byId = new Map();
        for (const mark of handle.marks) {
          const id = Number(mark.getAttribute('data-newsmark-span'));
          const span = handle.document.spans[id];
          const piece = byId.get(id) || { id, shown: '', text: span.text, label: span.label, inExcluded: false, inStory: true, childElements: 0 };
          piece.shown += mark.textContent;
          piece.inExcluded ||= excluded.some((el) => el.contains(mark));
          piece.inStory &&= story.contains(mark);
          piece.childElements += mark.children.length;
          byId.set(id, piece);
        }
        pieces = [...byId.values()].map((p) => ({ ...p, shown: norm(p.shown) }));
      }
      const highlightCount = [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
      return { mode: handle.mode, pieces, highlightCount, html: story.innerHTML };
    },
    { options, watchlist: WATCHLIST, leftAlone: LEFT_ALONE },
  );
}

function checkPieces(pieces) {
  assert.ok(pieces.length >= EXPECTED.length, `only ${pieces.length} highlights`);
  for (const p of pieces) {
    assert.equal(p.shown, p.text, `highlight of span ${p.id} (${p.label}) shows ${JSON.stringify(p.shown)}`);
    assert.ok(!p.inExcluded, `span ${p.id} ${JSON.stringify(p.text)} was highlighted inside content that must be left alone`);
    assert.ok(p.inStory, `span ${p.id} is outside the root`);
  }
  const watched = pieces.filter((p) => WATCHED.has(p.text)).map((p) => p.text);
  assert.deepEqual(watched, EXPECTED);
}

describe('highlight() with the CSS Custom Highlight API', () => {
  test('highlights exactly the right characters without touching the DOM; clear() and twice', async () => {
    const page = await openHost();
    const before = await page.evaluate(() => document.getElementById('story').innerHTML);
    const first = await runHighlight(page, { mode: 'auto' });
    assert.equal(first.mode, 'highlight-api', 'auto picks the Highlight API in Chromium');
    checkPieces(first.pieces);
    assert.equal(first.html, before, 'the Highlight API mode changes no DOM');
    assert.equal(first.highlightCount, first.pieces.length);

    const again = await runHighlight(page, { mode: 'auto' });
    assert.equal(again.highlightCount, first.highlightCount, 'calling twice adds nothing');
    assert.deepEqual(again.pieces, first.pieces);

    const after = await page.evaluate(() => {
      window.handle.clear();
      return {
        html: document.getElementById('story').innerHTML,
        highlights: CSS.highlights.size,
        sheets: document.adoptedStyleSheets.length,
      };
    });
    assert.equal(after.html, before);
    assert.equal(after.highlights, 0, 'clear() removes every highlight');
    assert.equal(after.sheets, 0, 'clear() removes the adopted stylesheet');
    await page.close();
  });

  test('the same options give the same handle', async () => {
    const page = await openHost();
    const same = await page.evaluate(async (watchlist) => {
      const story = document.getElementById('story');
      const a = await window.nm.highlight(story, { watchlist, types: 'org' });
      const b = await window.nm.highlight(story, { watchlist, types: ['org'] });
      const count = [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
      a.clear();
      return { same: a === b, count, active: b.active };
    }, WATCHLIST);
    assert.ok(same.same);
    assert.ok(same.count > 0);
    assert.equal(same.active, false);
    await page.close();
  });

  test('is styled by ::highlight() rules and reports clicks through hit-testing', async () => {
    const page = await openHost();
    await runHighlight(page, {});
    const rules = await page.evaluate(() =>
      [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.selectorText)).filter((s) => s && s.startsWith('::highlight(')),
    );
    assert.ok(rules.includes('::highlight(newsmark-ORG)'), `no ::highlight(newsmark-ORG) rule in ${rules.slice(0, 3)}`);
    const target = await page.evaluate(() => {
      window.clicked = [];
      window.handle.clear();
      return window.nm
        .highlight(document.getElementById('story'), {
          watchlist: [{ term: 'Microsoft', label: 'ORG' }, { term: 'Almaty', label: 'GPE' }],
          onClick: (span, event) => window.clicked.push([span.text, span.label, event.type]),
        })
        .then((handle) => {
          window.handle = handle;
          const { range } = handle.ranges.find((r) => r.span.text === 'Microsoft');
          const box = range.getBoundingClientRect();
          const said = document.createRange();
          const lead = document.querySelector('#lead > strong').nextSibling; // " said that "
          said.setStart(lead, 2);
          said.setEnd(lead, 5);
          const other = said.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2, ox: other.x + other.width / 2, oy: other.y + other.height / 2 };
        });
    });
    await page.mouse.click(target.ox, target.oy);
    await page.mouse.click(target.x, target.y);
    assert.deepEqual(await page.evaluate(() => window.clicked), [['Microsoft', 'ORG', 'click']]);
    await page.close();
  });

  test('types chooses the categories', async () => {
    const page = await openHost();
    const { pieces } = await runHighlight(page, { types: ['place'] });
    assert.ok(pieces.length > 0);
    for (const p of pieces) assert.ok(['GPE', 'LOC', 'FAC'].includes(p.label), `${p.text} is ${p.label}`);
    assert.deepEqual(
      pieces.filter((p) => WATCHED.has(p.text)).map((p) => p.text),
      ['Kazakhstan', 'Kazakhstan', 'Paris', 'Almaty', 'Paris', 'Kazakhstan', 'القاهرة'],
    );
    await page.close();
  });
});

describe('highlight() by wrapping', () => {
  test('wraps exactly the right characters, never across elements; clear() restores innerHTML and nodes', async () => {
    const page = await openHost();
    const before = await page.evaluate(() => {
      const story = document.getElementById('story');
      window.keep = document.querySelector('#lead > strong').firstChild; // a host text node that gets wrapped
      const table = document.getElementById('table');
      window.shape = () => ({
        rows: [...table.rows].map((r) => [...r.cells].map((c) => `${c.localName}:${c.textContent}`)),
        items: [...document.getElementById('list').children].map((li) => `${li.localName}:${li.textContent}`),
        hostMark: document.querySelector('mark.host-mark')?.textContent,
      });
      return { html: story.innerHTML, shape: window.shape() };
    });
    const first = await runHighlight(page, { mode: 'wrap' });
    assert.equal(first.mode, 'wrap');
    checkPieces(first.pieces);
    for (const p of first.pieces) assert.equal(p.childElements, 0, `a mark of ${p.text} contains an element`);
    assert.equal(first.highlightCount, 0, 'wrap mode registers no Highlight');
    assert.notEqual(first.html, before.html);
    const during = await page.evaluate(() => ({
      shape: window.shape(),
      hostMarkHolds: document.querySelector('mark.host-mark > mark[data-newsmark]')?.textContent,
      durov: [...document.querySelectorAll('#lead mark[data-newsmark="PERSON"]')].map((m) => [m.parentElement.localName, m.textContent]),
    }));
    assert.deepEqual(during.shape, before.shape, 'tables, lists and the host <mark> keep their structure and text');
    assert.equal(during.hostMarkHolds, 'Microsoft');
    assert.deepEqual(during.durov, [['a', 'Pavel '], ['em', 'Du'], ['a', 'rov']], 'a span across elements is one mark per text node piece');

    const again = await runHighlight(page, { mode: 'wrap' });
    assert.equal(again.html, first.html, 'calling twice changes nothing');

    const after = await page.evaluate(() => {
      window.handle.clear();
      return { html: document.getElementById('story').innerHTML, kept: window.keep.isConnected && window.keep.data, marks: document.querySelectorAll('mark[data-newsmark]').length };
    });
    assert.equal(after.html, before.html, 'clear() restores innerHTML exactly');
    assert.equal(after.kept, 'Telegram', 'the very same text node is back');
    assert.equal(after.marks, 0);
    await page.close();
  });

  test('works on an element not in the document (inline and block by tag name)', async () => {
    const page = await openHost();
    const result = await page.evaluate(async () => {
      const div = document.createElement('div');
      div.innerHTML = '<p>Pavel <em>Du</em>rov met</p><p>Apple<br>Paris</p><pre>Paris</pre>';
      const before = div.innerHTML;
      const handle = await window.nm.highlight(div, {
        mode: 'wrap',
        watchlist: [{ term: 'Pavel Durov', label: 'PERSON' }, { term: 'Apple', label: 'ORG' }, { term: 'Paris', label: 'GPE' }, { term: 'Apple Paris', label: 'ORG' }],
      });
      const marks = handle.marks.map((m) => m.textContent);
      handle.clear();
      return { text: handle.text, marks, restored: div.innerHTML === before };
    });
    assert.equal(result.text, 'Pavel Durov met\n\nApple\n\nParis');
    assert.deepEqual(result.marks, ['Pavel ', 'Du', 'rov', 'Apple', 'Paris']);
    assert.ok(result.restored);
    await page.close();
  });

  test('a click on a mark calls onClick with its span', async () => {
    const page = await openHost();
    await page.evaluate(async (watchlist) => {
      window.clicked = [];
      await window.nm.highlight(document.getElementById('story'), {
        mode: 'wrap',
        watchlist,
        onClick: (span) => window.clicked.push([span.text, span.label]),
      });
    }, WATCHLIST);
    await page.click('#list mark[data-newsmark="GPE"]');
    assert.deepEqual(await page.evaluate(() => window.clicked), [['Almaty', 'GPE']]);
    await page.close();
  });
});

describe('<newsmark-annotator>', () => {
  const PROPS = ['color', 'background-color', 'font-size', 'font-family', 'font-weight', 'font-style', 'line-height',
    'letter-spacing', 'text-transform', 'padding-top', 'padding-left', 'margin-top', 'display', 'text-decoration-line'];

  async function looks(url) {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('el')?.document != null);
    const result = await page.evaluate((props) => {
      const shadow = document.getElementById('el').shadowRoot;
      const style = (el) => {
        const cs = getComputedStyle(el);
        return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
      };
      const pick = (selector) => [...shadow.querySelectorAll(selector)].map(style);
      return {
        container: pick('.nm'),
        text: pick('.text'),
        marks: pick('mark'),
        legend: pick('.legend li'),
        markTexts: [...shadow.querySelectorAll('mark')].map((m) => [m.textContent, m.dataset.label]),
        legendTexts: [...shadow.querySelectorAll('.legend li')].map((li) => li.textContent),
        height: Math.round(shadow.querySelector('.nm').getBoundingClientRect().height),
        host: (() => {
          const cs = getComputedStyle(document.getElementById('el'));
          return [cs.paddingTop, cs.borderTopWidth, cs.backgroundColor];
        })(),
      };
    }, PROPS);
    await page.close();
    return result;
  }

  test('renders highlights and a legend, and keeps its look under hostile host CSS', async () => {
    const plain = await looks(`${srv.base}/fixtures/element.html`);
    const hostile = await looks(`${srv.base}/fixtures/element-hostile.html`);
    assert.deepEqual(plain.markTexts, [['Telegram', 'ORG'], ['Pavel Durov', 'PERSON'], ['25%', 'PERCENT'], ['Kazakhstan', 'GPE']]);
    assert.deepEqual(plain.legendTexts, ['People 1', 'Organisations 1', 'Places 1', 'Numbers 1']);
    assert.equal(plain.container[0]['font-size'], '16px');
    assert.notEqual(plain.marks[0]['background-color'], plain.container[0]['background-color'], 'marks are coloured');
    for (const part of ['container', 'text', 'marks', 'legend']) {
      assert.deepEqual(hostile[part], plain[part], `the ${part} looks different under hostile CSS`);
    }
    assert.deepEqual(hostile.markTexts, plain.markTexts);
    assert.equal(hostile.height, plain.height, 'same height');
    assert.deepEqual(hostile.host, ['0px', '0px', 'rgba(0, 0, 0, 0)'], "the host's padding, border and background never show around it");
  });

  test('annotated event, types, theme, same-origin src, and a refused cross-origin src', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${srv.base}/fixtures/element.html`);
    const result = await page.evaluate(async (other) => {
      const make = (attrs) =>
        new Promise((resolve) => {
          const el = document.createElement('newsmark-annotator');
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          el.addEventListener('annotated', (e) => resolve({ event: 'annotated', el, detail: e.detail }));
          el.addEventListener('error', (e) => resolve({ event: 'error', el, detail: e.detail }));
          document.body.append(el);
        });
      const marks = (el) => [...el.shadowRoot.querySelectorAll('mark')].map((m) => m.textContent);
      const watchlist = 'Telegram:ORG, Pavel Durov:PERSON, Kazakhstan:GPE';
      const typed = await make({ text: 'Telegram said Pavel Durov lives in Kazakhstan.', types: 'people', watchlist });
      const dark = await make({ text: 'Telegram', theme: 'dark', watchlist });
      const light = await make({ text: 'Telegram', theme: 'light', watchlist });
      const fetched = await make({ src: 'article.txt', watchlist });
      const refused = await make({ src: `${other}/fixtures/article.txt` });
      const bg = (el) => getComputedStyle(el.shadowRoot.querySelector('.nm')).backgroundColor;
      return {
        typed: { event: typed.event, spans: typed.detail.document.spans.map((s) => s.text), marks: marks(typed.el) },
        dark: bg(dark.el),
        light: bg(light.el),
        fetched: { event: fetched.event, text: fetched.detail.text, marks: marks(fetched.el) },
        refused: { event: refused.event, code: refused.detail.code, message: refused.detail.message, shown: refused.el.shadowRoot.querySelector('.status').textContent },
      };
    }, srv.other);
    assert.equal(result.typed.event, 'annotated');
    assert.deepEqual(result.typed.spans, ['Telegram', 'Pavel Durov', 'Kazakhstan'], 'the event carries the whole document');
    assert.deepEqual(result.typed.marks, ['Pavel Durov'], 'types="people" shows people only');
    assert.equal(result.dark, 'rgb(28, 28, 33)');
    assert.equal(result.light, 'rgb(255, 255, 255)');
    assert.equal(result.fetched.event, 'annotated');
    assert.equal(result.fetched.text.trim(), "Telegram said that Pavel Durov's app grew in Kazakhstan.");
    assert.deepEqual(result.fetched.marks, ['Telegram', 'Pavel Durov', 'Kazakhstan']);
    assert.equal(result.refused.event, 'error');
    assert.equal(result.refused.code, 'cross-origin');
    assert.match(result.refused.message, /refusing to fetch .*same origin|origin/);
    assert.equal(result.refused.shown, result.refused.message);
    await page.close();
  });
});

describe('iframe endpoint', () => {
  async function ask(page, frameUrl, { text = 'Telegram opened an office in Paris.', wait = 4000 } = {}) {
    return page.evaluate(
      async ({ frameUrl, text, wait }) => {
        const frame = document.createElement('iframe');
        frame.src = frameUrl;
        await new Promise((resolve) => {
          frame.addEventListener('load', resolve, { once: true });
          document.body.append(frame);
        });
        const target = new URL(frameUrl).origin;
        const id = `q${Math.random()}`;
        const messages = [];
        const done = new Promise((resolve) => {
          addEventListener('message', (event) => {
            if (event.source !== frame.contentWindow) return;
            messages.push({ origin: event.origin, data: event.data });
            if (event.data && event.data.id === id) resolve();
          });
          setTimeout(resolve, wait);
        });
        frame.contentWindow.postMessage(
          { type: 'annotate', id, text, options: { watchlist: [{ term: 'Telegram', label: 'ORG' }, { term: 'Paris', label: 'GPE' }] } },
          target,
        );
        await done;
        return messages.filter((m) => m.data.type !== 'ready').map((m) => ({ origin: m.origin, type: m.data.type, id: m.data.id === id, spans: m.data.document?.spans.map((s) => s.text) }));
      },
      { frameUrl, text, wait },
    );
  }

  test('answers an allowed origin, only to it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${srv.base}/fixtures/frame-host.html`);
    const replies = await ask(page, `${srv.other}/embed/frame.html?origins=https://a.example,${srv.base}`);
    assert.deepEqual(replies, [{ origin: srv.other, type: 'annotated', id: true, spans: ['Telegram', 'Paris'] }]);
    const bad = await ask(page, `${srv.other}/embed/frame.html?origins=${srv.base}`, { text: 42 });
    assert.deepEqual(bad, [{ origin: srv.other, type: 'error', id: true, spans: undefined }]);
    await page.close();
  });

  test('ignores origins that are not allowed (explicit list, and the same-origin default)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${srv.base}/fixtures/frame-host.html`);
    const listed = await ask(page, `${srv.other}/embed/frame.html?origins=https://a.example`, { wait: 1500 });
    const byDefault = await ask(page, `${srv.other}/embed/frame.html`, { wait: 1500 });
    assert.deepEqual(listed, []);
    assert.deepEqual(byDefault, []);
    // The frames were ready, so silence means refusal, not slowness.
    const statuses = await Promise.all(
      page.frames().filter((f) => f.url().includes('/embed/frame.html')).map((f) => f.locator('#status').textContent()),
    );
    assert.equal(statuses.length, 2);
    for (const s of statuses) assert.match(s, /ready/);
    // And its own origin is answered by default.
    const own = await ask(page, `${srv.base}/embed/frame.html`);
    assert.deepEqual(own, [{ origin: srv.base, type: 'annotated', id: true, spans: ['Telegram', 'Paris'] }]);
    await page.close();
  });
});

describe('bookmarklet', () => {
  async function bookmarkletCode() {
    const page = await browser.context.newPage();
    await page.goto(`${srv.base}/embed.html`);
    const href = await page.getAttribute('#bookmarklet-link', 'href');
    await page.close();
    assert.match(href, /^javascript:/);
    const code = decodeURIComponent(href.slice('javascript:'.length));
    assert.ok(code.includes(`"${srv.base}/embed/bookmarklet.js"`), 'the module URL comes from where the embed page is served');
    return code;
  }

  async function notice(page) {
    await page.waitForSelector('[data-newsmark-notice]', { state: 'attached', timeout: 10000 });
    return page.evaluate(() => {
      const n = document.querySelector('[data-newsmark-notice]');
      return (n.shadowRoot || n).textContent;
    });
  }

  test('finds the main article: <article>, else the element with the most paragraph text', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${srv.base}/fixtures/news.html`);
    const plain = await page.evaluate(() => import('/embed/bookmarklet.js').then((m) => m.findArticle().id));
    await page.goto(`${srv.base}/fixtures/host.html`);
    const article = await page.evaluate(() => import('/embed/bookmarklet.js').then((m) => m.findArticle().id));
    assert.equal(plain, 'body');
    assert.equal(article, 'story');
    await page.close();
  });

  test('highlights the article of a page on its origin, and clears on a second click', async () => {
    const code = await bookmarkletCode();
    const page = await browser.context.newPage();
    await page.goto(`${srv.base}/fixtures/news.html`);
    await page.evaluate(code);
    assert.match(await notice(page), /newsmark: \d+ highlights/);
    await page.evaluate(code);
    await page.waitForSelector('[data-newsmark-notice]', { state: 'detached' });
    assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
    await page.close();
  });

  test("says so when the page's CSP forbids loading newsmark", async () => {
    const code = await bookmarkletCode();
    const page = await browser.context.newPage();
    await page.goto(`${srv.other}/fixtures/news.html`); // another origin; its CSP allows only 'self'
    await page.evaluate(code);
    assert.match(await notice(page), /Content-Security-Policy/);
    await page.close();
  });

  test("says so when the page's CSP forbids WebAssembly", async () => {
    const code = await bookmarkletCode();
    const page = await browser.context.newPage();
    await page.goto(`${srv.base}/fixtures/news.html?csp=nowasm`);
    await page.evaluate(code);
    assert.match(await notice(page), /does not allow WebAssembly/);
    await page.close();
  });
});

test('the embedding guide runs its live examples under the strict CSP without errors', async () => {
  const page = await browser.context.newPage();
  const start = browser.errors.length;
  await page.goto(`${srv.base}/embed.html`);
  const step = (what, fn) =>
    page.waitForFunction(fn).catch((error) => {
      throw new Error(`${what}: ${error.message}\n${browser.errors.slice(start).join('\n')}`);
    });
  await step('the element annotates', () => document.getElementById('element-demo')?.document != null);
  await page.click('#highlight-run');
  await step('highlight() runs', () => /highlights \(/.test(document.getElementById('highlight-log').textContent));
  await page.click('#highlight-clear');
  await step('the iframe is ready', () => document.getElementById('frame-demo').contentDocument?.getElementById('status')?.textContent.includes('ready'));
  await page.click('#frame-send');
  await step('the iframe answers', () => /^#1: /.test(document.getElementById('frame-log').textContent));
  const paths = await page.evaluate(() =>
    [...document.querySelectorAll('[src], [href]')].map((el) => el.getAttribute('src') ?? el.getAttribute('href')),
  );
  for (const p of paths) assert.ok(!/^\/(?!\/)/.test(p), `${p} is not a relative path`);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
  assert.deepEqual(browser.errors.slice(start), []);
  // axe-core through the DevTools protocol (a <script> would be blocked by the CSP).
  await page.evaluate(fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    (await axe.run(document, { resultTypes: ['violations'] })).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`),
  );
  assert.deepEqual(violations, []);
  await page.close();
});
