//! Dates and times: DATE and TIME spans with TIMEX3 values.
//!
//! One linear scan per sentence. At each token a few matchers, each checking
//! the cheapest thing first (is this a month, a weekday, a digit, a time
//! word?), propose an expression starting there; the longest wins and the
//! scan continues after it. The matchers, one module per concern:
//!
//! - [`absolute`]: calendar dates, months, years, decades, quarters, halves,
//!   seasons ("Oct. 14", "2024-10-14", "the third quarter of 2024");
//! - [`relative`]: expressions resolved against the reference date ("last
//!   year", "on Friday", "two years ago", "recent years", "three days after
//!   Easter") and, when the caller gives one, its time of day ("in 2
//!   minutes", "in a week", "3 hours ago");
//! - [`duration`]: durations and sets ("three years", "every month");
//! - [`time`]: clock times, alone or with a day ("9:30 a.m.", "Oct. 14 at
//!   9:30 a.m.", "tomorrow evening");
//! - [`holidays`]: holidays with a calendar rule ("Christmas", "Easter
//!   2010", "Thanksgiving", "Lent") or from the table of other calendars
//!   (`models/holidays.tsv`: "Passover", "Eid al-Fitr", "Diwali", "Chinese
//!   New Year");
//! - [`nth`]: days and weeks counted in a period ("the first Monday of this
//!   month", "the last week of September 2014");
//! - [`range`]: ranges of days or times ("July 13-15", "9:30 - 11:00"),
//!   valued as ISO 8601 intervals (`2024-07-13/2024-07-15`); one written
//!   with a word ("July 13 to 15") is read whole, then given as two spans.
//!
//! Values are written by [`timex`]; words come from [`lexicon`].
//!
//! Decisions:
//! - A date and a time that follow each other ("Oct. 14 at 9:30 a.m.") are
//!   read together, then given as two spans (ANNOTATION.md): DATE `Oct. 14`
//!   and TIME `9:30 a.m.`, whose value has the day (`2024-10-14T09:30`). A
//!   part of the day joined to its day stays one TIME ("Monday night",
//!   "tomorrow evening at 5").
//! - A modifier ("late August", "earlier this week", "the end of 2012") is
//!   part of the span but not of the value: TIMEX3 would put it in `mod`,
//!   which the contract lacks, so the value is the period (`2024-08`).
//! - A set's value is its period: "every month" is `P1M`, "every Friday" is
//!   `XXXX-WXX-5`, "twice a year" `P1Y` (the contract has no frequency).
//! - Spans are drawn as ANNOTATION.md draws them: a leading "the" stays
//!   outside ("past two years"); a qualifier before a count is inside
//!   ("more than five years", "around 8:30 p.m."); ages are durations
//!   ("52-year-old", "60 years old", "aged 87": `P52Y`); "now",
//!   "currently" and "recently" are no dates.
//! - Without a reference date, what it would resolve stays `X`.
//! - An offset from the reference ("in 2 minutes", "in a week") needs the
//!   reference's time of day; without it "in 2 minutes" stays the duration
//!   `PT2M` (it may be how long something took). With it, hours, minutes and
//!   seconds give an instant (`2013-02-12T04:32`), longer units keep their
//!   grain as "two years ago" does ("in a week" is a day, "in two years" a
//!   year). "finished the race in 2 hours" stays a duration.
//! - "the upcoming two weeks", like "the next two weeks", is a duration
//!   (`P2W`): the coming fortnight, not the week two weeks ahead.
//! - A day, month, weekday or holiday without a year leans as its sentence
//!   does ([`tense`]): the upcoming one after "will", "is to", "scheduled"
//!   or in a bare phrase (a headline, a calendar entry), the last one after
//!   "said", "was" or an "-ed" verb, and otherwise the one nearest the
//!   reference date (a weekday: within three days). A line holding only a
//!   date in a longer text ("Oct. 14" above an article) is when it was
//!   written: the nearest.
//!
//! Speed: the scan first asks [`lexicon::trigger_of`] (a filter test, then
//! a binary search) whether anything can start at a token; most tokens stop
//! there. Development suite: `cargo run --release --example dates_suite`.

