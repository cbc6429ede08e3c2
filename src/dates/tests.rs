//! Helpers of the `cases!` tables, and the golden article's dates.

use super::calendar::{Date, TimeOfDay};
use crate::tokenize;

/// The reference of a table: a date, and maybe its time of day.
#[derive(Clone, Copy)]
pub struct Reference(pub Option<Date>, pub Option<TimeOfDay>);

impl From<Option<Date>> for Reference {
    fn from(date: Option<Date>) -> Reference {
        Reference(date, None)
    }
}

impl From<(Option<Date>, Option<TimeOfDay>)> for Reference {
    fn from((date, time): (Option<Date>, Option<TimeOfDay>)) -> Reference {
        Reference(date, time)
    }
}

/// The expected `(label, timex)` of a table line; None for `NONE`.
pub fn expect(label: &'static str, timex: &[&'static str]) -> Option<(&'static str, &'static str)> {
    match label {
        "NONE" => None,
        _ => Some((label, timex.first().copied().unwrap_or(""))),
    }
}

/// The text a case expects as its span: the part in brackets, or all of it.
pub fn surface(case: &str) -> &str {
    match (case.find('['), case.find(']')) {
        (Some(a), Some(b)) if a < b => &case[a + 1..b],
        _ => case,
    }
}

/// The date spans of `case` (brackets removed): (text, label, timex).
pub fn run(case: &str, reference: impl Into<Reference>) -> Vec<(String, String, String)> {
    let Reference(reference, time) = reference.into();
    let text = case.replace(['[', ']'], "");
    let tokens = tokenize::tokenize(&text);
    let sentences = tokenize::sentences(&text, &tokens);
    let mentions = crate::resolve::resolve(super::recognise(&text, &tokens, &sentences, reference, time));
    mentions
        .into_iter()
        .map(|m| (m.range.of(&text).to_string(), m.label.as_str().to_string(), m.timex.unwrap_or_default()))
        .collect()
}

#[test]
fn a_date_alone_on_its_line_above_an_article_is_when_it_was_written() {
    let reference = Date::new(2024, 10, 20);
    let value = |text: &str, surface: &str| {
        run(text, reference).into_iter().find(|(t, _, _)| t == surface).map(|(_, _, x)| x).unwrap_or_default()
    };
    // Above or below an article: the nearest day, not next year's.
    assert_eq!(value("Oct. 14\n\nTelegram said its users doubled.", "Oct. 14"), "2024-10-14");
    assert_eq!(value("Friday, Oct. 18\nTalks ended.", "Friday, Oct. 18"), "2024-10-18");
    assert_eq!(value("Talks ended.\n\nUpdated Oct. 19", "Oct. 19"), "2024-10-19");
    // The phrase alone is a calendar entry; a headline keeps its lean.
    assert_eq!(value("Oct. 14", "Oct. 14"), "2025-10-14");
    assert_eq!(value("Talks on Friday\n\nThe minister arrived.", "Friday"), "2024-10-25");
}

#[test]
fn golden_article() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/article.txt")).unwrap();
    let found = run(&text, Date::new(2024, 10, 20));
    let values = |surface: &str| -> Vec<String> {
        found.iter().filter(|(t, _, _)| t == surface).map(|(_, l, x)| format!("{l} {x}")).collect()
    };
    assert_eq!(values("Oct. 14"), ["DATE 2024-10-14"; 2], "{found:?}");
    assert_eq!(values("late August"), ["DATE 2024-08"], "{found:?}");
    assert_eq!(values("every month"), ["DATE P1M"], "{found:?}");
    assert_eq!(values("last year"), ["DATE 2023"], "{found:?}");
    assert_eq!(values("third quarter of 2024"), ["DATE 2024-Q3"; 2], "{found:?}");
    // Nothing else in the article is a date ("now" is none: ANNOTATION.md).
    let others: Vec<_> = found
        .iter()
        .filter(|(t, _, _)| {
            !["Oct. 14", "late August", "every month", "last year", "third quarter of 2024"].contains(&t.as_str())
        })
        .collect();
    assert!(others.is_empty(), "{others:?}");
}

/// Long repetitions of date words must not recurse deeply (a stack
/// overflow would abort here) and stay linear. ("1:" repeated is left out:
/// the tokenizer itself is quadratic on one long run without spaces.)
#[test]
fn hostile_repetitions_finish() {
    for unit in ["first Monday of ", "Monday from ", "Oct. 14 to ", "the end of ", "3-", "last week's "] {
        let text = unit.repeat(5_000);
        run(&text, Date::new(2024, 10, 20));
    }
    let at = (Date::new(2024, 10, 20), TimeOfDay::new(9, 30, 0));
    for unit in ["three days after ", "a year from ", "in 2 minutes in ", "4pm for 30 mins ", "Eid al ", "around 1030 "]
    {
        let text = unit.repeat(5_000);
        run(&text, at);
    }
}

/// Speed of the dates recogniser alone, in tokens per second, on the golden
/// article repeated, and linearity: four times the text may take at most
/// about four times as long. `cargo test --release --lib
/// dates::tests::throughput -- --ignored --nocapture`.
#[test]
#[ignore]
fn throughput() {
    let article = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/article.txt")).unwrap();
    let time = |copies: usize| {
        let text = article.repeat(copies);
        let tokens = tokenize::tokenize(&text);
        let sentences = tokenize::sentences(&text, &tokens);
        // The fastest of 15 passes: the machine may be shared.
        let fastest = (0..15)
            .map(|_| {
                let start = std::time::Instant::now();
                std::hint::black_box(super::recognise(
                    &text,
                    &tokens,
                    &sentences,
                    Date::new(2024, 10, 20),
                    TimeOfDay::new(9, 30, 0),
                ));
                start.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min);
        (tokens.len(), fastest)
    };
    let (tokens, seconds) = time(200);
    let (_, longer) = time(800);
    println!(
        "dates: {:.2}M tokens/s; 4x the text takes {:.1}x as long",
        tokens as f64 / seconds / 1e6,
        longer / seconds
    );
    // Quadratic work would take 16 times as long; noise on a shared machine stays well below 10.
    assert!(longer / seconds < 10.0);
}
