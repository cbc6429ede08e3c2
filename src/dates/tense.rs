//! Which way a date without a year (or a weekday, or a holiday) leans from
//! the reference: the sentence's tense decides.
//!
//! - Future cues ("will", "'ll", "would", "is to", "going to", "plans",
//!   "scheduled", "expected", "upcoming", "set to") → the upcoming
//!   occurrence: "the vote will be held on Friday".
//! - Past cues ("said", "was", "were", "had", "-ed" verbs, "met", "held"…)
//!   → the latest occurrence, the reference's own day included (wire copy
//!   dates "said on Tuesday" on Tuesday): "shares fell on Friday".
//! - The cue nearest before the expression governs it; without one before
//!   it, the first one after it ("On Friday, the company said …"). A
//!   participle after a form of "be" is not a cue of its own: "will be held"
//!   is future, "was held" past (the auxiliary decides).
//! - A verb without tense ("is", "has", "can", "says") governs too: the
//!   occurrence nearest the reference, as before ("the meeting is on
//!   Friday" may be either).
//! - No verb at all, a bare phrase (a headline "Talks on Friday", a
//!   calendar entry "Christmas", a fixture list "May 13 v Durham", "the
//!   first Tuesday of October"): the upcoming occurrence, today included.
//!   A dateline ("ASTANA, Oct. 14") is the article's own date, never a
//!   future one: it takes the nearest; so does a sentence longer than the
//!   window, whose verb was not read.
//! - A month before a noun ("the September Bund future", "December
//!   cotton") names a contract or a meeting, not a time of the sentence:
//!   the nearest (see `absolute`).
//!
//! Only tokens within [`WINDOW`] of the expression are read, and only when
//! a matcher needs a year it was not given, so the scan costs nothing on
//! most tokens and stays linear on hostile input.

use super::calendar::Date;
use super::lexicon::{self, is_one_of};
use super::View;
use crate::tokenize::TokenKind;

/// Which occurrence of a yearless date the sentence means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    /// The latest on or before the reference.
    Past,
    /// The nearest either way.
    Nearest,
    /// The first on or after the reference (a weekday: after it).
    Upcoming,
}

/// How many tokens either side of an expression are read for cues.
pub const WINDOW: usize = 24;

/// What a token says about tense.
#[derive(Clone, Copy, PartialEq)]
enum Cue {
    Future,
    Past,
    /// A verb without tense ("is", "has", "can").
    Verb,
}

/// What a word may say about tense, before its context is read.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Class {
    /// Future only in context: "wo n't", "' ll", "set to", "going to", "is
    /// to", "likely to", "ahead of", "due on", "may" (the verb, not the month).
    Context,
    /// "will", "'ll", "would", "scheduled", "expected", "plans", "upcoming".
    Future,
    /// Finite past forms (and "been", which only the perfect has); and the
    /// nouns of a report of what was played ("results", "standings").
    Past,
    /// Reporting verbs in the past: they date the report, not what is reported.
    Reporting,
    /// Irregular past forms and participles: past unless after a form of "be".
    Irregular,
    /// Words in "-ed" that are no past verbs ("hundred", "united", "alleged").
    NotPast,
    /// Verbs without tense, which govern a date as the tenses do. ("be" and
    /// "being" are not: the word before them decides, "will be", "is being".)
    Verb,
}

