// The npm package `newsmark` (npm/): assembled by scripts/build-npm.sh and
// packed with `npm pack`, it imports in Node through its exports map, runs
// from plain ES modules in Chromium, survives a Vite production build
// whose output runs in Chromium under the strict CSP, and its declarations
// compile under `tsc --strict`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, startServer, startBrowser } from './fixtures/harness.mjs';

const NPM = path.join(ROOT, 'npm');
let project; // a throwaway project with the packed package installed in node_modules/newsmark

before(() => {
  execFileSync('bash', [path.join(ROOT, 'scripts/build-npm.sh')], { cwd: ROOT, stdio: 'pipe' });
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-npm-'));
  // What `npm publish` would upload: `npm pack` (local, no registry), unpacked.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: NPM, encoding: 'utf8' }))[0];
  const installed = path.join(project, 'node_modules/newsmark');
  fs.mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['xzf', path.join(project, packed.filename), '-C', installed, '--strip-components=1']);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
});

after(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

const WATCH = [{ term: 'Telegram', label: 'ORG' }, { term: 'Kazakhstan', label: 'GPE' }];
const TEXT = 'Telegram 🎉 grew in Kazakhstan.';

test('the packed package has what its exports map promises', () => {
  const installed = path.join(project, 'node_modules/newsmark');
  const pkg = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'newsmark');
  assert.equal(pkg.type, 'module');
  const targets = Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)));
  for (const target of targets) assert.ok(fs.existsSync(path.join(installed, target)), `${target} is not in the package`);
  for (const file of [...pkg.files, 'README.md']) assert.ok(fs.existsSync(path.join(installed, file)), `${file} is not in the package`);
  // The licence note of the code and the model data it embeds (not all MIT).
  const note = /^SEE LICENSE IN (.+)$/.exec(pkg.license)?.[1];
  assert.ok(note && fs.existsSync(path.join(installed, note)), `the licence note ${pkg.license} is not in the package`);
  assert.match(fs.readFileSync(path.join(installed, note), 'utf8'), /ner\.bin[\s\S]*research use/);
});

test("imports in Node by name ('newsmark/node') and by path (npm/dist/node.js)", async () => {
  const script = `import { annotate, version, labelsFor } from 'newsmark/node';
    const doc = annotate(${JSON.stringify(TEXT)}, { referenceDate: '2024-10-20', watchlist: ${JSON.stringify(WATCH)} });
    console.log(JSON.stringify({ version: version(), spans: doc.spans.map((s) => [s.text, s.label, s.start, s.end]), places: [...labelsFor('places')] }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout);
  assert.match(out.version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(out.spans, [['Telegram', 'ORG', 0, 8], ['Kazakhstan', 'GPE', TEXT.indexOf('Kazakhstan'), TEXT.indexOf('Kazakhstan') + 10]], 'UTF-16 offsets past the emoji');
  assert.deepEqual(out.places, ['GPE', 'LOC', 'FAC']);

  const byPath = await import(pathToFileURL(path.join(NPM, 'dist/node.js')).href);
  const doc = byPath.annotate(TEXT, { watchlist: WATCH });
  assert.deepEqual(doc.spans.map((s) => TEXT.slice(s.start, s.end)), ['Telegram', 'Kazakhstan']);
  assert.throws(() => byPath.annotate(TEXT, { referenceDate: 'yesterday' }), /referenceDate/);

  // The browser entry imports without a DOM too (server-side rendering).
  const browserEntry = spawnSync(process.execPath, ['--input-type=module', '-e', "const m = await import('newsmark'); console.log(typeof m.highlight, typeof m.NewsmarkAnnotator)"], { cwd: project, encoding: 'utf8' });
  assert.equal(browserEntry.status, 0, browserEntry.stderr);
  assert.equal(browserEntry.stdout.trim(), 'function function');
});

test('its declarations compile under tsc --strict', () => {
  const tsc = path.join(ROOT, 'node_modules/.bin/tsc');
  assert.ok(fs.existsSync(tsc), 'typescript is missing: npm ci');
  const run = spawnSync(tsc, ['-p', path.join(NPM, 'tsconfig.json')], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
});

test('runs without a bundler: dist/index.js imported as a plain ES module in Chromium', async () => {
  fs.writeFileSync(path.join(project, 'plain.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain</title></head><body></body></html>');
  const srv = await startServer({ root: project });
  const browser = await startBrowser();
  try {
    const page = await browser.context.newPage();
    const missing = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(new URL(response.url()).pathname);
    });
    await page.goto(`${srv.base}/plain.html`);
    const spans = await page.evaluate(
      async ({ text, watch }) => {
        const m = await import('/node_modules/newsmark/dist/index.js');
        await m.init();
        return m.annotate(text, { watchlist: watch }).spans.map((s) => text.slice(s.start, s.end));
      },
      { text: TEXT, watch: WATCH },
    );
    assert.deepEqual(spans, ['Telegram', 'Kazakhstan']);
    assert.deepEqual(missing.filter((p) => p !== '/favicon.ico'), []);
    assert.deepEqual(browser.errors.filter((e) => !e.includes('Failed to load resource')), []);
  } finally {
    await browser.close();
    srv.server.close();
  }
});

test('a Vite production build of a page using it runs in Chromium under the strict CSP', async () => {
  const { build } = await import('vite');
  fs.writeFileSync(
    path.join(project, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title><script type="module" src="./main.js"></script></head>' +
      '<body><p id="story">Telegram said <em>Kazakh</em>stan grew.</p><newsmark-annotator id="el" text="Telegram" watchlist="Telegram:ORG"></newsmark-annotator></body></html>',
  );
  fs.writeFileSync(
    path.join(project, 'main.js'),
    `import { init, annotate, highlight } from 'newsmark';
     await init();
     const doc = annotate(${JSON.stringify(TEXT)}, { watchlist: ${JSON.stringify(WATCH)} });
     const handle = await highlight(document.getElementById('story'), { watchlist: ${JSON.stringify(WATCH)} });
     document.body.dataset.result = JSON.stringify({
       spans: doc.spans.map((s) => s.text),
       highlighted: handle.ranges.map((r) => r.range.toString()),
     });`,
  );
  await build({ root: project, logLevel: 'error', configFile: false, build: { outDir: 'dist', emptyOutDir: true } });
  const assets = fs.readdirSync(path.join(project, 'dist/assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `no .wasm emitted among ${assets}`);

  const srv = await startServer({ root: path.join(project, 'dist') });
  const browser = await startBrowser();
  try {
    const page = await browser.context.newPage();
    const missing = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(new URL(response.url()).pathname);
    });
    await page.goto(`${srv.base}/index.html`);
    await page.waitForFunction(() => document.body.dataset.result, null, { timeout: 15000 }).catch((error) => {
      throw new Error(`${error.message}\n${browser.errors.join('\n')}`);
    });
    const result = JSON.parse(await page.evaluate(() => document.body.dataset.result));
    assert.deepEqual(result, { spans: ['Telegram', 'Kazakhstan'], highlighted: ['Telegram', 'Kazakhstan'] });
    await page.waitForFunction(() => document.getElementById('el').document != null);
    assert.equal(await page.evaluate(() => document.getElementById('el').shadowRoot.querySelector('mark').textContent), 'Telegram');
    assert.deepEqual(missing.filter((p) => p !== '/favicon.ico'), [], 'every file of the build is found');
    assert.deepEqual(browser.errors.filter((e) => !e.includes('Failed to load resource')), []);
  } finally {
    await browser.close();
    srv.server.close();
  }
});
