//! Word lists and word clusters, the tagger's knowledge beyond its training
//! text: gazetteer matches and distributional classes become features, and
//! the lists refine LOC into GPE and MISC into NORP.
//!
//! Entries are matched on lower-cased tokens made by our own tokenizer, so
//! that "St. Louis" in a list and in a text split the same way.

use super::hash::{self, HashMap};
use crate::tokenize;

/// Longest entry, in tokens, that is matched; longer entries are skipped.
pub const MAX_ENTRY_TOKENS: usize = 6;

/// A word list: its name (file stem) and its entries, one a line.
pub struct ListSource<'a> {
    /// The list's name, e.g. `countries`.
    pub name: &'a str,
    /// The file's content.
    pub content: &'a str,
}

/// Word lists and clusters, ready for matching.
#[derive(Default)]
pub struct Lexicon {
    /// List names, in bit order.
    names: Vec<String>,
    /// Hash of an entry's lower-cased token sequence and the bit set of the
    /// lists holding it, sorted by hash. A sorted array rather than a hash
    /// table: it is built with sequential writes, which matters for the first
    /// annotation (loading is most of it), and looked up through `directory`
    /// after both bit sets below let a sequence through.
    entries: Vec<(u64, u32)>,
    /// Where in `entries` the keys with each value of their top
    /// `DIRECTORY_BITS` bits begin (one more element than values): a lookup
    /// reads one or two entries instead of binary-searching them all.
    directory: Vec<u32>,
    /// One bit per key of an entry's first tokens (its first one, its first
    /// two, …): most token sequences begin no entry, and this small bit set
    /// (which stays in cache) says so without a table lookup, so that a
    /// match stops growing at the first sequence no entry begins with.
    prefixes: Vec<u64>,
    /// One bit per entry key: whether a sequence that begins entries may be one.
    filter: Vec<u64>,
    /// One bit per key of an entry's first tokens that more of its tokens
    /// follow: whether a longer entry may begin with a sequence.
    continued: Vec<u64>,
    /// Hash of a lower-cased word → cluster ids at three granularities.
    clusters: HashMap<u64, [u32; 3]>,
    /// A fingerprint of everything loaded, stored in the model to catch a model
    /// trained with other lists.
    fingerprint: u64,
}