/// The words that say something about tense, sorted by their bytes (a test
/// checks), looked up by binary search on the lower-cased word.
const WORDS: &[(&str, Class)] = &[
    ("'ll", Class::Future),
    ("'re", Class::Verb),
    ("added", Class::Reporting),
    ("advanced", Class::NotPast),
    ("aged", Class::NotPast),
    ("ago", Class::Past),
    ("ahead", Class::Context),
    ("aims", Class::Future),
    ("alleged", Class::NotPast),
    ("am", Class::Verb),
    ("announced", Class::Reporting),
    ("are", Class::Verb),
    ("armed", Class::NotPast),
    ("ate", Class::Irregular),
    ("based", Class::NotPast),
    ("beat", Class::Irregular),
    ("became", Class::Irregular),
    ("bed", Class::NotPast),
    ("been", Class::Past),
    ("began", Class::Irregular),
    ("begun", Class::Irregular),
    ("beloved", Class::NotPast),
    ("bent", Class::Irregular),
    ("biped", Class::NotPast),
    ("bit", Class::Irregular),
    ("bought", Class::Irregular),
    ("bred", Class::NotPast),
    ("breed", Class::NotPast),
    ("broke", Class::Irregular),
    ("broken", Class::Irregular),
    ("brought", Class::Irregular),
    ("built", Class::Irregular),
    ("came", Class::Irregular),
    ("can", Class::Verb),
    ("caught", Class::Irregular),
    ("chose", Class::Irregular),
    ("chosen", Class::Irregular),
    ("could", Class::Verb),
    ("creed", Class::NotPast),
    ("dealt", Class::Irregular),
    ("declared", Class::Reporting),
    ("deed", Class::NotPast),
    ("detailed", Class::NotPast),
    ("did", Class::Past),
    ("do", Class::Verb),
    ("does", Class::Verb),
    ("done", Class::Irregular),
    ("drawn", Class::Irregular),
    ("drew", Class::Irregular),
    ("driven", Class::Irregular),
    ("drove", Class::Irregular),
    ("due", Class::Context),
    ("dug", Class::Irregular),
    ("eaten", Class::Irregular),
    ("embed", Class::NotPast),
    ("exceed", Class::NotPast),
    ("expect", Class::Future),
    ("expected", Class::Future),
    ("expects", Class::Future),
    ("fallen", Class::Irregular),
    ("feed", Class::NotPast),
    ("fell", Class::Irregular),
    ("felt", Class::Irregular),
    ("fled", Class::Irregular),
    ("flew", Class::Irregular),
    ("flown", Class::Irregular),
    ("forgot", Class::Irregular),
    ("forgotten", Class::Irregular),
    ("fought", Class::Irregular),
    ("found", Class::Irregular),
    ("froze", Class::Irregular),
    ("frozen", Class::Irregular),
    ("gave", Class::Irregular),
    ("given", Class::Irregular),
    ("going", Class::Context),
    ("gone", Class::Irregular),
    ("got", Class::Irregular),
    ("greed", Class::NotPast),
    ("grew", Class::Irregular),
    ("grown", Class::Irregular),
    ("had", Class::Past),
    ("has", Class::Verb),
    ("have", Class::Verb),
    ("heard", Class::Irregular),
    ("held", Class::Irregular),
    ("hid", Class::Irregular),
    ("hidden", Class::Irregular),
    ("hundred", Class::NotPast),
    ("hung", Class::Irregular),
    ("indeed", Class::NotPast),
    ("intends", Class::Future),
    ("is", Class::Verb),
    ("kept", Class::Irregular),
    ("knew", Class::Irregular),
    ("known", Class::Irregular),
    ("led", Class::Irregular),
    ("left", Class::Irregular),
    ("lent", Class::Irregular),
    ("likely", Class::Context),
    ("limited", Class::NotPast),
    ("listed", Class::NotPast),
    ("ll", Class::Context),
    ("lost", Class::Irregular),
    ("made", Class::Irregular),
    ("may", Class::Context),
    ("meant", Class::Irregular),
    ("met", Class::Irregular),
    ("might", Class::Verb),
    ("must", Class::Verb),
    ("naked", Class::NotPast),
    ("need", Class::NotPast),
    ("needed", Class::NotPast),
    ("paid", Class::Irregular),
    ("plan", Class::Future),
    ("planned", Class::Future),
    ("planning", Class::Future),
    ("plans", Class::Future),
    ("proceed", Class::NotPast),
    ("ran", Class::Irregular),
    ("red", Class::NotPast),
    ("reed", Class::NotPast),
    ("related", Class::NotPast),
    ("reported", Class::Reporting),
    ("results", Class::Past),
    ("ridden", Class::Irregular),
    ("risen", Class::Irregular),
    ("rode", Class::Irregular),
    ("rose", Class::Irregular),
    ("sacred", Class::NotPast),
    ("said", Class::Reporting),
    ("sank", Class::Irregular),
    ("saw", Class::Irregular),
    ("say", Class::Verb),
    ("says", Class::Verb),
    ("scheduled", Class::Future),
    ("scorers", Class::Past),
    ("seed", Class::NotPast),
    ("seen", Class::Irregular),
    ("sent", Class::Irregular),
    ("set", Class::Context),
    ("shall", Class::Future),
    ("shed", Class::NotPast),
    ("shook", Class::Irregular),
    ("shot", Class::Irregular),
    ("should", Class::Verb),
    ("shown", Class::Irregular),
    ("skilled", Class::NotPast),
    ("slated", Class::Future),
    ("slid", Class::Irregular),
    ("sold", Class::Irregular),
    ("sought", Class::Irregular),
    ("sped", Class::Irregular),
    ("speed", Class::NotPast),
    ("spent", Class::Irregular),
    ("spoke", Class::Irregular),
    ("spoken", Class::Irregular),
    ("standings", Class::Past),
    ("stated", Class::Reporting),
    ("steed", Class::NotPast),
    ("stole", Class::Irregular),
    ("stolen", Class::Irregular),
    ("stood", Class::Irregular),
    ("struck", Class::Irregular),
    ("succeed", Class::NotPast),
    ("sunk", Class::Irregular),
    ("supposed", Class::NotPast),
    ("swept", Class::Irregular),
    ("swore", Class::Irregular),
    ("sworn", Class::Irregular),
    ("taken", Class::Irregular),
    ("taught", Class::Irregular),
    ("thought", Class::Irregular),
    ("threw", Class::Irregular),
    ("thrown", Class::Irregular),
    ("to", Class::Context),
    ("told", Class::Reporting),
    ("took", Class::Irregular),
    ("tweed", Class::NotPast),
    ("united", Class::NotPast),
    ("upcoming", Class::Future),
    ("was", Class::Past),
    ("wed", Class::NotPast),
    ("weed", Class::NotPast),
    ("went", Class::Irregular),
    ("wept", Class::Irregular),
    ("were", Class::Past),
    ("wicked", Class::NotPast),
    ("will", Class::Future),
    ("withdrawn", Class::Irregular),
    ("withdrew", Class::Irregular),
    ("wo", Class::Context),
    ("woke", Class::Irregular),
    ("won", Class::Irregular),
    ("would", Class::Future),
    ("written", Class::Irregular),
    ("wrote", Class::Irregular),
    ("yesterday", Class::Past),
    ("’ll", Class::Future),
    ("’re", Class::Verb),
];

