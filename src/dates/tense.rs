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
use super::lexicon::is_one_of;
use super::View;

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

/// Words that make a sentence future.
const FUTURE: &[&str] = &[
    "will", "'ll", "’ll", "shall", "would", "upcoming", "scheduled", "slated", "planned", "plans", "plan",
    "planning", "intends", "aims", "expects", "expect", "expected",
];

/// Finite past forms (and "been", which only the perfect has); and the
/// nouns of a report of what was played ("results", "standings").
const PAST: &[&str] = &["was", "were", "had", "did", "been", "ago", "yesterday", "results", "standings", "scorers"];

/// Reporting verbs in the past.
const REPORTING: &[&str] = &["said", "told", "announced", "added", "reported", "stated", "declared"];

/// Irregular past forms and participles: past unless after a form of "be".
const IRREGULAR: &[&str] = &[
    "told", "met", "went", "came", "made", "took", "taken", "gave", "given", "got", "saw", "seen", "held", "left",
    "won", "lost", "fell", "fallen", "rose", "risen", "sold", "bought", "began", "begun", "became", "spoke",
    "spoken", "wrote", "written", "ran", "paid", "sent", "spent", "found", "thought", "brought", "kept", "led",
    "struck", "broke", "broken", "chose", "chosen", "flew", "flown", "drew", "drawn", "grew", "grown", "knew",
    "known", "shot", "stood", "taught", "fought", "caught", "sought", "heard", "meant", "felt", "slid", "done",
    "shown", "threw", "thrown", "withdrew", "withdrawn", "stole", "stolen", "sank", "sunk", "shook", "woke",
    "swore", "sworn", "hung", "forgot", "forgotten", "froze", "frozen", "hid", "hidden", "bit", "dealt", "fled",
    "sped", "swept", "wept", "lent", "built", "bent", "dug", "rode", "ridden", "drove", "driven", "ate", "eaten",
    "gone", "beat",
];

/// Words in "-ed" that are no past verbs (or that are future: "expected").
const NOT_PAST_ED: &[&str] = &[
    "need", "needed", "feed", "speed", "seed", "breed", "proceed", "succeed", "exceed", "indeed", "hundred", "bed",
    "red", "shed", "wed", "embed", "united", "based", "limited", "related", "advanced", "detailed", "scheduled",
    "planned", "expected", "slated", "supposed", "sacred", "naked", "wicked", "beloved", "alleged", "armed",
    "listed", "skilled", "aged", "bred", "weed", "greed", "creed", "deed", "steed", "reed", "tweed", "biped",
];

/// Forms of "be" (and "get") after which a participle is no cue.
const BE: &[&str] = &[
    "be", "been", "being", "is", "are", "am", "'s", "’s", "'re", "’re", "was", "were", "get", "gets", "got",
];

/// Verbs without tense, which govern a date as the tenses do. ("be" and
/// "being" are not: the word before them decides, "will be", "is being".)
const VERBS: &[&str] = &[
    "is", "are", "am", "'re", "’re", "has", "have", "do", "does", "can", "could", "should", "might", "must", "says",
    "say",
];

/// Adverbs that may stand between an auxiliary and its participle.
const ADVERBS: &[&str] = &["not", "n't", "n’t", "also", "later", "then", "still", "already", "now", "reportedly"];

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
    if is_one_of(word, FUTURE) {
        // "than expected", "as planned"
        if k > 0 && view.any(k - 1, &["than", "as"]) {
            return None;
        }
        return Some(Cue::Future);
    }
    // "won't", "we ' ll" (a quote's apostrophe cut off), "set to", "set for",
    // "going to", "is to", "likely to", "ahead of", "due on", "was due to fly"
    // (but not "cancelled due to rain")
    let after_be = k > 0 && view.any(k - 1, BE);
    if (view.is(k, "wo") && view.any(k + 1, &["n't", "n’t"]))
        || (view.is(k, "ll") && view.attached(k) && view.any(k - 1, &["'", "’"]))
        || (view.any(k, &["set", "going"]) && view.any(k + 1, &["to", "for"]) && after_be)
        || (view.is(k, "to") && k > 0 && view.any(k - 1, &["is", "are", "am", "'s", "’s", "'re", "’re"]))
        || (view.is(k, "likely") && view.is(k + 1, "to"))
        || (view.is(k, "ahead") && view.is(k + 1, "of"))
        || (view.is(k, "due") && (after_be || !view.is(k + 1, "to") || view.is(k + 2, "be")))
    {
        return Some(Cue::Future);
    }
    if is_one_of(word, PAST) {
        return Some(Cue::Past);
    }
    // A reporting verb dates the report, not what is reported: it governs
    // only a date next to it ("said on Monday", "On Monday, he told").
    if is_one_of(word, REPORTING) {
        return (k.abs_diff(from) <= 4).then_some(Cue::Past);
    }
    // "Played on Saturday :", sentence-initial.
    let lower_ed = bytes.len() >= 5
        && (first.is_ascii_lowercase() || k == 0)
        && word.ends_with("ed")
        && bytes.iter().all(u8::is_ascii_alphabetic)
        && !is_one_of(word, NOT_PAST_ED);
    if lower_ed || (first.is_ascii_lowercase() && is_one_of(word, IRREGULAR)) {
        // "was arrested", "will be held", "has been also held": the auxiliary decides.
        let mut at = k;
        while at > 0 && (view.any(at - 1, ADVERBS) || view.word(at - 1).ends_with("ly")) && at + 3 > k {
            at -= 1;
        }
        if at > 0 && view.any(at - 1, BE) {
            return None;
        }
        return Some(Cue::Past);
    }
    // "may" is a month too; lower case before no digit it is the verb.
    if is_one_of(word, VERBS) || (word == "may" && !view.is_digit(k + 1)) {
        return Some(Cue::Verb);
    }
    None
}

