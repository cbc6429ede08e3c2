// newsmark/node: initialised on import from the package's .wasm, synchronous.
import type { AnnotateOptions, AnnotationDocument } from './contract.js';

export * from './contract.js';

/** Annotates `text`; offsets count UTF-16 code units. Throws on invalid options. */
export declare function annotate(text: string, options?: AnnotateOptions): AnnotationDocument;
/** The core's version. */
export declare function version(): string;
/** Always true: the module is loaded on import. */
export declare function isReady(): boolean;
/** Resolves at once (the module is loaded on import); for code shared with the browser entry. */
export declare function init(): Promise<void>;
