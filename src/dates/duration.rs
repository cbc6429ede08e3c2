//! Durations and sets: "three years" (`P3Y`), "48 hours" (`PT48H`), "a
//! decade" (`P10Y`), "an hour and a half" (`PT1H30M`), "2 years and 3
//! months" (`P2Y3M`), "the past two years" (`P2Y`), "the past few years"
//! (`PXY`); "every month" (`P1M`), "daily" (`P1D`), "each year" (`P1Y`).
//!
//! A duration is DATE, or TIME when its largest unit is an hour or less. A
//! set (TIMEX3 SET) has its period as value. "three years ago" is not a
//! duration but a date: the relative matcher's longer span wins.

use super::lexicon::{self, Unit};
use super::timex;
use super::{Found, View};
use crate::document::Label;

/// A count at `i`: "3", "1.5", "1/2", "three", "twenty three", "a", "an",
/// "a couple of", "a few" (3), "a dozen", with "and a half" / "and a
/// quarter" / "and three quarters" when a unit does not come first. Returns
/// the value and the index after it.
pub fn count(view: &View, i: usize) -> Option<(f64, usize)> {
    let word = view.word(i);
    let first = *word.as_bytes().first()?;
    let (mut n, mut end) = if first.is_ascii_digit() {
        (number(word)?, i + 1)
    } else if lexicon::is_one_of(word, &["a", "an"]) {
        if view.is(i + 1, "couple") || view.is(i + 1, "pair") {
            (2.0, view.skip(i + 2, "of"))
        } else if view.is(i + 1, "few") {
            (3.0, i + 2)
        } else if view.is(i + 1, "dozen") {
            (12.0, i + 2)
        } else {
            (1.0, i + 1)
        }
    } else if let Some(tens) = lexicon::tens_word(word) {
        match view.word(i + 1) {
            next if lexicon::number_word(next).is_some_and(|n| (1..10).contains(&n)) => {
                (f64::from(tens + lexicon::number_word(next)?), i + 2)
            }
            _ => (f64::from(tens), i + 1),
        }
    } else if let Some(n) = lexicon::number_word(word) {
        (f64::from(n), i + 1)
    } else if lexicon::is_one_of(word, &["couple", "few"]) {
        (if word.len() == 3 { 3.0 } else { 2.0 }, view.skip(i + 1, "of"))
    } else {
        return None;
    };
    // "5 and a half minutes", "one and three quarters hour"
    if view.is(end, "and") {
        if let Some((fraction, after)) = fraction(view, end + 1) {
            n += fraction;
            end = after;
        }
    }
    Some((n, end))
}

/// A fraction word group at `i`: "a half", "half", "a quarter", "one
/// quarter", "three quarters", "two quarters", with an optional "of".
fn fraction(view: &View, i: usize) -> Option<(f64, usize)> {
    let at = if view.any(i, &["a", "an", "one"]) { i + 1 } else { i };
    let (value, end) = if view.is(at, "half") {
        (0.5, at + 1)
    } else if view.is(at, "quarter") {
        (0.25, at + 1)
    } else if view.any(i, &["two", "three"]) && view.any(i + 1, &["quarter", "quarters"]) {
        (if view.is(i, "two") { 0.5 } else { 0.75 }, i + 2)
    } else {
        return None;
    };
    Some((value, view.skip(end, "of")))
}

/// A number token: "3", "1.5", "100,000", "1/2".
fn number(word: &str) -> Option<f64> {
    if let Some((a, b)) = word.split_once('/') {
        let (a, b): (f64, f64) = (a.parse().ok()?, b.parse().ok()?);
        return (b > 0.0 && a < b).then_some(a / b);
    }
    if !word.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    if word.contains(',') {
        word.replace(',', "").parse().ok()
    } else {
        word.parse().ok()
    }
}

/// A unit at `i`, allowing "more", "additional", "extra", "less", "fewer"
/// before it, and "of" after "quarter". Returns it, its multiplier and the
/// index after it.
fn unit_at(view: &View, i: usize) -> Option<(Unit, u32, usize)> {
    let at = if view.any(i, &["more", "additional", "extra", "less", "fewer"]) { i + 1 } else { i };
    let (unit, factor) = lexicon::unit(view.word(at))?;
    // "h" only written against its number ("48h" is one token anyway), or
    // after a fraction ("1/2 h").
    if view.is(at, "h") && !view.attached(at) && !(at > 0 && view.word(at - 1).contains('/')) {
        return None;
    }
    Some((unit, factor, at + 1))
}

