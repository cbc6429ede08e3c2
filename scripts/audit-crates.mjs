// The Rust half of the dependency audit when cargo-deny is not installed
// (installing it takes about 15 minutes on two cores, too long for CI): the
// same licence, ban and source rules, read from deny.toml, checked against
// `cargo metadata` for every crate of the lock file.
//
//   cargo metadata --format-version 1 --locked | node scripts/audit-crates.mjs deny.toml
//
// Exits 1, naming each crate and what is wrong with it, when a crate has a
// licence outside [licenses].allow, is listed in [bans].deny, or comes from
// anywhere but crates.io. RustSec advisories need cargo-deny and GitHub.
import fs from 'node:fs';

const denyToml = fs.readFileSync(process.argv[2] || 'deny.toml', 'utf8');
const metadata = JSON.parse(fs.readFileSync(0, 'utf8'));

/** The text of the TOML table `[name]`. */
function section(name) {
  return denyToml.split(/^\[/m).find((s) => s.startsWith(`${name}]`)) || '';
}

/** The quoted strings of the TOML array `key = [ ... ]` in `[name]`. */
function stringArray(name, key) {
  const match = section(name).match(new RegExp(`^${key}\\s*=\\s*\\[([\\s\\S]*?)\\]`, 'm'));
  if (!match) throw new Error(`deny.toml: no ${key} = [...] in [${name}]`);
  return match[1]
    .split('\n')
    .map((line) => line.replace(/#.*$/, ''))
    .join('\n')
    .match(/"[^"]*"/g)
    .map((s) => s.slice(1, -1));
}

const allowed = new Set(stringArray('licenses', 'allow'));
const banned = new Set([...section('bans').matchAll(/crate\s*=\s*"([^"]+)"/g)].map((m) => m[1]));
const registries = stringArray('sources', 'allow-registry').map((url) => `registry+${url}`);

/**
 * True when an SPDX expression is satisfied by the allowed licences: OR needs
 * one side, AND both; "MIT/Apache-2.0" is the old spelling of OR.
 */
function satisfied(expression) {
  const tokens = expression.replace(/\//g, ' OR ').match(/\(|\)|[^\s()]+/g) || [];
  let at = 0;
  const any = () => {
    let ok = all();
    while (tokens[at] === 'OR') {
      at++;
      ok = all() || ok;
    }
    return ok;
  };
  const all = () => {
    let ok = one();
    while (tokens[at] === 'AND') {
      at++;
      ok = one() && ok;
    }
    return ok;
  };
  const one = () => {
    const token = tokens[at++];
    if (token === '(') {
      const ok = any();
      at++; // ')'
      return ok;
    }
    if (tokens[at] === 'WITH') {
      const exception = tokens[at + 1];
      at += 2;
      return allowed.has(`${token} WITH ${exception}`);
    }
    return allowed.has(token);
  };
  const ok = any();
  return ok && at === tokens.length;
}

const problems = [];
for (const p of metadata.packages) {
  const name = `${p.name} ${p.version}`;
  if (p.source !== null && !registries.includes(p.source)) problems.push(`${name}: source ${p.source} is not crates.io`);
  if (banned.has(p.name)) problems.push(`${name}: banned in deny.toml [bans]`);
  if (p.source === null) continue; // our own crates: MIT, checked by reading Cargo.toml
  if (!p.license) problems.push(`${name}: no licence expression`);
  else if (!satisfied(p.license)) problems.push(`${name}: licence "${p.license}" is not allowed by deny.toml`);
}
if (problems.length) {
  for (const line of problems) console.error(`audit: ${line}`);
  process.exit(1);
}
console.log(`audit: crates ok: ${metadata.packages.length} crates; licences, bans and sources as deny.toml says`);
