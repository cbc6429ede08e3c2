//! Calendar dates named by their parts: "Oct. 14", "14 October 2024",
//! "October 14, 2024", "2024-10-14", "14/10/2024", "August 2024", "in 2024",
//! "the 1990s", "the third quarter of 2024", "Q3 2024", "the first half of
//! 2024", "summer 2024", "the 20th century".
//!
//! A day without a year takes the year its sentence leans to (see
//! [`super::tense`]): the upcoming one in a sentence of the future or a bare
//! phrase, the last one in a sentence of the past, else the one nearest the
//! reference date ("Oct. 14" in an article of 2025-01-03 is 2024-10-14); a
//! month alone likewise. Quarters, halves and seasons without a year take the reference
//! year. Numeric dates are read only when unambiguous: year first, or a
//! part above 12 that can only be the day, or day and month equal.

use super::calendar::Date;
use super::lexicon::{self, is_one_of};
use super::timex;
use super::{Found, View};

/// Words after which a bare four-digit number 1900–2100 is a year.
const YEAR_CUES: &[&str] = &[
    "in",
    "since",
    "by",
    "of",
    "until",
    "till",
    "from",
    "during",
    "through",
    "throughout",
    "before",
    "after",
    "to",
    "early",
    "fiscal",
    "late",
    "mid",
    "between",
    "and",
    "or",
    "around",
    "circa",
    "for",
];

/// Nouns that a year before them names: "the 2024 election".
const YEAR_NOUNS: &[&str] = &[
    "election",
    "elections",
    "season",
    "budget",
    "census",
    "campaign",
    "olympics",
    "games",
    "summit",
    "report",
    "survey",
    "edition",
    "war",
    "crisis",
    "earthquake",
    "attacks",
    "law",
    "act",
    "agreement",
    "accord",
    "deal",
    "championship",
    "tournament",
    "final",
    "finals",
    "presidential",
    "general",
    "midterm",
    "midterms",
    "fiscal",
    "financial",
    "vote",
    "referendum",
    "revolution",
    "uprising",
    "coup",
    "protests",
    "film",
    "study",
    "figures",
    "levels",
    "record",
    "peak",
    "world",
    "cup",
    "model",
    "floods",
    "tsunami",
    "invasion",
    "pandemic",
];

/// The longest absolute date at token `i`.
pub fn date(view: &View, i: usize) -> Option<Found> {
    let word = view.word(i);
    let first = *word.as_bytes().first()?;
    let mut best: Option<Found> = None;
    let mut consider = |found: Option<Found>| {
        if let Some(f) = found {
            if best.as_ref().is_none_or(|b| f.end > b.end) {
                best = Some(f);
            }
        }
    };
    if first.is_ascii_digit() {
        consider(numeric(view, i));
        consider(year(view, i));
        consider(year_range(view, i));
        consider(day_first(view, i));
        consider(quarter(view, i));
    } else if first.is_ascii_alphabetic() {
        consider(month_first(view, i));
        consider(day_first(view, i));
        consider(quarter(view, i));
        consider(season(view, i));
        consider(decade(view, i));
        consider(compact(view, i));
        consider(hyphenated(view, i));
        consider(fiscal(view, i));
        if lexicon::weekday(word).is_some() {
            consider(weekday_date(view, i));
        }
        if view.is(i, "the") {
            consider(on_the_day(view, i));
        }
    } else if matches!(first, b'\'' | 0xE2) {
        consider(decade(view, i));
    }
    best
}

/// A fiscal year: "fiscal 2024", "fiscal year 2024", "FY2024", "FY24"
/// (`2024`: the year it is named for; where it starts varies by country).
fn fiscal(view: &View, i: usize) -> Option<Found> {
    let word = view.word(i);
    if let Some(digits) = word.strip_prefix("FY") {
        let year: i32 = match digits.len() {
            2 => 2000 + digits.parse::<i32>().ok()?,
            4 => digits.parse().ok()?,
            _ => return None,
        };
        return (digits.bytes().all(|b| b.is_ascii_digit()) && (1900..=2199).contains(&year))
            .then(|| Found::date(i + 1, timex::year(Some(year))));
    }
    if !word.eq_ignore_ascii_case("fiscal") {
        return None;
    }
    let at = view.skip(i + 1, "year");
    let year = view.int(at).filter(|y| view.word(at).len() == 4 && (1900..=2199).contains(y))?;
    Some(Found::date(at + 1, timex::year(Some(year as i32))))
}