/// The label of a duration whose largest unit is `unit`.
fn label_of(unit: Unit) -> Label {
    if unit <= Unit::Hour {
        Label::Time
    } else {
        Label::Date
    }
}

/// A duration or a set at token `i`.
pub fn duration(view: &View, i: usize) -> Option<Found> {
    let word = view.word(i);
    let first = *word.as_bytes().first()?;
    if word.len() > 4 && word.contains('-') {
        if let Some(found) = compound(view, i) {
            return Some(found);
        }
    }
    // "aged 87": an age is a duration (ANNOTATION.md), "aged" a verb outside it.
    if i > 0 && view.is(i - 1, "aged") {
        if let Some(years) = view.int(i).filter(|&n| n > 0 && n < 130) {
            return Some(Found::date(i + 1, timex::duration(&[(f64::from(years), Unit::Year)])));
        }
    }
    if first.is_ascii_alphabetic() {
        if let Some(found) = set(view, i) {
            return Some(found);
        }
        // "the past two years", "last 2 days", "the next three months", "the past year"
        let at = view.skip(i, "the");
        if view.any(at, &["past", "last", "next", "previous", "coming", "upcoming", "first", "final"]) {
            if at == i && view.any(at, &["first", "final"]) {
                return None;
            }
            // "the past year", "the past few years": a year, an unknown number of years.
            let vague_or_one =
                view.any(at + 1, &["few", "several", "many"]) || lexicon::unit(view.word(at + 1)).is_some();
            if at > i && vague_or_one && !view.any(at, &["first", "final"]) {
                let vague = view.any(at + 1, &["few", "several", "many"]);
                let unit_index = if vague { at + 2 } else { at + 1 };
                let (unit, factor) = lexicon::unit(view.word(unit_index))?;
                let plural = view.word(unit_index).ends_with('s');
                if vague != plural || unit == Unit::Quarter {
                    return None;
                }
                let value = if vague {
                    timex::duration(&[(1.0, unit)]).replace('1', "X")
                } else {
                    timex::duration(&[(f64::from(factor), unit)])
                };
                return Some(Found { end: unit_index + 1, label: label_of(unit), timex: value });
            }
            if let Some(found) = plain(view, at + 1) {
                if view.any(at, &["first", "last", "final"]) && view.is(found.end, "of") {
                    if let Some(days) = days_of_period(view, at, &found) {
                        return Some(days);
                    }
                }
                return Some(Found { end: found.end, ..found });
            }
            return None;
        }
        // "a quarter of an hour", "three quarters of an hour", "three-quarters of a century"
        let (fraction, at) = if view.is(i, "a") && view.is(i + 1, "quarter") {
            (0.25, i + 2)
        } else if view.is(i, "quarter") {
            (0.25, i + 1)
        } else if view.is(i, "three") && view.is(i + 1, "quarters") {
            (0.75, i + 2)
        } else if view.is(i, "three-quarters") {
            (0.75, i + 1)
        } else {
            (0.0, i)
        };
        if fraction > 0.0 && view.is(at, "of") && view.any(at + 1, &["a", "an"]) {
            let (unit, factor) = lexicon::unit(view.word(at + 2)).filter(|(u, _)| *u != Unit::Quarter)?;
            if view.word(at + 2).ends_with('s') {
                return None;
            }
            return Some(Found {
                end: at + 3,
                label: label_of(unit),
                timex: timex::duration(&[(fraction * f64::from(factor), unit)]),
            });
        }
        // "half an hour", "half a day", "half hour"
        if view.is(i, "half") {
            let at = if view.any(i + 1, &["a", "an"]) { i + 2 } else { i + 1 };
            let (unit, factor) = lexicon::unit(view.word(at)).filter(|(u, _)| *u != Unit::Quarter)?;
            if view.word(at).ends_with('s') {
                return None;
            }
            return Some(Found {
                end: at + 1,
                label: label_of(unit),
                timex: timex::duration(&[(0.5 * f64::from(factor), unit)]),
            });
        }
    }
    plain(view, i).or_else(|| hours_token(view, i))
}

