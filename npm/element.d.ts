export { NewsmarkAnnotator, defineNewsmarkAnnotator } from './index.js';
