// Size of the shipped modules: raw, gzip -9 and brotli (quality 11), with
// Node's zlib. Prints one JSON line per file.   node bench/sizes.mjs FILE.wasm…
import fs from 'node:fs';
import zlib from 'node:zlib';

for (const file of process.argv.slice(2)) {
  const bytes = fs.readFileSync(file);
  const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
  const brotli = zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_GENERIC,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
  console.log(JSON.stringify({ tool: 'wasm-size', file, raw: bytes.length, gzip, brotli, valid: WebAssembly.validate(bytes) }));
}
