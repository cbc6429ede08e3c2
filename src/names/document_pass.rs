//! The document-level second pass. A name is usually written in full once
//! and then shortened ("Pavel Durov" … "Durov"), and wire headlines are all
//! capitals ("CLINTON" … "Clinton"): the first pass's labels for the same
//! word elsewhere in the document are strong evidence for the second pass.
//!
//! The second pass sees every first-pass feature plus these; it is trained
//! on cross-validated first-pass output so that it learns how far to trust it.

use std::ops::Range;

use super::features::{Casing, Features};
use super::hash::{feature, feature2, feature3, HashMap};
use super::tags::{split, Part, Tag, NUM_TAGS};

/// A second-pass feature. Each is a few small numbers, so that every one of
/// them can be listed (`DocFeature::all`) and its weights looked up once
/// per model: inference adds rows of a dense table (`DocFeature::index`)
/// where training hashes (`DocFeature::hash`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocFeature {
    /// The token's first-pass tag.
    Tag(Tag),
    /// The labels before and after it (`SENTENCE_EDGE` past the sentence) and its tag.
    TagAt(u8, Tag, u8),
    /// No other occurrence: the sentence's casing and the token's label.
    NoOthers(Casing, u8),
    /// The label most other occurrences have.
    Majority(u8),
    /// The token's label and that majority.
    TagWithMajority(u8, u8),
    /// A label (1..=4) some other occurrences have, and whether half or more
    /// of them have it (2) or fewer (1).
    Others(u8, u8),
    /// A part slot (`part_slot`) some other occurrence has.
    Part(u8),
    /// The position (`casing * 2 + first`) and what was seen elsewhere (`SEEN`).
    CaseElsewhere(u8, u8),
}

/// The label of a position past a sentence's ends, in `DocFeature::TagAt`.
const SENTENCE_EDGE: u8 = 9;

/// Labels: O, then each type.
const LABELS: usize = 5;
/// Label values of `TagAt`: the labels and `SENTENCE_EDGE`.
const NEIGHBOUR_LABELS: usize = LABELS + 1;
const CASINGS: [Casing; 3] = [Casing::Normal, Casing::AllCaps, Casing::Title];
/// Part slots (`part_slot`): B, I, L (and U, never used) of each type.
const PART_SLOTS: usize = 16;
/// Positions of `CaseElsewhere`: each casing, sentence-first or not.
const POSITIONS: usize = CASINGS.len() * 2;
/// What `CaseElsewhere` saw: neither, capitalised, lower case, both.
const SEEN: usize = 4;

/// How many features each variant has, in declaration order.
const BLOCK_SIZES: [usize; 8] = [
    NUM_TAGS,
    NEIGHBOUR_LABELS * NUM_TAGS * NEIGHBOUR_LABELS,
    CASINGS.len() * LABELS,
    LABELS,
    LABELS * LABELS,
    (LABELS - 1) * 2,
    PART_SLOTS,
    POSITIONS * SEEN,
];

/// Where each variant's indices start.
const BLOCK_STARTS: [usize; 9] = {
    let mut starts = [0; 9];
    let mut k = 0;
    while k < 8 {
        starts[k + 1] = starts[k] + BLOCK_SIZES[k];
        k += 1;
    }
    starts
};

impl DocFeature {
    /// How many there are: `index` is below this.
    pub const COUNT: usize = BLOCK_STARTS[8];

    /// The feature's hash, as the model was trained on it.
    pub fn hash(self) -> u64 {
        match self {
            DocFeature::Tag(tag) => feature(t::TAG, tag as u64),
            DocFeature::TagAt(before, tag, after) => feature3(t::TAG_AT, before as u64, tag as u64, after as u64),
            DocFeature::NoOthers(casing, label) => feature2(t::NO_OTHERS, casing as u64, label as u64),
            DocFeature::Majority(label) => feature(t::MAJORITY, label as u64),
            DocFeature::TagWithMajority(label, majority) => {
                feature2(t::TAG_WITH_MAJORITY, label as u64, majority as u64)
            }
            DocFeature::Others(label, share) => feature2(t::OTHERS, label as u64, share as u64),
            DocFeature::Part(slot) => feature(t::PART, slot as u64),
            DocFeature::CaseElsewhere(position, seen) => feature2(t::CASE_ELSEWHERE, position as u64, seen as u64),
        }
    }

