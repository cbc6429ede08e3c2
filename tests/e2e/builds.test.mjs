// The two builds of the WebAssembly module (scripts/build-wasm.sh): the one
// with SIMD instructions and the plain one give the same documents, and
// www/embed/wasm-build.js picks the SIMD build only where the engine
// validates SIMD. Node runs both builds, so both are checked here whatever
// browser the other tests use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './fixtures/harness.mjs';

const PKG = path.join(ROOT, 'www/pkg');
const OPTIONS = { referenceDate: '2024-10-20' };
let corpus;

/** A separate instance of the glue (its own module record) running `file`. */
async function load(file) {
  const glue = await import(`${pathToFileURL(path.join(PKG, 'newsmark.js')).href}?${file}`);
  glue.initSync({ module: fs.readFileSync(path.join(PKG, file)) });
  return glue;
}

before(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-builds-'));
  corpus = path.join(dir, 'corpus.jsonl');
  execFileSync(process.execPath, [path.join(ROOT, 'bench/gen_corpus.mjs'), corpus, '300000'], { stdio: 'pipe' });
});

after(() => {
  if (corpus) fs.rmSync(path.dirname(corpus), { recursive: true, force: true });
});

test('the SIMD build and the plain build give the same documents', async () => {
  const simd = await load('newsmark_simd_bg.wasm');
  const plain = await load('newsmark_bg.wasm');
  const texts = [
    fs.readFileSync(path.join(ROOT, 'www/sample.txt'), 'utf8'),
    fs.readFileSync(path.join(ROOT, 'tests/golden/article.txt'), 'utf8'),
    ...fs.readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text),
    'NUL\u0000 and \u202eright-to-left\u202c, a lone \ud800 surrogate, 1'.padEnd(3000, '9'),
  ];
  let spans = 0;
  for (const text of texts) {
    const expected = plain.annotate(text, OPTIONS);
    assert.deepEqual(simd.annotate(text, OPTIONS), expected, `the builds differ on: ${text.slice(0, 80)}`);
    spans += expected.spans.length;
  }
  assert.ok(texts.length > 100 && spans > 5000, `compared ${texts.length} texts, ${spans} spans`);
});

test('the SIMD build is chosen exactly where the engine validates SIMD', async () => {
  const { SIMD, SIMD_PROBE, WASM_FILE, wasmUrl } = await import(pathToFileURL(path.join(ROOT, 'www/embed/wasm-build.js')).href);
  // The probe needs SIMD: the same module returning an i32 instead of a
  // v128, without the SIMD instruction, is valid everywhere.
  const scalar = new Uint8Array([...SIMD_PROBE.slice(0, 14), 0x7f, ...SIMD_PROBE.slice(15, 20), 0x06, 0x01, 0x04, 0x00, 0x41, 0x00, 0x0b]);
  assert.ok(WebAssembly.validate(scalar), 'the probe without SIMD is a valid module');
  assert.equal(SIMD, WebAssembly.validate(SIMD_PROBE));
  assert.ok(SIMD, 'this Node has WebAssembly SIMD');
  assert.equal(WASM_FILE, 'newsmark_simd_bg.wasm');
  assert.equal(wasmUrl().href, pathToFileURL(path.join(PKG, WASM_FILE)).href);
  assert.ok(WebAssembly.validate(fs.readFileSync(path.join(PKG, 'newsmark_simd_bg.wasm'))));
  assert.ok(WebAssembly.validate(fs.readFileSync(path.join(PKG, 'newsmark_bg.wasm'))));
  // The service worker caches the build the worker loads: its copy of the probe is the same.
  const sw = fs.readFileSync(path.join(ROOT, 'www/sw.js'), 'utf8');
  const copy = /const SIMD_PROBE = new Uint8Array\(\[([^\]]*)\]\)/.exec(sw);
  assert.ok(copy, 'www/sw.js has a SIMD_PROBE');
  assert.deepEqual(copy[1].split(',').map((b) => b.trim()).filter(Boolean).map(Number), [...SIMD_PROBE]);
});
