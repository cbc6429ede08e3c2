//! Token features for the first pass: the word, its lower-case and shape,
//! prefixes and suffixes, its neighbours, the sentence's capitalisation
//! (all-caps and title-case headlines carry no case signal), word-list
//! matches and word clusters. Each feature is a 64-bit hash (see `hash`).

use super::hash::{self, feature, feature2, feature3};
use super::lexicon::{Lexicon, WordEntries};

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

/// What the features need to know about one word, computed once per
/// distinct word: nothing here depends on the word's context.
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
    /// Room for `tokens` tokens of about `per_token` features each.
    pub fn with_capacity(tokens: usize, per_token: usize) -> Features {
        let mut starts = Vec::with_capacity(tokens + 1);
        starts.push(0);
        Features { hashes: Vec::with_capacity(tokens * per_token), starts }
    }

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
    let marks: Vec<Marks> = words.iter().map(|w| Marks::of(w)).collect();
    casing_of(&marks)
}

/// Decides how a sentence uses capitals, from its words' marks.
pub fn casing_of(marks: &[Marks]) -> Casing {
    let mut has_long = false;
    let mut long_words = 0;
    let mut long_capitalised = 0;
    let mut any_lower = false;
    for m in marks {
        if m.has_lower {
            any_lower = true;
            if m.letters >= 4 {
                long_words += 1;
                long_capitalised += m.first_upper as usize;
            }
        } else if m.letters >= 2 {
            has_long = true;
            if m.letters >= 4 {
                long_words += 1;
                long_capitalised += 1;
            }
        }
    }
    if !any_lower && has_long {
        Casing::AllCaps
    } else if long_words >= 3 && long_capitalised == long_words {
        Casing::Title
    } else {
        Casing::Normal
    }
}

/// How a word is written, for `casing_of` and `surely_outside`: computed
/// once per distinct word.
#[derive(Clone, Copy, Debug, Default)]
pub struct Marks {
    /// Its number of letters, up to 4 (0: a token with no letter, "12.5", "%").
    pub letters: u8,
    /// Some lower-case letter.
    pub has_lower: bool,
    /// Starts with a capital.
    pub first_upper: bool,
    /// Lower-case letters only ("said", "the").
    pub lower_word: bool,
    /// A lower-case word seen inside names ("of", "van"; see `name_words`).
    pub name_word: bool,
    /// No capital letter.
    pub uncapitalised: bool,
    /// No capital and no digit: nothing in it marks a name ("said", ",").
    pub unmarked: bool,
}

impl Marks {
    /// The marks of `word`.
    pub fn of(word: &str) -> Marks {
        let lower_word = !word.is_empty() && word.chars().all(char::is_lowercase);
        let uncapitalised = !word.chars().any(char::is_uppercase);
        let letters = word.chars().filter(|c| c.is_alphabetic()).take(4).count() as u8;
        Marks {
            letters,
            has_lower: word.chars().any(char::is_lowercase),
            first_upper: word.chars().next().is_some_and(char::is_uppercase),
            lower_word,
            name_word: lower_word && super::name_words().contains(&hash::string(word)),
            uncapitalised,
            unmarked: uncapitalised && !word.chars().any(char::is_numeric),
        }
    }
}

/// Marks the positions of a sentence that the tagger fixes as O without
/// scoring them, in an ordinary sentence and not first: a lower-case word
/// never seen inside names ("said"), or one whose neighbours have no
/// capital or digit (the "of" of "chief of the"), and a token with no letter
/// whose neighbours have no capital ("55" and "%" in "rose 55 % in"). Names
/// are capitalised in news: on CoNLL-2003 dev this fixes 61% of all tokens
/// and 9 of the 8,603 tokens inside names, and it spares those tokens'
/// feature lookups and both Viterbi passes.
pub fn surely_outside(marks: &[Marks], casing: Casing, out: &mut Vec<bool>) {
    out.clear();
    out.extend((0..marks.len()).map(|k| {
        let (me, before, after) = (marks[k], marks.get(k.wrapping_sub(1)), marks.get(k + 1));
        let between = |ok: fn(&Marks) -> bool| before.is_some_and(ok) && after.is_none_or(ok);
        casing == Casing::Normal
            && k > 0
            && (me.lower_word && (!me.name_word || between(|m| m.unmarked))
                || me.letters == 0 && between(|m| m.uncapitalised))
    }));
}

/// Fills `info` with one entry per word of a sentence, and `lists` with
/// each word's list matches in that sentence (see `list_matches`).
pub fn token_infos(words: &[&str], lexicon: &Lexicon, info: &mut Vec<TokenInfo>, lists: &mut Vec<u128>) {
    let mut scratch = Scratch::default();
    info.clear();
    info.extend(words.iter().map(|word| word_info(word, lexicon, &mut scratch)));
    let lowers: Vec<u64> = info.iter().map(|i| i.lower).collect();
    list_matches(&lowers, lexicon, lists);
}