/// Forms of "be" (and "get") after which a participle is no cue.
const BE: &[&str] =
    &["be", "been", "being", "is", "are", "am", "'s", "’s", "'re", "’re", "was", "were", "get", "gets", "got"];

/// Adverbs that may stand between an auxiliary and its participle.
const ADVERBS: &[&str] = &["not", "n't", "n’t", "also", "later", "then", "still", "already", "now", "reportedly"];

/// The class of `word` (at most 11 bytes), ignoring ASCII case.
fn class(word: &str) -> Option<Class> {
    let bytes = word.as_bytes();
    let mut buffer = [0u8; 11];
    let lower = &mut buffer[..bytes.len()];
    for (to, from) in lower.iter_mut().zip(bytes) {
        *to = from.to_ascii_lowercase();
    }
    let lower = &*lower;
    WORDS.binary_search_by(|(w, _)| w.as_bytes().cmp(lower)).ok().map(|at| WORDS[at].1)
}

/// The tense cue of token `k`, if any, for a date at token `from`.
fn cue(view: &View, k: usize, from: usize) -> Option<Cue> {
    let word = view.word(k);
    let bytes = word.as_bytes();
    if bytes.len() < 2 || bytes.len() > 11 {
        return None;
    }
    let first = bytes[0];
    if !(first.is_ascii_alphabetic() || first == b'\'' || first == 0xE2) {
        return None;
    }
    let class = class(word);
    let past_participle = match class {
        Some(Class::Future) => {
            // "than expected", "as planned"
            return (k == 0 || !view.any(k - 1, &["than", "as"])).then_some(Cue::Future);
        }
        Some(Class::Past) => return Some(Cue::Past),
        // Only a date next to it ("said on Monday", "On Monday, he told").
        Some(Class::Reporting) => return (k.abs_diff(from) <= 4).then_some(Cue::Past),
        Some(Class::Verb) => return Some(Cue::Verb),
        Some(Class::Context) => {
            // "won't", "we ' ll" (a quote's apostrophe cut off), "set to", "set
            // for", "going to", "is to", "likely to", "ahead of", "due on", "is
            // due to fly" (but not "cancelled due to rain")
            let after_be = k > 0 && view.any(k - 1, BE);
            // "was due to take effect on Sept. 1": a plan told in the past,
            // its day gone (a present "is due to" is the upcoming one). A
            // weekday is days away: "was due to fly on Saturday" is this one.
            let weekday = lexicon::weekday(view.word(from)).is_some();
            if view.is(k, "due") && k > 0 && view.any(k - 1, &["was", "were"]) && !weekday {
                return Some(Cue::Past);
            }
            let future = (view.is(k, "wo") && view.any(k + 1, &["n't", "n’t"]))
                || (view.is(k, "ll") && view.attached(k) && view.any(k - 1, &["'", "’"]))
                || (view.any(k, &["set", "going"]) && view.any(k + 1, &["to", "for"]) && after_be)
                || (view.is(k, "to") && k > 0 && view.any(k - 1, &["is", "are", "am", "'s", "’s", "'re", "’re"]))
                || (view.is(k, "likely") && view.is(k + 1, "to"))
                || (view.is(k, "ahead") && view.is(k + 1, "of"))
                || (view.is(k, "due") && (after_be || !view.is(k + 1, "to") || view.is(k + 2, "be")));
            if future {
                return Some(Cue::Future);
            }
            // "may" is a month too; lower case before no digit it is the verb.
            return (word == "may" && !view.is_digit(k + 1)).then_some(Cue::Verb);
        }
        Some(Class::Irregular) => first.is_ascii_lowercase(),
        Some(Class::NotPast) => false,
        // "Played on Saturday :", sentence-initial.
        None => {
            bytes.len() >= 5
                && (first.is_ascii_lowercase() || k == 0)
                && word.ends_with("ed")
                && bytes.iter().all(u8::is_ascii_alphabetic)
        }
    };
    if !past_participle {
        return None;
    }
    // "was arrested", "will be held", "has been also held": the auxiliary decides.
    let mut at = k;
    while at > 0 && (view.any(at - 1, ADVERBS) || view.word(at - 1).ends_with("ly")) && at + 3 > k {
        at -= 1;
    }
    if at > 0 && view.any(at - 1, BE) {
        return None;
    }
    Some(Cue::Past)
}

