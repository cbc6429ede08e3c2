//! Dates relative to the reference date (the article's date): "yesterday",
//! "last year", "next month", "this week", "on Friday", "two years ago",
//! "last night", "recent years" (`PAST_REF`). "now", "currently" and
//! "recently" are no dates (ANNOTATION.md).
//!
//! Rules:
//! - "last"/"next" + week, month, quarter, year: the one before or after the
//!   reference's. "past", "previous" mean last; "coming", "following",
//!   "upcoming" mean next; "this", "current" the reference's own.
//! - A weekday alone ("on Friday") leans as its sentence does (see
//!   [`super::tense`]): "will meet on Friday" is the coming one, "said on
//!   Friday" the last one (today included), a bare phrase ("Talks on
//!   Friday") the coming one, and a sentence without tense the nearest,
//!   within three days either way. "next Friday" is the Friday of the next
//!   (Monday-first) week, "last Friday" that of the previous week, "this
//!   Friday" the coming or the last one as the sentence leans, else that of
//!   the reference's week.
//! - "N units ago" and "N units from now" keep the grain of the unit: "two
//!   years ago" is a year (`2022`), "three months ago" a month, "a week ago"
//!   a day.
//! - Without a reference date every resolved part is `X`.

use super::calendar::Date;
use super::lexicon::{self, Unit};
use super::timex;
use super::{Found, View};

/// The longest relative date at token `i`.
pub fn date(view: &View, i: usize) -> Option<Found> {
    let word = view.word(i);
    let first = *word.as_bytes().first()?;
    if first.is_ascii_digit() {
        return ago(view, i);
    }
    if !first.is_ascii_alphabetic() {
        return None;
    }
    let mut best: Option<Found> = None;
    for f in [
        deictic(view, i),
        reference_word(view, i),
        shifted(view, i),
        weekday(view, i),
        ago(view, i),
        in_offset(view, i),
        the_weekend(view, i),
    ]
    .into_iter()
    .flatten()
    {
        if best.as_ref().is_none_or(|b| f.end > b.end) {
            best = Some(f);
        }
    }
    best
}

/// "(over) the weekend": the one the sentence's tense points to, the last
/// one in the past (the reference's own from Saturday on), else the
/// reference week's.
fn the_weekend(view: &View, i: usize) -> Option<Found> {
    if !view.is(i, "the") || !view.any(i + 1, &["weekend", "week-end"]) {
        return None;
    }
    let in_weekend = view.reference.is_some_and(|r| r.weekday() >= 5);
    let offset = match view.lean(i) {
        super::tense::Lean::Past if !in_weekend => -1,
        _ => 0,
    };
    Some(Found::date(i + 2, format!("{}-WE", period(view, Unit::Week, offset))))
}

/// The reference date shifted by `days`, when there is one.
fn day_from_reference(view: &View, days: i64) -> Option<Date> {
    view.reference.map(|r| r.add_days(days))
}

/// A day at `i` for combining with a part of the day or a time: "yesterday",
/// "today", "tomorrow", "the day after tomorrow", "tonight" (today). Returns
/// the date (None without a reference), the index after, and whether the
/// word itself means the night.
pub fn day_word(view: &View, i: usize) -> Option<(Option<Date>, usize, bool)> {
    let at = view.skip(i, "the");
    if view.is(at, "day") && view.is(at + 2, "tomorrow") && view.is(at + 1, "after") {
        return Some((day_from_reference(view, 2), at + 3, false));
    }
    if view.is(at, "day") && view.is(at + 2, "yesterday") && view.is(at + 1, "before") {
        return Some((day_from_reference(view, -2), at + 3, false));
    }
    if at > i {
        return None;
    }
    let word = view.word(i);
    let offset = if word.eq_ignore_ascii_case("yesterday") {
        -1
    } else if word.eq_ignore_ascii_case("today") {
        0
    } else if lexicon::is_one_of(word, &["tomorrow", "tomorrows"]) {
        1
    } else if lexicon::is_one_of(word, &["tonight", "tonite"]) {
        return Some((day_from_reference(view, 0), i + 1, true));
    } else {
        return None;
    };
    Some((day_from_reference(view, offset), i + 1, false))
}

