//! Development suite for dates, times and durations: Duckling's English
//! corpus (`../shared/data/testsuites/duckling/duckling-en-corpus.json`, read
//! in place, never copied), run through `newsmark::annotate` with reference
//! date 2013-02-12 and reference time 04:30 (Duckling's reference time is
//! 2013-02-12T04:30:00-02:00).
//!
//! ```text
//! cargo run --release --example dates_suite [-- --verbose] [-- --all]
//! ```
//!
//! `--verbose` lists the failures; `--all` lists those of the latent,
//! default and diff sections too (only `allExamples` make the total).
//!
//! An input passes when its dates make one DATE or TIME span covering the
//! whole input, apart from leading or trailing function words ("at", "on",
//! "in", "the", "for", "since", "by", "until", "around", "between", …: see
//! `FUNCTION_WORDS`), and that span's `timex` is the expected value at its
//! grain.
//!
//! Where Duckling's reading and `../shared/guides/ANNOTATION.md` (OntoNotes
//! practice, which newsmark follows) differ, ANNOTATION.md wins and the
//! suite maps the difference:
//!
//! - A date shifted from the reference ("two years ago", "in 7 days") keeps
//!   its unit's grain in TIMEX3 (`2011`, `2013-02-19`), where Duckling
//!   carries the reference instant's finer fields (`2011-02`,
//!   `2013-02-19T04:00`): our value passes when it is the expected one cut
//!   at its grain and the part cut off is the reference instant's.
//! - A clock time and its day are two spans ("9am on Saturday" is TIME
//!   `9am`, DATE `Saturday`), the TIME's value holding the day
//!   (`2013-02-16T09:00`). The two, with only function words between, are
//!   read as one span with the TIME's value.
//! - A range written with words is two spans ("July 13 to 15" is DATE
//!   `July 13` and DATE `15`; a compact "July 13-15" stays one): two spans
//!   with "to", "and", "through", "until" and function words between are
//!   read as one whose value is the interval of theirs.
//! - "now", "right now", "at the moment" (Duckling: the reference instant)
//!   are no DATE: such an input passes when no DATE or TIME is found.
//!
//! The negative lists pass when no DATE or TIME (for Duration: no
//! duration) is found. Duckling's values map to TIMEX3 as follows:
//!
//! - `datetime (y, m, d, h, mi, s) Grain` (and `datetimeHoliday`): Year →
//!   `2013` (a negative year -y → `BC0y`), Quarter → `2013-Q1`, Month →
//!   `2013-02`, Week → the ISO week `2013-W07`, Day → `2013-02-12`, Hour and
//!   Minute → `2013-02-12T15:00`, Second → `2013-02-12T15:23:24` (also
//!   `…T15:23` when the seconds are 0). The reference instant itself ("now")
//!   is also `PRESENT_REF`.
//! - A time without a date (`T03:00`) is compared on its time of day only:
//!   Duckling puts "at 3am" on the 13th because 3am has passed at 04:30,
//!   while we leave the day of a bare clock time open rather than guess it.
//!   So are the two ends of a range of times without a date
//!   (`T15:30/T18:00`).
//! - A zone in our value (`T16:00+01:00`, `T08:00Z`) is converted to the
//!   reference's zone (-02:00) before comparing, as Duckling does.
//! - A deadline: a `datetimeInterval` at Second grain from the reference
//!   instant itself to an end e is Duckling's reading of "by X" = from now
//!   until X ends ("by 2:00pm", "by EOM", "by the end of next month"). Like
//!   `datetimeOpenInterval Before` below, the span is X (the "by" stays
//!   outside it) and X is the unit that ends at e: the clock time e when e
//!   is not midnight (`…T14:00`), else the day before e, and also the month
//!   when e is the 1st of a month and the year when e is Jan 1.
//! - Any other `datetimeInterval ((start), (end)) Grain` (and
//!   `datetimeIntervalHoliday`), end exclusive, in this order:
//!   1. a part of one day at Hour grain: 0–12 and 0–9 → `…TMO`, 12–19 →
//!      `…TAF`, 12–14 → `…TMI`, 18–24 → `…TEV` or `…TNI`, 21–24 → `…TNI`;
//!      Friday 18:00 to Monday 0:00 → the week's weekend `2013-W07-WE`;
//!   2. a season (85–95 days at Day grain starting near Mar 20, Jun 21, Sep
//!      23, Dec 21) → `2013-SU` (the year it starts in);
//!   3. N whole units of the grain that end where the reference's unit starts
//!      or start where the next one starts ("last 2 days", "next 3 months")
//!      → the duration `P2D`, `P3M`, `PT2M` (TimeML's reading);
//!   4. days within one month that start on the 1st, 11th or 21st and end on
//!      the 11th, 21st or the month's end (early/mid/late March, the end of
//!      April) → the month `2013-03` (our values drop the modifier);
//!   5. two or more days within one ISO week that start or end on a Monday
//!      (the beginning or end of a week) → the week `2013-W07`;
//!   6. months within one year (the end of 2012) → the year `2012`;
//!   7. anything else → an ISO 8601 range of its ends at the grain, the end
//!      inclusive: `2013-07-13/2013-07-15`. That range, the interval
//!      itself, is also accepted where rules 1–6 name a period ("19th to
//!      21st aug" starts on a Monday, but its three days are no week).
//! - `datetimeOpenInterval After|Before (x) Grain` ("since 2014", "until
//!   2:00pm") → the point x at its grain (the span is the point; the
//!   preposition stays outside it).
//! - `DurationData n Unit` → a duration, compared by amount: in months when
//!   both sides count only years, quarters and months, otherwise in seconds
//!   with a month of 30 days and a year of 365 (Duckling's own).