/// The table-driven tests of every module: `"text" => LABEL "timex"` finds
/// exactly one span of that label and value whose text is `text`, in a
/// sentence or alone; `"text" => NONE` finds none. The reference date is
/// given once per table.
#[cfg(test)]
macro_rules! cases {
    ($reference:expr; $($text:expr => $label:ident $($timex:literal)?),* $(,)?) => {{
        let reference = crate::dates::tests::Reference::from($reference);
        let mut failures = Vec::new();
        $(
            let expected: Option<(&str, &str)> = crate::dates::tests::expect(stringify!($label), &[$($timex)?]);
            let found = crate::dates::tests::run($text, reference);
            let ok = match expected {
                None => found.is_empty(),
                Some((label, timex)) => found.iter().any(|(t, l, x)| (t.as_str(), l.as_str(), x.as_str()) == (crate::dates::tests::surface($text), label, timex)),
            };
            if !ok {
                failures.push(format!("{:?} => {:?}: found {:?}", $text, expected, found));
            }
        )*
        assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
    }};
}

pub mod absolute;
pub mod calendar;
pub mod duration;
pub mod holidays;
pub mod lexicon;
pub mod nth;
pub mod range;
pub mod relative;
pub mod tense;
pub mod time;
pub mod timex;

use crate::document::Label;
use crate::mention::{Mention, Source};
use crate::offsets::ByteRange;
use crate::tokenize::{Sentence, Token, TokenKind};
use crate::work::{self, Work};
use calendar::{Date, TimeOfDay};

