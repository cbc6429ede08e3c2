//! Qualifiers of a value: "over", "more than", "about", "at least", "up to"…
//!
//! A qualifier is part of the span ("over half the population" starts at
//! "over"), so that the highlighted text reads as the claim the article makes;
//! its normalised name goes to `Mention::approx`.

use super::cursor::Cursor;
use crate::wordset::WordSet;

/// Qualifiers before a number, longest first, with the name they normalise to.
const BEFORE: &[(&[&str], &str)] = &[
    (&["in", "excess", "of"], "over"),
    (&["no", "more", "than"], "up_to"),
    (&["no", "less", "than"], "at_least"),
    (&["no", "fewer", "than"], "at_least"),
    (&["not", "more", "than"], "up_to"),
    (&["as", "many", "as"], "up_to"),
    (&["as", "much", "as"], "up_to"),
    (&["a", "maximum", "of"], "up_to"),
    (&["a", "minimum", "of"], "at_least"),
    (&["close", "to"], "nearly"),
    (&["just", "over"], "over"),
    (&["just", "under"], "nearly"),
    (&["just", "shy", "of"], "nearly"),
    (&["well", "over"], "over"),
    (&["more", "than"], "over"),
    (&["greater", "than"], "over"),
    (&["higher", "than"], "over"),
    (&["upwards", "of"], "over"),
    (&["less", "than"], "under"),
    (&["fewer", "than"], "under"),
    (&["lower", "than"], "under"),
    (&["at", "least"], "at_least"),
    (&["at", "most"], "up_to"),
    (&["up", "to"], "up_to"),
    (&["an", "estimated"], "about"),
    (&["over"], "over"),
    (&["above"], "over"),
    (&["exceeding"], "over"),
    (&["nearly"], "nearly"),
    (&["almost"], "nearly"),
    (&["about"], "about"),
    (&["around"], "about"),
    (&["roughly"], "about"),
    (&["some"], "about"),
    (&["approximately"], "about"),
    (&["approx."], "about"),
    (&["circa"], "about"),
    (&["estimated"], "about"),
    (&["~"], "about"),
    (&["under"], "under"),
    (&["below"], "under"),
    (&["exactly"], "exactly"),
];

/// Qualifiers after a number: "10,000 or more".
const AFTER: &[(&[&str], &str)] =
    &[(&["or", "more"], "at_least"), (&["or", "so"], "about"), (&["or", "less"], "up_to"), (&["or", "fewer"], "up_to")];

/// The first words of the qualifiers of `BEFORE`.
#[rustfmt::skip]
const FIRST_WORDS: WordSet<35> = WordSet::new(&[
    "in", "no", "not", "as", "a", "close", "just", "well", "more", "greater", "higher", "upwards", "less", "fewer",
    "lower", "at", "up", "an", "over", "above", "exceeding", "nearly", "almost", "about", "around", "roughly", "some",
    "approximately", "approx.", "circa", "estimated", "~", "under", "below", "exactly",
]);

/// The qualifier starting at token `i`: its name and the token after it.
pub(super) fn before(cur: &Cursor, i: usize) -> Option<(&'static str, usize)> {
    // Most tokens are no qualifier's first word: one look-up rejects them.
    if !FIRST_WORDS.contains(cur.word(i)) {
        return None;
    }
    find(cur, i, BEFORE)
}

/// The same qualifiers for another recogniser's tokens, read by `word_at`
/// ("" past the end): the date recogniser puts them inside durations and
/// clock times ("more than five years", "around 8:30 p.m.").
pub(crate) fn qualifier_at<'a>(word_at: impl Fn(usize) -> &'a str, i: usize) -> Option<(&'static str, usize)> {
    if !FIRST_WORDS.contains(word_at(i)) {
        return None;
    }
    BEFORE
        .iter()
        .find(|(words, _)| words.iter().enumerate().all(|(k, w)| word_at(i + k).eq_ignore_ascii_case(w)))
        .map(|&(words, name)| (name, i + words.len()))
}

/// The qualifier right after a number ending before token `i`.
pub(super) fn after(cur: &Cursor, i: usize) -> Option<(&'static str, usize)> {
    if !cur.is(i, "or") {
        return None;
    }
    find(cur, i, AFTER)
}

fn find(cur: &Cursor, i: usize, table: &[(&[&str], &'static str)]) -> Option<(&'static str, usize)> {
    table
        .iter()
        .find(|(words, _)| words.iter().enumerate().all(|(k, w)| cur.is(i + k, w)))
        .map(|&(words, name)| (name, i + words.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_qualifier_starts_with_a_first_word() {
        for (words, name) in BEFORE {
            assert!(FIRST_WORDS.contains(words[0]), "{words:?} ({name})");
        }
    }
}
