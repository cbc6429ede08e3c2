// newsmark for browsers and bundlers: the WebAssembly core (`init`,
// `annotate`), `highlight()` for existing pages, and `<newsmark-annotator>`.
import type { AnnotateOptions, AnnotationDocument, Span, TypeName } from './contract.js';

export * from './contract.js';

/** Where `init` may load the module from. */
export type WasmSource = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the WebAssembly module, once (later calls share the promise). Without
 * `source`, the build in the package that this engine runs
 * (`newsmark_simd_bg.wasm` where it has WebAssembly SIMD, else
 * `newsmark_bg.wasm`), which Vite and webpack 5 emit as an asset.
 */
export declare function init(source?: WasmSource | Promise<WasmSource>): Promise<void>;
/** Loads the module synchronously from bytes or a compiled module. */
export declare function initSync(source: BufferSource | WebAssembly.Module): void;
/** True once `init()` has finished. */
export declare function isReady(): boolean;
/** Annotates `text` (after `await init()`); offsets count UTF-16 code units. */
export declare function annotate(text: string, options?: AnnotateOptions): AnnotationDocument;
/** The core's version (after `await init()`). */
export declare function version(): string;

/** `'auto'`: the CSS Custom Highlight API where the browser has it, else wrapping. */
export type HighlightMode = 'auto' | 'highlight-api' | 'wrap';

export interface HighlightOptions extends AnnotateOptions {
  /** Categories or labels to highlight; default all. */
  readonly types?: string | Iterable<TypeName>;
  readonly mode?: HighlightMode;
  /** Called when the reader clicks a highlight. */
  readonly onClick?: ((span: Span, event: MouseEvent) => void) | null;
}

/** A highlighted piece of text and its span (Highlight API mode). */
export interface HighlightedRange {
  readonly range: Range;
  readonly span: Span;
}

export interface HighlightHandle {
  readonly root: Element;
  /** The mode in use (`auto` resolved). */
  readonly mode: 'highlight-api' | 'wrap';
  /** The annotation of the element's text (`text`). */
  readonly document: AnnotationDocument;
  /** The spans shown (those of `types`). */
  readonly spans: readonly Span[];
  /** The text that was annotated: the element's visible text, white space collapsed, blocks separated by blank lines. */
  readonly text: string;
  /** Highlight API mode: one Range per highlighted piece. */
  readonly ranges: readonly HighlightedRange[];
  /** Wrap mode: the `<mark data-newsmark="LABEL">` elements. */
  readonly marks: readonly HTMLElement[];
  /** False after `clear()`. */
  readonly active: boolean;
  /** Removes the highlights; the element's DOM is exactly as before. */
  clear(): void;
}

/**
 * Highlights `root` in place. Calling it again with the same options changes
 * nothing and resolves to the same handle.
 */
export declare function highlight(root: Element, options?: HighlightOptions): Promise<HighlightHandle>;

/** Details of the element's `annotated` event. */
export interface AnnotatedEventDetail {
  readonly document: AnnotationDocument;
  readonly text: string;
}

/** Details of the element's `error` event. */
export interface NewsmarkErrorDetail {
  readonly code: 'cross-origin' | 'fetch' | 'types' | 'annotate';
  readonly message: string;
}

/**
 * `<newsmark-annotator text|src types reference-date theme watchlist>`: the
 * text with its highlights and a legend, in a shadow root.
 */
export declare class NewsmarkAnnotator extends HTMLElement {
  static readonly observedAttributes: readonly string[];
  /** The last annotation document, or null. */
  document: AnnotationDocument | null;
  /** Renders again from the attributes. */
  refresh(): Promise<void>;
  addEventListener<K extends keyof NewsmarkAnnotatorEventMap>(
    type: K,
    listener: (this: NewsmarkAnnotator, event: NewsmarkAnnotatorEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/** The element's own events. */
export interface NewsmarkAnnotatorEventMap {
  annotated: CustomEvent<AnnotatedEventDetail>;
  error: CustomEvent<NewsmarkErrorDetail>;
}

/** Defines the element under `name` (importing the package already defines `newsmark-annotator`). */
export declare function defineNewsmarkAnnotator(name?: string): void;

declare global {
  interface HTMLElementTagNameMap {
    'newsmark-annotator': NewsmarkAnnotator;
  }
}
