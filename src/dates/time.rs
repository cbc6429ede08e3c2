//! Times of day, alone or with their day: "9:30 a.m." (`T09:30`), "10pm",
//! "14:00 GMT" (`T14:00Z`), "noon", "midnight", "half past three",
//! "Oct. 14 at 9:30 a.m." (one TIME span, `XXXX-10-14T09:30`), "tomorrow at
//! 5pm", "at 9am on Saturday", "8 tonight" (`…T20:00`).
//!
//! A bare number is a time only where something says so: "at 7 in the
//! morning", "tonight at 8", "9 tomorrow", "7 o'clock". An hour with a part of
//! the day that means afternoon or later ("this evening at 8") is pm.

use super::lexicon;
use super::relative;
use super::timex;
use super::{absolute, holidays, Found, View};
use crate::wordset::WordSet;

/// A time of day as read from the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    /// 0..=23 once resolved; 1..=12 while `meridiem` is unknown.
    pub hour: u32,
    /// 0..=59.
    pub minute: u32,
    /// Seconds, when written.
    pub second: Option<u32>,
    /// The zone's offset from UTC in minutes, when written.
    pub zone: Option<i32>,
    /// True when the text fixes the hour: am/pm, a 24-hour clock, noon.
    pub fixed: bool,
    /// True for a number alone ("at 7"), which needs context to be a time.
    pub bare: bool,
}

impl Clock {
    fn new(hour: u32, minute: u32) -> Clock {
        Clock { hour, minute, second: None, zone: None, fixed: hour > 12 || hour == 0, bare: false }
    }

    /// The hour read as pm when it is not fixed ("this evening at 8").
    fn afternoon(mut self) -> Clock {
        if !self.fixed && self.hour < 12 {
            self.hour += 12;
        }
        self.fixed = true;
        self
    }

    /// TIMEX3, `T09:30`.
    fn timex(self) -> String {
        timex::clock(self.hour % 24, self.minute, self.second, self.zone)
    }
}

/// "am" / "a.m." / "a m" / "pm" / "p.m." at `i`: whether pm, and the index after.
fn meridiem(view: &View, i: usize) -> Option<(bool, usize)> {
    let word = view.word(i);
    if lexicon::is_one_of(word, &["am", "a.m.", "a.m", "pm", "p.m.", "p.m"]) {
        return Some((word.as_bytes()[0].eq_ignore_ascii_case(&b'p'), i + 1));
    }
    // "a m", "p m", and "p." attached ("3p.")
    if lexicon::is_one_of(word, &["a", "p"]) && view.is(i + 1, "m") {
        return Some((word.eq_ignore_ascii_case("p"), i + 2));
    }
    None
}

/// Applies am/pm to an hour of 1..=12.
fn apply_meridiem(mut clock: Clock, pm: bool) -> Option<Clock> {
    if !(1..=12).contains(&clock.hour) {
        return None;
    }
    clock.hour = match (pm, clock.hour) {
        (false, 12) => 0,
        (true, 12) => 12,
        (true, h) => h + 12,
        (false, h) => h,
    };
    clock.fixed = true;
    clock.bare = false;
    Some(clock)
}

/// A number token with a suffix: "10pm", "3PM", "7a", "15h00", "3h18", "15h",
/// "18am" (the minutes of "3:18am"). Returns the digits' value(s) and the suffix.
fn split_suffix(word: &str) -> Option<(&str, &str)> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0).then(|| (&word[..digits], &word[digits..]))
}

/// The time of day at `i`, without a day. Returns it and the index after.
pub fn clock(view: &View, i: usize) -> Option<(Clock, usize)> {
    let word = view.word(i);
    let first = *word.as_bytes().first()?;
    let (mut clock, mut end) = if first.is_ascii_digit() {
        match past_or_to(view, i) {
            Some(found) => found,
            None => digits_clock(view, i)?,
        }
    } else {
        words_clock(view, i)?
    };
    // am / pm
    if !clock.fixed || clock.hour == 12 || clock.hour == 0 {
        if let Some((pm, after)) = meridiem(view, end) {
            if clock.hour <= 12 && clock.hour > 0 {
                clock = apply_meridiem(clock, pm)?;
                end = after;
            }
        }
    }
    // "3 o'clock", "3 oclock"
    if clock.bare && view.any(end, &["o'clock", "oclock", "o’clock"]) {
        clock.bare = false;
        end += 1;
        if let Some((pm, after)) = meridiem(view, end) {
            clock = apply_meridiem(clock, pm)?;
            end = after;
        }
    }
    if view.is(end, "ish") || view.is(end, "sharp") {
        end += 1;
    }
    // A zone: "14:00 GMT", "9 am (BST)", "at 8 GMT"
    let at_before = i > 0 && view.any(i - 1, &["at", "@"]);
    if !clock.bare || at_before {
        if let Some(z) = lexicon::time_zone(view.word(end)).or_else(|| us_zone(view, view.word(end))) {
            clock.zone = Some(z);
            clock.bare = false;
            end += 1;
        } else if view.is(end, "(") && view.is(end + 2, ")") {
            if let Some(z) = lexicon::time_zone(view.word(end + 1)) {
                clock.zone = Some(z);
                end += 3;
            }
        } else if view.is(end, "local") && view.is(end + 1, "time") {
            // "3am local time": the place's own clock, no zone to write.
            end += 2;
        }
    }
    Some((clock, end))
}