use newsmark::{annotate, Date, Label, Options, TimeOfDay};
use serde_json::Value;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/testsuites/duckling/duckling-en-corpus.json");

/// Words that may stand outside the span: prepositions and articles.
const FUNCTION_WORDS: &[&str] = &[
    "at",
    "between",
    "on",
    "in",
    "the",
    "for",
    "@",
    "during",
    "since",
    "from",
    "until",
    "untill",
    "till",
    "through",
    "by",
    "around",
    "about",
    "approximately",
    "before",
    "after",
    "of",
    "a",
    "an",
    // Hedges of an open interval ("anytime after 2014", "sometime before
    // 2014"): like "around", they qualify the time without being part of it.
    "anytime",
    "sometime",
    "sometimes",
];

/// The reference instant: 2013-02-12T04:30:00 in zone -02:00.
const REFERENCE: (i32, u32, u32, u32, u32, u32) = (2013, 2, 12, 4, 30, 0);
const REFERENCE_ZONE_MINUTES: i32 = -120;

/// An instant as Duckling writes it: (year, month, day, hour, minute, second).
type Instant = (i32, u32, u32, u32, u32, u32);

/// What an expected value accepts.
enum Expected {
    /// Any of these TIMEX3 strings.
    Values(Vec<String>),
    /// A duration: (months, seconds) when months-only, else seconds.
    Duration { months: Option<f64>, seconds: f64 },
    /// An expression this suite does not map.
    Unmapped,
}

