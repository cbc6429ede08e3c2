// Annotating a long article in pieces: split at paragraph boundaries, annotate
// each piece, shift offsets and ids back into one document of the contract.
// Shared by the worker and by the in-page fallback of the single-file build.
//
// Why pieces: progress can be shown and the job cancelled between them, and a
// piece whose text did not change is taken from a cache, so typing in a
// 50,000-word article re-annotates only the paragraph being edited. Piece
// boundaries are content-defined (a hash of the paragraph end decides), so an
// edit moves only the boundaries next to it and the other pieces stay cached.

/** Below this many UTF-16 units the whole text is annotated at once. */
export const WHOLE_TEXT_LIMIT = 24000;
const MIN_PIECE = 8000;
const MAX_PIECE = 32000;
const BLANK_LINES = /\r?\n(?:[ \t]*\r?\n)+/g;

function boundaryHash(text, at) {
  let h = 2166136261;
  for (let i = Math.max(0, at - 24); i < at; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % 3 === 0;
}

/** Splits `text` into [{start, end}] covering it entirely, at blank lines. */
export function splitPieces(text) {
  if (text.length <= WHOLE_TEXT_LIMIT) return [{ start: 0, end: text.length }];
  const pieces = [];
  let start = 0;
  for (const m of text.matchAll(BLANK_LINES)) {
    const end = m.index + m[0].length;
    const size = end - start;
    if (size >= MAX_PIECE || (size >= MIN_PIECE && boundaryHash(text, m.index))) {
      pieces.push({ start, end });
      start = end;
    }
  }
  if (start < text.length) pieces.push({ start, end: text.length });
  // A paragraph with no blank line in it can still be huge: cut it at the
  // last line break or sentence end before the limit.
  return pieces.flatMap((p) => cutLong(text, p));
}

function cutLong(text, { start, end }) {
  const out = [];
  while (end - start > 2 * MAX_PIECE) {
    const window = text.slice(start, start + MAX_PIECE);
    let cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '));
    if (cut < MIN_PIECE) cut = MAX_PIECE - 1;
    // Never cut between the halves of a surrogate pair.
    let at = start + cut + 1;
    const code = text.charCodeAt(at - 1);
    if (code >= 0xd800 && code <= 0xdbff) at += 1;
    out.push({ start, end: at });
    start = at;
  }
  out.push({ start, end });
  return out;
}

/**
 * Merges [{offset, doc}] into one document: offsets shifted, span/group ids
 * renumbered, groups of the same entity (same label and name) joined across
 * pieces, and statistics pointing at the new ids.
 */
export function mergeDocuments(parts) {
  if (parts.length === 1 && parts[0].offset === 0) return parts[0].doc;
  const spans = [];
  const groups = [];
  const groupByKey = new Map();
  const statistics = [];
  const quotes = [];
  for (const { offset, doc } of parts) {
    const spanId = new Map();
    const groupId = new Map();
    for (const g of doc.groups || []) {
      const key = `${g.label}\u0000${g.name}`;
      let merged = groupByKey.get(key);
      if (!merged) {
        merged = { ...g, id: groups.length, mentions: [] };
        groups.push(merged);
        groupByKey.set(key, merged);
      }
      groupId.set(g.id, merged.id);
    }
    for (const span of doc.spans || []) {
      const copy = { ...span, id: spans.length, start: span.start + offset, end: span.end + offset };
      spanId.set(span.id, copy.id);
      if (span.group != null && groupId.has(span.group)) {
        copy.group = groupId.get(span.group);
        groups[copy.group].mentions.push(copy.id);
      }
      spans.push(copy);
    }
    const mapSpan = (id) => (id == null ? null : (spanId.get(id) ?? null));
    for (const st of doc.statistics || []) {
      statistics.push({
        ...st,
        id: statistics.length,
        value_span: mapSpan(st.value_span),
        time_span: mapSpan(st.time_span),
        source_group: st.source_group == null ? null : (groupId.get(st.source_group) ?? null),
        sentence: Array.isArray(st.sentence) ? [st.sentence[0] + offset, st.sentence[1] + offset] : st.sentence,
        change: st.change ? { ...st.change, ...(st.change.span != null ? { span: mapSpan(st.change.span) } : {}) } : null,
      });
    }
    for (const q of doc.quotes || []) {
      quotes.push({
        ...q,
        id: quotes.length,
        start: q.start + offset,
        end: q.end + offset,
        speaker_group: q.speaker_group == null ? null : (groupId.get(q.speaker_group) ?? null),
      });
    }
  }
  joinSurnames(spans, groups, statistics, quotes);
  return { spans, groups: groups.filter((g) => g.mentions.length), statistics, quotes };
}

// Within one piece the core links "Durov" to "Pavel Durov"; across pieces we
// do the same when exactly one full name of that label ends with the word.
function joinSurnames(spans, groups, statistics, quotes) {
  const byLastWord = new Map();
  for (const g of groups) {
    const words = g.name.split(/\s+/);
    if (words.length < 2) continue;
    const key = `${g.label}\u0000${words.at(-1)}`;
    byLastWord.set(key, byLastWord.has(key) ? null : g);
  }
  for (const g of groups) {
    if (/\s/.test(g.name) || !g.mentions.length) continue;
    const full = byLastWord.get(`${g.label}\u0000${g.name}`);
    if (!full) continue;
    for (const id of g.mentions) spans[id].group = full.id;
    full.mentions.push(...g.mentions);
    full.mentions.sort((a, b) => a - b);
    g.mentions = [];
    for (const st of statistics) if (st.source_group === g.id) st.source_group = full.id;
    for (const q of quotes) if (q.speaker_group === g.id) q.speaker_group = full.id;
  }
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Annotates `text` piece by piece with `annotate(text, options)`.
 * `cache` (a Map) keeps the documents of unchanged pieces; `onProgress(done,
 * total)` is called after each piece; `isStale()` stops a job that a newer one
 * replaced (it is checked between pieces, after yielding to the event loop so
 * that the newer request can arrive). Resolves to the document, or null.
 */
export async function annotateInPieces(annotate, text, options, { cache, onProgress, isStale }) {
  const pieces = splitPieces(text);
  const optionsKey = JSON.stringify(options);
  const parts = [];
  for (let i = 0; i < pieces.length; i++) {
    const { start, end } = pieces[i];
    const pieceText = text.slice(start, end);
    const key = `${optionsKey}\u0000${pieceText}`;
    let doc = cache?.get(key);
    if (!doc) {
      if (pieces.length > 1) await pause();
      if (isStale?.()) return null;
      doc = annotate(pieceText, options);
      if (cache) {
        cache.delete(key);
        cache.set(key, doc);
        // Forget the oldest pieces: enough for a very long article, bounded.
        while (cache.size > 400) cache.delete(cache.keys().next().value);
      }
    }
    parts.push({ offset: start, doc });
    onProgress?.(i + 1, pieces.length);
  }
  return mergeDocuments(parts);
}
