// The basic page: paste the golden article, highlights appear with the right
// labels, nothing logs an error, a screenshot is kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { GOLDEN, ROOT, assertNoErrors, highlights, openPage, pasteText, screenshot, start } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => env?.close());

// Key spans of the golden article. Each entry accepts any of a few labels so
// the test pins what matters (a highlight of exactly this text, with a
// sensible type) and survives the recognisers getting better.
const EXPECTED = [
  { text: 'Telegram', labels: ['ORG', 'PRODUCT'] },
  { text: 'Pavel Durov', labels: ['PERSON'] },
  { text: 'Kazakhstan', labels: ['GPE'] },
  { text: '25%', labels: ['PERCENT'] },
  { text: 'Oct. 14', labels: ['DATE'] },
];

test('the golden article is highlighted with the key spans', async () => {
  const page = await openPage(env);
  await pasteText(page, GOLDEN);
  const marks = await highlights(page);
  const missing = EXPECTED.filter((e) => !marks.some((m) => m.text === e.text && e.labels.includes(m.label)));
  await screenshot(page, 'page-golden.png');
  assert.deepEqual(
    missing.map((e) => `${e.text} (${e.labels.join('|')})`),
    [],
    `missing highlights; rendered: ${JSON.stringify(marks)}`,
  );
  // Every highlight is an exact slice of the pasted text, in order.
  let at = 0;
  for (const m of marks) {
    const found = GOLDEN.indexOf(m.text, at);
    assert.ok(found >= 0, `highlight ${JSON.stringify(m.text)} is not in the article (in order)`);
    at = found + m.text.length;
  }
  // The legend counts what is shown.
  const legendTotal = await page.$$eval('#legend .count', (cs) => cs.reduce((n, c) => n + parseInt(c.textContent, 10), 0));
  assert.equal(legendTotal, marks.length);
  assertNoErrors(env.errors);
});

test('pasted markup is shown as text, never run', async () => {
  const page = await openPage(env);
  const hostile = 'Apple said <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> on Monday.';
  await pasteText(page, hostile);
  const text = await page.textContent('#reading');
  assert.ok(text.includes('<img src=x onerror="window.__pwned=1">'), 'markup shown literally');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('#reading img, #reading script', (n) => n.length), 0);
  assertNoErrors(env.errors);
});

test('the page works from a sub-path of a static host (relative paths only)', async () => {
  const sub = await start({ root: ROOT });
  try {
    const page = await sub.context.newPage();
    await page.goto(`${sub.url}www/`);
    await page.waitForFunction(() => document.querySelector('#version')?.textContent, null, { timeout: 20000 });
    await pasteText(page, GOLDEN);
    assert.ok((await highlights(page)).length > 0);
    assertNoErrors(sub.errors);
  } finally {
    await sub.close();
  }
});

test('when the module cannot load, the page says so instead of failing silently', async () => {
  const broken = await start();
  try {
    await broken.context.route(/\/pkg\/newsmark(_simd)?_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    const page = await broken.context.newPage();
    await page.goto(broken.url);
    const message = page.locator('#message');
    await message.waitFor({ state: 'visible', timeout: 20000 });
    assert.match(await message.textContent(), /The annotator could not start/);
  } finally {
    await broken.close();
  }
});
