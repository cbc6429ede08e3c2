// Security of the page: an XSS corpus (script tags, event-handler
// attributes, javascript: URLs, SVG and MathML payloads, attribute and
// template break-outs) pasted into the textarea must never run, and the page
// must work under its strict CSP without a single violation. Every payload
// calls window.__xss(n), exposed by Playwright, so any execution is seen;
// dialogs are caught too. The same corpus also goes through the other ways
// text enters the page when they exist: a share link, "Open JSON export"
// with hostile fields, and the standalone HTML export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WWW, openPage, pasteText, start, waitForAnnotation } from './helpers.mjs';

/** Each payload calls __xss with its number if it ever runs. */
const PAYLOADS = [
  '<script>__xss(1)</script>',
  '<img src=x onerror=__xss(2)>',
  '<svg onload=__xss(3)>',
  '<svg><script>__xss(4)</script></svg>',
  '<a href="javascript:__xss(5)">read more</a>',
  '<iframe srcdoc="<script>parent.__xss(6)</script>"></iframe>',
  '"><img src=x onerror=__xss(7)>',
  "'><svg/onload=__xss(8)>",
  '${__xss(9)}',
  '<details open ontoggle=__xss(10)>',
  '<body onload=__xss(11)>',
  '<math><mtext></form><form><mglyph><style></math><img src onerror=__xss(12)>',
  '<input autofocus onfocus=__xss(13)>',
  'javascript:__xss(14)',
  '<object data="javascript:__xss(15)"></object>',
  '<video><source onerror=__xss(16)></video>',
  '<svg><animate onbegin=__xss(17) attributeName=x dur=1s>',
  '<iframe src="javascript:parent.__xss(18)"></iframe>',
  '<form><button formaction="javascript:__xss(19)">go</button></form>',
  '<img src="x" onerror="&#95;&#95;xss(20)">',
  '<scr<script>ipt>__xss(21)</script>',
  '<div style="background:url(javascript:__xss(22))">',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(23)">',
  '<base href="javascript:__xss(24)//">',
  '</textarea><script>__xss(25)</script>',
  '<template><img src=x onerror=__xss(26)></template>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(27)>">',
  '<a href="&#106;avascript:__xss(28)">Telegram</a>',
];

/** News sentences with the payloads inside names, numbers and dates, so they land in spans and panels. */
const ARTICLE = [
  'Telegram said on Oct. 14 that 12.5 million people in Kazakhstan used it, up 25% from last year.',
  ...PAYLOADS.map((p, i) => `Pavel Durov${i % 2 ? p : ''} said ${p} revenue rose ${10 + i}% to $${i + 1}.2 billion on Oct. ${i + 1}, ${p}according to Meridian Telecom.`),
  `Maria <b onmouseover=__xss(40)>Okafor</b> of <i onclick=__xss(41)>Northwind Bank</i> said 3,400 jobs would go in <u onfocus=__xss(42) tabindex=0>Lagos</u>.`,
].join('\n\n');

let env;
const fired = [];
before(async () => {
  env = await start();
  await env.context.exposeFunction('__xss', (n) => fired.push(`payload ${n} ran`));
  // Collected inside every page before its own scripts run.
  await env.context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
      true,
    );
  });
  env.context.on('page', watchDialogs);
  env.context.pages().forEach(watchDialogs);
});
after(async () => env?.close());