/// The lean of an expression starting at token `i`.
pub fn lean(view: &View, i: usize) -> Lean {
    let governs = |cue: Cue| match cue {
        Cue::Future => Lean::Upcoming,
        Cue::Past => Lean::Past,
        Cue::Verb => Lean::Nearest,
    };
    if dateline(view, i) || stamp(view) {
        return Lean::Nearest;
    }
    let before = i.saturating_sub(WINDOW);
    if let Some(cue) = (before..i).rev().find_map(|k| cue(view, k, i)) {
        return governs(cue);
    }
    let after = view.len().min(i + 1 + WINDOW);
    if let Some(cue) = (i + 1..after).find_map(|k| cue(view, k, i)) {
        return governs(cue);
    }
    // A bare phrase only when all of it was read: a long sentence whose
    // verb lies beyond the window is no headline.
    if before > 0 || after < view.len() {
        Lean::Nearest
    } else {
        Lean::Upcoming
    }
}

/// Words that may follow a time without it modifying them.
const NOT_NOUNS: &[&str] = &[
    "and", "or", "but", "nor", "to", "till", "until", "through", "thru", "when", "while", "as", "after", "before",
    "with", "for", "in", "on", "at", "of", "from", "by", "the", "a", "an", "this", "that", "last", "next", "year",
    "than", "so", "if", "because", "although", "though", "where", "which", "who", "then", "again", "also", "alone",
    "only", "onwards", "ago", "since", "against", "versus", "v", "vs", "into", "about", "around", "up", "down",
];