/// "yesterday", "today", "tomorrow evening", "last night", "this morning",
/// "tonight", "the day after tomorrow".
fn deictic(view: &View, i: usize) -> Option<Found> {
    // "in the afternoon": today's.
    if view.is(i, "in") && view.is(i + 1, "the") {
        let (code, _) = lexicon::part_of_day(view.word(i + 2)).filter(|_| !view.is(i + 2, "tonight"))?;
        return Some(Found::time(i + 3, format!("{}T{code}", timex::maybe_date(view.reference))));
    }
    // "last night", "this morning", "this afternoon", "this evening"
    if view.any(i, &["last", "this"]) {
        if let Some((code, _)) = lexicon::part_of_day(view.word(i + 1)) {
            let night = view.is(i, "last");
            if night && !view.is(i + 1, "night") {
                return None;
            }
            let day = day_from_reference(view, if night { -1 } else { 0 });
            return Some(Found::time(i + 2, format!("{}T{code}", timex::maybe_date(day))));
        }
        return None;
    }
    let (day, end, night) = day_word(view, i)?;
    if night {
        return Some(Found::time(end, format!("{}TNI", timex::maybe_date(day))));
    }
    if let Some((code, _)) = lexicon::part_of_day(view.word(end)).filter(|_| !view.is(end, "tonight")) {
        return Some(Found::time(end + 1, format!("{}T{code}", timex::maybe_date(day))));
    }
    Some(Found::date(end, timex::maybe_date(day)))
}

/// "recent years", office shorthand ("EOM"), "all week".
fn reference_word(view: &View, i: usize) -> Option<Found> {
    let word = view.word(i);
    // Office shorthand: end or beginning of the month, the year, the day.
    match word {
        "EOM" | "BOM" => return Some(Found::date(i + 1, period(view, Unit::Month, 0))),
        "EOY" | "BOY" => return Some(Found::date(i + 1, period(view, Unit::Year, 0))),
        "EOD" => return Some(Found::date(i + 1, period(view, Unit::Day, 0))),
        _ => {}
    }
    // "all week", "all month", "all year": the reference's.
    if view.is(i, "all") {
        if let Some((unit @ (Unit::Week | Unit::Month | Unit::Year), 1)) = lexicon::unit(view.word(i + 1)) {
            if !view.word(i + 1).ends_with('s') {
                return Some(Found::date(i + 2, period(view, unit, 0)));
            }
        }
    }
    // "now", "currently", "recently", "at the moment" are no DATE in
    // OntoNotes practice (ANNOTATION.md): they say when only as the verb's
    // tense does, and no reader looks for them on a timeline.
    // "(in) recent years", "(in) recent months": a vague period, the "in" outside.
    if view.is(i, "recent") && view.any(i + 1, &["years", "months", "weeks", "days", "decades"]) {
        return Some(Found::date(i + 2, "PAST_REF".to_string()));
    }
    None
}

/// Which way a word shifts from the reference: "last" -1, "this" 0, "next" 1.
fn direction(word: &str) -> Option<i32> {
    match word.len() {
        4..=9 => {}
        _ => return None,
    }
    if lexicon::is_one_of(word, &["last", "past", "previous"]) {
        Some(-1)
    } else if lexicon::is_one_of(word, &["this", "current"]) {
        Some(0)
    } else if lexicon::is_one_of(word, &["next", "coming", "following", "upcoming"]) {
        Some(1)
    } else {
        None
    }
}

/// The period `offset` units of `unit` from the reference: a week, month,
/// quarter, year, decade or day; `X` where there is no reference.
pub fn period(view: &View, unit: Unit, offset: i32) -> String {
    let r = view.reference;
    match unit {
        Unit::Day => timex::maybe_date(r.map(|r| r.add_days(i64::from(offset)))),
        Unit::Week => timex::week(r.map(|r| r.add_days(7 * i64::from(offset)))),
        Unit::Month => match r {
            Some(r) => {
                let d = r.add_months(offset);
                timex::month(Some(d.year), d.month)
            }
            None => "XXXX-XX".to_string(),
        },
        Unit::Quarter => match r {
            Some(r) => {
                let d = Date { day: 1, ..r }.add_months(3 * offset);
                timex::quarter(Some(d.year), d.quarter())
            }
            None => "XXXX-QX".to_string(),
        },
        Unit::Year => timex::year(r.map(|r| r.year + offset)),
        Unit::Decade => match r {
            Some(r) => format!("{:03}X", r.year.div_euclid(10) + offset),
            None => "XXXX".to_string(),
        },
        Unit::Century => match r {
            Some(r) => format!("{:02}", r.year.div_euclid(100) + offset),
            None => "XX".to_string(),
        },
        Unit::Hour | Unit::Minute | Unit::Second => "PRESENT_REF".to_string(),
    }
}