impl Lexicon {
    /// Builds a lexicon from word lists and a `word<TAB>c1<TAB>c2<TAB>c3` cluster table.
    pub fn new(lists: &[ListSource], clusters: &str) -> Lexicon {
        let mut lexicon = Lexicon::default();
        let lines: usize = lists.iter().map(|l| l.content.len() / 8).sum();
        lexicon.entries.reserve(lines);
        lexicon.clusters.reserve(clusters.len() / 12);
        let mut scratch = String::new();
        lexicon.prefixes = vec![0; 1 << (FILTER_BITS - 6)];
        lexicon.continued = vec![0; 1 << (FILTER_BITS - 6)];
        let (prefixes, continued) = (&mut lexicon.prefixes, &mut lexicon.continued);
        let mut mark = |before: Option<u64>, key: u64| {
            set_bit(prefixes, key);
            if let Some(before) = before {
                set_bit(continued, before);
            }
        };
        let mut fingerprint = hash::string("lexicon-v1");
        for (bit, list) in lists.iter().enumerate().take(32) {
            lexicon.names.push(list.name.to_string());
            fingerprint = hash::combine(fingerprint, hash::string(list.name));
            fingerprint = hash::combine(fingerprint, hash::text(list.content));
            for line in list.content.lines() {
                let entry = line.trim();
                if entry.is_empty() || entry.starts_with('#') {
                    continue;
                }
                if let Some(key) = entry_key(entry, &mut scratch, &mut mark) {
                    lexicon.entries.push((key, 1 << bit));
                }
            }
        }
        // One element per key, holding the bits of every list it is in.
        lexicon.entries.sort_unstable_by_key(|&(key, _)| key);
        lexicon.entries.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 |= later.1;
            }
            same
        });
        lexicon.filter = vec![0; 1 << (FILTER_BITS - 6)];
        for &(key, _) in &lexicon.entries {
            set_bit(&mut lexicon.filter, key);
        }
        let mut next = 0;
        lexicon.directory = (0..=1u64 << DIRECTORY_BITS)
            .map(|top| {
                while next < lexicon.entries.len() && lexicon.entries[next].0 >> (64 - DIRECTORY_BITS) < top {
                    next += 1;
                }
                next as u32
            })
            .collect();
        fingerprint = hash::combine(fingerprint, hash::text(clusters));
        for line in clusters.lines() {
            let mut fields = line.split('\t');
            let (Some(word), Some(a), Some(b), Some(c)) = (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let ids = [a, b, c].map(|f| f.trim().parse::<u32>().map_or(0, |v| v + 1));
            hash::lowercase_into(word, &mut scratch);
            lexicon.clusters.insert(hash::string(&scratch), ids);
        }
        lexicon.fingerprint = fingerprint;
        lexicon
    }

    /// The lists' names, in bit order.
    pub fn list_names(&self) -> &[String] {
        &self.names
    }

    /// The bit of a list, if it is loaded.
    pub fn list_bit(&self, name: &str) -> Option<u32> {
        self.names.iter().position(|n| n == name).map(|i| 1 << i)
    }

    /// Identifies the loaded lists and clusters.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// The lists holding the token sequence whose lower-cased hashes are `lowers`.
    pub fn lookup(&self, lowers: &[u64]) -> u32 {
        if self.entries.is_empty() || lowers.is_empty() {
            return 0;
        }
        self.entry(sequence_key(lowers)).unwrap_or(0)
    }

    /// The list bits of an entry key.
    fn entry(&self, key: u64) -> Option<u32> {
        let top = (key >> (64 - DIRECTORY_BITS)) as usize;
        let (from, to) = (*self.directory.get(top)? as usize, *self.directory.get(top + 1)? as usize);
        self.entries[from..to].iter().find(|&&(k, _)| k == key).map(|&(_, bits)| bits)
    }

    /// Cluster ids (each ≥ 1) of a lower-cased word's hash; zeros when unknown.
    pub fn clusters(&self, lower: u64) -> [u32; 3] {
        self.clusters.get(&lower).copied().unwrap_or([0; 3])
    }

    /// What matching needs to know of one word, the same wherever it is:
    /// the lists that hold it alone, and whether longer entries may begin
    /// with it.
    pub fn word_entries(&self, lower: u64) -> WordEntries {
        let key = hash::combine(SEQUENCE_SEED, lower);
        if self.entries.is_empty() || !has_bit(&self.prefixes, key) {
            return WordEntries::default();
        }
        let alone = if has_bit(&self.filter, key) { self.entry(key).unwrap_or(0) } else { 0 };
        WordEntries { alone, begins_longer: has_bit(&self.continued, key) }
    }

    /// Every match in a sentence: (first token, one past the last, list bits),
    /// for all lengths, so that "New York" and "York" both match.
    pub fn matches(&self, lowers: &[u64], out: &mut Vec<(usize, usize, u32)>) {
        self.matches_with(lowers, |i| self.word_entries(lowers[i]), out);
    }

    /// `matches`, given each token's `word_entries` (`words(i)` for token
    /// `i`): a caller that keeps them per word spares most look-ups.
    pub fn matches_with(
        &self,
        lowers: &[u64],
        words: impl Fn(usize) -> WordEntries,
        out: &mut Vec<(usize, usize, u32)>,
    ) {
        out.clear();
        if self.entries.is_empty() {
            return;
        }
        for start in 0..lowers.len() {
            let word = words(start);
            if word.alone != 0 {
                out.push((start, start + 1, word.alone));
            }
            if !word.begins_longer {
                continue;
            }
            let mut key = hash::combine(SEQUENCE_SEED, lowers[start]);
            for end in start + 2..=(start + MAX_ENTRY_TOKENS).min(lowers.len()) {
                key = hash::combine(key, lowers[end - 1]);
                if !has_bit(&self.prefixes, key) {
                    break;
                }
                if !has_bit(&self.filter, key) {
                    continue;
                }
                if let Some(bits) = self.entry(key) {
                    out.push((start, end, bits));
                }
            }
        }
    }
}

const SEQUENCE_SEED: u64 = 0x1e71_c0de_0000_0001;