/// A compact range of years, one token: "2019-2021", "the 2022-23 season"
/// (`2019/2021`, `2022/2023`); a season or fiscal year across two.
fn year_range(view: &View, i: usize) -> Option<Found> {
    let (a, b) = view.word(i).split_once(['-', '–'])?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    if a.len() != 4 || !digits(a) || !(b.len() == 2 || b.len() == 4) || !digits(b) {
        return None;
    }
    let from: i32 = a.parse().ok()?;
    let to: i32 = if b.len() == 2 { from / 100 * 100 + b.parse::<i32>().ok()? } else { b.parse().ok()? };
    ((1100..=2199).contains(&from) && to > from && to - from <= 20)
        .then(|| Found::date(i + 1, format!("{}/{}", timex::year(Some(from)), timex::year(Some(to)))))
}

/// A day of the month at `i`: "14", "14th", "fourteenth". Returns the day
/// and the index after it.
pub fn day_number(view: &View, i: usize) -> Option<(u32, usize)> {
    let word = view.word(i);
    let day = if view.is_digit(i) {
        if word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()) {
            word.parse().ok()?
        } else {
            lexicon::ordinal(word)?
        }
    } else {
        lexicon::ordinal(word)?
    };
    (1..=31).contains(&day).then_some((day, i + 1))
}

/// A four-digit year at `i` (1000–2999), and the index after it.
fn year_number(view: &View, i: usize) -> Option<(i32, usize)> {
    let word = view.word(i);
    if word.len() != 4 {
        return None;
    }
    let y = view.int(i)?;
    (1000..3000).contains(&y).then_some((y as i32, i + 1))
}

/// An optional ", 2024" / " 2024" / " of 2024" after a day or month.
fn trailing_year(view: &View, i: usize) -> Option<(i32, usize)> {
    let at = if view.is(i, ",") || view.is(i, "of") { i + 1 } else { i };
    year_number(view, at)
}

/// The year of month-day written from token `at` to `end`: given, or as the
/// sentence leans (see [`super::tense`]), or unknown. A day that names an
/// event ("the Nov. 5 election", "the August 31 qualifier") is the nearest:
/// the sentence's tense is that of the reporting, not of the event.
fn day_timex(
    view: &View,
    (at, end): (usize, usize),
    year: Option<i32>,
    month: u32,
    day: u32,
    weekday: Option<u32>,
) -> Option<String> {
    if day > super::calendar::days_in_month(year.unwrap_or(2000), month) {
        return None;
    }
    let year = year.or_else(|| {
        let reference = view.reference?;
        match weekday {
            // "Fri, Jul 18": the nearest year in which Jul 18 is a Friday.
            Some(w) => (reference.year - 6..=reference.year + 6)
                .filter_map(|y| super::calendar::Date::new(y, month, day))
                .filter(|d| d.weekday() == w)
                .min_by_key(|d| (d.days_since_epoch() - reference.days_since_epoch()).abs())
                .map(|d| d.year),
            None => {
                let lean = || {
                    let names_event = at > 0
                        && view.any(at - 1, &["the", "a", "an", "its", "their", "his", "her", "our", "this"])
                        && super::tense::modifies_noun(view, end);
                    if names_event {
                        super::tense::Lean::Nearest
                    } else {
                        view.lean(at)
                    }
                };
                super::tense::year_of_day(reference, month, day, lean)
            }
        }
    });
    Some(timex::day(year, month, day))
}

/// The year of a month named alone at `i`, as the sentence leans (see
/// [`super::tense`]); the nearest when it modifies a noun ("the September
/// Bund future", "December cotton": a contract, not a time of the sentence).
fn month_year(view: &View, i: usize, month: u32) -> Option<i32> {
    let lean = || if super::tense::modifies_noun(view, i + 1) { super::tense::Lean::Nearest } else { view.lean(i) };
    view.reference.map(|r| super::tense::year_of_month(r, month, lean))
}

/// True when the word before `i` introduces a date ("in May", "since March").
fn cued(view: &View, i: usize) -> bool {
    i > 0
        && view.any(
            i - 1,
            &[
                "in",
                "since",
                "by",
                "until",
                "till",
                "from",
                "during",
                "through",
                "throughout",
                "before",
                "after",
                "early",
                "late",
                "mid",
                "of",
                "last",
                "next",
                "this",
                "on",
                "to",
                "and",
                "or",
                "between",
                "end",
            ],
        )
}