fn main() {
    let verbose = std::env::args().any(|a| a == "--verbose");
    let all = std::env::args().any(|a| a == "--all");
    let corpus: Value = serde_json::from_str(&std::fs::read_to_string(CORPUS).expect("read the Duckling corpus"))
        .expect("parse the Duckling corpus");
    let options = Options {
        reference_date: Date::new(2013, 2, 12),
        reference_time: TimeOfDay::new(REFERENCE.3, REFERENCE.4, REFERENCE.5),
        ..Options::default()
    };
    let mut totals: Vec<(String, usize, usize)> = Vec::new();
    let mut failures: Vec<String> = Vec::new();
    let (mut main_pass, mut main_total) = (0, 0);
    for dimension in ["Time", "Duration"] {
        let sections = corpus["dimensions"][dimension]["sections"].as_object().expect("sections");
        for (section, body) in sections {
            if let Some(negatives) = body.get("negative_inputs").and_then(Value::as_array) {
                let mut pass = 0;
                for input in negatives.iter().filter_map(Value::as_str) {
                    let doc = annotate(input, &options);
                    let found = doc.spans.iter().any(|s| {
                        matches!(s.label, Label::Date | Label::Time)
                            && (dimension == "Time" || s.timex.as_deref().is_some_and(|t| t.starts_with('P')))
                    });
                    if found {
                        failures.push(format!("[{dimension}/negative] {input:?} should yield nothing"));
                    } else {
                        pass += 1;
                    }
                }
                totals.push((format!("{dimension}/{section} (nothing expected)"), pass, negatives.len()));
            }
            let Some(examples) = body.get("examples").and_then(Value::as_array) else { continue };
            let mut by_kind: Vec<(String, usize, usize)> = Vec::new();
            for example in examples {
                let expr = example["value_expr"].as_str().unwrap_or("");
                let kind = expr.split_whitespace().next().unwrap_or("").to_string();
                let expected = expected_of(expr);
                for input in example["inputs"].as_array().into_iter().flatten().filter_map(Value::as_str) {
                    let (ok, got) = check(input, &expected, &options);
                    let slot = match by_kind.iter().position(|(k, _, _)| *k == kind) {
                        Some(p) => p,
                        None => {
                            by_kind.push((kind.clone(), 0, 0));
                            by_kind.len() - 1
                        }
                    };
                    by_kind[slot].2 += 1;
                    if ok {
                        by_kind[slot].1 += 1;
                    } else if section == "allExamples" || all {
                        failures.push(format!(
                            "[{dimension}/{section}] {input:?}: expected {}, got {got}",
                            describe(&expected)
                        ));
                    }
                    if section == "allExamples" {
                        main_total += 1;
                        main_pass += usize::from(ok);
                    }
                }
            }
            for (kind, pass, total) in by_kind {
                totals.push((format!("{dimension}/{section}/{kind}"), pass, total));
            }
        }
    }
    println!("{:<55} {:>5} {:>5} {:>7}", "category", "pass", "total", "rate");
    for (name, pass, total) in &totals {
        println!("{name:<55} {pass:>5} {total:>5} {:>6.1}%", 100.0 * *pass as f64 / (*total).max(1) as f64);
    }
    println!(
        "{:<55} {main_pass:>5} {main_total:>5} {:>6.1}%",
        "ALL time and duration examples (allExamples)",
        100.0 * main_pass as f64 / main_total.max(1) as f64
    );
    if verbose {
        println!("\nfailures:");
        for failure in &failures {
            println!("  {failure}");
        }
    } else {
        println!("({} failures; --verbose lists them)", failures.len());
    }
}

