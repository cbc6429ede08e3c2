//! Token features for the first pass: the word, its lower-case and shape,
//! prefixes and suffixes, its neighbours, the sentence's capitalisation
//! (all-caps and title-case headlines carry no case signal), word-list
//! matches and word clusters. Each feature is a 64-bit hash (see `hash`).

use super::hash::{self, feature, feature2, feature3, HashMap};
use super::lexicon::Lexicon;

/// Feature templates. Their numbers are part of the model: append, never renumber.
mod t {
    pub const BIAS: u32 = 1;
    pub const WORD: u32 = 2;
    pub const LOWER: u32 = 3;
    pub const SHAPE: u32 = 4;
    pub const SHORT: u32 = 5;
    pub const PREFIX: u32 = 6;
    pub const SUFFIX: u32 = 7;
    pub const LOWER_AT: u32 = 8;
    pub const BIGRAM_BEFORE: u32 = 9;
    pub const BIGRAM_AFTER: u32 = 10;
    pub const SHORT_AT: u32 = 11;
    pub const SHORT_TRIGRAM: u32 = 12;
    pub const FIRST: u32 = 13;
    pub const HEADLINE_SHORT: u32 = 14;
    pub const HEADLINE_LOWER: u32 = 15;
    pub const CLUSTER: u32 = 16;
    pub const CLUSTER_AT: u32 = 17;
    pub const LEX: u32 = 18;
    pub const LEX_CAP: u32 = 19;
    pub const LEX_AT: u32 = 20;
    pub const LAST: u32 = 21;
    pub const NO_CLUSTER: u32 = 22;
    pub const LENGTH: u32 = 23;
}

/// How a sentence uses capitals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Casing {
    /// Ordinary text: capitals mark names.
    Normal,
    /// No lower-case letters: a wire-service headline or dateline.
    AllCaps,
    /// Every longer word capitalised: a title-case headline.
    Title,
}

/// What the features need to know about one token, computed once.
#[derive(Clone, Debug, Default)]
pub struct TokenInfo {
    /// The exact word.
    pub word: u64,
    /// Lower case (used for clusters, lists and the document pass).
    pub lower: u64,
    /// Lower case with digits folded to 0 (used for word features).
    pub norm: u64,
    /// Shape: X for upper, x for lower, d for digits, the rest as is.
    pub shape: u64,
    /// Shape with runs collapsed ("Xx", "X.X.", "d-d").
    pub short: u64,
    /// Starts with an upper-case letter.
    pub capitalised: bool,
    /// Cluster ids (0 when unknown).
    pub clusters: [u32; 3],
    /// Word-list matches covering the token: bit `list * 4 + part` (B, I, L, U).
    pub lists: u128,
    /// Hashes of the lower-cased prefixes of 1..=4 characters (0 when shorter).
    pub prefixes: [u64; 4],
    /// Hashes of the lower-cased suffixes of 1..=4 characters (0 when shorter).
    pub suffixes: [u64; 4],
}

/// Features of a run of tokens: token `i` has `hashes[starts[i]..starts[i + 1]]`.
#[derive(Clone, Debug)]
pub struct Features {
    /// The feature hashes, token after token.
    pub hashes: Vec<u64>,
    /// Where each token's features start; one more entry than tokens.
    pub starts: Vec<usize>,
}

impl Default for Features {
    fn default() -> Features {
        Features { hashes: Vec::new(), starts: vec![0] }
    }
}