/// "the first 13 days of July", "the last two weeks of March": days at
/// one end of a month or year, one DATE valued as their interval
/// (`2024-07-01/2024-07-13`). `count` is the duration after "first" or
/// "last" at `at`, followed by "of".
fn days_of_period(view: &View, at: usize, count: &Found) -> Option<Found> {
    let (unit, n) = match count.timex.strip_prefix('P')?.split_at(count.timex.len() - 2) {
        (n, "D") => (Unit::Day, n.parse::<i64>().ok()?),
        (n, "W") => (Unit::Week, n.parse::<i64>().ok()?),
        _ => return None,
    };
    let days = if unit == Unit::Week { 7 * n } else { n };
    let period = super::absolute::date(view, count.end + 1)?;
    let (first, last) = super::nth::bounds(&period.timex)?;
    if days <= 0 || days > last.days_since_epoch() - first.days_since_epoch() + 1 {
        return None;
    }
    let (from, to) =
        if view.is(at, "first") { (first, first.add_days(days - 1)) } else { (last.add_days(1 - days), last) };
    Some(Found::date(period.end, format!("{from}/{to}")))
}

/// A duration inside a hyphenated compound: "10-year", "two-year",
/// "five-day", "24-hour", "52-year-old", "twenty-five-year-old" (the unit
/// singular, as an adjective has it; an age keeps its "-old").
fn compound(view: &View, i: usize) -> Option<Found> {
    let word = view.word(i);
    let word = word.strip_suffix("-old").unwrap_or(word);
    let (count, unit_word) = word.rsplit_once('-')?;
    let (unit, factor) = lexicon::unit(unit_word).filter(|(u, _)| *u != Unit::Quarter)?;
    if unit_word.ends_with('s') || unit_word.len() < 3 || unit_word.eq_ignore_ascii_case("second") {
        return None;
    }
    let n = match count.split_once('-') {
        _ if count.bytes().all(|b| b.is_ascii_digit() || b == b'.') => number(count)?,
        Some((tens, ones)) => f64::from(lexicon::tens_word(tens)? + lexicon::number_word(ones).filter(|&n| n < 10)?),
        None => f64::from(lexicon::number_word(count).or_else(|| lexicon::tens_word(count))?),
    };
    (n > 0.0).then(|| Found {
        end: i + 1,
        label: label_of(unit),
        timex: timex::duration(&[(n * f64::from(factor), unit)]),
    })
}

/// Hours written against their number: "1h", "1/2h", "3/4hr", "2hrs".
fn hours_token(view: &View, i: usize) -> Option<Found> {
    let word = view.word(i);
    let digits = word.bytes().take_while(|b| b.is_ascii_digit() || *b == b'/' || *b == b'.').count();
    let (n, suffix) = (number(&word[..digits])?, &word[digits..]);
    if !lexicon::is_one_of(suffix, &["h", "hr", "hrs"]) || n <= 0.0 {
        return None;
    }
    Some(Found { end: i + 1, label: Label::Time, timex: timex::duration(&[(n, Unit::Hour)]) })
}

