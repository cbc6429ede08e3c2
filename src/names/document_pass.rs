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
    labels: [u32; 5],
    /// Occurrences as part (B, I, L) of a multi-token first-pass entity, per type and part.
    parts: [u32; 16],
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

/// Appends the second-pass features of every token of a document to `out`,
/// given the first pass's tags (`first_pass[i]` for `tokens[i]`). Tokens
/// marked in `fixed_outside` (which may be shorter, even empty) still count
/// in how words are used, but get no features of their own.
pub fn extract(
    tokens: &[DocToken],
    sentences: &[Range<usize>],
    first_pass: &[Tag],
    fixed_outside: &[bool],
    out: &mut Features,
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
        for k in 0..5 {
            total.labels[k] = total.labels[k].saturating_add(mine.labels[k]);
        }
        for k in 0..16 {
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
            let f = &mut out.hashes;
            f.push(feature(t::TAG, tag as u64));
            let before = if i > sentence.start { label_of(first_pass[i - 1]) as u64 } else { 9 };
            let after = if i + 1 < sentence.end { label_of(first_pass[i + 1]) as u64 } else { 9 };
            f.push(feature3(t::TAG_AT, before, tag as u64, after));
            if is_linked(token) {
                let mine = usage_of(token, tag);
                let all = usages.get(&token.lower).copied().unwrap_or_default();
                // Other occurrences only: a word must not vote for itself.
                let labels: [u32; 5] = std::array::from_fn(|k| all.labels[k].saturating_sub(mine.labels[k]));
                let others: u32 = labels.iter().sum();
                if others == 0 {
                    f.push(feature2(t::NO_OTHERS, token.casing as u64, label_of(tag) as u64));
                } else {
                    let majority = (0..5).max_by_key(|&k| (labels[k], std::cmp::Reverse(k))).unwrap_or(0);
                    f.push(feature(t::MAJORITY, majority as u64));
                    f.push(feature2(t::TAG_WITH_MAJORITY, label_of(tag) as u64, majority as u64));
                    for (k, &count) in labels.iter().enumerate().skip(1) {
                        if count > 0 {
                            let share = if 2 * count as u64 >= others as u64 { 2 } else { 1 };
                            f.push(feature2(t::OTHERS, k as u64, share));
                        }
                    }
                }
                for slot in 0..16 {
                    if all.parts[slot] > mine.parts[slot] {
                        f.push(feature(t::PART, slot as u64));
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
                    f.push(feature2(t::CASE_ELSEWHERE, token.casing as u64 * 2 + token.first as u64, seen));
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