/// "[Monday,] October 14[, 2024]", "Aug 8", "february the 15th", "march
/// first", "October 2024", "August".
fn month_first(view: &View, i: usize) -> Option<Found> {
    let (weekday, start) = match lexicon::weekday(view.word(i)) {
        Some(w) => (Some(w), view.skip(i + 1, ",")),
        None => (None, i),
    };
    let month = lexicon::month(view.word(start))?;
    let at = start + 1;
    // "Oct 14": the day; "february the 15th".
    let day_at = view.skip(at, "the");
    if let Some((day, after)) = day_number(view, day_at) {
        // "Oct. 14, 2024" / "march 3 2015"; but not "Oct. 14 2,000".
        let (year, end) = match trailing_year(view, after) {
            Some((y, end)) => (Some(y), end),
            None => (None, after),
        };
        // "Jul 18, Fri"
        let (weekday, end) = match weekday {
            None if view.is(end, ",") && lexicon::weekday(view.word(end + 1)).is_some() => {
                (lexicon::weekday(view.word(end + 1)), end + 2)
            }
            w => (w, end),
        };
        return Some(Found::date(end, day_timex(view, (i, end), year, month, day, weekday)?));
    }
    if weekday.is_some() {
        return None;
    }
    // "October 2024", "October of 2024"
    if let Some((y, end)) = trailing_year(view, at).filter(|_| !view.is(at, ",")) {
        return Some(Found::date(end, timex::month(Some(y), month)));
    }
    // A month alone: a full name when capitalised ("August") or after a cue
    // ("in august"); "May", "March" and abbreviations only after a cue, or
    // alone on their line (a calendar's heading).
    let word = view.word(start);
    let ambiguous = lexicon::month_is_ambiguous(word) || word.len() <= 4;
    let cued = cued(view, start) || view.alone(start);
    if !cued && (ambiguous || !view.capitalised(start)) {
        return None;
    }
    Some(Found::date(at, timex::month(month_year(view, i, month), month)))
}

/// "14 October 2024", "the 15th of february", "first of march", "15th february".
fn day_first(view: &View, i: usize) -> Option<Found> {
    let (weekday, start) = match lexicon::weekday(view.word(i)) {
        Some(w) => (Some(w), view.skip(i + 1, ",")),
        None => (None, i),
    };
    let start = view.skip(start, "the");
    let (day, after) = day_number(view, start)?;
    let month_index = view.skip(after, "of");
    let month = lexicon::month(view.word(month_index))?;
    // "the 15th of May" is fine; "15 may" is not a date.
    if lexicon::month_is_ambiguous(view.word(month_index)) && view.is(month_index, "may") && !view.is(after, "of") {
        return None;
    }
    let (year, end) = match trailing_year(view, month_index + 1) {
        Some((y, end)) => (Some(y), end),
        None => (None, month_index + 1),
    };
    Some(Found::date(end, day_timex(view, (i, end), year, month, day, weekday)?))
}

/// "Tuesday the 19th", "Tuesday 19th", "Thu 15th": that day in a month within
/// about a year of the reference's that has it on that weekday, as the
/// sentence leans (see [`super::tense`]).
fn weekday_date(view: &View, i: usize) -> Option<Found> {
    let weekday = lexicon::weekday(view.word(i))?;
    let at = view.skip(i + 1, "the");
    let word = view.word(at);
    // Only ordinals: "Friday 13" is too often a count.
    let day = lexicon::ordinal(word).filter(|d| (1..=31).contains(d))?;
    let timex = match view.reference {
        Some(r) => {
            let days = (-13..=13)
                .filter_map(|n| {
                    let m = Date { day: 1, ..r }.add_months(n);
                    Date::new(m.year, m.month, day)
                })
                .filter(|d| d.weekday() == weekday)
                .map(|d| (d, 1));
            let (best, _) = super::tense::occurrence(r, days, || view.lean(i), 0)?;
            timex::date(best)
        }
        None => timex::day(None, 0, day).replace("-00-", "-XX-"),
    };
    Some(Found::date(at + 1, timex))
}

