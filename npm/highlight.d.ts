export { highlight, highlight as default } from './index.js';
export type { HighlightOptions, HighlightHandle, HighlightMode } from './index.js';
