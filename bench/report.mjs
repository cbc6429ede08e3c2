// Reads the JSON lines that scripts/bench.sh collected and prints the table,
// the ratios of newsmark to each peer, and the budgets of README.md.
//
//   node bench/report.mjs RESULTS.jsonl [--strict]
//
// --strict: exit 1 when a budget is missed (the default only reports).
import fs from 'node:fs';

const [file, flag] = process.argv.slice(2);
const rows = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim().startsWith('{'))
  .map((l) => JSON.parse(l));

const throughput = new Map(rows.filter((r) => r.words_per_s).map((r) => [r.tool, r]));
const colds = new Map();
for (const r of rows.filter((r) => r.cold_start_ms !== undefined)) {
  if (!colds.has(r.tool)) colds.set(r.tool, []);
  colds.get(r.tool).push(r);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const sizes = rows.filter((r) => r.tool === 'wasm-size');

const fmt = (x, digits = 0) =>
  Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '-';
const pad = (s, n) => String(s).padStart(n);

const corpus = throughput.values().next().value;
if (corpus) {
  console.log(`corpus: ${corpus.articles} articles, ${fmt(corpus.bytes)} bytes, ${fmt(corpus.words)} words (whitespace-separated)`);
}
console.log('');
console.log(`${'tool'.padEnd(16)}${pad('words/s', 12)}${pad('MB/s', 8)}${pad('found', 8)}${pad('peak RSS', 11)}${pad('cold start', 12)}`);
const tools = ['newsmark-native', 'newsmark-wasm', 'wink-nlp', 'wink-nlp-full', 'compromise'];
for (const tool of tools) {
  const t = throughput.get(tool);
  const c = colds.get(tool);
  if (!t && !c) continue;
  const found = t ? (t.spans ?? t.found) : undefined;
  const cold = c ? `${fmt(median(c.map((r) => r.cold_start_ms)), 1)} ms` : '-';
  console.log(
    `${tool.padEnd(16)}${pad(t ? fmt(t.words_per_s) : '-', 12)}${pad(t ? fmt(t.mb_per_s, 2) : '-', 8)}` +
      `${pad(found ?? '-', 8)}${pad(t && t.peak_rss_kb ? `${fmt(t.peak_rss_kb / 1024, 1)} MB` : '-', 11)}${pad(cold, 12)}`,
  );
}
const wasm = throughput.get('newsmark-wasm');
if (wasm && wasm.file) console.log(`\nnewsmark-wasm ran ${wasm.file}, the build the page loads in this engine`);
if (wasm && wasm.wasm_memory_kb) console.log(`newsmark-wasm linear memory after the run: ${fmt(wasm.wasm_memory_kb / 1024, 1)} MB`);
const nc = colds.get('newsmark-wasm');
if (nc) {
  console.log(
    `newsmark-wasm cold start (median of ${nc.length}): load+compile ${fmt(median(nc.map((r) => r.load_ms)), 1)} ms,` +
      ` first annotation ${fmt(median(nc.map((r) => r.first_ms)), 1)} ms`,
  );
}
for (const size of sizes) {
  console.log(`${size.file.split('/').pop()}: ${fmt(size.raw)} bytes raw, ${fmt(size.gzip)} gzip -9, ${fmt(size.brotli)} brotli -11`);
}

console.log('\nratios (newsmark words/s ÷ peer words/s):');
for (const ours of ['newsmark-wasm', 'newsmark-native']) {
  const o = throughput.get(ours);
  if (!o) continue;
  for (const peer of ['wink-nlp', 'wink-nlp-full', 'compromise']) {
    const p = throughput.get(peer);
    if (p) console.log(`  ${ours} / ${peer}: ${fmt(o.words_per_s / p.words_per_s, 2)}×`);
  }
}
const n = throughput.get('newsmark-native');
if (n && wasm) console.log(`  newsmark-wasm / newsmark-native: ${fmt(wasm.words_per_s / n.words_per_s, 2)}×`);

console.log('\nbudgets:');
const budgets = [];
const winkNer = throughput.get('wink-nlp');
if (wasm && winkNer) {
  const ratio = wasm.words_per_s / winkNer.words_per_s;
  budgets.push(['WASM full pipeline ≥ wink-nlp NER step (aim 2×)', `${fmt(ratio, 2)}×`, ratio >= 1]);
}
if (nc) {
  const ms = median(nc.map((r) => r.cold_start_ms));
  budgets.push(['cold start in Node < 150 ms', `${fmt(ms, 1)} ms`, ms < 150]);
}
if (sizes.length) {
  // A browser downloads one build: the larger must fit.
  const gzip = Math.max(...sizes.map((s) => s.gzip));
  budgets.push(['.wasm ≤ 1.5 MB gzipped (the larger build)', `${fmt(gzip / 1e6, 3)} MB`, gzip <= 1.5e6]);
}
if (n && corpus) {
  const spans = n.spans;
  if (spans === 0) console.log('  note: newsmark found no spans on the corpus (recognisers not wired in yet?)');
}
let missed = 0;
for (const [what, value, ok] of budgets) {
  console.log(`  ${ok ? 'ok    ' : 'MISSED'} ${what}: ${value}`);
  if (!ok) missed += 1;
}
if (missed && flag === '--strict') process.exit(1);