/// Verbs that may follow a month as its subject ("September saw").
const MONTH_VERBS: &[&str] = &[
    "was", "is", "will", "would", "has", "had", "saw", "sees", "brought", "brings", "marked", "marks", "ended", "ends",
    "began", "begins",
];

/// True when token `k`, after a month, is a noun it modifies ("the
/// September Bund future", "December cotton", "the June meeting") or a
/// number that is neither its day nor its year ("4,000 September 93.30
/// put spreads").
pub fn modifies_noun(view: &View, k: usize) -> bool {
    let word = view.word(k);
    let Some(&first) = word.as_bytes().first() else { return false };
    first.is_ascii_digit()
        || (first.is_ascii_alphabetic()
            && !is_one_of(word, NOT_NOUNS)
            && !is_one_of(word, MONTH_VERBS)
            && super::lexicon::month(word).is_none())
}

/// True when the expression at `i` follows a dateline's place: "ASTANA,
/// Oct. 14", "NEW YORK, Oct. 14".
fn dateline(view: &View, i: usize) -> bool {
    (2..=5).contains(&i)
        && view.is(i - 1, ",")
        && (0..i - 1).all(|k| {
            let w = view.word(k);
            w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
        })
}

/// True when the sentence is a line holding only a date ("Oct. 14",
/// "Friday, Oct. 14") in a longer text: when the article was written or
/// updated, the nearest such day, not an event to come. (A text that is
/// nothing but the phrase is a bare phrase: a calendar entry, a query.)
fn stamp(view: &View) -> bool {
    let (Some(first), Some(last)) = (view.tokens.first(), view.tokens.last()) else { return false };
    let only_date_words = view.len() <= 6
        && view.tokens.iter().all(|t| t.kind != TokenKind::Word || lexicon::is_trigger(t.text(view.text)));
    let (before, after) = (&view.text[..first.range.start], &view.text[last.range.end..]);
    let blank = |c: char| c.is_whitespace() && c != '\n';
    let (line_before, line_after) = (before.trim_end_matches(blank), after.trim_start_matches(blank));
    let own_line = (line_before.is_empty() || line_before.ends_with('\n'))
        && (line_after.is_empty() || line_after.starts_with('\n'));
    let more_text = !before.trim_start().is_empty() || !after.trim_end().is_empty();
    only_date_words && own_line && more_text
}

/// How many days ahead a yearly day may lie and still be the one a sentence
/// of the past means: "players had left early to start the Labor Day
/// weekend", "have been invited to the convention on August 26-29" a few
/// days before it are not about last year's (a day of last year would carry
/// its year). (Weekdays and months have no slack: "said on Monday" is the
/// last Monday, "sales rose in September" last September.)
pub const PAST_SLACK: i64 = 30;

/// The three readings' answers, and the one `lean` picks; the sentence is
/// read only when they differ (most dates are near the reference, where
/// they agree).
fn pick<T: PartialEq + Copy>(upcoming: T, past: T, nearest: T, lean: impl FnOnce() -> Lean) -> T {
    if upcoming == past && past == nearest {
        return nearest;
    }
    match lean() {
        Lean::Upcoming => upcoming,
        Lean::Past => past,
        Lean::Nearest => nearest,
    }
}

/// The year of `month`-`day` as `lean` reads it against `reference`; None
/// when the day never exists.
pub fn year_of_day(reference: Date, month: u32, day: u32, lean: impl FnOnce() -> Lean) -> Option<i32> {
    let days = |d: Date| d.days_since_epoch() - reference.days_since_epoch();
    let candidates = || (reference.year - 1..=reference.year + 1).filter_map(|y| Date::new(y, month, day));
    let nearest = reference.nearest_year(month, day)?;
    let upcoming = candidates().filter(|&d| days(d) >= 0).map(|d| d.year).min().unwrap_or(nearest);
    let past = candidates().filter(|&d| days(d) <= PAST_SLACK).map(|d| d.year).max().unwrap_or(nearest);
    Some(pick(upcoming, past, nearest, lean))
}