/// Annotates `input` and checks it against `expected`; returns the verdict and what was found.
fn check(input: &str, expected: &Expected, options: &Options) -> (bool, String) {
    let doc = annotate(input, options);
    let dates: Vec<_> = doc.spans.iter().filter(|s| matches!(s.label, Label::Date | Label::Time)).collect();
    let got = format!(
        "{:?}",
        doc.spans
            .iter()
            .map(|s| (s.text.as_str(), s.label.as_str(), s.timex.as_deref().unwrap_or("")))
            .collect::<Vec<_>>()
    );
    // "now", "right now", "at the moment": the reference instant, which
    // ANNOTATION.md leaves untagged.
    if dates.is_empty() {
        return (matches!(expected, Expected::Values(v) if v.iter().any(|v| v == "PRESENT_REF")), got);
    }
    let chars: Vec<u16> = input.encode_utf16().collect();
    let only_function_words = |text: String| {
        text.split(|c: char| c.is_whitespace() || c.is_ascii_punctuation() && c != '@')
            .filter(|w| !w.is_empty())
            .all(|w| FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)))
    };
    // The spans as (start, end, label, timex), joined where ANNOTATION.md
    // draws two spans for what Duckling reads as one (see the header).
    let mut spans: Vec<(usize, usize, Label, String)> =
        dates.iter().map(|s| (s.start, s.end, s.label, s.timex.clone().unwrap_or_default())).collect();
    let between = |a: usize, b: usize| String::from_utf16_lossy(&chars[a..b]);
    // A clock time and its day: the TIME's value holds the day.
    let mut k = 0;
    while k + 1 < spans.len() {
        let (a, b) = (&spans[k], &spans[k + 1]);
        let (day, clock) = if a.2 == Label::Date { (a, b) } else { (b, a) };
        let joined = day.2 == Label::Date
            && clock.2 == Label::Time
            && clock.3.strip_prefix(day.3.as_str()).is_some_and(|rest| rest.starts_with('T'))
            && only_function_words(between(a.1, b.0));
        if joined {
            spans[k] = (a.0, b.1, Label::Time, clock.3.clone());
            spans.remove(k + 1);
        } else {
            k += 1;
        }
    }
    // A range written with words: its two ends' values as one interval.
    if let [a, b] = spans.as_slice() {
        let gap = between(a.1, b.0);
        let words: Vec<&str> = gap
            .split(|c: char| c.is_whitespace() || c.is_ascii_punctuation() && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        let range_word = |w: &str| ["to", "and", "thru", "-"].iter().any(|r| r.eq_ignore_ascii_case(w));
        let joined = words
            .iter()
            .any(|w| range_word(w) || ["through", "until", "untill", "till"].contains(&w.to_lowercase().as_str()))
            && words.iter().all(|w| range_word(w) || FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)));
        if joined {
            spans = vec![(a.0, b.1, b.2, format!("{}/{}", a.3, b.3))];
        }
    }
    let [(start, end, _, timex)] = spans.as_slice() else { return (false, got) };
    let (start, end, timex) = (*start, *end, Some(timex.as_str()).filter(|t| !t.is_empty()));
    // The text outside the span: only function words and punctuation.
    let outside = String::from_utf16_lossy(&chars[..start]) + " " + &String::from_utf16_lossy(&chars[end..]);
    if !only_function_words(outside) {
        return (false, got);
    }
    let Some(timex) = timex else { return (false, got) };
    (accepts(expected, timex), got)
}

/// True when our `timex` is the expected value.
fn accepts(expected: &Expected, timex: &str) -> bool {
    match expected {
        Expected::Unmapped => false,
        Expected::Duration { months, seconds } => match duration_amount(timex) {
            Some((our_months, our_seconds)) => match (months, our_months) {
                (Some(m), Some(o)) => (m - o).abs() < 1e-6,
                _ => (seconds - our_seconds).abs() < 1e-6,
            },
            None => false,
        },
        Expected::Values(values) => {
            let ours = match timex.split_once('/') {
                Some((a, b)) => format!("{}/{}", normalise_zone(a), normalise_zone(b)),
                None => normalise_zone(timex),
            };
            // A range of times without a day: compare each end's time of day.
            let time_only = |v: &str| match (v.split_once('/'), ours.split_once('/')) {
                (Some((va, vb)), Some((oa, ob))) if oa.starts_with('T') && ob.starts_with('T') => {
                    va.find('T').is_some_and(|t| va[t..] == *oa) && vb.find('T').is_some_and(|t| vb[t..] == *ob)
                }
                _ => false,
            };
            // "two years ago": Duckling keeps the reference's month (`2011-02`),
            // TIMEX3 stops at the unit's grain (`2011`).
            let reference = "2013-02-12T04:30";
            let cut_at_grain = |v: &str| {
                let (Some(rest), Some(theirs)) = (v.strip_prefix(ours.as_str()), reference.get(ours.len()..v.len()))
                else {
                    return false;
                };
                !ours.is_empty()
                    && !rest.is_empty()
                    && (rest == theirs || rest.strip_suffix(":00").is_some_and(|r| theirs.starts_with(r)))
            };
            values.iter().any(|v| {
                *v == ours
                    || time_only(v)
                    || cut_at_grain(v)
                    || (ours.starts_with('T')
                        && v.find('T').is_some_and(|t| v[t..] == ours)
                        && !v.ends_with("MO")
                        && !v.ends_with("AF")
                        && !v.ends_with("EV")
                        && !v.ends_with("NI"))
            })
        }
    }
}