/// A word's part in the word lists (`Lexicon::word_entries`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordEntries {
    /// The bits of the lists that hold the word alone.
    pub alone: u32,
    /// Whether some longer entry may begin with the word.
    pub begins_longer: bool,
}

const FILTER_BITS: u32 = 20;

/// Top bits of a key that index `Lexicon::directory` (65,536 ranges for
/// about 75,000 entries).
const DIRECTORY_BITS: u32 = 16;

fn filter_bit(key: u64) -> usize {
    ((key >> 40) & ((1 << FILTER_BITS) - 1)) as usize
}

fn set_bit(filter: &mut [u64], key: u64) {
    let bit = filter_bit(key);
    filter[bit / 64] |= 1 << (bit % 64);
}

fn has_bit(filter: &[u64], key: u64) -> bool {
    let bit = filter_bit(key);
    filter[bit / 64] & (1 << (bit % 64)) != 0
}

/// The key of a sequence of lower-cased token hashes.
pub fn sequence_key(lowers: &[u64]) -> u64 {
    lowers.iter().fold(SEQUENCE_SEED, |key, &h| hash::combine(key, h))
}

/// The key of a list entry: its tokens, lower-cased, as our tokenizer splits
/// them. The keys of its first tokens go to `mark` (the entry's own key
/// among them), each with the key it continues (`None` for the first).
fn entry_key(entry: &str, lower: &mut String, mark: &mut impl FnMut(Option<u64>, u64)) -> Option<u64> {
    hash::lowercase_into(entry, lower);
    // Most entries are letters and spaces, which the tokenizer splits at the
    // spaces only: skip building tokens for those (loading time is paid by
    // every process).
    if lower.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
        || lower.chars().all(|c| c.is_alphabetic() || c == ' ')
    {
        let mut key = SEQUENCE_SEED;
        let mut count = 0;
        for word in lower.split(' ').filter(|w| !w.is_empty()).take(MAX_ENTRY_TOKENS + 1) {
            let before = (count > 0).then_some(key);
            key = hash::combine(key, hash::string(word));
            mark(before, key);
            count += 1;
        }
        return (1..=MAX_ENTRY_TOKENS).contains(&count).then_some(key);
    }
    let lower = lower.as_str();
    let tokens = tokenize::tokenize(lower);
    if tokens.is_empty() || tokens.len() > MAX_ENTRY_TOKENS {
        return None;
    }
    let mut key = SEQUENCE_SEED;
    for (k, token) in tokens.iter().enumerate() {
        let before = (k > 0).then_some(key);
        key = hash::combine(key, hash::string(token.text(lower)));
        mark(before, key);
    }
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowers(words: &[&str]) -> Vec<u64> {
        words.iter().map(|w| hash::string(&w.to_lowercase())).collect()
    }

    #[test]
    fn matches_multi_word_entries_case_insensitively() {
        let lexicon = Lexicon::new(
            &[
                ListSource { name: "cities", content: "New York\nSt. Louis\nYork\n" },
                ListSource { name: "countries", content: "Kazakhstan\n" },
            ],
            "york\t1\t2\t3\n",
        );
        let mut found = Vec::new();
        lexicon.matches(&lowers(&["in", "NEW", "York", "and", "St.", "Louis", "kazakhstan"]), &mut found);
        assert_eq!(found, vec![(1, 3, 1), (2, 3, 1), (4, 6, 1), (6, 7, 2)]);
        let word = |w: &str| lexicon.word_entries(hash::string(w));
        assert_eq!(word("new"), WordEntries { alone: 0, begins_longer: true });
        assert_eq!(word("york"), WordEntries { alone: 1, begins_longer: false });
        assert_eq!(word("in"), WordEntries::default());
        assert_eq!(lexicon.clusters(hash::string("york")), [2, 3, 4]);
        assert_eq!(lexicon.list_bit("countries"), Some(2));
    }

    #[test]
    fn a_long_entry_matches_though_its_beginning_is_no_entry() {
        let lexicon = Lexicon::new(&[ListSource { name: "cities", content: "Rio de Janeiro\n" }], "");
        let mut found = Vec::new();
        lexicon.matches(&lowers(&["in", "Rio", "de", "Janeiro", "and", "Rio", "de", "la", "Plata"]), &mut found);
        assert_eq!(found, vec![(1, 4, 1)]);
    }
}
