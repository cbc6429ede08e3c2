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

/// Capitalised words whose number is a level or a count, not part of a
/// name: "Category 5" (a storm's category is CARDINAL `5`, as news-dev's
/// README decides under ANNOTATION.md), "Level 3", "Stage 4", "Phase 2".
const LEVEL_WORDS: &[&str] = &["category", "level", "stage", "phase", "tier", "grade", "round", "game", "leg"];

/// True when the number at token `i` belongs to the name before it:
/// "Nikkei 225", "S&P 500", "FTSE 100", "iOS 17.4", "Claude 3.5", "House
/// Bill 18", "PaLM 2". The word before, one space away, is capitalised
/// inside a sentence or cased like a name anywhere ("iOS", "S&P", "FTSE",
/// "PaLM"); a sentence's first word ("In 2019", "Only 5") must be cased so.
/// Months, weekdays, "No." and the level words of [`LEVEL_WORDS`] are not
/// names here.
pub(super) fn name_before(cur: &Cursor, i: usize) -> bool {
    if i <= cur.start || cur.glued(i) || cur.kind(i - 1) != Some(TokenKind::Word) {
        return false;
    }
    let word = cur.word(i - 1);
    if word.len() < 2 || word.ends_with('.') {
        return false;
    }
    let mut chars = word.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let cased_like_a_name = chars.any(|c| c.is_uppercase() || c == '&');
    let capitalised_inside = first_upper && i - 1 > cur.start;
    if !(capitalised_inside || cased_like_a_name) {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    let date_word = crate::dates::lexicon::month(&lower).is_some() || crate::dates::lexicon::weekday(&lower).is_some();
    !date_word && !LEVEL_WORDS.contains(&lower.as_str()) && lower != "no"
}