/// Our value with a zone moved into the reference's zone: `T16:00+01:00` → `T13:00`.
fn normalise_zone(timex: &str) -> String {
    let Some(t) = timex.find('T') else { return timex.to_string() };
    let (date, time) = timex.split_at(t);
    let time = &time[1..];
    let zone_at = time.find(['Z', '+', '-']);
    let Some(zone_at) = zone_at else { return timex.to_string() };
    let (clock, zone) = time.split_at(zone_at);
    let offset = if zone == "Z" {
        0
    } else {
        let sign = if zone.starts_with('-') { -1 } else { 1 };
        let hh: i32 = zone[1..3].parse().unwrap_or(0);
        let mm: i32 = zone.get(4..6).and_then(|m| m.parse().ok()).unwrap_or(0);
        sign * (hh * 60 + mm)
    };
    let parts: Vec<i32> = clock.split(':').filter_map(|p| p.parse().ok()).collect();
    if parts.len() < 2 {
        return timex.to_string();
    }
    let minutes = parts[0] * 60 + parts[1] + REFERENCE_ZONE_MINUTES - offset;
    let day_shift = minutes.div_euclid(24 * 60);
    let minutes = minutes.rem_euclid(24 * 60);
    let seconds = parts.get(2).map(|s| format!(":{s:02}")).unwrap_or_default();
    let clock = format!("T{:02}:{:02}{seconds}", minutes / 60, minutes % 60);
    match Date::parse(date) {
        Ok(d) => format!("{}{clock}", d.add_days(i64::from(day_shift))),
        Err(_) => format!("{date}{clock}"),
    }
}

/// (months when only Y/Q/M, seconds with M = 30 days and Y = 365 days) of `P…`.
fn duration_amount(timex: &str) -> Option<(Option<f64>, f64)> {
    let body = timex.strip_prefix('P')?;
    let (date, time) = match body.split_once('T') {
        Some((d, t)) => (d, t),
        None => (body, ""),
    };
    let (mut months, mut seconds, mut only_months) = (0.0, 0.0, true);
    let mut number = String::new();
    for (part, in_time) in [(date, false), (time, true)] {
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                number.push(c);
                continue;
            }
            let n: f64 = number.parse().ok()?;
            number.clear();
            match (c, in_time) {
                ('Y', false) => months += 12.0 * n,
                ('M', false) => months += n,
                ('W', false) => (seconds, only_months) = (seconds + n * 7.0 * 86400.0, false),
                ('D', false) => (seconds, only_months) = (seconds + n * 86400.0, false),
                ('H', true) => (seconds, only_months) = (seconds + n * 3600.0, false),
                ('M', true) => (seconds, only_months) = (seconds + n * 60.0, false),
                ('S', true) => (seconds, only_months) = (seconds + n, false),
                _ => return None,
            }
        }
    }
    let years = (months / 12.0).trunc();
    let total = seconds + years * 365.0 * 86400.0 + (months - 12.0 * years) * 30.0 * 86400.0;
    Some((only_months.then_some(months), total))
}

/// A readable form of what is expected.
fn describe(expected: &Expected) -> String {
    match expected {
        Expected::Values(v) => v.join(" | "),
        Expected::Duration { months: Some(m), .. } => format!("{m} months"),
        Expected::Duration { seconds, .. } => format!("{seconds} s"),
        Expected::Unmapped => "(unmapped)".to_string(),
    }
}

