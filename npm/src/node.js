// newsmark for Node: the module is instantiated synchronously on import from
// the .wasm file inside the package, so `annotate` works at once.
import { readFileSync } from 'node:fs';
import { initSync } from './embed/core.js';

initSync(readFileSync(new URL('./pkg/newsmark_bg.wasm', import.meta.url)));

export { annotate, version, isReady, init } from './embed/core.js';
export { LABELS, LABEL_NAMES, CATEGORIES, categoryOf, labelsFor } from './embed/labels.js';
