// newsmark for Node: the module is instantiated synchronously on import from
// the .wasm file inside the package (the build this Node runs: see
// embed/wasm-build.js), so `annotate` works at once.
import { readFileSync } from 'node:fs';
import { initSync } from './embed/core.js';
import { wasmUrl } from './embed/wasm-build.js';

initSync(readFileSync(wasmUrl()));

export { annotate, version, isReady, init } from './embed/core.js';
export { LABELS, LABEL_NAMES, CATEGORIES, categoryOf, labelsFor } from './embed/labels.js';