/// "on the 15th": that day of this month or a neighbouring one, as the
/// sentence leans (see [`super::tense`]).
fn on_the_day(view: &View, i: usize) -> Option<Found> {
    if i == 0 || !view.is(i - 1, "on") {
        return None;
    }
    let word = view.word(i + 1);
    let day = lexicon::ordinal(word).filter(|d| (1..=31).contains(d))?;
    // "on the 15th floor", "on the first day": a noun follows.
    if view.word(i + 2).chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let value = match view.reference {
        Some(r) => {
            let days = (-1..=1).filter_map(|n| {
                let m = r.add_months(n);
                super::calendar::Date::new(m.year, m.month, day).map(|d| (d, 1))
            });
            let (best, _) = super::tense::occurrence(r, days, || view.lean(i), 0)?;
            timex::date(best)
        }
        None => format!("XXXX-XX-{day:02}"),
    };
    Some(Found::date(i + 2, value))
}

/// One hyphenated token: "mid-October", "mid-2024", "late-2023",
/// "early-March": the period, its modifier dropped as elsewhere.
fn hyphenated(view: &View, i: usize) -> Option<Found> {
    let (prefix, rest) = lexicon::split_at_hyphen(view.word(i))?;
    if !is_one_of(prefix, &["mid", "early", "late"]) {
        return None;
    }
    if let Some(month) = lexicon::month(rest) {
        if let Some((y, end)) = trailing_year(view, i + 1) {
            return Some(Found::date(end, timex::month(Some(y), month)));
        }
        return Some(Found::date(i + 1, timex::month(month_year(view, i, month), month)));
    }
    let year: i32 = rest.parse().ok().filter(|y| (1000..3000).contains(y) && rest.len() == 4)?;
    // "mid-1990s"
    Some(Found::date(i + 1, timex::year(Some(year))))
}

/// A compact token such as "Feb13" or "14april": a month name and digits
/// written together.
fn compact(view: &View, i: usize) -> Option<Found> {
    let word = view.word(i);
    let letters = word.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters < 3 || letters == word.len() {
        return None;
    }
    let month = lexicon::month(&word[..letters])?;
    let digits = &word[letters..];
    if digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day: u32 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(())?;
    Some(Found::date(i + 1, day_timex(view, (i, i + 1), None, month, day, None)?))
}