    /// A dense index, `0..COUNT`, different for every feature.
    pub fn index(self) -> usize {
        let neighbour = |label: u8| if label == SENTENCE_EDGE { LABELS } else { label as usize };
        let (block, offset) = match self {
            DocFeature::Tag(tag) => (0, tag),
            DocFeature::TagAt(before, tag, after) => {
                (1, (neighbour(before) * NUM_TAGS + tag) * NEIGHBOUR_LABELS + neighbour(after))
            }
            DocFeature::NoOthers(casing, label) => (2, casing as usize * LABELS + label as usize),
            DocFeature::Majority(label) => (3, label as usize),
            DocFeature::TagWithMajority(label, majority) => (4, label as usize * LABELS + majority as usize),
            DocFeature::Others(label, share) => (5, (label as usize - 1) * 2 + share as usize - 1),
            DocFeature::Part(slot) => (6, slot as usize),
            DocFeature::CaseElsewhere(position, seen) => (7, position as usize * SEEN + seen as usize),
        };
        BLOCK_STARTS[block] + offset
    }

    /// Every feature, in no particular order.
    pub fn all() -> impl Iterator<Item = DocFeature> {
        let labels = 0..LABELS as u8;
        let neighbours = || (0..LABELS as u8).chain([SENTENCE_EDGE]);
        let tags = (0..NUM_TAGS).map(DocFeature::Tag);
        let tag_at = neighbours()
            .flat_map(move |b| (0..NUM_TAGS).flat_map(move |t| neighbours().map(move |a| DocFeature::TagAt(b, t, a))));
        let no_others =
            CASINGS.into_iter().flat_map(move |c| (0..LABELS as u8).map(move |l| DocFeature::NoOthers(c, l)));
        let majority = labels.clone().map(DocFeature::Majority);
        let with_majority = labels.flat_map(|l| (0..LABELS as u8).map(move |m| DocFeature::TagWithMajority(l, m)));
        let others = (1..LABELS as u8).flat_map(|l| [1, 2].map(|share| DocFeature::Others(l, share)));
        let parts = (0..PART_SLOTS as u8).map(DocFeature::Part);
        let case =
            (0..POSITIONS as u8).flat_map(|p| (0..SEEN as u8).map(move |seen| DocFeature::CaseElsewhere(p, seen)));
        tags.chain(tag_at).chain(no_others).chain(majority).chain(with_majority).chain(others).chain(parts).chain(case)
    }
}

/// Where `extract` puts each token's features.
pub trait DocSink {
    /// One more feature of the current token.
    fn feature(&mut self, feature: DocFeature);
    /// Ends the current token.
    fn end_token(&mut self);
}

/// Training: the features' hashes.
impl DocSink for Features {
    fn feature(&mut self, feature: DocFeature) {
        self.hashes.push(feature.hash());
    }

    fn end_token(&mut self) {
        Features::end_token(self);
    }
}

/// Feature templates of the second pass (numbers continue those of `features`).
mod t {
    pub const TAG: u32 = 101;
    pub const TAG_AT: u32 = 102;
    pub const OTHERS: u32 = 103;
    pub const MAJORITY: u32 = 104;
    pub const NO_OTHERS: u32 = 105;
    pub const PART: u32 = 106;
    pub const CASE_ELSEWHERE: u32 = 107;
    pub const TAG_WITH_MAJORITY: u32 = 108;
}

/// What the second pass needs to know about one token of the document.
#[derive(Clone, Copy, Debug)]
pub struct DocToken {
    /// Hash of the lower-cased word.
    pub lower: u64,
    /// Starts with an upper-case letter.
    pub capitalised: bool,
    /// Starts with a letter (only such words are linked across the document).
    pub alphabetic: bool,
    /// First token of its sentence.
    pub first: bool,
    /// Its sentence's casing.
    pub casing: Casing,
}