/// "the month", "the year", "the week" after a modifier ("the end of the
/// month"): the reference's own.
pub fn this_unit(view: &View, i: usize) -> Option<Found> {
    let at = view.skip(i, "the");
    let (unit, _) = lexicon::unit(view.word(at))?;
    if !matches!(unit, Unit::Week | Unit::Month | Unit::Year | Unit::Quarter) || view.word(at).ends_with('s') {
        return None;
    }
    Some(Found::date(at + 1, period(view, unit, 0)))
}

/// "last year", "next month", "this week", "the following week", "this
/// weekend", "this past weekend", "last Friday", "next March", "this summer".
fn shifted(view: &View, i: usize) -> Option<Found> {
    let at = view.skip(i, "the");
    let mut offset = direction(view.word(at))?;
    let mut next = at + 1;
    // "this past weekend"
    if offset == 0 && view.is(next, "past") {
        offset = -1;
        next += 1;
    }
    let word = view.word(next);
    // "the following week" but not "the past year" (a duration).
    if at > i && !view.any(at, &["following", "previous"]) {
        return None;
    }
    if lexicon::is_one_of(word, &["weekend", "week-end", "wkend"]) {
        let week = period(view, Unit::Week, offset);
        return Some(Found::date(next + 1, format!("{week}-WE")));
    }
    if let Some((unit, 1)) = lexicon::unit(word) {
        if word.ends_with('s') || matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
            return None;
        }
        // "last day" is not "yesterday"
        if unit == Unit::Day {
            return None;
        }
        // "last week's Sunday"
        if unit == Unit::Week && view.any(next + 1, &["'s", "’s"]) {
            if let Some(w) = lexicon::weekday(view.word(next + 2)) {
                let day = view.reference.map(|r| r.monday().add_days(7 * i64::from(offset) + i64::from(w)));
                return Some(Found::date(next + 3, weekday_timex(day, w)));
            }
        }
        return Some(Found::date(next + 1, period(view, unit, offset)));
    }
    if let Some(w) = lexicon::weekday(word) {
        // "this Friday" in a sentence of the future (or a bare phrase) is
        // the coming one, in one of the past the last one; else the
        // reference week's.
        let lean = if offset == 0 && at == i { view.lean(i) } else { super::tense::Lean::Nearest };
        let day = view.reference.map(|r| match lean {
            super::tense::Lean::Nearest => r.monday().add_days(7 * i64::from(offset) + i64::from(w)),
            _ => super::tense::weekday(r, w, || lean),
        });
        return Some(Found::date(next + 1, weekday_timex(day, w)));
    }
    if let Some(m) = lexicon::month(word) {
        // "next March": the first March after the reference month; "last
        // March" the last one before it; "this March" the reference year's.
        let year = view.reference.map(|r| match offset {
            0 => r.year,
            1 if m > r.month => r.year,
            1 => r.year + 1,
            _ if m < r.month => r.year,
            _ => r.year - 1,
        });
        return Some(Found::date(next + 1, timex::month(year, m)));
    }
    if let Some(code) = lexicon::season(word) {
        let year = view.reference.map(|r| {
            // Winter belongs to the year it starts in: January 2013 is in 2012-WI.
            let current = if code == "WI" && r.month <= 2 { r.year - 1 } else { r.year };
            current + offset
        });
        return Some(Found::date(next + 1, timex::season(year, code)));
    }
    None
}

/// A weekday's value: the date, or `XXXX-WXX-5` for an unknown Friday.
fn weekday_timex(day: Option<Date>, weekday: u32) -> String {
    match day {
        Some(d) => timex::date(d),
        None => format!("XXXX-WXX-{}", weekday + 1),
    }
}