/// "three years", "1.5 hours", "an hour and a half", "2 years, 3 months",
/// "1 hour fifteen", "1 year, 2 days, 3 hours and 4 seconds".
fn plain(view: &View, i: usize) -> Option<Found> {
    let mut parts: Vec<(f64, Unit)> = Vec::new();
    let (n, after) = count(view, i)?;
    let (unit, factor, mut end) = unit_at(view, after)?;
    // Words are fractions here: "three quarters of the vote".
    if unit == Unit::Quarter && !view.is_digit(i) {
        return None;
    }
    // "a second term", "one second round": an ordinal before a noun.
    if unit == Unit::Second
        && view.word(after).eq_ignore_ascii_case("second")
        && view.word(end).chars().next().is_some_and(char::is_alphabetic)
        && !view.any(end, &["ago", "later", "earlier", "and", "or"])
    {
        return None;
    }
    // "a second opinion", "one minute silence" are fine as durations, but "a
    // second" alone after "the" is an ordinal; "the first hour" never reaches here.
    parts.push((n * f64::from(factor), unit));
    let mut largest = unit;
    loop {
        // "and a half"
        if view.is(end, "and") {
            if let Some((fraction, after)) = fraction(view, end + 1).filter(|_| !view.is(end + 1, "quarter")) {
                let last = parts.len() - 1;
                parts[last].0 += fraction;
                end = after;
                continue;
            }
            if view.is(end + 1, "half") {
                let last = parts.len() - 1;
                parts[last].0 += 0.5;
                end += 2;
                continue;
            }
        }
        // ", 3 months", "and 3 months", "3 months"
        let mut at = end;
        if view.is(at, ",") {
            at += 1;
        }
        if view.is(at, "and") {
            at += 1;
        }
        let Some((n, after)) = count(view, at).filter(|_| !view.any(at, &["a", "an"]) || at > end) else { break };
        match unit_at(view, after) {
            Some((next, factor, after)) if next < parts[parts.len() - 1].1 => {
                parts.push((n * f64::from(factor), next));
                end = after;
            }
            // "1 hour fifteen", "2 hours ten": minutes after hours.
            None if parts[parts.len() - 1].1 == Unit::Hour && n.fract() == 0.0 && n < 60.0 && !view.is(at, ",") => {
                if view.is_digit(at) && !view.is(end, "and") {
                    break;
                }
                parts.push((n, Unit::Minute));
                end = after;
                break;
            }
            _ => break,
        }
    }
    for &(_, u) in &parts {
        largest = largest.max(u);
    }
    // Relative expressions are dates: "three years ago" belongs to relative.
    if view.any(end, &["ago", "hence", "back"]) {
        return None;
    }
    // "60 years old": an age, the duration of a life.
    if largest == Unit::Year && view.is(end, "old") {
        end += 1;
    }
    // "a year earlier", "two days later": an offset from a time the text
    // names elsewhere, valued as its length.
    if view.any(end, &["earlier", "later"]) {
        end += 1;
    }
    Some(Found { end, label: label_of(largest), timex: timex::duration(&parts) })
}

/// Sets: "every month", "each year", "every two years", "every other week",
/// "every Friday", "daily", "weekly", "monthly", "annually", "quarterly".
fn set(view: &View, i: usize) -> Option<Found> {
    let word = view.word(i);
    let adverb: Option<(&str, Label)> = match word.len() {
        5..=9 => {
            if lexicon::is_one_of(word, &["daily", "nightly"]) {
                Some(("P1D", Label::Date))
            } else if word.eq_ignore_ascii_case("weekly") {
                Some(("P1W", Label::Date))
            } else if word.eq_ignore_ascii_case("monthly") {
                Some(("P1M", Label::Date))
            } else if lexicon::is_one_of(word, &["annually", "yearly"]) {
                Some(("P1Y", Label::Date))
            } else if word.eq_ignore_ascii_case("quarterly") {
                Some(("P3M", Label::Date))
            } else if word.eq_ignore_ascii_case("hourly") {
                Some(("PT1H", Label::Time))
            } else {
                None
            }
        }
        _ => None,
    };
    if let Some((value, label)) = adverb {
        // "Daily Mail", "Weekly Standard": names, not sets.
        if view.capitalised(i) && i > 0 {
            return None;
        }
        return Some(Found { end: i + 1, label, timex: value.to_string() });
    }
    // "twice a year", "three times a week", "once per month": a frequency,
    // valued as its period ("a set's value is its period").
    let times = if view.any(i, &["once", "twice", "thrice"]) {
        Some(i + 1)
    } else if (view.is_digit(i) || lexicon::number_word(view.word(i)).is_some()) && view.is(i + 1, "times") {
        Some(i + 2)
    } else {
        None
    };
    if let Some(at) = times.filter(|&at| view.any(at, &["a", "an", "per", "each", "every"])) {
        let (unit, factor) = lexicon::unit(view.word(at + 1)).filter(|_| !view.word(at + 1).ends_with('s'))?;
        return Some(Found {
            end: at + 2,
            label: label_of(unit),
            timex: timex::duration(&[(f64::from(factor), unit)]),
        });
    }
    if !view.any(i, &["every", "each"]) {
        return None;
    }
    let mut at = i + 1;
    let mut n = 1.0;
    if view.is(at, "other") {
        n = 2.0;
        at += 1;
    } else if let Some((count, after)) = count(view, at).filter(|_| !view.any(at, &["a", "an"])) {
        n = count;
        at = after;
    }
    if let Some(w) = lexicon::weekday(view.word(at)).filter(|_| n == 1.0) {
        return Some(Found::date(at + 1, format!("XXXX-WXX-{}", w + 1)));
    }
    let (unit, factor) = lexicon::unit(view.word(at))?;
    Some(Found { end: at + 1, label: label_of(unit), timex: timex::duration(&[(n * f64::from(factor), unit)]) })
}

