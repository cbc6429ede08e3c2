// Issue 5i and 5k: axe-core finds no serious or critical violations in light
// and dark themes and at 360 px; the page is keyboard operable; print style;
// screenshots of desktop light, desktop dark and phone.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { GOLDEN, assertNoErrors, axe, openJSON, openPage, pasteText, screenshot, start } from './helpers.mjs';
import { goldenFixture } from './fixtures.mjs';

const envs = [];
after(async () => Promise.all(envs.map((e) => e.close())));

// `live`: the golden article as the recognisers annotate it today (what the
// screenshots show); otherwise the fixed document, for exact assertions.
async function annotatedPage(options, { live = false } = {}) {
  const env = await start(options);
  envs.push(env);
  const page = await openPage(env);
  if (live) await pasteText(page, GOLDEN);
  else await openJSON(page, 'golden.json', goldenFixture());
  return { env, page };
}

// Open every panel so axe sees their content too.
const openPanels = (page) => page.$$eval('details', (ds) => ds.forEach((d) => (d.open = true)));

const report = (violations) => violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.join(', ')}`).join('\n');

for (const colorScheme of ['light', 'dark']) {
  test(`desktop ${colorScheme}: no serious or critical axe violations`, async () => {
    const { env, page } = await annotatedPage({ colorScheme }, { live: true });
    await screenshot(page, `desktop-${colorScheme}.png`);
    await openPanels(page);
    const violations = await axe(page);
    assert.deepEqual(violations, [], report(violations));
    // With a tooltip and an entity selection showing as well.
    await page.locator('#reading mark.m').first().click();
    assert.deepEqual(await axe(page), []);
    assertNoErrors(env.errors);
  });
}

test('phone (360 px): no horizontal scrolling, no axe violations', async () => {
  const { env, page } = await annotatedPage({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, { live: true });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width}px wide at 360px`);
  await screenshot(page, 'phone-360.png');
  await openPanels(page);
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360);
  const violations = await axe(page);
  assert.deepEqual(violations, [], report(violations));
  assertNoErrors(env.errors);
});

test('keyboard only: reach the article, follow an entity, use the tools', async () => {
  const { page } = await annotatedPage();
  // The skip link is the first stop and leads to the article.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('#reading') !== null), true, 'Tab after the skip link enters the article');
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'The U.S. Chamber of Commerce');
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  assert.equal(await page.isVisible('#mention-nav'), true);
  // Legend buttons are real buttons with aria-pressed.
  const legend = await page.$$eval('#legend button', (bs) => bs.map((b) => b.getAttribute('aria-pressed')));
  assert.ok(legend.every((p) => p === 'true'));
  // Every control in the page is reachable by Tab (none has a negative tabindex
  // except the highlights, which the roving tabindex handles).
  const unreachable = await page.$$eval('button, input, select, textarea, a[href], summary', (els) =>
    els.filter((e) => e.tabIndex < 0 && !e.classList.contains('visually-hidden')).map((e) => e.id || e.textContent),
  );
  assert.deepEqual(unreachable, []);
  // The visually hidden file inputs show their focus on their label.
  await page.$$eval('details', (ds) => ds.forEach((d) => (d.open = true)));
  await page.focus('#open-json');
  const outline = await page.$eval('#open-json', (i) => getComputedStyle(i.closest('label')).outlineStyle);
  assert.equal(outline, 'solid');
});

test('print shows the annotated article only', async () => {
  const { page } = await annotatedPage();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.input-pane'), false);
  assert.equal(await page.isVisible('.panels'), false);
  assert.equal(await page.isVisible('#reading'), true);
  await screenshot(page, 'print.png');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000);
});