/// A weekday: "Friday" (the nearest), "Friday of next week", "Friday next
/// week", "Friday morning".
fn weekday(view: &View, i: usize) -> Option<Found> {
    let word = view.word(i);
    let w = lexicon::weekday(word)?;
    // Abbreviations without a dot ("Sun", "Wed", "Sat") are words or names
    // ("The Sun"): weekdays only in a date's company: "on Sun", "Sun 8pm",
    // "Thu at 8", "Sat, Sep 21", or alone on their line (a calendar's heading).
    if lexicon::weekday_is_ambiguous(word) {
        let company = (i > 0 && view.is(i - 1, "on"))
            || view.alone(i)
            || view.any(i + 1, &[",", "at", "@"])
            || view.is_digit(i + 1)
            || lexicon::month(view.word(i + 1)).is_some()
            || lexicon::part_of_day(view.word(i + 1)).is_some();
        if !company {
            return None;
        }
    }
    // "Friday of next week", "wednesday next week", "sunday from last week"
    let mut at = i + 1;
    if view.any(at, &["of", "from"]) {
        at += 1;
    }
    if let Some(offset) = direction(view.word(at)).filter(|_| view.is(at + 1, "week")) {
        let day = view.reference.map(|r| r.monday().add_days(7 * i64::from(offset) + i64::from(w)));
        return Some(Found::date(at + 2, weekday_timex(day, w)));
    }
    // "Friday after next": the Friday of next week.
    if view.is(i + 1, "after") && view.is(i + 2, "next") {
        let day = view.reference.map(|r| r.monday().add_days(7 + i64::from(w)));
        return Some(Found::date(i + 3, weekday_timex(day, w)));
    }
    let day = view.reference.map(|r| super::tense::weekday(r, w, || view.lean(i)));
    if let Some((code, _)) = lexicon::part_of_day(view.word(i + 1)).filter(|_| !view.is(i + 1, "tonight")) {
        return Some(Found::time(i + 2, format!("{}T{code}", weekday_timex(day, w))));
    }
    Some(Found::date(i + 1, weekday_timex(day, w)))
}

/// "two years ago", "a week ago", "three months from now", "7 days hence",
/// "3 years from today".
fn ago(view: &View, i: usize) -> Option<Found> {
    let (n, after) = super::duration::count(view, i)?;
    // "3 fridays from now", "2 thursdays ago": the n-th such day after or before.
    let plural = view.word(after);
    if let Some(w) = plural.strip_suffix(['s', 'S']).and_then(lexicon::weekday).filter(|_| n.fract() == 0.0 && n >= 1.0)
    {
        let (forward, end) = if view.is(after + 1, "from") && view.any(after + 2, &["now", "today"]) {
            (true, after + 3)
        } else if view.any(after + 1, &["ago", "back"]) {
            (false, after + 2)
        } else {
            return None;
        };
        let day = view.reference.map(|r| {
            let n = n as i64;
            if forward {
                let ahead = (i64::from(w) - i64::from(r.weekday())).rem_euclid(7);
                let ahead = if ahead == 0 { 7 } else { ahead };
                r.add_days(ahead + 7 * (n - 1))
            } else {
                let back = (i64::from(r.weekday()) - i64::from(w)).rem_euclid(7);
                let back = if back == 0 { 7 } else { back };
                r.add_days(-back - 7 * (n - 1))
            }
        });
        return Some(Found::date(end, weekday_timex(day, w)));
    }
    let (unit, factor) = lexicon::unit(view.word(after))?;
    let mut end = after + 1;
    let sign: i64 = if view.is(end, "ago") || view.is(end, "back") {
        end += 1;
        -1
    } else if view.is(end, "hence") {
        end += 1;
        1
    } else if view.is(end, "from") && view.any(end + 1, &["now", "today"]) {
        end += 2;
        1
    } else if view.is(end, "from") && view.is(end + 1, "right") && view.is(end + 2, "now") {
        end += 3;
        1
    } else {
        return None;
    };
    // "2 hours ago", "a day from right now": an instant, with a reference time.
    if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) || view.is(end - 1, "now") && view.is(end - 2, "right")
    {
        let seconds = sign as f64 * n * f64::from(factor) * unit_seconds(unit)?;
        return Some(Found::time(end, instant(view, seconds)?));
    }
    if n.fract() != 0.0 {
        return None;
    }
    let n = sign * n as i64 * i64::from(factor);
    let r = view.reference;
    let day_grain = view.is(end - 1, "today");
    let value = match unit {
        Unit::Day => timex::maybe_date(r.map(|r| r.add_days(n))),
        Unit::Week => timex::maybe_date(r.map(|r| r.add_days(7 * n))),
        Unit::Month | Unit::Quarter | Unit::Year | Unit::Decade | Unit::Century if day_grain => {
            let months = n * match unit {
                Unit::Month => 1,
                Unit::Quarter => 3,
                Unit::Year => 12,
                Unit::Decade => 120,
                _ => 1200,
            };
            timex::maybe_date(r.map(|r| r.add_months(months as i32)))
        }
        Unit::Month => period(view, Unit::Month, n as i32),
        Unit::Quarter => period(view, Unit::Month, 3 * n as i32),
        Unit::Year => period(view, Unit::Year, n as i32),
        Unit::Decade => period(view, Unit::Year, 10 * n as i32),
        Unit::Century => period(view, Unit::Year, 100 * n as i32),
        Unit::Hour | Unit::Minute | Unit::Second => return None,
    };
    Some(Found::date(end, value))
}

