// Which of the two builds of the WebAssembly module this engine runs. Both
// come from the same Rust code and give the same documents (tests/e2e/
// builds.test.mjs); the SIMD build uses WebAssembly's 128-bit vector
// instructions and is about 5% faster. Engines that have them (Chrome and
// Edge 91, Firefox 89, Safari 16.4, Node 16.4 and later) get it; older
// ones get the plain build. `../pkg/` is the same relative path in www/ and
// in the npm package's dist/.

/**
 * The smallest module that needs SIMD: one function returning a v128
 * (`i32.const 0; i8x16.splat`). Engines without SIMD do not validate it.
 * www/sw.js holds a copy (a classic script cannot import this module).
 */
export const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // types: () -> v128
  0x03, 0x02, 0x01, 0x00, // one function of type 0
  0x0a, 0x08, 0x01, 0x06, 0x00, 0x41, 0x00, 0xfd, 0x0f, 0x0b, // its body
]);

/** True when this engine runs the SIMD build. */
export const SIMD = typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);

/** The file name of the build this engine runs, in `pkg/`. */
export const WASM_FILE = SIMD ? 'newsmark_simd_bg.wasm' : 'newsmark_bg.wasm';

/** The URL of that build. Spelled out twice so that bundlers see both files. */
export function wasmUrl() {
  return SIMD
    ? new URL('../pkg/newsmark_simd_bg.wasm', import.meta.url)
    : new URL('../pkg/newsmark_bg.wasm', import.meta.url);
}