/// The integers of a Haskell expression, in order.
fn integers(expr: &str) -> Vec<i64> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in expr.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == '-' && current.is_empty()) {
            current.push(c);
        } else {
            if let Ok(n) = current.parse() {
                out.push(n);
            }
            current.clear();
        }
    }
    out
}

/// Duckling's grain name, the last capitalised word outside quotes.
fn grain_of(expr: &str) -> &str {
    let unquoted = expr.split('"').next().unwrap_or(expr);
    unquoted.split_whitespace().last().unwrap_or("")
}

/// The expected value of a Duckling expression.
fn expected_of(expr: &str) -> Expected {
    let kind = expr.split_whitespace().next().unwrap_or("");
    let grain = grain_of(expr);
    let n = integers(expr);
    let instant = |k: usize| -> Option<Instant> {
        let v = n.get(k..k + 6)?;
        Some((v[0] as i32, v[1] as u32, v[2] as u32, v[3] as u32, v[4] as u32, v[5] as u32))
    };
    match kind {
        "DurationData" => {
            let amount = *n.first().unwrap_or(&0) as f64;
            let (months, seconds) = match grain {
                "Year" => (Some(12.0 * amount), amount * 365.0 * 86400.0),
                "Quarter" => (Some(3.0 * amount), amount * 90.0 * 86400.0),
                "Month" => (Some(amount), amount * 30.0 * 86400.0),
                "Week" => (None, amount * 7.0 * 86400.0),
                "Day" => (None, amount * 86400.0),
                "Hour" => (None, amount * 3600.0),
                "Minute" => (None, amount * 60.0),
                "Second" => (None, amount),
                _ => return Expected::Unmapped,
            };
            Expected::Duration { months, seconds }
        }
        "datetime" | "datetimeHoliday" => match instant(0) {
            Some(i) => Expected::Values(point(i, grain)),
            None => Expected::Unmapped,
        },
        "datetimeOpenInterval" => match instant(0) {
            Some(i) => Expected::Values(point(i, grain)),
            None => Expected::Unmapped,
        },
        "datetimeInterval" | "datetimeIntervalHoliday" => match (instant(0), instant(6)) {
            (Some(a), Some(b)) => Expected::Values(interval(a, b, grain)),
            _ => Expected::Unmapped,
        },
        _ => Expected::Unmapped,
    }
}

fn date_of(i: Instant) -> Option<Date> {
    Date::new(i.0, i.1, i.2)
}

/// The TIMEX3 values of a point at its grain.
fn point(i: Instant, grain: &str) -> Vec<String> {
    let (y, m, d, h, mi, s) = i;
    let year = if y < 0 { format!("BC{:04}", -y) } else { format!("{y:04}") };
    let mut values = match grain {
        "Year" => vec![year],
        "Quarter" => vec![format!("{year}-Q{}", (m - 1) / 3 + 1)],
        "Month" => vec![format!("{year}-{m:02}")],
        "Week" => match date_of(i) {
            Some(date) => {
                let (wy, w) = date.iso_week();
                vec![format!("{wy:04}-W{w:02}")]
            }
            None => vec![],
        },
        "Day" => vec![format!("{year}-{m:02}-{d:02}")],
        "Hour" | "Minute" => vec![format!("{year}-{m:02}-{d:02}T{h:02}:{mi:02}")],
        "Second" => {
            let mut v = vec![format!("{year}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}")];
            if s == 0 {
                v.push(format!("{year}-{m:02}-{d:02}T{h:02}:{mi:02}"));
            }
            v
        }
        _ => vec![],
    };
    if i == REFERENCE {
        values.push("PRESENT_REF".to_string());
    }
    values
}

/// Seconds since the epoch of an instant (no zone).
fn seconds_of(i: Instant) -> Option<i64> {
    Some(date_of(i)?.days_since_epoch() * 86400 + i64::from(i.3) * 3600 + i64::from(i.4) * 60 + i64::from(i.5))
}