/// "three days after Easter", "a year from Christmas", "two weeks before
/// Oct. 14": a day moved by whole days, weeks, months or years. ("for 10
/// days from Dec. 18" is a stretch of days, not a day: left alone.)
pub fn from_day(view: &View, i: usize) -> Option<Found> {
    if !view.is_digit(i) && lexicon::number_word(view.word(i)).is_none() && !view.any(i, &["a", "an", "one"]) {
        return None;
    }
    let (n, after) = super::duration::count(view, i)?;
    let (unit, factor) = lexicon::unit(view.word(after))?;
    let sign = match view.word(after + 1).to_ascii_lowercase().as_str() {
        "after" => 1,
        "before" => -1,
        "from" if !(i > 0 && view.is(i - 1, "for")) => 1,
        _ => return None,
    };
    if n.fract() != 0.0 || !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
        return None;
    }
    let day = super::time::calendar_day(view, after + 2).filter(|d| super::range::is_day(&d.timex))?;
    let n = sign * n as i64 * i64::from(factor);
    let value = match Date::parse(&day.timex) {
        Ok(d) => timex::date(match unit {
            Unit::Day => d.add_days(n),
            Unit::Week => d.add_days(7 * n),
            Unit::Month => d.add_months(n as i32),
            _ => d.add_months(12 * n as i32),
        }),
        Err(_) => "XXXX-XX-XX".to_string(),
    };
    Some(Found::date(day.end, value))
}

/// Seconds in a unit of the clock or the calendar's day and week.
fn unit_seconds(unit: Unit) -> Option<f64> {
    Some(match unit {
        Unit::Second => 1.0,
        Unit::Minute => 60.0,
        Unit::Hour => 3600.0,
        Unit::Day => 86400.0,
        Unit::Week => 7.0 * 86400.0,
        _ => return None,
    })
}

/// The reference instant moved by `seconds`, as TIMEX3
/// (`2013-02-12T04:32`, with seconds when they are not 0); None without a
/// reference time.
fn instant(view: &View, seconds: f64) -> Option<String> {
    let (date, time) = (view.reference?, view.time?);
    if seconds.fract() != 0.0 || seconds.abs() > 1e11 {
        return None;
    }
    let total = date.days_since_epoch() * 86400 + time.seconds() + seconds as i64;
    let day = Date::from_days_since_epoch(total.div_euclid(86400));
    let of_day = total.rem_euclid(86400) as u32;
    let second = (!of_day.is_multiple_of(60)).then_some(of_day % 60);
    Some(format!("{}{}", timex::date(day), timex::clock(of_day / 3600, of_day / 60 % 60, second, None)))
}