/// The lean of an expression starting at token `i`.
pub fn lean(view: &View, i: usize) -> Lean {
    let governs = |cue: Cue| match cue {
        Cue::Future => Lean::Upcoming,
        Cue::Past => Lean::Past,
        Cue::Verb => Lean::Nearest,
    };
    if dateline(view, i) {
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
    i >= 2
        && i <= 5
        && view.is(i - 1, ",")
        && (0..i - 1).all(|k| {
            let w = view.word(k);
            w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
        })
}

/// How many days ahead a yearly day may lie and still be the one a sentence
/// of the past means: "players had left early to start the Labor Day
/// weekend", "have been invited to the convention on August 26-29" a few
/// days before it are not about last year's (a day of last year would carry
/// its year). (Weekdays and months have no slack: "said on Monday" is the
/// last Monday, "sales rose in September" last September.)
pub const PAST_SLACK: i64 = 30;

/// The year of `month`-`day` as `lean` reads it against `reference`; None
/// when the day never exists.
pub fn year_of_day(reference: Date, month: u32, day: u32, lean: Lean) -> Option<i32> {
    let days = |d: Date| d.days_since_epoch() - reference.days_since_epoch();
    let candidates = (reference.year - 1..=reference.year + 1).filter_map(|y| Date::new(y, month, day));
    match lean {
        Lean::Nearest => reference.nearest_year(month, day),
        Lean::Upcoming => candidates.filter(|&d| days(d) >= 0).map(|d| d.year).min(),
        Lean::Past => candidates.filter(|&d| days(d) <= PAST_SLACK).map(|d| d.year).max(),
    }
    .or_else(|| reference.nearest_year(month, day))
}

/// The year of a month named alone: the reference's month counts as both
/// upcoming and past.
pub fn year_of_month(reference: Date, month: u32, lean: Lean) -> i32 {
    match lean {
        Lean::Nearest => reference.nearest_year(month, 15).unwrap_or(reference.year),
        Lean::Upcoming if month < reference.month => reference.year + 1,
        Lean::Past if month > reference.month => reference.year - 1,
        _ => reference.year,
    }
}

/// A weekday (0 = Monday) alone: upcoming is the first on or after the
/// reference (wire copy names the day itself: "results of matches on
/// Saturday" on a Saturday), past the latest on or before it, nearest
/// within three days either way.
pub fn weekday(reference: Date, weekday: u32, lean: Lean) -> Date {
    let delta = (i64::from(weekday) - i64::from(reference.weekday())).rem_euclid(7);
    reference.add_days(match lean {
        Lean::Upcoming => delta,
        Lean::Past if delta == 0 => 0,
        Lean::Past => delta - 7,
        Lean::Nearest if delta > 3 => delta - 7,
        Lean::Nearest => delta,
    })
}

/// Of occurrences given as (first day, number of days), the one `lean`
/// picks: one under way at the reference counts as both upcoming and past,
/// and a past sentence may mean one up to `slack` days ahead (see
/// [`PAST_SLACK`], for yearly days; 0 for days of a month).
pub fn occurrence<I: Iterator<Item = (Date, u32)>>(
    reference: Date,
    occurrences: I,
    lean: Lean,
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
    match lean {
        Lean::Nearest => nearest,
        Lean::Upcoming => all.iter().find(|(d, _)| *d >= 0).map(|&(_, o)| o).or(nearest),
        Lean::Past => all.iter().rev().find(|(d, _)| *d <= slack).map(|&(_, o)| o).or(nearest),
    }
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
        let view = View { text: &text, tokens: &tokens, reference: Date::new(2024, 10, 20), time: None };
        lean(&view, i)
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
            assert_eq!(year_of_day(r, month, day, lean), Some(year), "{month}-{day} {lean:?}");
        }
        for (month, lean, year) in [(10, Upcoming, 2024), (10, Past, 2024), (9, Upcoming, 2025), (11, Past, 2023), (3, Nearest, 2025)]
        {
            assert_eq!(year_of_month(r, month, lean), year, "{month} {lean:?}");
        }
        for (w, lean, day) in [(6, Upcoming, 20), (0, Upcoming, 21), (6, Past, 20), (6, Nearest, 20), (4, Upcoming, 25), (4, Past, 18), (4, Nearest, 18)]
        {
            assert_eq!(weekday(r, w, lean), Date::new(2024, 10, day).unwrap(), "{w} {lean:?}");
        }
    }
}