/// A date written as one number token: "2024-10-14", "2015-3-3",
/// "3/3/2015", "10/31/74", "31-Oct-74", "2014-10", "2/2013", "10.31.1974",
/// "14april", "2018Q4", "18q4", "1990s".
fn numeric(view: &View, i: usize) -> Option<Found> {
    let word = view.word(i);
    if word.len() < 4 || word.len() > 11 {
        return None;
    }
    // Split into runs of digits and of letters, noting the separators.
    let mut parts: [&str; 3] = [""; 3];
    let mut count = 0;
    let mut separator = None;
    let bytes = word.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let digit = bytes[at].is_ascii_digit();
        let run = bytes[at..].iter().take_while(|b| b.is_ascii_digit() == digit && b.is_ascii_alphanumeric()).count();
        if run == 0 || count == 3 {
            return None;
        }
        parts[count] = &word[at..at + run];
        count += 1;
        at += run;
        if at < bytes.len() && matches!(bytes[at], b'-' | b'/' | b'.') {
            if separator.is_some_and(|s| s != bytes[at]) {
                return None;
            }
            separator = Some(bytes[at]);
            at += 1;
        }
    }
    let parts = &parts[..count];
    let num =
        |s: &str| -> Option<u32> { (s.bytes().all(|b| b.is_ascii_digit()) && s.len() <= 4).then(|| s.parse().ok())? };
    let full_year = |s: &str| -> Option<i32> { (s.len() == 4).then(|| num(s))?.map(|y| y as i32) };
    // Two-digit years: 00–49 are 2000s, 50–99 the 1900s.
    let any_year = |s: &str| -> Option<i32> {
        match s.len() {
            4 => full_year(s),
            2 => num(s).map(|y| if y < 50 { 2000 + y as i32 } else { 1900 + y as i32 }),
            _ => None,
        }
    };
    let month_of = |s: &str| -> Option<u32> { num(s).filter(|m| (1..=12).contains(m)).or_else(|| lexicon::month(s)) };
    let found_day = |y: i32, m: u32, d: u32| -> Option<Found> {
        super::calendar::Date::new(y, m, d).map(|date| Found::date(i + 1, timex::date(date)))
    };
    match (parts, separator) {
        // "1990s"
        ([decade, "s"], None) if decade.len() == 4 => {
            let y = full_year(decade)?;
            (y % 10 == 0).then(|| Found::date(i + 1, format!("{}X", &decade[..3])))
        }
        // "2018Q4", "18q4"
        ([y, q, n], None) if q.eq_ignore_ascii_case("q") => {
            let year = any_year(y)?;
            let quarter = num(n).filter(|q| (1..=4).contains(q))?;
            Some(Found::date(i + 1, timex::quarter(Some(year), quarter)))
        }
        // "2024-10-14", "2015-3-3", "2024/10/14"
        ([y, m, d], Some(b'-' | b'/')) if y.len() == 4 => found_day(full_year(y)?, month_of(m)?, num(d)?),
        // "2014-10", "2014/10"
        ([y, m], Some(b'-' | b'/')) if y.len() == 4 && m.len() <= 2 => {
            let month = num(m).filter(|m| (1..=12).contains(m))?;
            Some(Found::date(i + 1, timex::month(Some(full_year(y)?), month)))
        }
        // "2/2013"
        ([m, y], Some(b'/')) if y.len() == 4 && m.len() <= 2 => {
            let month = num(m).filter(|m| (1..=12).contains(m))?;
            Some(Found::date(i + 1, timex::month(Some(full_year(y)?), month)))
        }
        // "31-Oct-74", "31/Oct/1974": a month name settles the order.
        ([d, m, y], Some(_)) if lexicon::month(m).is_some() => found_day(any_year(y)?, lexicon::month(m)?, num(d)?),
        // "3/3/2015", "10/31/1974", "14/10/2024", "10.31.1974": only unambiguous ones.
        ([a, b, y], Some(_)) if a.len() <= 2 && b.len() <= 2 => {
            let (a, b, year) = (num(a)?, num(b)?, any_year(y)?);
            let (month, day) = if a == b || (a <= 12 && b > 12) {
                (a, b)
            } else if b <= 12 && a > 12 {
                (b, a)
            } else {
                return None;
            };
            found_day(year, month, day)
        }
        // "14april" as one token followed by a year: "14april 2015".
        ([d, m], None) if lexicon::month(m).is_some() => {
            let day = num(d)?;
            let (year, end) = match year_number(view, i + 1) {
                Some((y, end)) => (Some(y), end),
                None => (None, i + 1),
            };
            Some(Found::date(end, day_timex(view, (i, end), year, lexicon::month(m)?, day, None)?))
        }
        _ => None,
    }
}

/// A year: "2024" after a cue word ("in 2024", "since 1996"), or with an
/// era ("2014 AD", "14 a.d.", "2014 BC").
fn year(view: &View, i: usize) -> Option<Found> {
    let word = view.word(i);
    if word.len() > 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y = view.int(i)? as i32;
    if view.any(i + 1, &["AD", "A.D.", "CE", "C.E."]) {
        return Some(Found::date(i + 2, timex::year(Some(y))));
    }
    if view.any(i + 1, &["BC", "B.C.", "BCE", "B.C.E."]) {
        return Some(Found::date(i + 2, timex::year(Some(-y))));
    }
    if word.len() != 4 || !(1900..=2100).contains(&y) {
        return None;
    }
    // Not a count: "in 2000 people", "by 2024 votes" would be rare; a
    // following "%" or unit word means a number.
    if view.any(i + 1, &["%", "percent", "per", "people"]) {
        return None;
    }
    let cue = i > 0 && (view.any(i - 1, YEAR_CUES) || lexicon::month(view.word(i - 1)).is_some());
    // "the 2024 election", "its 2023 report": a determiner, then a noun
    // that years name or any singular one; "the 2000 people" stays a number.
    let next = view.word(i + 1);
    let singular_noun = next.len() > 2
        && next.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !next.ends_with('s')
        && !is_one_of(next, &["people", "children", "men", "women", "staff", "and", "or", "to", "was", "is", "mark"]);
    let named = i > 0
        && view.any(i - 1, &["the", "its", "his", "her", "their", "our", "this", "that", "'s", "’s"])
        && (view.any(i + 1, YEAR_NOUNS) || singular_noun);
    (cue || named).then(|| Found::date(i + 1, timex::year(Some(y))))
}