/// How a word is used across the document.
#[derive(Default, Clone, Copy)]
struct Usage {
    /// First-pass labels of its capitalised occurrences: O, then each type.
    labels: [u32; LABELS],
    /// Occurrences as part (B, I, L) of a multi-token first-pass entity, per type and part.
    parts: [u32; PART_SLOTS],
    /// Capitalised occurrences inside ordinary sentences, not sentence-first.
    capitalised: u32,
    /// Lower-case occurrences.
    lower: u32,
}

fn label_of(tag: Tag) -> usize {
    split(tag).map_or(0, |(kind, _)| 1 + kind as usize)
}

fn part_slot(tag: Tag) -> Option<usize> {
    match split(tag)? {
        (_, Part::Unit) => None,
        (kind, part) => Some(kind as usize * 4 + part as usize),
    }
}

fn is_linked(token: &DocToken) -> bool {
    token.alphabetic && (token.capitalised || token.casing != Casing::Normal)
}

fn usage_of(token: &DocToken, tag: Tag) -> Usage {
    let mut usage = Usage::default();
    if !token.alphabetic {
        return usage;
    }
    if token.casing == Casing::Normal && !token.first {
        if token.capitalised {
            usage.capitalised = 1;
        } else {
            usage.lower = 1;
        }
    }
    if is_linked(token) {
        usage.labels[label_of(tag)] = 1;
        if let Some(slot) = part_slot(tag) {
            usage.parts[slot] = 1;
        }
    }
    usage
}

/// Gives `out` the second-pass features of every token of a document, token
/// after token, given the first pass's tags (`first_pass[i]` for
/// `tokens[i]`). Tokens marked in `fixed_outside` (which may be shorter,
/// even empty) still count in how words are used, but get no features of
/// their own.
pub fn extract(
    tokens: &[DocToken],
    sentences: &[Range<usize>],
    first_pass: &[Tag],
    fixed_outside: &[bool],
    out: &mut impl DocSink,
) {
    let mut usages: HashMap<u64, Usage> = HashMap::default();
    // Only linked words' usages are read. Other words are lower-case words
    // of ordinary sentences, whose one count (`lower`) matters only for a
    // word also linked elsewhere: counted in a second pass, without inserting.
    for (token, &tag) in tokens.iter().zip(first_pass) {
        if !is_linked(token) {
            continue;
        }
        let mine = usage_of(token, tag);
        let total = usages.entry(token.lower).or_default();
        // Saturating: a word repeated billions of times must not overflow.
        for k in 0..LABELS {
            total.labels[k] = total.labels[k].saturating_add(mine.labels[k]);
        }
        for k in 0..PART_SLOTS {
            total.parts[k] = total.parts[k].saturating_add(mine.parts[k]);
        }
        total.capitalised = total.capitalised.saturating_add(mine.capitalised);
        total.lower = total.lower.saturating_add(mine.lower);
    }
    for token in tokens.iter().filter(|t| t.alphabetic && !is_linked(t) && !t.first) {
        if let Some(total) = usages.get_mut(&token.lower) {
            total.lower = total.lower.saturating_add(1);
        }
    }
    for sentence in sentences {
        for i in sentence.clone() {
            if fixed_outside.get(i) == Some(&true) {
                out.end_token();
                continue;
            }
            let token = &tokens[i];
            let tag = first_pass[i];
            let label = label_of(tag) as u8;
            out.feature(DocFeature::Tag(tag));
            let before = if i > sentence.start { label_of(first_pass[i - 1]) as u8 } else { SENTENCE_EDGE };
            let after = if i + 1 < sentence.end { label_of(first_pass[i + 1]) as u8 } else { SENTENCE_EDGE };
            out.feature(DocFeature::TagAt(before, tag, after));
            if is_linked(token) {
                let mine = usage_of(token, tag);
                let all = usages.get(&token.lower).copied().unwrap_or_default();
                // Other occurrences only: a word must not vote for itself.
                let labels: [u32; LABELS] = std::array::from_fn(|k| all.labels[k].saturating_sub(mine.labels[k]));
                let others: u32 = labels.iter().sum();
                if others == 0 {
                    out.feature(DocFeature::NoOthers(token.casing, label));
                } else {
                    let majority = (0..LABELS).max_by_key(|&k| (labels[k], std::cmp::Reverse(k))).unwrap_or(0) as u8;
                    out.feature(DocFeature::Majority(majority));
                    out.feature(DocFeature::TagWithMajority(label, majority));
                    for (k, &count) in labels.iter().enumerate().skip(1) {
                        if count > 0 {
                            let share = if 2 * count as u64 >= others as u64 { 2 } else { 1 };
                            out.feature(DocFeature::Others(k as u8, share));
                        }
                    }
                }
                for slot in 0..PART_SLOTS {
                    if all.parts[slot] > mine.parts[slot] {
                        out.feature(DocFeature::Part(slot as u8));
                    }
                }
                if token.casing != Casing::Normal || token.first {
                    let capitalised = all.capitalised.saturating_sub(mine.capitalised);
                    let lower = all.lower.saturating_sub(mine.lower);
                    let seen = match (capitalised > 0, lower > 0) {
                        (false, false) => 0,
                        (true, false) => 1,
                        (false, true) => 2,
                        (true, true) => 3,
                    };
                    out.feature(DocFeature::CaseElsewhere(token.casing as u8 * 2 + token.first as u8, seen));
                }
            }
            out.end_token();
        }
    }
    debug_assert!(first_pass.iter().all(|&t| t < NUM_TAGS));
}

