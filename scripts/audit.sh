#!/usr/bin/env bash
# Dependency audit.
#  - npm: `npm audit --audit-level=high` of the root package (the build and
#    test tools; the page itself ships no npm package). Fails on a high or
#    critical advisory.
#  - Rust: `cargo deny check licenses bans sources` with deny.toml (licences
#    permissive, no networking crates, crates.io only); `advisories` too when
#    the RustSec database on GitHub is reachable.
# On machines that reach only the package registries, the npm advisory
# endpoint (a POST) and GitHub are unreachable: those checks are reported as
# SKIPPED, not passed. AUDIT_STRICT=1 turns a skipped check into a failure
# (for CI with full network). cargo-deny is installed when missing (a few
# minutes, once); with AUDIT_NO_INSTALL=1 (CI) the licence, ban and source
# rules of deny.toml are checked by scripts/audit-crates.mjs instead.
set -euo pipefail
cd "$(dirname "$0")/.."

failed=0
skipped=0
skip() { echo "audit: SKIPPED: $*" >&2; skipped=$((skipped + 1)); }

echo "== npm audit (root package, high and critical)"
json=$(npm audit --audit-level=high --json 2>/dev/null || true)
verdict=$(printf '%s' "$json" | node -e '
  let d; try { d = JSON.parse(require("fs").readFileSync(0, "utf8") || "{}"); } catch { d = {}; }
  const v = d.metadata && d.metadata.vulnerabilities;
  if (!v) { console.log("unavailable " + (d.message || d.error?.summary || "no report").split("\n")[0]); process.exit(0); }
  const bad = (v.high || 0) + (v.critical || 0);
  console.log((bad ? "vulnerable " : "ok ") + JSON.stringify(v));')
case "$verdict" in
  ok*) echo "audit: npm ok: ${verdict#ok }" ;;
  vulnerable*) echo "audit: npm: high or critical advisories: ${verdict#vulnerable }" >&2; npm audit --audit-level=high || true; failed=1 ;;
  *) skip "npm audit: the advisory service is unreachable (${verdict#unavailable })" ;;
esac

echo "== crates (licenses, bans, sources)"
if ! command -v cargo-deny >/dev/null && [ -z "${AUDIT_NO_INSTALL:-}" ]; then
  echo "audit: installing cargo-deny (a few minutes, once)"
  cargo install cargo-deny --locked
fi
if command -v cargo-deny >/dev/null; then
  cargo deny --log-level error check licenses bans sources || failed=1
  if timeout 20 git ls-remote --exit-code https://github.com/rustsec/advisory-db HEAD >/dev/null 2>&1; then
    echo "== cargo deny (advisories)"
    cargo deny --log-level error check advisories || failed=1
  else
    skip "cargo deny check advisories: the RustSec database (github.com) is unreachable"
  fi
else
  # The same rules from deny.toml, checked without cargo-deny (CI's case).
  cargo metadata --format-version 1 --locked | node scripts/audit-crates.mjs deny.toml || failed=1
  skip "RustSec advisories: they need cargo-deny (not installed: AUDIT_NO_INSTALL)"
fi

if [ "$failed" -ne 0 ]; then
  echo "audit: FAILED" >&2
  exit 1
fi
if [ "$skipped" -ne 0 ] && [ -n "${AUDIT_STRICT:-}" ]; then
  echo "audit: $skipped check(s) skipped and AUDIT_STRICT is set" >&2
  exit 1
fi
if [ "$skipped" -ne 0 ]; then echo "audit: ok, but $skipped check(s) skipped: see above"; else echo "audit: ok"; fi
