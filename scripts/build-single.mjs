#!/usr/bin/env node
// Builds www/newsmark.html: the whole page in one file that works from
// file:// (where a page can neither import ES modules nor fetch the wasm).
// The CSS is inlined, the app's ES modules are joined into one inline module
// script (each wrapped in its own function scope), the wasm travels as base64
// and is instantiated with initSync, and the sample article is embedded.
// A Content-Security-Policy with the hashes of exactly these inline blocks
// keeps every other script and style out.
//
// The module transform is deliberately small: it understands the import and
// export forms this project's www/ modules use (`import { a, b as c } from
// './x.js'`, `import d from`, `export function|const|class`, `export { a as
// default }`) and fails loudly on anything else.
//
// Usage: node scripts/build-single.mjs [--out www/newsmark.html]
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WWW = path.join(ROOT, 'www');
const args = process.argv.slice(2);
const OUT = path.resolve(ROOT, args.includes('--out') ? args[args.indexOf('--out') + 1] : 'www/newsmark.html');
const GLUE = path.join(WWW, 'pkg/newsmark.js');
const WASM = path.join(WWW, 'pkg/newsmark_bg.wasm');

for (const f of [GLUE, WASM]) {
  if (!fs.existsSync(f)) {
    console.error(`build-single: ${path.relative(ROOT, f)} is missing; run scripts/build-wasm.sh first`);
    process.exit(1);
  }
}

const IMPORT = /^import\s+(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}\s*)?from\s+'([^']+)';?[ \t]*$/gm;
const BARE_IMPORT = /^import\s+'[^']+';?/m;

/** Modules reachable from `entry`, dependencies first. */
function collect(entry) {
  const order = [];
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    if (BARE_IMPORT.test(source)) throw new Error(`${file}: side-effect imports are not supported`);
    for (const m of source.matchAll(IMPORT)) visit(path.resolve(path.dirname(file), m[3]));
    order.push(file);
  };
  visit(entry);
  return order;
}

const ids = new Map();
const idOf = (file) => {
  if (!ids.has(file)) ids.set(file, `__nm${ids.size}`);
  return ids.get(file);
};

/** One module as `const __nmN = (() => { ...; return { exports }; })();`. */
function transform(file) {
  let source = fs.readFileSync(file, 'utf8');
  const exported = [];
  source = source.replace(IMPORT, (_, def, named, spec) => {
    const dep = idOf(path.resolve(path.dirname(file), spec));
    const parts = [];
    if (def) parts.push(`const ${def} = ${dep}.default;`);
    if (named) {
      const names = named
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .map((n) => n.replace(/^([\w$]+)\s+as\s+([\w$]+)$/, '$1: $2'));
      parts.push(`const { ${names.join(', ')} } = ${dep};`);
    }
    return parts.join(' ');
  });
  source = source.replace(/^export\s+((?:async\s+)?function\*?|const|let|class)\s+([\w$]+)/gm, (_, kind, name) => {
    exported.push(name);
    return `${kind} ${name}`;
  });
  source = source.replace(/^export\s*\{([^}]*)\};?/gm, (_, list) => {
    for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const m = /^([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(item);
      if (!m) throw new Error(`${file}: cannot read export "${item}"`);
      exported.push(m[2] ? `${m[2]}: ${m[1]}` : m[1]);
    }
    return '';
  });
  if (/^\s*(import|export)\b/m.test(source)) throw new Error(`${file}: an import/export form this build does not understand is left`);
  const rel = path.relative(WWW, file);
  return `// ---- ${rel}\nconst ${idOf(file)} = (() => {\n${source}\nreturn { ${exported.join(', ')} };\n})();\n`;
}

const glue = idOf(GLUE);
// The glue and what it imports (pkg/unpack.js) come before the start-up.
const glueModules = collect(GLUE);
const modules = collect(path.join(WWW, 'app.js')).filter((m) => !glueModules.includes(m));
const wasmBase64 = fs.readFileSync(WASM).toString('base64');
const sample = fs.readFileSync(path.join(WWW, 'sample.txt'), 'utf8');

const prelude = `// ---- start-up: the wasm from base64, instantiated synchronously
{
  const binary = atob(${JSON.stringify(wasmBase64)});
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  ${glue}.initSync({ module: bytes });
  globalThis.NEWSMARK_INLINE_WASM = { annotate: ${glue}.annotate, version: ${glue}.version };
  globalThis.NEWSMARK_SAMPLE = ${JSON.stringify(sample)};
}
`;

const script = [...glueModules.map(transform), prelude, ...modules.map(transform)].join('\n').replace(/<\/(script)/gi, '<\\/$1');
const css = fs.readFileSync(path.join(WWW, 'style.css'), 'utf8');
const hash = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const csp = `default-src 'none'; script-src ${hash(script)} 'wasm-unsafe-eval'; style-src ${hash(css)}; img-src data:`;

let html = fs.readFileSync(path.join(WWW, 'index.html'), 'utf8');
const replaceOnce = (pattern, replacement) => {
  if (!pattern.test(html)) throw new Error(`index.html: ${pattern} not found`);
  html = html.replace(pattern, () => replacement);
};
replaceOnce(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
replaceOnce(/\s*<link rel="icon"[^>]*>/, '');
replaceOnce(/<link rel="stylesheet" href="style.css">/, `<style>${css}</style>`);
replaceOnce(/<script type="module" src="app.js"><\/script>/, `<script type="module">${script}</script>`);
replaceOnce(/ · <a href="newsmark.html" download>single-file version<\/a>/, ' · single-file version');
fs.writeFileSync(OUT, html);
const kb = (n) => `${Math.round(n / 1024)} KB`;
console.log(`build-single: ${path.relative(ROOT, OUT)} ${kb(Buffer.byteLength(html))} (${modules.length} modules, wasm ${kb(fs.statSync(WASM).size)})`);