#[cfg(test)]
mod tests {
    use crate::dates::calendar::Date;

    #[test]
    fn durations_and_sets() {
        cases!(Date::new(2024, 10, 20);
            "three years" => DATE "P3Y",
            "six months" => DATE "P6M",
            "two weeks" => DATE "P2W",
            "48 hours" => TIME "PT48H",
            "a decade" => DATE "P10Y",
            "two decades" => DATE "P20Y",
            "an hour and a half" => TIME "PT1H30M",
            "half an hour" => TIME "PT30M",
            "1.5 hours" => TIME "PT1H30M",
            "2 years and 3 months" => DATE "P2Y3M",
            "1 year, 2 days, 3 hours and 4 seconds" => DATE "P1Y2DT3H4S",
            "5 and a half minutes" => TIME "PT5M30S",
            "a month and a half" => DATE "P1M15D",
            "1 hour fifteen" => TIME "PT1H15M",
            "the [past two years]" => DATE "P2Y",
            "last 2 days" => DATE "P2D",
            "the [past few years]" => DATE "PXY",
            "the [upcoming two weeks]" => DATE "P2W",
            "for [months]" => NONE,
            "a second term" => NONE,
            "one second" => TIME "PT1S",
            "three quarters of the vote" => NONE,
            "every month" => DATE "P1M",
            "each year" => DATE "P1Y",
            "every two years" => DATE "P2Y",
            "every other week" => DATE "P2W",
            "every Friday" => DATE "XXXX-WXX-5",
            "We meet [twice a year]" => DATE "P1Y",
            "[three times a week]" => DATE "P1W",
            "[once per month]" => DATE "P1M",
            "daily" => DATE "P1D",
            "weekly" => DATE "P1W",
            "monthly" => DATE "P1M",
            "annually" => DATE "P1Y",
            "hourly" => TIME "PT1H",
            "The [Daily] Mail" => NONE,
            "a quarter of an hour" => TIME "PT15M",
            "three-quarters of an hour" => TIME "PT45M",
            "three quarters of an hour" => TIME "PT45M",
            "1/2h" => TIME "PT30M",
            "1/2 h" => TIME "PT30M",
            "48h" => TIME "PT48H",
            "1h" => TIME "PT1H",
            "a [10-year] term" => DATE "P10Y",
            "a [two-year] delay" => DATE "P2Y",
            "a [five-day] visit" => DATE "P5D",
            "the [24-hour] strike" => TIME "PT24H",
            "the [52-year-old] was arrested" => DATE "P52Y",
            "a [thirty-year] mortgage" => DATE "P30Y",
            "the [24-year-old] musician" => DATE "P24Y",
            "a man, [60 years old], died" => DATE "P60Y",
            "sales rose from [a year earlier]" => DATE "P1Y",
            "he died [two days later]" => DATE "P2D",
            "a woman aged [87] died" => DATE "P87Y",
            "children [under 18 years old]" => DATE "P18Y",
            "prices rose [over five years]" => DATE "P5Y",
            "it lasted [more than five years]" => DATE "P5Y",
            "[about three months]" => DATE "P3M",
            "[up to 10 days]" => DATE "P10D",
            "[at least 30 years]" => DATE "P30Y",
            "[nearly two decades]" => DATE "P20Y",
            "in the [past two years]" => DATE "P2Y",
            "a [second-year] student" => NONE,
            "Sales fell in the [first 13 days of July]" => DATE "2024-07-01/2024-07-13",
            "the [last two weeks of March 2024]" => DATE "2024-03-18/2024-03-31",
        );
    }
}