/// The start of the grain unit containing `i`, and the start of the next one.
fn unit_bounds(i: Instant, grain: &str) -> Option<(Instant, Instant)> {
    let date = date_of(i)?;
    let inst = |d: Date, h: u32, mi: u32, s: u32| (d.year, d.month, d.day, h, mi, s);
    Some(match grain {
        "Second" => {
            let t = seconds_of(i)? + 1;
            let next = Date::from_days_since_epoch(t.div_euclid(86400));
            let r = t.rem_euclid(86400) as u32;
            (i, inst(next, r / 3600, r % 3600 / 60, r % 60))
        }
        "Minute" => {
            let start = (i.0, i.1, i.2, i.3, i.4, 0);
            let t = seconds_of(start)? + 60;
            let next = Date::from_days_since_epoch(t.div_euclid(86400));
            let r = t.rem_euclid(86400) as u32;
            (start, inst(next, r / 3600, r % 3600 / 60, 0))
        }
        "Hour" => {
            let start = (i.0, i.1, i.2, i.3, 0, 0);
            let t = seconds_of(start)? + 3600;
            let next = Date::from_days_since_epoch(t.div_euclid(86400));
            let r = t.rem_euclid(86400) as u32;
            (start, inst(next, r / 3600, 0, 0))
        }
        "Day" => (inst(date, 0, 0, 0), inst(date.add_days(1), 0, 0, 0)),
        "Week" => (inst(date.monday(), 0, 0, 0), inst(date.monday().add_days(7), 0, 0, 0)),
        "Month" => {
            let first = Date::new(date.year, date.month, 1)?;
            (inst(first, 0, 0, 0), inst(first.add_months(1), 0, 0, 0))
        }
        "Year" => (inst(Date::new(date.year, 1, 1)?, 0, 0, 0), inst(Date::new(date.year + 1, 1, 1)?, 0, 0, 0)),
        _ => return None,
    })
}

/// How many whole grain units lie between `a` and `b`, if a whole number.
fn units_between(a: Instant, b: Instant, grain: &str) -> Option<u32> {
    let mut at = a;
    for n in 1..=400 {
        let (_, next) = unit_bounds(at, grain)?;
        if next == b {
            return Some(n);
        }
        if seconds_of(next)? > seconds_of(b)? {
            return None;
        }
        at = next;
    }
    None
}

/// The TIMEX3 values of an interval, by the rules of the module comment.
fn interval(a: Instant, b: Instant, grain: &str) -> Vec<String> {
    let (Some(da), Some(db)) = (date_of(a), date_of(b)) else { return vec![] };
    // A deadline: from the reference instant to the end of X.
    if grain == "Second" && a == REFERENCE {
        if (b.3, b.4, b.5) != (0, 0, 0) {
            return point(b, "Minute");
        }
        let last = db.add_days(-1);
        let mut values = vec![last.to_string()];
        if db.day == 1 {
            values.push(format!("{:04}-{:02}", last.year, last.month));
        }
        if db.day == 1 && db.month == 1 {
            values.push(format!("{:04}", last.year));
        }
        return values;
    }
    let mut periods = period_of_interval(a, b, grain, da, db);
    // 7. The range itself.
    periods.extend(range_of(a, b, grain, db));
    periods
}