/// Finds the date and time expressions of the text, resolved against
/// `reference` and, when known, its time of day `time` (which "in 2 minutes"
/// needs; it is ignored without a date).
pub fn recognise(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    reference: Option<Date>,
    time: Option<TimeOfDay>,
) -> Vec<Mention> {
    let time = time.filter(|_| reference.is_some());
    let mut mentions = Vec::new();
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let triggers: Vec<Trigger> = words.iter().map(|word| Trigger::of(word)).collect();
    for sentence in sentences {
        let view = View { text, tokens: &tokens[sentence.clone()], words: &words[sentence.clone()], reference, time };
        let triggers = &triggers[sentence.clone()];
        // The last mention of the sentence: its index and the token after it.
        let mut last: Option<(usize, usize)> = None;
        let mut i = 0;
        while i < view.len() {
            if !worth_trying(&view, triggers, i) {
                i += 1;
                continue;
            }
            match find_at(&view, i) {
                Some(found) => {
                    // A leading "the" stays outside every span (ANNOTATION.md):
                    // "the past two years" is `past two years`.
                    let first = if view.is(i, "the") && found.end > i + 1 { i + 1 } else { i };
                    let end = found.end;
                    let before = mentions.len();
                    let mut push = |from: usize, to: usize, label: Label, timex: String| {
                        let range = ByteRange::new(view.tokens[from].range.start, view.tokens[to - 1].range.end);
                        let mut mention = Mention::new(range, label, Source::Dates);
                        mention.timex = Some(timex);
                        // "more than five years": the qualifier's name, as on numbers.
                        mention.approx = crate::numbers::approx::qualifier_at(|k| view.word(k), from)
                            .filter(|&(_, after)| after < to)
                            .map(|(name, _)| name);
                        mentions.push(mention);
                    };
                    for (from, to, label, timex) in parts(&view, first, found) {
                        push(from, to, label, timex);
                    }
                    if let Some((k, last_end)) = last.filter(|_| mentions.len() == before + 1) {
                        date_the_clock(&view, &mut mentions[k..], last_end, first);
                    }
                    last = Some((mentions.len() - 1, end));
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    mentions
}

/// What the scan asks of every token, found once per token: the look-ahead
/// after a weak trigger reads its next words' answers again.
#[derive(Clone, Copy, Default)]
struct Trigger {
    /// `lexicon::is_trigger`.
    trigger: bool,
    /// Needs a date word after it ("the", "in"; weak words are all triggers).
    weak: bool,
    /// No expression starts at it ("years", "on"; those words are all triggers).
    never: bool,
}

impl Trigger {
    fn of(word: &str) -> Trigger {
        match lexicon::trigger_of(word) {
            Some((weak, never)) => Trigger { trigger: true, weak, never },
            None => Trigger::default(),
        }
    }
}

/// The spans of an expression read whole: a range written with words
/// splits at its word ("July 13 to 15" is DATE `July 13`, `2024-07-13`,
/// and DATE `15`, `2024-07-15`; ANNOTATION.md), a compact one ("July
/// 13-15") stays one span with its interval; then each part's clock and day
/// split (`split_clock_from_day`).
fn parts(view: &View, start: usize, found: Found) -> Vec<(usize, usize, Label, String)> {
    let mut out = Vec::with_capacity(2);
    let word_range = found.timex.split_once('/').and_then(|(a, b)| {
        let k = (start + 1..found.end.saturating_sub(1))
            .find(|&k| view.any(k, &["to", "through", "thru", "till", "until", "untill", "and"]))?;
        Some((k, a.to_string(), b.to_string()))
    });
    let split = word_range.is_some();
    let pieces = match word_range {
        Some((k, a, b)) => vec![
            (start, Found { end: k, label: found.label, timex: a }),
            (k + 1, Found { end: found.end, label: found.label, timex: b }),
        ],
        None => vec![(start, found)],
    };
    for (from, piece) in pieces {
        let from = if view.is(from, "the") && piece.end > from + 1 { from + 1 } else { from };
        // An end of a split range is a TIME when it holds a clock or a part
        // of the day ("July 13 to 15": two DATEs; "9:30 to 11:00": TIMEs).
        let clock_or_part =
            |v: &str| v.find('T').is_some_and(|t| v[t + 1..].bytes().next().is_some_and(|b| b.is_ascii_alphanumeric()));
        let label = match split {
            false => piece.label,
            true if clock_or_part(&piece.timex) => Label::Time,
            true => Label::Date,
        };
        match split_clock_from_day(view, from, &Found { label, ..piece.clone() }) {
            Some(split) => out.extend(split),
            None => out.push((from, piece.end, label, piece.timex)),
        }
    }
    out
}

/// A clock time and its day as two spans (ANNOTATION.md: "9 a.m. on
/// Monday" is TIME `9 a.m.` and DATE `Monday`): the clock keeps the whole
/// value (`2024-06-03T09:00`), the day its own. Asked only of a TIME whose
/// value is one day's clock time, a few per article; None when `found` is
/// not one, or its day is not a plain day ("tomorrow evening at 5" stays
/// whole, as "Monday night" does).
fn split_clock_from_day(view: &View, start: usize, found: &Found) -> Option<[(usize, usize, Label, String); 2]> {
    let t = found.timex.find('T')?;
    let clock_digits = found.timex.as_bytes().get(t + 1).is_some_and(u8::is_ascii_digit);
    if found.label != Label::Time || found.timex.contains('/') || !clock_digits || t == 0 {
        return None;
    }
    let day_value = &found.timex[..t];
    let connector = |k: usize| view.any(k, &["at", "on", ",", "@", "by", "from"]);
    // The day first ("Oct. 14 at 9:30 a.m."), or last ("8:30 p.m. ET on Wednesday").
    for k in start..found.end {
        let Some(day) = time::calendar_day(view, k) else { continue };
        if day.label != Label::Date || day.timex != day_value || day.end > found.end {
            continue;
        }
        let (clock_from, clock_to) = if k == start {
            let mut from = day.end;
            while from < found.end && connector(from) {
                from += 1;
            }
            (from, found.end)
        } else if day.end == found.end {
            let mut to = k;
            while to > start && connector(to - 1) {
                to -= 1;
            }
            (start, to)
        } else {
            return None;
        };
        if clock_from >= clock_to {
            return None;
        }
        let day_from = if view.is(k, "the") && day.end > k + 1 { k + 1 } else { k };
        let clock = (clock_from, clock_to, Label::Time, found.timex.clone());
        let day = (day_from, day.end, Label::Date, day.timex);
        return Some(if k == start { [day, clock] } else { [clock, day] });
    }
    None
}

/// A clock time without its day beside a day read apart ("Thursday
/// before 5pm", "in 7 days at 5pm", "5pm, on Friday"): the clock's value
/// takes the day (`2024-06-13T17:00`), the spans stay two. `pair` is the
/// earlier mention and the one just found; `gap` the tokens between them.
fn date_the_clock(view: &View, pair: &mut [Mention], gap_from: usize, gap_to: usize) {
    let [earlier, later] = pair else { return };
    let value = |m: &Mention| m.timex.clone().unwrap_or_default();
    let (a, b) = (value(earlier), value(later));
    let day_then_clock = earlier.label == Label::Date && range::is_day(&a) && later.label == Label::Time;
    let clock_then_day = earlier.label == Label::Time && later.label == Label::Date && range::is_day(&b);
    let connectors: &[&str] = if day_then_clock {
        &["at", "on", ",", "@", "by", "before", "after", "until", "till", "from", "shortly", "just"]
    } else {
        &["on", ","]
    };
    if gap_to - gap_from > 2 || !(gap_from..gap_to).all(|k| view.any(k, connectors)) {
        return;
    }
    let clock_only =
        |v: &str| v.starts_with('T') && v.as_bytes().get(1).is_some_and(u8::is_ascii_digit) && !v.contains('/');
    if day_then_clock && clock_only(&b) {
        later.timex = Some(format!("{a}{b}"));
    } else if clock_then_day && clock_only(&a) {
        earlier.timex = Some(format!("{b}{a}"));
    }
}

/// The cheap test first: can an expression start at token `i`? A digit or a
/// date word; "the", "in", "a" only before one ("in the third quarter").
/// `triggers` are the sentence's tokens' (`view`'s).
fn worth_trying(view: &View, triggers: &[Trigger], i: usize) -> bool {
    let here = triggers[i];
    // "more than five years", "around 8:30", "at least 30 years"
    if qualifier(view, i).is_some_and(|after| triggers.get(after).is_some_and(|t| t.trigger && !t.never)) {
        return true;
    }
    if !here.trigger {
        // "the ’90s"
        return matches!(view.word(i), "'" | "’") && view.is_digit(i + 1);
    }
    if here.never || is_counted_number(view, i) {
        return false;
    }
    if !here.weak {
        return true;
    }
    // After "in", "at about", "in the": a trigger that is not weak itself.
    // Looking at most three words on: a run of weak words ("in the the
    // the …") must not make the scan quadratic.
    let at = |k: usize| {
        work::tick(Work::DateTokens);
        triggers.get(k).copied().unwrap_or_default()
    };
    let mut next = i + 1;
    while next < i + 3 && at(next).weak {
        next += 1;
    }
    at(next).trigger || view.any(next, &["'", "’"])
}

/// A plain number other than a year, before "%" or a scale word ("12.5
/// million", "55 percent"): an amount or a share, never the start of a date
/// or time. In news most numbers are such, and this spares them every matcher.
fn is_counted_number(view: &View, i: usize) -> bool {
    let word = view.word(i);
    let plain = word.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
    let year = word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit());
    plain && !year && view.any(i + 1, &["%", "percent", "per", "million", "billion", "trillion", "bn", "mln"])
}

/// The longest expression starting at token `i`, with a leading modifier
/// ("late", "earlier", "the end of") included in the span, extended into a
/// range when one follows ("July 13 to 15").
fn find_at(view: &View, i: usize) -> Option<Found> {
    let found = find_single(view, i)?;
    Some(range::extend(view, i, found))
}

/// The longest expression starting at token `i`, with its modifier.
fn find_single(view: &View, i: usize) -> Option<Found> {
    if let Some(after) = modifier(view, i) {
        // "the end of around next week": the hedge inside the period's span.
        let after = if view.any(after, &["around", "about"]) { after + 1 } else { after };
        let found = longest(view, after).or_else(|| relative::this_unit(view, after));
        // "late August", "late tonight": periods, not durations or clock times.
        let period = |f: &Found| !(f.timex.starts_with('P') || f.label == Label::Time && f.timex.contains(':'));
        if let Some(found) = found.filter(period) {
            return Some(found);
        }
    }
    // "more than five years", "around 8:30 p.m.": a qualifier belongs to a
    // duration or a clock time as it does to a number (ANNOTATION.md).
    // Only before a count: "over the past five years" is a span of time, not a hedge.
    let counted = |k: usize| {
        view.is_digit(k)
            || lexicon::number_word(view.word(k)).is_some()
            || lexicon::tens_word(view.word(k)).is_some()
            || view.any(k, &["a", "an", "half", "noon", "midnight"])
    };
    if let Some(after) = qualifier(view, i).filter(|&after| counted(after)) {
        // "about 5" alone is a number, not five o'clock.
        let bare = view.int(after).is_some() && !view.is_digit(after + 1);
        // "some three decades ago", "nearly a year earlier": a counted offset too.
        let offset = |f: &Found| view.any(f.end - 1, &["ago", "earlier", "later", "hence"]);
        let measured = |f: &Found| {
            f.timex.starts_with('P') || offset(f) || f.label == Label::Time && !(bare && f.end == after + 1)
        };
        if let Some(found) = longest(view, after).filter(measured) {
            return Some(found);
        }
    }
    longest(view, i)
}

/// The token index after an approximator or limit at `i` ("more than",
/// "about", "up to", "under"): the numbers recogniser's table.
fn qualifier(view: &View, i: usize) -> Option<usize> {
    crate::numbers::approx::qualifier_at(|k| view.word(k), i).map(|(_, after)| after)
}

/// The longest match of all matchers at `i`; the first listed wins ties.
fn longest(view: &View, i: usize) -> Option<Found> {
    let token = view.tokens.get(i)?;
    if token.kind == TokenKind::Punct && !view.is(i, "'") && !view.is(i, "’") {
        return None;
    }
    // Days first, once: the clock matcher builds on them ("Oct. 14 at 9:30").
    work::add(Work::DateMatchers, 2);
    let here = time::calendar_day(view, i);
    let mut best = time::date_time(view, i, here.as_ref());
    if let Some(found) = here {
        if best.as_ref().is_none_or(|b| found.end > b.end) {
            best = Some(found);
        }
    }
    for matcher in [
        nth::date,
        nth::week_of,
        duration::duration,
        range::bare_day_first,
        range::month_then_days,
        range::clock_token,
        relative::from_day,
        time::approximate_clock,
    ] {
        work::tick(Work::DateMatchers);
        if let Some(found) = matcher(view, i) {
            if best.as_ref().is_none_or(|b| found.end > b.end) {
                best = Some(found);
            }
        }
    }
    best
}

/// The token index after a modifier of a period at `i`: "early", "mid",
/// "late", "earlier", "later", "the end of", "the beginning of", "the start
/// of", "the middle of", "the rest of".
fn modifier(view: &View, i: usize) -> Option<usize> {
    let word = view.word(i);
    if lexicon::is_one_of(word, &["early", "mid", "late", "earlier", "later"]) {
        return Some(i + 1);
    }
    let at = if view.is(i, "the") { i + 1 } else { i };
    if view.any(at, &["end", "beginning", "start", "middle", "rest"]) && view.is(at + 1, "of") {
        return Some(at + 2);
    }
    None
}

/// An expression found at some token: where it ends (token index, exclusive)
/// and its label and value.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// One past its last token, as an index of the sentence's tokens.
    pub end: usize,
    /// DATE or TIME.
    pub label: Label,
    /// The TIMEX3 value.
    pub timex: String,
}

impl Found {
    /// A DATE ending before token `end`.
    pub fn date(end: usize, timex: String) -> Found {
        Found { end, label: Label::Date, timex }
    }

    /// A TIME ending before token `end`.
    pub fn time(end: usize, timex: String) -> Found {
        Found { end, label: Label::Time, timex }
    }
}

/// The tokens of one sentence and the reference date, as matchers see them.
pub struct View<'a> {
    /// The whole text.
    pub text: &'a str,
    /// The sentence's tokens.
    pub tokens: &'a [Token],
    /// Their texts (`tokens[i].text(text)`), sliced once: the matchers read
    /// words far more often than there are tokens.
    pub words: &'a [&'a str],
    /// The article's date.
    pub reference: Option<Date>,
    /// The reference's time of day, when known (only with `reference`).
    pub time: Option<TimeOfDay>,
}