/// "the 1990s", "the '90s", "the nineties", "the 20th century".
fn decade(view: &View, i: usize) -> Option<Found> {
    let at = view.skip(i, "the");
    let word = view.word(at);
    // "the '90s" / "’90s"
    if view.any(at, &["'", "’"]) {
        let next = view.word(at + 1);
        if next.len() == 3 && next.ends_with('s') && next.as_bytes()[1] == b'0' && view.attached(at + 1) {
            let tens = &next[..2];
            tens.bytes().all(|b| b.is_ascii_digit()).then_some(())?;
            let century = if tens.as_bytes()[0] < b'3' { "20" } else { "19" };
            return Some(Found::date(at + 2, format!("{century}{}X", &tens[..1])));
        }
        return None;
    }
    if at > i {
        // "the 1990s"
        if let Some(found) = numeric(view, at).filter(|f| f.timex.ends_with('X')) {
            return Some(found);
        }
        if let Some(d) = lexicon::lookup_decade(word) {
            return Some(Found::date(at + 1, format!("19{d}X")));
        }
        // "the 20th century" → "19"
        if view.is(at + 1, "century") {
            let n = lexicon::ordinal(word).filter(|n| (1..=22).contains(n))?;
            return Some(Found::date(at + 2, format!("{:02}", n - 1)));
        }
    }
    None
}

/// Quarters and halves: "the third quarter of 2024", "Q3 2024", "3rd qtr",
/// "4th quarter 2018", "the first half of 2024", "H1 2024".
fn quarter(view: &View, i: usize) -> Option<Found> {
    let at = view.skip(i, "the");
    let word = view.word(at);
    let (kind, n, end) = if word.len() == 2 && matches!(word.as_bytes()[0], b'Q' | b'q' | b'H') {
        let n = u32::from(word.as_bytes()[1].wrapping_sub(b'0'));
        let kind = if word.as_bytes()[0] == b'H' { 'H' } else { 'Q' };
        // "Q3" alone is a quarter; "H1" alone too often something else.
        if kind == 'H' && year_number(view, at + 1).is_none() {
            return None;
        }
        (kind, n, at + 1)
    } else {
        let n = lexicon::ordinal(word)?;
        if view.any(at + 1, &["quarter", "qtr", "qtr."]) {
            ('Q', n, at + 2)
        } else if view.is(at + 1, "half") {
            ('H', n, at + 2)
        } else {
            return None;
        }
    };
    let limit = if kind == 'Q' { 4 } else { 2 };
    if !(1..=limit).contains(&n) {
        return None;
    }
    // "the third quarter of the year" is the reference year.
    let (year, end) = match trailing_year(view, end) {
        Some((y, end)) => (Some(y), end),
        None if view.is(end, "of") && view.is(end + 1, "the") && view.is(end + 2, "year") => {
            (view.reference.map(|r| r.year), end + 3)
        }
        None if view.is(end, "of") && view.is(end + 1, "this") && view.is(end + 2, "year") => {
            (view.reference.map(|r| r.year), end + 3)
        }
        // "the second half" alone is as often a match's as a year's.
        None if kind == 'H' => return None,
        None => (view.reference.map(|r| r.year), end),
    };
    let value = if kind == 'Q' { timex::quarter(year, n) } else { timex::half(year, n) };
    Some(Found::date(end, value))
}

/// Seasons: "summer 2024", "the summer of 2024", "summer" (the reference year).
fn season(view: &View, i: usize) -> Option<Found> {
    let at = view.skip(i, "the");
    let code = lexicon::season(view.word(at))?;
    // "fall" is a verb too: only with a year or "the".
    let (year, end) = match trailing_year(view, at + 1) {
        Some((y, end)) => (Some(y), end),
        None if is_one_of(view.word(at), &["fall"]) => return None,
        None if at == i && !cued(view, at) => return None,
        None => (view.reference.map(|r| r.year), at + 1),
    };
    Some(Found::date(end, timex::season(year, code)))
}

#[cfg(test)]
mod tests {
    use crate::dates::calendar::Date;