/// The year of a month named alone: the reference's month counts as both
/// upcoming and past.
pub fn year_of_month(reference: Date, month: u32, lean: impl FnOnce() -> Lean) -> i32 {
    let nearest = reference.nearest_year(month, 15).unwrap_or(reference.year);
    let upcoming = if month < reference.month { reference.year + 1 } else { reference.year };
    let past = if month > reference.month { reference.year - 1 } else { reference.year };
    pick(upcoming, past, nearest, lean)
}

/// A weekday (0 = Monday) alone: upcoming is the first on or after the
/// reference (wire copy names the day itself: "results of matches on
/// Saturday" on a Saturday), past the latest on or before it, nearest
/// within three days either way.
pub fn weekday(reference: Date, weekday: u32, lean: impl FnOnce() -> Lean) -> Date {
    let delta = (i64::from(weekday) - i64::from(reference.weekday())).rem_euclid(7);
    let past = if delta == 0 { 0 } else { delta - 7 };
    let nearest = if delta > 3 { delta - 7 } else { delta };
    reference.add_days(pick(delta, past, nearest, lean))
}

/// Of occurrences given as (first day, number of days), the one `lean`
/// picks: one under way at the reference counts as both upcoming and past,
/// and a past sentence may mean one up to `slack` days ahead (see
/// [`PAST_SLACK`], for yearly days; 0 for days of a month).
pub fn occurrence<I: Iterator<Item = (Date, u32)>>(
    reference: Date,
    occurrences: I,
    lean: impl FnOnce() -> Lean,
    slack: i64,
) -> Option<(Date, u32)> {
    let days = |&(d, n): &(Date, u32)| {
        let from = d.days_since_epoch() - reference.days_since_epoch();
        if from <= 0 && from + i64::from(n) > 0 {
            0
        } else {
            from
        }
    };
    let mut all: Vec<(i64, (Date, u32))> = occurrences.map(|o| (days(&o), o)).collect();
    all.sort_by_key(|&(d, _)| d);
    let nearest = all.iter().min_by_key(|(d, _)| d.abs()).map(|&(_, o)| o);
    let upcoming = all.iter().find(|(d, _)| *d >= 0).map(|&(_, o)| o).or(nearest);
    let past = all.iter().rev().find(|(d, _)| *d <= slack).map(|&(_, o)| o).or(nearest);
    pick(upcoming, past, nearest, lean)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    /// The lean at the token that starts the bracketed part.
    fn lean_of(case: &str) -> Lean {
        let text = case.replace(['[', ']'], "");
        let start = case.find('[').expect("a bracket");
        let tokens = tokenize::tokenize(&text);
        let i = tokens.iter().position(|t| t.range.start == start).expect("a token at the bracket");
        let words: Vec<&str> = tokens.iter().map(|t| t.text(&text)).collect();
        let view = View { text: &text, tokens: &tokens, words: &words, reference: Date::new(2024, 10, 20), time: None };
        lean(&view, i)
    }

    #[test]
    fn the_word_table_is_sorted_and_lower_case() {
        assert!(WORDS.windows(2).all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()));
        assert!(WORDS.iter().all(|(w, _)| !w.bytes().any(|b| b.is_ascii_uppercase()) && w.len() <= 11));
        assert_eq!(class("Said"), Some(Class::Reporting));
        assert_eq!(class("WILL"), Some(Class::Future));
        assert_eq!(class("’ll"), Some(Class::Future));
        assert_eq!(class("house"), None);
    }

    #[test]
    fn leans() {
        use Lean::*;
        for (case, expected) in [
            ("The vote will be held on [Friday].", Upcoming),
            ("The vote is to be held on [Friday].", Upcoming),
            ("The company said on [Monday] it will open a store in March.", Past),
            ("The company said on Monday it will open a store in [March].", Upcoming),
            ("Shares fell 3% on [Friday].", Past),
            ("The suspect was arrested on [Friday].", Past),
            ("The suspect was later arrested on [Friday].", Past),
            ("He has announced on [Friday] that", Past),
            ("On [Friday], the ministry said it had no comment.", Past),
            ("On [Friday] the talks will resume.", Upcoming),
            ("They won't meet on [Friday].", Upcoming),
            ("The meeting is set for [Friday].", Upcoming),
            ("Results are expected on [Thursday].", Upcoming),
            ("Sales rose more than expected in [March].", Past),
            ("The market is closed on [Friday].", Nearest),
            ("The meeting is on [Friday].", Nearest),
            ("Talks on [Friday]", Upcoming),
            ("[Christmas]", Upcoming),
            ("the first Tuesday of [October]", Upcoming),
            ("ASTANA, [Oct. 14] (Newsmark)", Nearest),
            ("they may [May 5]", Nearest),
            ("a hundred people on [Friday]", Upcoming),
            ("Libyans are dressing up for celebrations on [Sunday] of the coup which brought him to power.", Nearest),
            ("Results of English soccer matches on [Saturday] :", Past),
            ("Woods, who turned professional [Tuesday] after winning", Past),
            ("a b c d e f g h i j k l m n o p q r s t u v w x y z on [Friday]", Nearest),
            ("\" I think we 'll see gold by the end of [October], as we saw, \" one said.", Upcoming),
            ("ahead of the PMI survey due on [Monday].", Upcoming),
            ("flights were cancelled due to rain on [Monday].", Past),
            ("a referendum, due to be held on [November 7]", Upcoming),
            ("He was likely to return on [Saturday].", Upcoming),
            ("She was due to fly to the United States on [Saturday].", Upcoming),
            ("The law was due to take effect on [Sept. 1].", Past),
            ("The law is due to take effect on [Sept. 1].", Upcoming),
            ("Users rose to 400 million, up from 300 million in [December].", Past),
            ("Sales had been falling since [March].", Past),
            ("He said the plant closed in [March].", Past),
            ("He said the plant would reopen in [March].", Upcoming),
            ("Commonwealth ministers will meet in London on [Wednesday] to discuss it, he added.", Upcoming),
            ("Talks were put off on [Wednesday], the radio said on Sunday.", Past),
            ("Canada beat Panama 3-1 on [Friday].", Past),
            ("BASEBALL - MAJOR LEAGUE RESULTS [THURSDAY] .", Past),
        ] {
            assert_eq!(lean_of(case), expected, "{case}");
        }
    }

    #[test]
    fn resolutions() {
        // 2024-10-20 is a Sunday.
        let r = Date::new(2024, 10, 20).unwrap();
        use Lean::*;
        for (month, day, lean, year) in [
            (10, 14, Nearest, 2024),
            (10, 14, Upcoming, 2025),
            (10, 14, Past, 2024),
            (10, 20, Upcoming, 2024),
            (10, 20, Past, 2024),
            (3, 1, Past, 2024),
            (3, 1, Nearest, 2025),
            (12, 25, Past, 2023),
            (10, 23, Past, 2024),
            (11, 19, Past, 2024),
            (11, 20, Past, 2023),
        ] {
            assert_eq!(year_of_day(r, month, day, || lean), Some(year), "{month}-{day} {lean:?}");
        }
        for (month, lean, year) in
            [(10, Upcoming, 2024), (10, Past, 2024), (9, Upcoming, 2025), (11, Past, 2023), (3, Nearest, 2025)]
        {
            assert_eq!(year_of_month(r, month, || lean), year, "{month} {lean:?}");
        }
        for (w, lean, day) in [
            (6, Upcoming, 20),
            (0, Upcoming, 21),
            (6, Past, 20),
            (6, Nearest, 20),
            (4, Upcoming, 25),
            (4, Past, 18),
            (4, Nearest, 18),
        ] {
            assert_eq!(weekday(r, w, || lean), Date::new(2024, 10, day).unwrap(), "{w} {lean:?}");
        }
    }
}