/// Rules 1–6 of the module comment: the period an interval names, if any.
fn period_of_interval(a: Instant, b: Instant, grain: &str, da: Date, db: Date) -> Vec<String> {
    let day = |d: Date| d.to_string();
    // 1. Parts of a day, and weekends.
    if grain == "Hour" {
        let end_hour = if db == da.add_days(1) && b.3 == 0 {
            24
        } else if db == da {
            b.3
        } else {
            99
        };
        let codes: &[&str] = match (a.3, end_hour) {
            (0, 12) | (0, 9) => &["MO"],
            (12, 19) => &["AF"],
            (12, 14) => &["MI"],
            (18, 24) => &["EV", "NI"],
            (21, 24) => &["NI", "EV"],
            _ => &[],
        };
        if !codes.is_empty() {
            return codes.iter().map(|c| format!("{}T{c}", day(da))).collect();
        }
        if da.weekday() == 4 && a.3 == 18 && db == da.add_days(3) && b.3 == 0 {
            let (y, w) = da.iso_week();
            return vec![format!("{y:04}-W{w:02}-WE")];
        }
    }
    let length_days = db.days_since_epoch() - da.days_since_epoch();
    // 2. Seasons.
    if grain == "Day" && (85..=95).contains(&length_days) {
        let near = |m: u32, d: u32| a.1 == m && (a.2 as i32 - d as i32).abs() <= 1;
        let code = if near(3, 20) {
            "SP"
        } else if near(6, 21) {
            "SU"
        } else if near(9, 23) {
            "FA"
        } else if near(12, 21) {
            "WI"
        } else {
            ""
        };
        if !code.is_empty() {
            return vec![format!("{}-{code}", a.0)];
        }
    }
    // 3. N units next to the reference's: a duration.
    if let (Some((ref_start, ref_next)), Some(n)) = (unit_bounds(REFERENCE, grain), units_between(a, b, grain)) {
        if b == ref_start || a == ref_next || (grain == "Second" && b == REFERENCE) {
            let designator = match grain {
                "Second" => "TxS",
                "Minute" => "TxM",
                "Hour" => "TxH",
                "Day" => "xD",
                "Week" => "xW",
                "Month" => "xM",
                "Year" => "xY",
                _ => "",
            };
            if !designator.is_empty() {
                return vec![format!("P{}", designator.replace('x', &n.to_string()))];
            }
        }
    }
    // 4. Early, mid, late, beginning or end of a month.
    if grain == "Day" && da.year == db.year && [1, 11, 21].contains(&da.day) {
        let month_end = Date::new(da.year, da.month, 1).map(|f| f.add_months(1));
        if (db.month == da.month && [11, 21].contains(&db.day)) || Some(db) == month_end {
            return vec![format!("{:04}-{:02}", da.year, da.month)];
        }
    }
    // 5. Days within one week.
    let week_aligned = da.weekday() == 0 || db.weekday() == 0;
    if grain == "Day" && length_days >= 2 && week_aligned && da.monday() == db.add_days(-1).monday() {
        let (y, w) = da.iso_week();
        return vec![format!("{y:04}-W{w:02}")];
    }
    // 6. Months within one year.
    if grain == "Month" && (db.year == da.year || (db.year == da.year + 1 && db.month == 1 && db.day == 1)) {
        return vec![format!("{:04}", da.year)];
    }
    vec![]
}

/// Rule 7: an interval as a range, its end inclusive at the grain.
fn range_of(a: Instant, b: Instant, grain: &str, db: Date) -> Vec<String> {
    let last = match grain {
        "Second" => seconds_of(b).map(|t| t - 1),
        "Minute" => seconds_of(b).map(|t| t - 60),
        "Hour" => seconds_of(b).map(|t| t - 3600),
        _ => None,
    };
    let end_point = match (grain, last) {
        (_, Some(t)) => {
            let d = Date::from_days_since_epoch(t.div_euclid(86400));
            let r = t.rem_euclid(86400) as u32;
            (d.year, d.month, d.day, r / 3600, r % 3600 / 60, r % 60)
        }
        ("Day", None) => {
            let d = db.add_days(-1);
            (d.year, d.month, d.day, 0, 0, 0)
        }
        ("Month", None) => {
            let d = db.add_months(-1);
            (d.year, d.month, 1, 0, 0, 0)
        }
        ("Year", None) => (b.0 - 1, 1, 1, 0, 0, 0),
        _ => b,
    };
    let (starts, ends) = (point(a, grain), point(end_point, grain));
    match (starts.first(), ends.first()) {
        (Some(s), Some(e)) => vec![format!("{s}/{e}")],
        _ => vec![],
    }
}