    #[test]
    fn absolute_dates() {
        cases!(Date::new(2024, 10, 20);
            "Oct. 14" => DATE "2025-10-14",
            "The ministry announced on [Oct. 14]" => DATE "2024-10-14",
            "The meeting is on [Oct. 14]" => DATE "2024-10-14",
            "The meeting will be held on [Oct. 14]" => DATE "2025-10-14",
            "The meeting will be held on [Oct. 24]" => DATE "2024-10-24",
            "ASTANA, [Oct. 14] (Newsmark)" => DATE "2024-10-14",
            "14 October 2024" => DATE "2024-10-14",
            "October 14, 2024" => DATE "2024-10-14",
            "2024-10-14" => DATE "2024-10-14",
            "14/10/2024" => DATE "2024-10-14",
            "10/14/2024" => DATE "2024-10-14",
            "05/06/2024" => NONE,
            "the [15th of February]" => DATE "2025-02-15",
            "first of March" => DATE "2025-03-01",
            "Monday, Oct. 14" => DATE "2024-10-14",
            "in [August]" => DATE "2025-08",
            "Sales rose in [August]" => DATE "2024-08",
            "The plant is to open in [March]" => DATE "2025-03",
            "The plant opened in [March]" => DATE "2024-03",
            "in [October]" => DATE "2024-10",
            "Sales fell in [October]" => DATE "2024-10",
            "[August 2024]" => DATE "2024-08",
            "[October of 2024]" => DATE "2024-10",
            "they may [May 5]" => DATE "2024-05-05",
            "it may rain" => NONE,
            "in [May]" => DATE "2025-05",
            "It rained in [May]" => DATE "2024-05",
            "The [September] Bund future fell" => DATE "2024-09",
            "[December] cotton closed higher" => DATE "2024-12",
            "He was named for the [Nov. 5] election" => DATE "2024-11-05",
            "He was invited to the summit on [Nov. 5]" => DATE "2024-11-05",
            "He was arrested on [Dec. 5]" => DATE "2023-12-05",
            "[May 13] Arrive in London" => DATE "2025-05-13",
            "a firm bought 4,000 [December] 93.30 put spreads" => DATE "2024-12",
            "The [December] future fell" => DATE "2024-12",
            "Inflation was 3% in [December]" => DATE "2023-12",
            "Sales fell in [September] and October" => DATE "2024-09",
            "March 2024" => DATE "2024-03",
            "in [2024]" => DATE "2024",
            "since [1996]" => DATE "1996",
            "2024 people" => NONE,
            "the [2024] election" => DATE "2024",
            "the 2000 people" => NONE,
            "a bet that the [2025] contest will" => DATE "2025",
            "the [2022-23] season" => DATE "2022/2023",
            "profit in [fiscal 2024]" => DATE "2024",
            "the [fiscal year 2023]" => DATE "2023",
            "[FY2024] revenue" => DATE "2024",
            "[FY25] guidance" => DATE "2025",
            "it ran in [2019-2021]" => DATE "2019/2021",
            "a score of 2019-2018" => NONE,
            "Loreen took the [2023] competition" => DATE "2023",
            "[fiscal 2024]" => DATE "2024",
            "the [1990s]" => DATE "199X",
            "the [’90s]" => DATE "199X",
            "on the [15th]" => DATE "2024-11-15",
            "The payment was made on the [15th]" => DATE "2024-10-15",
            "on the 15th floor" => NONE,
            "the [nineties]" => DATE "199X",
            "the [20th century]" => DATE "19",
            "the [third quarter of 2024]" => DATE "2024-Q3",
            "Q3 2024" => DATE "2024-Q3",
            "Q3" => DATE "2024-Q3",
            "2018Q4" => DATE "2018-Q4",
            "the [first half of 2024]" => DATE "2024-H1",
            "in [mid-October]" => DATE "2024-10",
            "by [mid-2025]" => DATE "2025",
            "H1 2024" => DATE "2024-H1",
            "in the second half" => NONE,
            "the [first half of the year]" => DATE "2024-H1",
            "summer 2024" => DATE "2024-SU",
            "the [summer of 2024]" => DATE "2024-SU",
            "in [summer]" => DATE "2024-SU",
            "prices fall" => NONE,
            "Fri, Jul 18" => DATE "2025-07-18",
            "Friday, Oct. 18" => DATE "2024-10-18",
            "Thu 15th" => DATE "2025-05-15",
            "He left on [Tuesday the 15th]" => DATE "2024-10-15",
            "Tuesday the 15th" => DATE "2025-04-15",
            "March" => DATE "2025-03",
            "[March]." => DATE "2025-03",
            "They march on" => NONE,
            "March on, they said" => NONE,
        );
    }

    #[test]
    fn without_a_reference_the_year_stays_unknown() {
        cases!(None;
            "Oct. 14" => DATE "XXXX-10-14",
            "in [August]" => DATE "XXXX-08",
            "the [third quarter]" => DATE "XXXX-Q3",
            "14 October 2024" => DATE "2024-10-14",
        );
    }
}