/// Reusable buffers for `word_info`.
#[derive(Default)]
pub struct Scratch {
    shape: String,
    short: String,
    lower: String,
    norm: String,
    canonical: String,
}

/// What the features need to know about one word.
pub fn word_info(original: &str, lexicon: &Lexicon, scratch: &mut Scratch) -> TokenInfo {
    let Scratch { shape, short, lower, norm, canonical } = scratch;
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
    hash::lowercase_into(word, lower);
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
    let norm_hash = hash::string(norm);
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
    TokenInfo {
        word: hash::string(word),
        lower: hash::string(lower),
        norm: norm_hash,
        shape: hash::string(shape),
        short: hash::string(short),
        capitalised: word.chars().next().is_some_and(char::is_uppercase),
        // The cluster table folds digits to 0, like `norm`.
        clusters: lexicon.clusters(norm_hash),
        prefixes,
        suffixes,
    }
}

/// The word-list matches covering each token of a sentence, given the
/// tokens' lower-case hashes: bit `list * 4 + part` (B, I, L, U).
pub fn list_matches(lowers: &[u64], lexicon: &Lexicon, lists: &mut Vec<u128>) {
    list_matches_with(lowers, |i| lexicon.word_entries(lowers[i]), lexicon, lists);
}

/// `list_matches`, given each token's `Lexicon::word_entries`.
pub fn list_matches_with(
    lowers: &[u64],
    words: impl Fn(usize) -> WordEntries,
    lexicon: &Lexicon,
    lists: &mut Vec<u128>,
) {
    lists.clear();
    lists.resize(lowers.len(), 0);
    let mut found = Vec::new();
    lexicon.matches_with(lowers, words, &mut found);
    for (start, end, bits) in found {
        let spread = every_fourth(bits);
        for (i, token) in lists.iter_mut().enumerate().take(end).skip(start) {
            let part = if end - start == 1 {
                3
            } else if i == start {
                0
            } else if i + 1 == end {
                2
            } else {
                1
            };
            *token |= spread << part;
        }
    }
}

/// Bit `list` of `bits` moved to bit `list * 4`, for every list at once:
/// five shift-and-mask steps, each halving the groups and doubling the
/// gaps between them, instead of a loop over 32 lists.
fn every_fourth(bits: u32) -> u128 {
    let mut x = bits as u128;
    x = (x | x << 48) & 0x0000_0000_0000_ffff_0000_0000_0000_ffff;
    x = (x | x << 24) & 0x0000_00ff_0000_00ff_0000_00ff_0000_00ff;
    x = (x | x << 12) & 0x000f_000f_000f_000f_000f_000f_000f_000f;
    x = (x | x << 6) & 0x0303_0303_0303_0303_0303_0303_0303_0303;
    (x | x << 3) & 0x1111_1111_1111_1111_1111_1111_1111_1111
}

/// Sentinel hashes for positions before the first and after the last token.
const BEFORE: u64 = 0x0b0f_0b0f;
const AFTER: u64 = 0x0e0f_0e0f;

