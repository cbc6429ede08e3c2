// newsmark for browsers and bundlers. The modules under embed/ are the same
// files as the site's www/embed/; pkg/ is wasm-bindgen's output.
export { init, initSync, isReady, annotate, version } from './embed/core.js';
export { highlight } from './embed/highlight.js';
export { NewsmarkAnnotator, defineNewsmarkAnnotator } from './embed/element.js';
export { LABELS, LABEL_NAMES, CATEGORIES, categoryOf, labelsFor } from './embed/labels.js';
