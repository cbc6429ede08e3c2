// A deliberately simple check that a text is English: the share of its words
// that are common English function words. English news runs at 35–50%;
// other languages written in Latin script stay under 10%, and non-Latin
// scripts have no matching words at all.

const STOP_WORDS = new Set(
  'the of and to a in is it that for on was with as by at from be this are or an have has had not but were which its their they his her he she said will would been also who more than after over about into up out new one all can we you i our when there what if no so may could'.split(' '),
);

/** {english, ratio, words}: english is null when the text is too short to tell. */
export function looksEnglish(text) {
  const sample = text.slice(0, 20000);
  // Scripts without spaces between words (Chinese, Japanese) have few
  // "words" to count: decide those by script first.
  const letters = sample.match(/\p{L}/gu)?.length || 0;
  if (letters >= 40) {
    const latin = sample.match(/\p{Script=Latin}/gu)?.length || 0;
    if (latin / letters < 0.5) return { english: false, ratio: 0, words: 0 };
  }
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) || [];
  if (words.length < 20) return { english: null, ratio: 0, words: words.length };
  let hits = 0;
  for (const w of words) if (STOP_WORDS.has(w)) hits++;
  const ratio = hits / words.length;
  return { english: ratio >= 0.15, ratio, words: words.length };
}