impl Features {
    /// Removes every token.
    pub fn clear(&mut self) {
        self.hashes.clear();
        self.starts.clear();
        self.starts.push(0);
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The features of token `i`.
    pub fn token(&self, i: usize) -> &[u64] {
        &self.hashes[self.starts[i]..self.starts[i + 1]]
    }

    /// Ends the current token's features.
    pub fn end_token(&mut self) {
        self.starts.push(self.hashes.len());
    }
}

/// Decides how a sentence uses capitals.
pub fn casing(words: &[&str]) -> Casing {
    let mut has_long = false;
    let mut long_words = 0;
    let mut long_capitalised = 0;
    for word in words {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if word.chars().any(char::is_lowercase) {
            if letters >= 4 {
                long_words += 1;
                long_capitalised += word.chars().next().is_some_and(char::is_uppercase) as usize;
            }
        } else if letters >= 2 {
            has_long = true;
            if letters >= 4 {
                long_words += 1;
                long_capitalised += 1;
            }
        }
    }
    let any_lower = words.iter().any(|w| w.chars().any(char::is_lowercase));
    if !any_lower && has_long {
        Casing::AllCaps
    } else if long_words >= 3 && long_capitalised == long_words {
        Casing::Title
    } else {
        Casing::Normal
    }
}

/// Fills `info` with one entry per word of a sentence.
pub fn token_infos(words: &[&str], lexicon: &Lexicon, info: &mut Vec<TokenInfo>) {
    token_infos_cached(words, lexicon, info, &mut HashMap::default());
}

/// `token_infos` with a cache of the word-level part, kept across the
/// sentences of a document by the caller: repeated words skip the work.
pub fn token_infos_cached(
    words: &[&str],
    lexicon: &Lexicon,
    info: &mut Vec<TokenInfo>,
    cache: &mut HashMap<u64, TokenInfo>,
) {
    info.clear();
    let mut shape = String::new();
    let mut short = String::new();
    let mut lower = String::new();
    let mut norm = String::new();
    let mut canonical = String::new();
    for &original in words {
        let key = hash::string(original);
        if let Some(known) = cache.get(&key) {
            info.push(known.clone());
            continue;
        }
        // Typographic quotes and dashes as the ASCII ones of the training
        // data: "Telegram’s" must look like "Telegram's".
        let word = if original.is_ascii() {
            original
        } else {
            canonical.clear();
            canonical.extend(original.chars().map(|c| match c {
                '’' | '‘' | 'ʼ' | '′' => '\'',
                '“' | '”' | '„' | '″' => '"',
                '–' | '—' | '‒' | '−' => '-',
                _ => c,
            }));
            canonical.as_str()
        };
        hash::lowercase_into(word, &mut lower);
        norm.clear();
        norm.extend(lower.chars().map(|c| if c.is_ascii_digit() { '0' } else { c }));
        shape.clear();
        short.clear();
        for c in word.chars().take(16) {
            let s = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_numeric() {
                'd'
            } else if c.is_alphabetic() {
                'a'
            } else {
                c
            };
            shape.push(s);
            if !short.ends_with(s) {
                short.push(s);
            }
        }
        let lower_hash = hash::string(&lower);
        let norm_hash = hash::string(&norm);
        let mut prefixes = [0; 4];
        let mut suffixes = [0; 4];
        let mut ends = lower.char_indices().map(|(at, c)| at + c.len_utf8());
        for (k, end) in ends.by_ref().take(4).enumerate() {
            prefixes[k] = hash::string(&lower[..end]);
        }
        let mut starts = lower.char_indices().rev().map(|(at, _)| at);
        for (k, start) in starts.by_ref().take(4).enumerate() {
            suffixes[k] = hash::string(&lower[start..]);
        }
        let computed = TokenInfo {
            word: if word == original { key } else { hash::string(word) },
            lower: lower_hash,
            norm: norm_hash,
            shape: hash::string(&shape),
            short: hash::string(&short),
            capitalised: word.chars().next().is_some_and(char::is_uppercase),
            // The cluster table folds digits to 0, like `norm`.
            clusters: lexicon.clusters(norm_hash),
            lists: 0,
            prefixes,
            suffixes,
        };
        cache.insert(key, computed.clone());
        info.push(computed);
    }
    let lowers: Vec<u64> = info.iter().map(|i| i.lower).collect();
    let mut found = Vec::new();
    lexicon.matches(&lowers, &mut found);
    for (start, end, bits) in found {
        for list in 0..32u32 {
            if bits & (1 << list) == 0 {
                continue;
            }
            for (i, token) in info.iter_mut().enumerate().take(end).skip(start) {
                let part = if end - start == 1 {
                    3
                } else if i == start {
                    0
                } else if i + 1 == end {
                    2
                } else {
                    1
                };
                token.lists |= 1u128 << (list * 4 + part);
            }
        }
    }
}

/// Sentinel hashes for positions before the first and after the last token.
const BEFORE: u64 = 0x0b0f_0b0f;
const AFTER: u64 = 0x0e0f_0e0f;

/// Appends the features of every token of one sentence to `out`.
pub fn extract(words: &[&str], info: &[TokenInfo], casing: Casing, out: &mut Features) {
    for (i, word) in words.iter().enumerate() {
        word_features(word, &info[i], casing, &mut out.hashes);
        context_features(i, info, casing, &mut out.hashes);
        out.end_token();
    }
}

/// The features that depend only on the word and its sentence's casing:
/// the same for every occurrence, so inference can score them once per word.
pub fn word_features(word: &str, me: &TokenInfo, casing: Casing, f: &mut Vec<u64>) {
    let casing_id = casing as u64;
    f.push(feature(t::BIAS, 0));
    f.push(feature(t::WORD, me.word));
    f.push(feature(t::LOWER, me.norm));
    f.push(feature(t::SHAPE, me.shape));
    f.push(feature(t::SHORT, me.short));
    // Prefixes and suffixes of the lower-cased word, 1 to 4 characters.
    for k in 0..4 {
        if me.prefixes[k] != 0 {
            f.push(feature2(t::PREFIX, k as u64 + 1, me.prefixes[k]));
            f.push(feature2(t::SUFFIX, k as u64 + 1, me.suffixes[k]));
        }
    }
    f.push(feature(t::LENGTH, word.chars().count().min(12) as u64));
    if casing != Casing::Normal {
        f.push(feature2(t::HEADLINE_SHORT, casing_id, me.short));
        f.push(feature2(t::HEADLINE_LOWER, casing_id, me.norm));
    }
    if me.clusters[0] != 0 {
        for (level, &c) in me.clusters.iter().enumerate() {
            f.push(feature3(t::CLUSTER, level as u64, c as u64, casing_id * 2 + me.capitalised as u64));
        }
    } else {
        f.push(feature2(t::NO_CLUSTER, me.short, casing_id));
    }
}

/// The features of token `i` that depend on its neighbours, its position and
/// the word lists matched around it.
pub fn context_features(i: usize, info: &[TokenInfo], casing: Casing, f: &mut Vec<u64>) {
    let n = info.len();
    let at = |i: isize| -> Option<&TokenInfo> { usize::try_from(i).ok().and_then(|i| info.get(i)) };
    let norm_at = |i: isize| at(i).map_or(if i < 0 { BEFORE } else { AFTER }, |t| t.norm);
    let short_at = |i: isize| at(i).map_or(if i < 0 { BEFORE } else { AFTER }, |t| t.short);
    let casing_id = casing as u64;
    let me = &info[i];
    let ii = i as isize;
    for d in [-2isize, -1, 1, 2] {
        f.push(feature2(t::LOWER_AT, d as u64, norm_at(ii + d)));
    }
    f.push(feature2(t::BIGRAM_BEFORE, norm_at(ii - 1), me.norm));
    f.push(feature2(t::BIGRAM_AFTER, me.norm, norm_at(ii + 1)));
    f.push(feature2(t::SHORT_AT, u64::MAX, short_at(ii - 1)));
    f.push(feature2(t::SHORT_AT, 1, short_at(ii + 1)));
    f.push(feature3(t::SHORT_TRIGRAM, short_at(ii - 1), me.short, short_at(ii + 1)));
    if i == 0 {
        f.push(feature(t::FIRST, me.short));
    }
    if i + 1 == n {
        f.push(feature(t::LAST, me.short));
    }
    for d in [-1isize, 1] {
        if let Some(other) = at(ii + d) {
            f.push(feature2(t::CLUSTER_AT, d as u64, other.clusters[1] as u64));
        }
    }
    let mut lists = me.lists;
    while lists != 0 {
        let bit = lists.trailing_zeros() as u64;
        lists &= lists - 1;
        f.push(feature(t::LEX, bit));
        f.push(feature3(t::LEX_CAP, bit, me.capitalised as u64, casing_id));
    }
    for d in [-1isize, 1] {
        if let Some(other) = at(ii + d) {
            let mut lists = other.lists;
            while lists != 0 {
                let bit = lists.trailing_zeros() as u64;
                lists &= lists - 1;
                f.push(feature2(t::LEX_AT, d as u64, bit / 4));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! casing {
        ($($name:ident: $text:expr => $expected:expr;)*) => {$(
            #[test]
            fn $name() {
                let words: Vec<&str> = $text.split(' ').collect();
                assert_eq!(casing(&words), $expected);
            }
        )*};
    }

    casing! {
        wire_headline: "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ." => Casing::AllCaps;
        dateline: "BRUSSELS 1996-08-22" => Casing::AllCaps;
        title_case: "Telegram Founder Says Kazakhstan Users Doubled" => Casing::Title;
        ordinary: "The European Commission said on Thursday it disagreed" => Casing::Normal;
        numbers_only: "1996-08-22" => Casing::Normal;
    }

    #[test]
    fn every_token_gets_features_and_neighbours_differ() {
        let words = ["Pavel", "Durov", "said"];
        let mut info = Vec::new();
        token_infos(&words, &Lexicon::default(), &mut info);
        let mut out = Features::default();
        extract(&words, &info, Casing::Normal, &mut out);
        assert_eq!(out.len(), 3);
        assert!(out.token(0).len() > 20);
        assert_ne!(out.token(0), out.token(1));
        // The same word in the same context gives the same features.
        let mut again = Features::default();
        extract(&words, &info, Casing::Normal, &mut again);
        assert_eq!(out.hashes, again.hashes);
    }
}
