// What newsmark remembers in this browser (localStorage, never sent
// anywhere): the last text and settings, and the watch list. Every access is
// guarded: storage can be full, disabled, or blocked for file:// pages.

const PREFIX = 'newsmark.';

export function load(key, fallback) {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw == null ? fallback : JSON.parse(raw);
  } catch {
    return fallback;
  }
}

export function save(key, value) {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Forgets everything newsmark saved; returns how many entries were removed. */
export function clearAll() {
  try {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));
    for (const k of keys) localStorage.removeItem(k);
    return keys.length;
  } catch {
    return 0;
  }
}