impl<'a> View<'a> {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The text of token `i`, or "" past the end.
    pub fn word(&self, i: usize) -> &'a str {
        work::tick(Work::DateTokens);
        self.words.get(i).copied().unwrap_or("")
    }

    /// True when token `i` is `word`, ignoring ASCII case.
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(word)
    }

    /// True when token `i` is one of `words`, ignoring ASCII case.
    pub fn any(&self, i: usize, words: &[&str]) -> bool {
        lexicon::is_one_of(self.word(i), words)
    }

    /// True when token `i` follows token `i - 1` with no space between.
    pub fn attached(&self, i: usize) -> bool {
        i > 0 && i < self.len() && self.tokens[i].range.start == self.tokens[i - 1].range.end
    }

    /// True when token `i` starts with an ASCII digit.
    pub fn is_digit(&self, i: usize) -> bool {
        self.word(i).as_bytes().first().is_some_and(u8::is_ascii_digit)
    }

    /// Token `i` as a whole number of ASCII digits, at most 4 of them.
    pub fn int(&self, i: usize) -> Option<u32> {
        let w = self.word(i);
        (!w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok())?
    }

    /// The index after `i` when token `i` is `word` (an optional word).
    pub fn skip(&self, i: usize, word: &str) -> usize {
        if self.is(i, word) {
            i + 1
        } else {
            i
        }
    }

    /// Which way a yearless date at token `i` leans: see [`tense`].
    pub fn lean(&self, i: usize) -> tense::Lean {
        tense::lean(self, i)
    }

    /// True when token `i` is the sentence's only word: the others, if any,
    /// are punctuation ("Sat." on a line of its own).
    pub fn alone(&self, i: usize) -> bool {
        self.len() <= 3 && (0..self.len()).all(|k| k == i || self.tokens[k].kind == TokenKind::Punct)
    }

    /// True when token `i` starts with an upper-case letter.
    pub fn capitalised(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }
}

#[cfg(test)]
mod tests;
