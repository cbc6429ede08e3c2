// Throughput of one JavaScript-side annotator on the benchmark corpus, in
// this Node process, on one thread:
//
//   node bench/run_js.mjs TOOL CORPUS.jsonl [PASSES]
//   node bench/run_js.mjs --cold TOOL
//
// TOOL: newsmark-wasm (www/pkg, loaded with initSync: the build the page
// would load in this engine, SIMD or plain, see www/embed/wasm-build.js; or
// NEWSMARK_WASM=newsmark_bg.wasm), wink-nlp (its NER step:
// pipe ['ner']), wink-nlp-full (wink's default pipeline), compromise (people,
// places, organisations and numbers). After a warm-up over the first tenth
// of the articles, every article is annotated PASSES times (default 3; the
// fastest pass counts). Prints one JSON line.
//
// --cold: loads TOOL from nothing and annotates one short article; prints
// the milliseconds from the start of loading to the end of the first
// annotation. Run it in a fresh process each time (scripts/bench.sh does).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const require = createRequire(import.meta.url);
const REFERENCE_DATE = '2024-10-20';
const SHORT =
  'Telegram said on Oct. 14 that 12.5 million people in Kazakhstan used the app last year, up 25%, ' +
  'according to Pavel Durov, its chief executive.';

/** Loads a tool; resolves to `annotate(text) -> number of entities found`. */
async function load(tool) {
  switch (tool) {
    case 'newsmark-wasm': {
      const pkg = process.env.NEWSMARK_PKG || path.join(root, 'www/pkg');
      const { WASM_FILE } = await import(pathToFileURL(path.join(root, 'www/embed/wasm-build.js')).href);
      const file = process.env.NEWSMARK_WASM || WASM_FILE;
      const glue = await import(pathToFileURL(path.join(pkg, 'newsmark.js')).href);
      const wasm = glue.initSync({ module: fs.readFileSync(path.join(pkg, file)) });
      const options = { referenceDate: REFERENCE_DATE };
      return { annotate: (text) => glue.annotate(text, options).spans.length, wasm, file };
    }
    case 'wink-nlp':
    case 'wink-nlp-full': {
      const winkNLP = require('wink-nlp');
      const model = require('wink-eng-lite-web-model');
      const nlp = tool === 'wink-nlp' ? winkNLP(model, ['ner']) : winkNLP(model);
      const its = nlp.its;
      return { annotate: (text) => nlp.readDoc(text).entities().out(its.detail).length };
    }
    case 'compromise': {
      const nlp = (await import('compromise')).default;
      return {
        annotate: (text) => {
          const doc = nlp(text);
          return doc.people().length + doc.places().length + doc.organizations().length + doc.numbers().length;
        },
      };
    }
    default:
      throw new Error(`unknown tool ${tool}`);
  }
}

async function cold(tool) {
  const start = performance.now();
  const { annotate, file } = await load(tool);
  const loaded = performance.now();
  const found = annotate(SHORT);
  const end = performance.now();
  console.log(JSON.stringify({ tool, file, cold_start_ms: end - start, load_ms: loaded - start, first_ms: end - loaded, found }));
}

async function throughput(tool, corpusPath, passes) {
  const texts = fs
    .readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line).text);
  const words = texts.reduce((n, t) => n + (t.match(/\S+/g) || []).length, 0);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const { annotate, wasm, file } = await load(tool);

  let peakRss = process.memoryUsage().rss;
  const sample = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };
  const warmUp = performance.now();
  for (const text of texts.slice(0, Math.ceil(texts.length / 10))) annotate(text);
  const warmUpS = (performance.now() - warmUp) / 1000;
  sample();

  let best = Infinity;
  let found = 0;
  for (let pass = 0; pass < passes; pass++) {
    found = 0;
    const start = performance.now();
    for (let i = 0; i < texts.length; i++) {
      found += annotate(texts[i]);
      if ((i & 63) === 0) sample();
    }
    best = Math.min(best, (performance.now() - start) / 1000);
    sample();
  }
  const result = {
    tool,
    articles: texts.length,
    bytes,
    words,
    passes,
    seconds: best,
    words_per_s: words / best,
    mb_per_s: bytes / best / 1e6,
    warm_up_s: warmUpS,
    found,
    peak_rss_kb: Math.round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024),
  };
  if (file) result.file = file;
  if (wasm && wasm.memory) result.wasm_memory_kb = wasm.memory.buffer.byteLength / 1024;
  console.log(JSON.stringify(result));
}

const args = process.argv.slice(2);
if (args[0] === '--cold') {
  await cold(args[1]);
} else if (args.length >= 2) {
  await throughput(args[0], args[1], Math.max(1, Number(args[2] || 3)));
} else {
  console.error('usage: node bench/run_js.mjs TOOL CORPUS.jsonl [PASSES] | --cold TOOL');
  process.exit(2);
}
