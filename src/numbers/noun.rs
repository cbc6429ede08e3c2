//! The counted noun of a CARDINAL: "12.5 million people" has unit `people`.
//!
//! The rule is deliberately narrow, because a wrong unit is worse than none:
//! the noun must come directly after the number, be written in lower case (a
//! capitalised word is a name: "3 Musketeers"), and look plural: end in "s"
//! (not "ss", "us", "is") or be an irregular plural such as "people". Words
//! ending in "s" that are verbs or function words ("says", "was", "has") are
//! refused. When an adjective or another noun stands between ("1.2 billion
//! fake accounts"), the span stays the number alone and there is no unit:
//! telling an adjective from a noun needs a tagger, and the statistics stage
//! finds the whole noun phrase ("fake accounts") by itself.

use super::cursor::Cursor;
use crate::tokenize::TokenKind;

/// Plurals without a final "s".
const IRREGULAR: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "staff",
    "cattle",
    "personnel",
    "teeth",
    "mice",
    "geese",
    "sheep",
    "fish",
    "deer",
    "aircraft",
    "livestock",
    "offspring",
    "youth",
    "clergy",
    "troops",
    "data",
];

/// Words ending in "s" that are not counted nouns.
const NOT_NOUNS: &[&str] = &[
    "is",
    "was",
    "has",
    "does",
    "says",
    "goes",
    "gets",
    "makes",
    "takes",
    "gives",
    "comes",
    "seems",
    "remains",
    "means",
    "includes",
    "rises",
    "falls",
    "grows",
    "shows",
    "needs",
    "wants",
    "as",
    "its",
    "this",
    "thus",
    "plus",
    "less",
    "yes",
    "besides",
    "across",
    "always",
    "perhaps",
    "sometimes",
    "whereas",
    "towards",
    "afterwards",
    "times",
    "others",
    "hers",
    "ours",
    "yours",
    "theirs",
    "whose",
    "various",
    "previous",
    "serious",
    "famous",
    "numerous",
    "us",
    "his",
    "becomes",
    "appears",
    "looks",
    "lags",
    "trails",
    "sees",
    "follows",
    "reaches",
    "exceeds",
    "represents",
    "stands",
];

/// The counted noun right at token `i`, if there is one.
pub(super) fn counted(cur: &Cursor, i: usize) -> Option<usize> {
    if cur.kind(i) != Some(TokenKind::Word) || cur.glued(i) || cur.capitalised(i) {
        return None;
    }
    let word = cur.word(i);
    if !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') || word.len() < 3 {
        return None;
    }
    if IRREGULAR.contains(&word) {
        return Some(i);
    }
    let plural = word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is");
    (plural && !NOT_NOUNS.contains(&word)).then_some(i)
}

/// The noun after "half the": "half the population".
pub(super) fn after_the(cur: &Cursor, i: usize) -> Option<usize> {
    if !cur.is(i, "the") || cur.kind(i + 1) != Some(TokenKind::Word) || cur.capitalised(i + 1) {
        return None;
    }
    let word = cur.word(i + 1);
    let plain = word.len() >= 3 && word.bytes().all(|b| b.is_ascii_lowercase());
    let function =
        matches!(word, "the" | "other" | "same" | "most" | "rest" | "time" | "way" | "size" | "amount" | "number");
    (plain && !function && !NOT_NOUNS.contains(&word)).then_some(i + 1)
}

/// True when token `i` is a unit of time written out ("years", "day",
/// "hours"): a number before it is a duration or an age, which the date
/// recogniser reads ("five years", "18 years old"). Abbreviations ("h",
/// "min") and "quarter" (also a fraction) are not asked.
pub(super) fn time_unit(cur: &Cursor, i: usize) -> bool {
    use crate::dates::lexicon::{unit, Unit};
    let word = cur.word(i);
    word.len() >= 4
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && unit(word).is_some_and(|(u, _)| u != Unit::Quarter && !matches!(word, "secs" | "mins" | "second"))
}