function watchDialogs(page) {
  page.on('dialog', (dialog) => {
    fired.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
}

/** Clicks, hovers and focuses what the page rendered, to wake handlers up. */
async function poke(page, limit = 40) {
  const marks = await page.$$('mark, a, button:not([disabled])');
  for (const el of marks.slice(0, limit)) {
    const tag = await el.evaluate((e) => e.tagName).catch(() => '');
    // Links are checked, not followed: the page must not leave for javascript: URLs.
    if (tag === 'A') {
      const href = await el.getAttribute('href').catch(() => null);
      assert.ok(!/^\s*javascript:/i.test(href || ''), `a link to ${href}`);
      continue;
    }
    if (tag === 'BUTTON') continue; // the page's own controls: not ours to press here
    await el.hover({ timeout: 500 }).catch(() => {});
    await el.click({ timeout: 500 }).catch(() => {});
  }
  await page.keyboard.press('Escape').catch(() => {});
  await page.waitForTimeout(300);
}

async function assertNothingRan(page, where) {
  await page.waitForTimeout(200);
  const violations = await page.evaluate(() => window.__cspViolations || []);
  assert.deepEqual(fired, [], `${where}: a payload ran`);
  assert.deepEqual(violations, [], `${where}: Content-Security-Policy violations`);
  const injected = await page.$$eval(
    'main script, main img, main svg, main iframe, main object, main embed, main video, main math, main form, main input:not([type]), main details, main base, main meta',
    (els) => els.map((e) => e.outerHTML.slice(0, 200)),
  );
  // The page draws its own charts and icons; none may carry a payload.
  const hostile = injected.filter((html) => /__xss|javascript:|onerror|onload/i.test(html));
  assert.deepEqual(hostile, [], `${where}: markup from the text became elements`);
}

test('the page works under its strict CSP without violations', async () => {
  const response = await fetch(env.url);
  assert.match(response.headers.get('content-security-policy') || '', /script-src 'self'/);
  const page = await openPage(env);
  await page.waitForSelector('textarea');
  await pasteText(page, 'Telegram said on Oct. 14 that 12.5 million people in Kazakhstan used it, up 25% from last year.');
  const marks = await page.$$eval('mark', (ms) => ms.length);
  assert.ok(marks > 0, 'the annotator ran and highlighted the sentence');
  await poke(page);
  await assertNothingRan(page, 'plain article');
});

test('an XSS corpus pasted into the textarea never runs', async () => {
  const page = await openPage(env);
  await pasteText(page, ARTICLE);
  const shown = await page.evaluate(() => document.querySelector('main').textContent);
  for (const p of PAYLOADS.slice(0, 5)) assert.ok(shown.includes(p), `payload shown as text: ${p}`);
  await poke(page);
  await assertNothingRan(page, 'textarea');
  // Each payload alone too: a short text takes other paths (one paragraph, no chunking).
  for (const p of PAYLOADS) {
    await pasteText(page, `Apple said ${p} on Monday.`);
    await poke(page, 4);
  }
  await assertNothingRan(page, 'textarea, one payload at a time');
});

test('typing the corpus (input events, not a paste) never runs it', async () => {
  const page = await openPage(env);
  const area = page.locator('textarea').first();
  await area.fill('');
  await area.type(PAYLOADS.slice(0, 6).join(' '), { delay: 0 });
  await waitForAnnotation(page).catch(() => page.waitForTimeout(1500));
  await poke(page);
  await assertNothingRan(page, 'typed');
});

test('a share link carrying the corpus never runs it', async (t) => {
  const share = path.join(WWW, 'share.js');
  const mod = fs.existsSync(share) ? await import(pathToFileURL(share).href) : {};
  if (typeof mod.encodeShare !== 'function') return t.skip('no share links in this page');
  const hash = await mod.encodeShare({
    text: ARTICLE.slice(0, 6000),
    referenceDate: '2024-10-20"><img src=x onerror=__xss(50)>',
    watchlist: [{ term: '<img src=x onerror=__xss(51)>', label: 'PERSON' }, { term: 'Durov', label: '<svg onload=__xss(52)>' }],
    hidden: ['<img src=x onerror=__xss(53)>'],
  });
  const page = await openPage(env);
  await page.goto(`${env.url}#${hash.replace(/^#/, '')}`);
  await page.waitForSelector('textarea');
  await waitForAnnotation(page).catch(() => page.waitForTimeout(1500));
  await poke(page);
  await assertNothingRan(page, 'share link');
});

test('an opened JSON export with hostile fields never runs them', async (t) => {
  const page = await openPage(env);
  if (!(await page.$('#open-json'))) return t.skip('no JSON import in this page');
  const text = `Pavel Durov <img src=x onerror=__xss(60)> said 25% on Oct. 14.`;
  const span = (id, s, label, extra = {}) => ({ id, start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, label, ...extra });
  const doc = {
    text,
    reference_date: '2024-10-20',
    spans: [
      span(0, 'Pavel Durov', 'PERSON', { group: 0 }),
      span(1, '<img src=x onerror=__xss(60)>', '<svg onload=__xss(61)>', { unit: '<img src=x onerror=__xss(62)>' }),
      span(2, '25%', 'PERCENT', { value: 25, approx: '<img src=x onerror=__xss(63)>' }),
      span(3, 'Oct. 14', 'DATE', { timex: '"><img src=x onerror=__xss(64)>' }),
    ],
    groups: [{ id: 0, label: 'PERSON', name: '<img src=x onerror=__xss(65)>', mentions: [0] }],
    statistics: [
      {
        id: 0, value_span: 2, subject: '<img src=x onerror=__xss(66)>', time_span: 3, source: '<svg onload=__xss(67)>',
        change: { direction: 'up', value: 5, unit: '<b onmouseover=__xss(68)>x</b>', baseline: 'javascript:__xss(69)' },
        source_group: 0, sentence: [0, text.length],
      },
    ],
  };
  await page.setInputFiles('#open-json', {
    name: '<img src=x onerror=__xss(70)>.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc)),
  });
  await page.waitForTimeout(800);
  await poke(page);
  await assertNothingRan(page, 'JSON import');
});

test('the standalone HTML export escapes the corpus', async (t) => {
  const file = path.join(WWW, 'export.js');
  let mod = {};
  try {
    mod = fs.existsSync(file) ? await import(pathToFileURL(file).href) : {};
  } catch (error) {
    return t.skip(`export.js does not load in Node: ${error.message}`);
  }
  if (typeof mod.toHTML !== 'function') return t.skip('no HTML export in this page');
  const text = `${PAYLOADS.join('\n')}\nPavel Durov said 25%.`;
  const spans = [];
  let at = 0;
  PAYLOADS.forEach((p, i) => {
    spans.push({ id: i, start: at, end: at + p.length, text: p, label: i % 2 ? 'PERSON' : 'MONEY', unit: p, timex: p, approx: p });
    at += p.length + 1;
  });
  const html = mod.toHTML(text, { spans, groups: [], statistics: [] }, { referenceDate: PAYLOADS[1], version: PAYLOADS[2], title: PAYLOADS[0] });
  // Opened without its own CSP, so escaping alone must hold.
  const page = await env.context.newPage();
  await page.setContent(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, ''));
  await poke(page);
  assert.deepEqual(fired, [], 'a payload ran in the exported HTML');
  const elements = await page.$$eval('body *', (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))]);
  const unexpected = elements.filter((tag) => !['h1', 'p', 'main', 'mark', 'span', 'i', 'b', 'br', 'div', 'section', 'header', 'footer', 'small', 'abbr'].includes(tag));
  assert.deepEqual(unexpected, [], 'the export holds only its own elements');
  await page.close();
});