/// A duration's value split into months and seconds: `P1Y2M` → (14, 0),
/// `PT1H30M` → (0, 5400), `P1W` → (0, 604800); None for a vague one (`PXY`).
fn amount(value: &str) -> Option<(f64, f64, Unit)> {
    let body = value.strip_prefix('P')?;
    let (mut months, mut seconds, mut largest) = (0.0, 0.0, Unit::Second);
    let mut number = String::new();
    let mut in_time = false;
    for c in body.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' | '.' => number.push(c),
            _ => {
                let n: f64 = number.parse().ok()?;
                number.clear();
                let unit = match (c, in_time) {
                    ('Y', false) => Unit::Year,
                    ('M', false) => Unit::Month,
                    ('W', false) => Unit::Week,
                    ('D', false) => Unit::Day,
                    ('H', true) => Unit::Hour,
                    ('M', true) => Unit::Minute,
                    ('S', true) => Unit::Second,
                    _ => return None,
                };
                match unit {
                    Unit::Year => months += 12.0 * n,
                    Unit::Month => months += n,
                    _ => seconds += n * unit_seconds(unit)?,
                }
                largest = largest.max(unit);
            }
        }
    }
    Some((months, seconds, largest))
}

/// True for a verb before "in" that makes the duration how long something
/// took, not when it happens: "finished in 2 hours", "sold out in 10 minutes".
fn how_long(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let future = ["expected", "scheduled", "planned", "slated", "due", "needed", "set"];
    (lower.ends_with("ed") && !future.contains(&lower.as_str()))
        || lexicon::is_one_of(word, &["out", "done", "over", "up", "did", "took", "won", "lost", "ran"])
}

/// "in 2 minutes", "in an hour", "in about half an hour", "in a week", "in
/// two years": the instant or the period that far after the reference. Only
/// with a reference time: without one these stay durations, as they may be
/// ("a lap in 2 minutes").
fn in_offset(view: &View, i: usize) -> Option<Found> {
    view.time?;
    if !view.is(i, "in") || (i > 0 && how_long(view.word(i - 1))) {
        return None;
    }
    // "finished the race in 2 hours"
    let determiner = ["the", "a", "an", "his", "her", "its", "their", "our", "this"];
    if i > 2 && view.any(i - 2, &determiner) && how_long(view.word(i - 3)) {
        return None;
    }
    let at = if view.any(i + 1, &["about", "approximately", "around", "roughly", "just", "another"]) {
        i + 2
    } else {
        i + 1
    };
    let found =
        super::duration::duration(view, at).filter(|f| !view.any(at, &["every", "each"]) && !f.timex.contains('X'))?;
    let (months, seconds, largest) = amount(&found.timex)?;
    // Hours and less, or days and hours together: an instant.
    if largest <= Unit::Hour || (months == 0.0 && seconds % 86400.0 != 0.0) {
        return Some(Found::time(found.end, instant(view, seconds)?));
    }
    let r = view.reference?;
    if months != 0.0 && seconds != 0.0 || months.fract() != 0.0 {
        return None;
    }
    // The grain of the unit, as for "two years ago": a year, a month, a day.
    let value = if months == 0.0 {
        timex::date(r.add_days((seconds / 86400.0) as i64))
    } else if largest >= Unit::Year && months % 12.0 == 0.0 {
        timex::year(Some(r.year + (months / 12.0) as i32))
    } else {
        period(view, Unit::Month, months as i32)
    };
    Some(Found::date(found.end, value))
}

#[cfg(test)]
mod tests {
    use crate::dates::calendar::{Date, TimeOfDay};