#[cfg(test)]
mod tests {
    use super::super::hash;
    use super::super::tags::{tag, EntityType, OUTSIDE};
    use super::*;

    fn token(word: &str, first: bool, casing: Casing) -> DocToken {
        DocToken {
            lower: hash::string(&word.to_lowercase()),
            capitalised: word.chars().next().is_some_and(char::is_uppercase),
            alphabetic: word.chars().next().is_some_and(char::is_alphabetic),
            first,
            casing,
        }
    }

    #[test]
    fn every_feature_has_its_own_index_and_hash() {
        let all: Vec<DocFeature> = DocFeature::all().collect();
        assert_eq!(all.len(), DocFeature::COUNT);
        let mut indices: Vec<usize> = all.iter().map(|f| f.index()).collect();
        indices.sort();
        assert_eq!(indices, (0..DocFeature::COUNT).collect::<Vec<_>>());
        let mut hashes: Vec<u64> = all.iter().map(|f| f.hash()).collect();
        hashes.sort();
        hashes.dedup();
        assert_eq!(hashes.len(), DocFeature::COUNT);
    }

    #[test]
    fn a_surname_alone_learns_from_the_full_name() {
        // "DUROV WINS" / "Pavel Durov spoke ." / "Durov left ."
        let tokens = [
            token("DUROV", true, Casing::AllCaps),
            token("WINS", false, Casing::AllCaps),
            token("Pavel", true, Casing::Normal),
            token("Durov", false, Casing::Normal),
            token("spoke", false, Casing::Normal),
            token("Durov", true, Casing::Normal),
            token("left", false, Casing::Normal),
        ];
        let per = |p| tag(EntityType::Per, p);
        let tags = [OUTSIDE, OUTSIDE, per(Part::Begin), per(Part::Last), OUTSIDE, OUTSIDE, OUTSIDE];
        let sentences = [0..2, 2..5, 5..7];
        let mut out = Features::default();
        extract(&tokens, &sentences, &tags, &[], &mut out);
        let last_per = feature(t::PART, (EntityType::Per as usize * 4 + Part::Last as usize) as u64);
        assert!(out.token(0).contains(&last_per), "the headline's DUROV");
        assert!(out.token(5).contains(&last_per), "the later Durov");
        assert!(!out.token(3).contains(&last_per), "not from itself");
        assert!(out.token(0).contains(&feature2(t::CASE_ELSEWHERE, Casing::AllCaps as u64 * 2 + 1, 1)));
    }
}
