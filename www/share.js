// Sharing without a server: the text and settings travel in the link's
// #fragment, which browsers never send to a server. JSON → deflate-raw
// (CompressionStream) → base64url. Links above FRAGMENT_LIMIT are refused:
// some mail and chat clients cut longer links, and a refused link is better
// than one that opens half an article.

export const FRAGMENT_LIMIT = 32 * 1024;
const PREFIX = 'nm1=';
const MAX_DECODED = 8 * 1024 * 1024; // a hostile link must not inflate without bound

export class ShareError extends Error {}

async function pipe(bytes, transform, limit = Infinity) {
  const reader = new Blob([bytes]).stream().pipeThrough(transform).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new ShareError('This link holds more text than newsmark will open.');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment (without '#') for {text, referenceDate, watchlist, hidden}. */
export async function encodeShare({ text, referenceDate, watchlist, hidden }) {
  const json = JSON.stringify({ v: 1, t: text, r: referenceDate || '', w: watchlist || [], h: [...(hidden || [])] });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  const fragment = PREFIX + toBase64url(packed);
  if (fragment.length > FRAGMENT_LIMIT) {
    throw new ShareError(
      `This article is too long to share as a link: it needs ${Math.ceil(fragment.length / 1024)} KB, and links are limited to ${FRAGMENT_LIMIT / 1024} KB. Export it as HTML or JSON instead.`,
    );
  }
  return fragment;
}

/** Whether a location hash is a newsmark share. */
export const isShare = (hash) => hash.replace(/^#/, '').startsWith(PREFIX);

/** Restores {text, referenceDate, watchlist, hidden} from a location hash. */
export async function decodeShare(hash) {
  const fragment = hash.replace(/^#/, '');
  if (fragment.length > FRAGMENT_LIMIT + 16) throw new ShareError('This link is longer than newsmark accepts.');
  let data;
  try {
    const bytes = await pipe(fromBase64url(fragment.slice(PREFIX.length)), new DecompressionStream('deflate-raw'), MAX_DECODED);
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    if (error instanceof ShareError) throw error;
    throw new ShareError('This link is damaged: its article could not be read. Ask for the link again.');
  }
  if (data?.v !== 1 || typeof data.t !== 'string') throw new ShareError('This link was made by another version of newsmark.');
  return {
    text: data.t,
    referenceDate: typeof data.r === 'string' ? data.r : '',
    watchlist: Array.isArray(data.w) ? data.w : [],
    hidden: Array.isArray(data.h) ? data.h : [],
  };
}