    #[test]
    fn relative_dates() {
        // 2024-11-29 is a Friday, in ISO week 48.
        cases!(Date::new(2024, 11, 29);
            "last year" => DATE "2023",
            "next month" => DATE "2024-12",
            "this week" => DATE "2024-W48",
            "earlier this week" => DATE "2024-W48",
            "last month" => DATE "2024-10",
            "the [following week]" => DATE "2024-W49",
            "this weekend" => DATE "2024-W48-WE",
            "yesterday" => DATE "2024-11-28",
            "today" => DATE "2024-11-29",
            "tomorrow" => DATE "2024-11-30",
            "the [day after tomorrow]" => DATE "2024-12-01",
            "The vote is on [Friday]" => DATE "2024-11-29",
            "He said on [Friday]" => DATE "2024-11-29",
            "on [Friday]" => DATE "2024-11-29",
            "on [Thursday]" => DATE "2024-12-05",
            "on [Monday]" => DATE "2024-12-02",
            "The vote is on [Tuesday]" => DATE "2024-11-26",
            "The shop reopened on [Tuesday]" => DATE "2024-11-26",
            "The shop will reopen on [Tuesday]" => DATE "2024-12-03",
            "He said on [Saturday]" => DATE "2024-11-23",
            "The vote will take place [this Tuesday]" => DATE "2024-12-03",
            "The vote took place [this Tuesday]" => DATE "2024-11-26",
            "The vote is [this Tuesday]" => DATE "2024-11-26",
            "The Sun reported" => NONE,
            "on [Sun]" => DATE "2024-12-01",
            "Sat" => DATE "2024-11-30",
            "sun." => DATE "2024-12-01",
            "Thu" => DATE "2024-12-05",
            "The Sun" => NONE,
            "Sun rises" => NONE,
            "last Friday" => DATE "2024-11-22",
            "next Tuesday" => DATE "2024-12-03",
            "two years ago" => DATE "2022",
            "three months ago" => DATE "2024-08",
            "a week ago" => DATE "2024-11-22",
            "a decade ago" => DATE "2014",
            "in [recent years]" => DATE "PAST_REF",
            "He recently left" => NONE,
            "It is now open" => NONE,
            "Currently the firm is small" => NONE,
            "at the moment" => NONE,
            "next March" => DATE "2025-03",
            "last March" => DATE "2024-03",
            "this summer" => DATE "2024-SU",
            "last night" => TIME "2024-11-28TNI",
            "this morning" => TIME "2024-11-29TMO",
            "tomorrow evening" => TIME "2024-11-30TEV",
            "the [end of the month]" => DATE "2024-11",
            "the [rest of the week]" => DATE "2024-W48",
            "the rest of the world" => NONE,
            "Flights were cancelled over the [weekend]" => DATE "2024-W47-WE",
            "Talks resume over the [weekend]" => DATE "2024-W48-WE",
            "late last year" => DATE "2023",
            "the [past year]" => DATE "P1Y",
            "three years" => DATE "P3Y",
        );
    }

    #[test]
    fn days_from_a_day() {
        cases!(Date::new(2013, 2, 12);
            "three days after Easter" => DATE "2013-04-03",
            "a year from Christmas" => DATE "2014-12-25",
            "It happened [a year from Christmas]" => DATE "2013-12-25",
            "two weeks before Oct. 14" => DATE "2013-09-30",
            "It happened [two weeks before Oct. 14]" => DATE "2012-09-30",
            "for [10 days] from Dec. 18" => DATE "P10D",
        );
    }

    #[test]
    fn offsets_from_a_reference_time() {
        cases!((Date::new(2013, 2, 12), TimeOfDay::new(4, 30, 0));
            "in 2 minutes" => TIME "2013-02-12T04:32",
            "in an hour" => TIME "2013-02-12T05:30",
            "in about half an hour" => TIME "2013-02-12T05:00",
            "in 2.5 hours" => TIME "2013-02-12T07:00",
            "in 24 hours" => TIME "2013-02-13T04:30",
            "in a sec" => TIME "2013-02-12T04:30:01",
            "in a week" => DATE "2013-02-19",
            "in three months" => DATE "2013-05",
            "in two years" => DATE "2015",
            "2 minutes from now" => TIME "2013-02-12T04:32",
            "3 hours ago" => TIME "2013-02-12T01:30",
            "a day from right now" => TIME "2013-02-13T04:30",
            "she finished the race in [2 hours]" => TIME "PT2H",
            // Part of a match, not the next quarter of an hour.
            "scored twice in the final [15 minutes]" => TIME "PT15M",
            "in a pair of minutes" => TIME "2013-02-12T04:32",
        );
        // Without a time of day they stay durations.
        cases!(Date::new(2013, 2, 12);
            "in [2 minutes]" => TIME "PT2M",
            "in [a week]" => DATE "P1W",
            "3 hours ago" => NONE,
        );
    }

    #[test]
    fn without_a_reference_nothing_is_guessed() {
        cases!(None;
            "last year" => DATE "XXXX",
            "yesterday" => DATE "XXXX-XX-XX",
            "this week" => DATE "XXXX-WXX",
            "on [Friday]" => DATE "XXXX-WXX-5",
            "two years ago" => DATE "XXXX",
        );
    }
}