/// Appends the features of every token of one sentence to `out`.
pub fn extract(words: &[&str], info: &[TokenInfo], lists: &[u128], casing: Casing, out: &mut Features) {
    let locals: Vec<Local> = info.iter().zip(lists).map(|(i, &l)| Local::new(i, l)).collect();
    for (i, word) in words.iter().enumerate() {
        word_features(word, &info[i], casing, &mut out.hashes);
        for (k, d) in NEIGHBOURS.into_iter().enumerate() {
            let other = i.checked_add_signed(d).and_then(|j| info.get(j));
            neighbour_features(k, other, &mut out.hashes);
        }
        local_features(i, &locals, casing, &mut out.hashes);
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

/// The distances of the neighbours whose words are features of a token.
pub const NEIGHBOURS: [isize; 4] = [-2, -1, 1, 2];

/// The features a token gets from its neighbour `NEIGHBOURS[k]` (`None`
/// past the sentence's ends). They depend on that neighbour's word alone, so
/// inference scores them once per distinct word and distance.
pub fn neighbour_features(k: usize, other: Option<&TokenInfo>, f: &mut Vec<u64>) {
    let d = NEIGHBOURS[k];
    let outside = if d < 0 { BEFORE } else { AFTER };
    f.push(feature2(t::LOWER_AT, d as u64, other.map_or(outside, |o| o.norm)));
    if d.abs() == 1 {
        f.push(feature2(t::SHORT_AT, if d < 0 { u64::MAX } else { 1 }, other.map_or(outside, |o| o.short)));
        if let Some(other) = other {
            f.push(feature2(t::CLUSTER_AT, d as u64, other.clusters[1] as u64));
        }
    }
}

/// What the remaining context features need of each token of a sentence.
#[derive(Clone, Copy, Debug)]
pub struct Local {
    /// `TokenInfo::norm`.
    pub norm: u64,
    /// `TokenInfo::short`.
    pub short: u64,
    /// `TokenInfo::capitalised`.
    pub capitalised: bool,
    /// The token's list matches in its sentence (`list_matches`).
    pub lists: u128,
}

impl Local {
    /// A token's part of `info` with its list matches.
    pub fn new(info: &TokenInfo, lists: u128) -> Local {
        Local { norm: info.norm, short: info.short, capitalised: info.capitalised, lists }
    }
}

/// The context features of token `i` that pair it with its neighbours or
/// its position, and the word lists matched around it.
pub fn local_features(i: usize, tokens: &[Local], casing: Casing, f: &mut Vec<u64>) {
    let n = tokens.len();
    let at = |d: isize| i.checked_add_signed(d).and_then(|j| tokens.get(j));
    let norm_at = |d: isize| at(d).map_or(if d < 0 { BEFORE } else { AFTER }, |t| t.norm);
    let short_at = |d: isize| at(d).map_or(if d < 0 { BEFORE } else { AFTER }, |t| t.short);
    let casing_id = casing as u64;
    let me = &tokens[i];
    f.push(feature2(t::BIGRAM_BEFORE, norm_at(-1), me.norm));
    f.push(feature2(t::BIGRAM_AFTER, me.norm, norm_at(1)));
    f.push(feature3(t::SHORT_TRIGRAM, short_at(-1), me.short, short_at(1)));
    if i == 0 {
        f.push(feature(t::FIRST, me.short));
    }
    if i + 1 == n {
        f.push(feature(t::LAST, me.short));
    }
    let mut lists = me.lists;
    while lists != 0 {
        let bit = lists.trailing_zeros() as u64;
        lists &= lists - 1;
        f.push(feature(t::LEX, bit));
        f.push(feature3(t::LEX_CAP, bit, me.capitalised as u64, casing_id));
    }
    for d in [-1isize, 1] {
        if let Some(other) = at(d) {
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

    fn outside(text: &str) -> Vec<&str> {
        let words: Vec<&str> = text.split(' ').collect();
        let marks: Vec<Marks> = words.iter().map(|w| Marks::of(w)).collect();
        let mut fixed = Vec::new();
        surely_outside(&marks, casing(&words), &mut fixed);
        words.into_iter().zip(fixed).filter(|(_, f)| *f).map(|(w, _)| w).collect()
    }

    #[test]
    fn every_fourth_moves_each_list_bit_to_its_place() {
        let naive = |bits: u32| (0..32).filter(|l| bits & 1 << l != 0).fold(0u128, |x, l| x | 1 << (4 * l));
        let mut bits = 0x9e37_79b9u32;
        for _ in 0..1000 {
            assert_eq!(every_fourth(bits), naive(bits), "{bits:#x}");
            bits = bits.wrapping_mul(0x0101_0101).rotate_left(7) ^ 0x5bd1_e995;
        }
        for bits in [0, 1, u32::MAX, 1 << 31, 0x8000_0001] {
            assert_eq!(every_fourth(bits), naive(bits), "{bits:#x}");
        }
    }

    #[test]
    fn lower_case_words_outside_names_are_fixed_as_outside() {
        // The "of" between capitals and the "the" and "in" before a capital
        // or a digit could be in a name ("Bank of England", "the Hague");
        // "said" and "rates" never are.
        assert_eq!(
            outside("the chief of the Bank of England said on Monday that it was in 2024 rates , the bank said ."),
            ["chief", "of", "said", "that", "it", "was", "2024", "rates", ",", "the", "bank", "said", "."]
        );
        assert!(outside("the quick brown fox").iter().all(|w| *w != "the"), "never the first word");
        assert_eq!(outside("peace talks to go on in geneva"), ["talks", "to", "go", "on", "in", "geneva"]);
        assert!(outside("Peace Talks to go on in Geneva").is_empty(), "a title-case headline");
    }

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
        let (mut info, mut lists) = (Vec::new(), Vec::new());
        token_infos(&words, &Lexicon::default(), &mut info, &mut lists);
        let mut out = Features::default();
        extract(&words, &info, &lists, Casing::Normal, &mut out);
        assert_eq!(out.len(), 3);
        assert!(out.token(0).len() > 20);
        assert_ne!(out.token(0), out.token(1));
        // The same word in the same context gives the same features.
        let mut again = Features::default();
        extract(&words, &info, &lists, Casing::Normal, &mut again);
        assert_eq!(out.hashes, again.hashes);
    }
}