/// "ET", "CT", "MT", "PT": the US zones, in daylight time from April to
/// October of the reference year (the exact switch days are ignored), in
/// standard time otherwise or without a reference.
fn us_zone(view: &View, word: &str) -> Option<i32> {
    let standard = match word {
        "ET" => -300,
        "CT" => -360,
        "MT" => -420,
        "PT" => -480,
        _ => return None,
    };
    let daylight = view.reference.is_some_and(|r| (4..=10).contains(&r.month));
    Some(if daylight { standard + 60 } else { standard })
}

/// Clocks that start with digits: "9:30", "15:23:24", "10pm", "3:18am",
/// "15h00", "1030", "330 p.m.".
fn digits_clock(view: &View, i: usize) -> Option<(Clock, usize)> {
    let word = view.word(i);
    let (digits, suffix) = split_suffix(word)?;
    if digits.len() > 4 {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    // "9:30", "9:30:15", "3:18am"
    if suffix.is_empty() && view.is(i + 1, ":") && view.attached(i + 1) && view.attached(i + 2) && digits.len() <= 2 {
        let (minutes, rest) = split_suffix(view.word(i + 2))?;
        if minutes.len() != 2 || n > 24 {
            return None;
        }
        let mut clock = Clock::new(n, minutes.parse().ok().filter(|&m: &u32| m < 60)?);
        let mut end = i + 3;
        if rest.is_empty() && view.is(end, ":") && view.attached(end) && view.attached(end + 1) {
            let seconds = view.int(end + 1).filter(|&s| s < 60 && view.word(end + 1).len() == 2)?;
            clock.second = Some(seconds);
            end += 2;
        }
        if !rest.is_empty() {
            clock = attached_meridiem(clock, rest)?;
        }
        return Some((clock, end));
    }
    // "15h00", "3h18", "15h", "16h"
    if let Some(minutes) = suffix.strip_prefix(['h', 'H']) {
        if n > 24 || digits.len() > 2 {
            return None;
        }
        let minute = if minutes.is_empty() {
            // "15h" alone is too often "24h news": only after "at" or before a zone.
            let cued = i > 0 && (view.any(i - 1, &["at", "@", "-", "to", "past", "until"]) || view.is_digit(i - 1))
                || lexicon::time_zone(view.word(i + 1)).is_some();
            if !cued {
                return None;
            }
            0
        } else if minutes.len() == 2 && minutes.bytes().all(|b| b.is_ascii_digit()) {
            minutes.parse().ok().filter(|&m: &u32| m < 60)?
        } else {
            return None;
        };
        let mut clock = Clock::new(n, minute);
        clock.fixed = true;
        return Some((clock, i + 1));
    }
    if !suffix.is_empty() {
        // "10pm", "3PM", "7a", "3p" after "at"
        let clock = Clock::new(n, 0);
        if lexicon::is_one_of(suffix, &["a", "p"]) && !(i > 0 && view.any(i - 1, &["at", "@"])) {
            return None;
        }
        return Some((attached_meridiem(clock, suffix)?, i + 1));
    }
    // "1030", "330 p.m.": hour and minutes run together.
    if digits.len() >= 3 {
        let (hour, minute) = (n / 100, n % 100);
        if minute >= 60 || hour > 23 {
            return None;
        }
        // Only where a clock is meant: "at 1030", "around 1030", "330 p.m.";
        // "since 2014" is a year, and so is "around 2020".
        let cue = i > 0 && view.any(i - 1, &["at", "@", "around", "approximately", "about"]);
        let meridiem_follows = meridiem(view, i + 1).is_some();
        let year_like = (1900..=2100).contains(&n);
        if !meridiem_follows && (!cue || (year_like && !view.any(i - 1, &["at", "@"]))) {
            return None;
        }
        // "at 357 consecutive games", "at 1245 points": a count, when a
        // lower-case word follows that no clock takes.
        let next = view.word(i + 1);
        let counted = next.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
            && !CLOCK_FOLLOWERS.contains(next)
            && lexicon::time_zone(next).is_none();
        if !meridiem_follows && counted {
            return None;
        }
        // "at 0600 hours": military time, not a duration of 600 hours.
        if i > 0 && view.any(i - 1, &["at", "@"]) && view.any(i + 1, &["hours", "hrs"]) {
            return Some((Clock { fixed: true, ..Clock::new(hour, minute) }, i + 2));
        }
        let clock = Clock { bare: true, ..Clock::new(hour, minute) };
        return Some((clock, i + 1));
    }
    if n > 24 {
        return None;
    }
    Some((Clock { bare: true, ..Clock::new(n, 0) }, i + 1))
}

/// Lower-case words after which digits run together ("1030") are still a
/// clock: "1030 hours", "1030 on Monday", "1030 and 1100".
const CLOCK_FOLLOWERS: WordSet<22> = WordSet::new(&[
    "hours", "hrs", "hr", "h", "local", "sharp", "ish", "on", "in", "this", "tomorrow", "today", "tonight", "and",
    "or", "but", "to", "till", "until", "when", "the", "for",
]);

/// am/pm written against the number: "pm", "p.m.", "a", "p".
fn attached_meridiem(clock: Clock, suffix: &str) -> Option<Clock> {
    let pm = match suffix.to_ascii_lowercase().as_str() {
        "am" | "a.m." | "a.m" | "a" => false,
        "pm" | "p.m." | "p.m" | "p" | "p." => true,
        _ => return None,
    };
    apply_meridiem(clock, pm)
}

/// Clocks in words: "noon", "midnight", "midday", "three" (bare), "ten
/// thirty", "nine fifty nine", "twelve oh three", "half past three", "a
/// quarter past 3pm", "20 minutes to 2pm", "a quarter to noon".
fn words_clock(view: &View, i: usize) -> Option<(Clock, usize)> {
    let word = view.word(i);
    let at = view.skip(i, "the");
    if view.any(at, &["noon", "midday"]) {
        let mut clock = Clock::new(12, 0);
        clock.fixed = true;
        return Some((clock, at + 1));
    }
    if view.is(at, "mid") && view.is(at + 1, "day") {
        let mut clock = Clock::new(12, 0);
        clock.fixed = true;
        return Some((clock, at + 2));
    }
    if view.is(at, "midnight") {
        return Some((Clock { fixed: true, ..Clock::new(0, 0) }, at + 1));
    }
    if at > i {
        return None;
    }
    // "half past three", "a quarter past 3pm", "20 minutes past 3pm", "twenty after 3pm", "a quarter to noon"
    if let Some(found) = past_or_to(view, i) {
        return Some(found);
    }
    let hour = lexicon::number_word(word).filter(|h| (1..=12).contains(h))?;
    let mut clock = Clock { bare: true, ..Clock::new(hour, 0) };
    let mut end = i + 1;
    // "ten thirty", "nine fifty nine", "four twenty-three", "twelve oh three"
    let next = view.word(end);
    if lexicon::is_one_of(next, &["oh", "o", "ou", "zero"]) {
        if let Some(m) = lexicon::number_word(view.word(end + 1)).filter(|m| (1..10).contains(m)) {
            clock.minute = m;
            end += 2;
        }
    } else if let Some(tens) = lexicon::tens_word(next).filter(|&t| t < 60) {
        clock.minute = tens;
        end += 1;
        if let Some(ones) = lexicon::number_word(view.word(end)).filter(|m| (1..10).contains(m)) {
            clock.minute += ones;
            end += 1;
        }
    } else if let Some(m) = lexicon::number_word(next).filter(|m| (10..60).contains(m) || next.contains('-')) {
        clock.minute = m;
        end += 1;
    }
    Some((clock, end))
}

/// "half past three", "a quarter past 3pm", "20 minutes past 3pm", "twenty
/// after 3pm", "a quarter to noon", "15 to noon", "20 minutes to 2pm".
fn past_or_to(view: &View, i: usize) -> Option<(Clock, usize)> {
    let (minutes, mut at) = if view.is(i, "half") {
        (30, i + 1)
    } else if view.is(i, "quarter") {
        (15, i + 1)
    } else if view.any(i, &["a"]) && view.is(i + 1, "quarter") {
        (15, i + 2)
    } else if let Some(n) = view.int(i).or_else(|| lexicon::number_word(view.word(i))).filter(|&n| (1..60).contains(&n))
    {
        (n, i + 1)
    } else {
        return None;
    };
    let mut with_unit = false;
    if view.any(at, &["minutes", "minute", "mins"]) {
        at += 1;
        with_unit = true;
    }
    let before = if view.any(at, &["past", "after"]) || (with_unit && view.is(at, "from")) {
        false
    } else if view.any(at, &["to", "till", "before"]) && minutes != 30 {
        true
    } else {
        return None;
    };
    let (mut hour, end) = clock(view, at + 1)?;
    // "rose 3 to 4" is not 3:57: a number needs a unit or a clear hour.
    if hour.bare && view.is_digit(i) && !with_unit {
        return None;
    }
    // "half past three": a bare hour is fine here.
    hour.bare = false;
    let total = hour.hour as i32 * 60 + hour.minute as i32 + if before { -(minutes as i32) } else { minutes as i32 };
    let total = total.rem_euclid(24 * 60) as u32;
    Some((Clock { hour: total / 60, minute: total % 60, ..hour }, end))
}

/// A day-precision expression at `i` ("Oct. 14", "tomorrow", "Friday",
/// "Fri, Sep 20"): its value, the index after, and the pm hint of a part of
/// the day it carries ("tomorrow evening").
fn day(view: &View, i: usize) -> Option<(String, usize, Option<bool>)> {
    day_of(&calendar_day(view, i)?)
}

/// The longest absolute, relative or holiday expression at `i`.
pub fn calendar_day(view: &View, i: usize) -> Option<Found> {
    [absolute::date(view, i), relative::date(view, i), holidays::date(view, i)]
        .into_iter()
        .flatten()
        .reduce(|best, f| if f.end > best.end { f } else { best })
}

/// A found expression as a day for a clock: its value, the index after, and
/// the pm hint of a part of the day it carries ("tomorrow evening").
fn day_of(found: &Found) -> Option<(String, usize, Option<bool>)> {
    let value = found.timex.clone();
    let is_day = |v: &str| {
        v.len() == 10 && v.as_bytes()[4] == b'-' && v.as_bytes()[7] == b'-'
            || v.starts_with("XXXX-WXX-") && v.len() == 10
    };
    if is_day(&value) {
        return Some((value, found.end, None));
    }
    // "tomorrow evening": the day and the part's hint.
    let (date, part) = value.split_at(value.find('T')?);
    let pm = match part {
        "TMO" => false,
        "TAF" | "TEV" | "TNI" => true,
        _ => return None,
    };
    is_day(date).then(|| (date.to_string(), found.end, Some(pm)))
}

/// A part of the day after a clock: "in the morning", "in the afternoon",
/// "this evening", "tonight". Returns the pm hint, the day it names (today
/// for "this evening" and "tonight") and the index after.
fn part_after(view: &View, i: usize) -> Option<(bool, bool, usize)> {
    if view.is(i, "in") && !view.is(i + 1, "the") {
        if let Some((_, pm)) = lexicon::part_of_day(view.word(i + 1)).filter(|_| !view.is(i + 1, "tonight")) {
            return Some((pm, false, i + 2));
        }
    }
    if view.is(i, "in") && view.is(i + 1, "the") {
        if let Some((_, pm)) = lexicon::part_of_day(view.word(i + 2)) {
            return Some((pm, false, i + 3));
        }
        if view.any(i + 2, &["am", "pm"]) {
            return Some((view.is(i + 2, "pm"), false, i + 3));
        }
        return None;
    }
    if view.is(i, "this") {
        let (_, pm) = lexicon::part_of_day(view.word(i + 1))?;
        return Some((pm, true, i + 2));
    }
    if view.any(i, &["tonight", "tonite"]) {
        return Some((true, true, i + 1));
    }
    None
}

/// A time with or without its day, at `i`.
/// `here` is [`calendar_day`] at `i`, computed once by the caller.
pub fn date_time(view: &View, i: usize, here: Option<&Found>) -> Option<Found> {
    let word = view.word(i);
    let first = *word.as_bytes().first()?;
    if !first.is_ascii_alphanumeric() && first != b'@' {
        return None;
    }
    let mut best: Option<Found> = None;
    let mut consider = |found: Option<Found>| {
        if let Some(f) = found {
            if best.as_ref().is_none_or(|b| f.end > b.end) {
                best = Some(f);
            }
        }
    };
    consider(day_then_clock(view, i, here));
    consider(day_part(view, i, here));
    consider(clock_then_day(view, i));
    best
}

/// A day with a part of it: "morning of Christmas", "February the 15th in
/// the morning", "Monday early morning", "tomorrow at lunch".
fn day_part(view: &View, i: usize, here: Option<&Found>) -> Option<Found> {
    // "morning of xmas"
    if let Some((code, _)) = lexicon::part_of_day(view.word(i)).filter(|_| view.is(i + 1, "of")) {
        let (date, end, _) = day(view, i + 2)?;
        return Some(Found::time(end, format!("{date}T{code}")));
    }
    let (date, after, hint) = day_of(here?)?;
    if hint.is_some() {
        return None;
    }
    // "in the morning", "early morning", "early in the morning", "at lunch"
    let mut at = after;
    if view.is(at, "at") || view.is(at, "early") {
        at += 1;
    }
    if view.is(at, "in") && view.is(at + 1, "the") {
        at += 2;
    }
    let (code, _) = lexicon::part_of_day(view.word(at)).filter(|_| !view.is(at, "tonight"))?;
    Some(Found::time(at + 1, format!("{date}T{code}")))
}

/// The reference date's value, for "this evening at 8".
fn today(view: &View) -> String {
    timex::maybe_date(view.reference)
}

/// "Oct. 14 at 9:30 a.m.", "tomorrow at 5pm", "Thursday 8:00 GMT",
/// "tomorrow evening at 5", "this morning at 10am", "tonight at 8".
fn day_then_clock(view: &View, i: usize, here: Option<&Found>) -> Option<Found> {
    let (date, after, hint) = if view.any(i, &["this", "tonight", "tonite"]) || view.is(i, "in") {
        // "this evening at 8", "tonight at 11", "in the evening at eight"
        let (pm, today_named, after) = part_after(view, i)?;
        (if today_named { today(view) } else { String::new() }, after, Some(pm))
    } else {
        let (date, mut after, mut hint) = day_of(here?)?;
        // "Saturday morning at 9"
        if hint.is_none() {
            if let Some((_, pm)) = lexicon::part_of_day(view.word(after)).filter(|_| !view.is(after, "tonight")) {
                hint = Some(pm);
                after += 1;
            }
        }
        (date, after, hint)
    };
    let mut at = after;
    if view.is(at, ",") {
        at += 1;
    }
    let cued = view.any(at, &["at", "@", "around", "about", "by"]);
    if cued {
        at += 1;
    }
    let (mut clock, end) = clock(view, at)?;
    // A bare number after a day needs "at": "tomorrow at 5"; "Friday 13" is
    // not a time.
    if clock.bare && !cued {
        return None;
    }
    // "this morning at 12", "this evening at 12": midnight.
    if hint.is_some() && clock.hour == 12 && !clock.fixed {
        clock.hour = 0;
        clock.fixed = true;
    }
    if hint == Some(true) {
        clock = clock.afternoon();
    }
    Some(Found::time(end, format!("{date}{}", clock.timex())))
}

/// "around 1030", "approximately 1030": a clock written as bare digits is a
/// time only by its cue, which then belongs to the span (as "late" does to
/// "late August"); the numbers recogniser would otherwise read the whole as
/// an approximate number.
pub fn approximate_clock(view: &View, i: usize) -> Option<Found> {
    if !view.any(i, &["around", "approximately", "about"]) {
        return None;
    }
    let digits = view.word(i + 1);
    if !(3..=4).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // "about 1030 people" is a number.
    clock_then_day(view, i + 1).filter(|f| {
        !view.word(f.end).as_bytes().first().is_some_and(u8::is_ascii_lowercase)
            || view.any(f.end, &["and", "or", "but", "to", "until", "when"])
    })
}

/// "9:30 a.m.", "at 9am on Saturday", "3pm tomorrow", "8 tonight", "9
/// tomorrow morning", "1:30 PM on Sat, Sep 21", "at 3 in the morning".
fn clock_then_day(view: &View, i: usize) -> Option<Found> {
    let cued_before = i > 0
        && view.any(
            i - 1,
            &["at", "@", "around", "about", "approximately", "by", "until", "till", "before", "after", "from", "since"],
        );
    let (mut clock, after) = clock(view, i)?;
    let mut end = after;
    let mut date = String::new();
    // "at 3 in the morning", "8 this evening", "8 tonight"
    if let Some((pm, today_named, after)) = part_after(view, end) {
        if pm {
            clock = clock.afternoon();
        } else if clock.bare && clock.hour == 12 {
            clock.hour = 0;
        }
        clock.bare = false;
        if today_named {
            date = today(view);
        }
        end = after;
    }
    // "at 9am on Saturday", "3pm tomorrow", "9 tomorrow morning", "at 7:30 PM on Fri, Sep 20"
    let mut at = end;
    if view.any(at, &["on", ","]) {
        at += 1;
    }
    if date.is_empty() {
        if let Some((day, after, hint)) = day(view, at).filter(|(_, a, _)| *a > at) {
            let mut after = after;
            let mut hint = hint;
            if hint.is_none() {
                if let Some((_, pm)) = lexicon::part_of_day(view.word(after)) {
                    hint = Some(pm);
                    after += 1;
                }
            }
            if hint == Some(true) {
                clock = clock.afternoon();
            }
            // "9 tomorrow": a bare hour before a day word is a time.
            clock.bare = clock.bare && !view.any(at, &["tomorrow", "today", "tonight"]) && !cued_before;
            date = day;
            end = after;
        }
    }
    if clock.bare && !(cued_before && (clock.minute > 0 || !date.is_empty() || view.len() <= 2)) {
        return None;
    }
    Some(Found::time(end, format!("{date}{}", clock.timex())))
}

#[cfg(test)]
mod tests {
    use crate::dates::calendar::Date;

    #[test]
    fn times() {
        cases!(Date::new(2024, 10, 20);
            "9:30 a.m." => TIME "T09:30",
            "at [9:30 a.m.]" => TIME "T09:30",
            "The talks began Oct. 14 at [9:30 a.m.]" => TIME "2024-10-14T09:30",
            "The talks began [Oct. 14] at 9:30 a.m." => DATE "2024-10-14",
            "Oct. 24 at [9:30 a.m.]" => TIME "2024-10-24T09:30",
            "noon" => TIME "T12:00",
            "at [midnight]" => TIME "T00:00",
            "10pm" => TIME "T22:00",
            "14:00 GMT" => TIME "T14:00Z",
            "4pm CET" => TIME "T16:00+01:00",
            "9:30 a.m. ET" => TIME "T09:30-04:00",
            "15:23:24" => TIME "T15:23:24",
            "3:18am" => TIME "T03:18",
            "half past three" => TIME "T03:30",
            "a quarter to noon" => TIME "T11:45",
            "at [3 in the morning]" => TIME "T03:00",
            "at [8 in the evening]" => TIME "T20:00",
            "tomorrow at [5pm]" => TIME "2024-10-21T17:00",
            "[tomorrow] at 5pm" => DATE "2024-10-21",
            "[3pm] tomorrow" => TIME "2024-10-21T15:00",
            "[tonight at 8]" => TIME "2024-10-20T20:00",
            "[8 tonight]" => TIME "2024-10-20T20:00",
            "The fire started at [9am] on Saturday" => TIME "2024-10-19T09:00",
            "The fire started at 9am on [Saturday]" => DATE "2024-10-19",
            "at [9am] on Saturday" => TIME "2024-10-26T09:00",
            "Trading halted Thursday [8:00 GMT]" => TIME "2024-10-17T08:00Z",
            "Bids close Thursday before [5pm]" => TIME "2024-10-24T17:00",
            "The attack came at [around 3am local time]" => TIME "T03:00",
            "Polls open Friday from [8am]" => TIME "2024-10-25T08:00",
            "Landfall came [around 8:30 p.m. ET] on Wednesday" => TIME "2024-10-16T20:30-04:00",
            "Landfall came around 8:30 p.m. ET on [Wednesday]" => DATE "2024-10-16",
            "[tomorrow evening at 5]" => TIME "2024-10-21T17:00",
            "He left on [Friday] 13" => DATE "2024-10-18",
            "at 7 people" => NONE,
            "it rose 3 to 4" => NONE,
            "seven thirty p.m." => TIME "T19:30",
            "around 1030" => TIME "T10:30",
            "at 357 consecutive games" => NONE,
            "at [0600 hours]" => TIME "T06:00",
            "at [1430 hrs]" => TIME "T14:30",
            "[Tuesday], around 100 members" => DATE "2024-10-22",
            "around [2014]" => DATE "2014",
        );
    }
}
