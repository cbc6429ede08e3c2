//! The development suites of the number recogniser: Duckling's English
//! corpora and quantulum3's quantity tests, run through `newsmark::annotate`.
//!
//! ```text
//! cargo run --release --example numbers_suite [-- --failures]
//! ```
//!
//! Reads `../shared/data/testsuites/` (never copied into the repository) and
//! prints the pass rate per category; `--failures` lists what fails.
//!
//! # Duckling (`duckling/duckling-en-corpus.json`)
//!
//! Each input is a whole expression. It passes when the longest numeric span
//! of the document (CARDINAL, ORDINAL, PERCENT, MONEY or QUANTITY) carries the
//! expected value:
//!
//! - `NumeralValue 33` → CARDINAL 33; `OrdinalData 3` → ORDINAL 3.
//! - `simple Dollar 10` → MONEY 10 `USD`; `Pound` → `GBP`; ISO names stay
//!   (`EUR`, `INR`…); `Cent 10` → MONEY 0.10 in `USD` or `GBP` (we fold
//!   sub-units into the main unit: "ten pennies" is 0.10 GBP); `Dinar`,
//!   `Riyal`, `Rial` (no country given) → MONEY with any code or none;
//!   `Unnamed 5` (a bare amount) → CARDINAL 5, or MONEY of any currency
//!   ("42 bucks" is USD for us).
//! - `between X (a, b)` → value a, value_max b; `under X v` → approx `under`
//!   or `up_to`; `above X v` → approx `over` or `at_least`; other qualifiers
//!   Duckling drops ("about", "exactly") may be present.
//! - Distance, quantity, volume: QUANTITY whose value, converted through
//!   `quantity::dimension`, equals the expected one in Duckling's unit
//!   (`Kilometre` kilometre, `M` and `Metre` metre, `Gram` gram, `Cup` cup…);
//!   the product (`Just "meat"`) is not checked. `Unnamed 4` → CARDINAL 4.
//! - Temperature: `Celsius` → `degree celsius`, `Fahrenheit` → `degree
//!   fahrenheit`, `Degree` → `degree` (no scale said).
//! - The negative corpus must give no MONEY span.
//!
//! # quantulum3 (`quantulum3/quantities.json`, `quantities.ambiguity.json`)
//!
//! Each expected quantity passes when a span overlapping the first occurrence
//! of its `surface` has the value and a unit that maps to quantulum's:
//!
//! - `dimensionless` → CARDINAL (any counted noun), or a DATE whose TIMEX3
//!   is that year ("in 1979": years are the date recogniser's);
//! - `percentage` → PERCENT; `dollar`, `euro`, `pound sterling` → MONEY
//!   `USD`, `EUR`, `GBP`; `cent`, `penny`, `dime` → MONEY of a hundredth
//!   (tenth) of the value; a price per unit (`dollar per hour`) → MONEY in
//!   its currency (money has no rate field: "$80 a barrel" is MONEY 80 USD);
//! - units of time (`day`, `year`…) → a CARDINAL counting "days" or a
//!   DATE/TIME whose TIMEX3 duration is that many (`P3D`);
//! - `dozen` → CARDINAL of twelve times the value (`baker's dozen`: thirteen);
//! - `pound-mass` → `pound`; `cubic centimetre` → also `millilitre`;
//!   `minute of arc`, `second of arc` → `arcminute`, `arcsecond`; other
//!   names compare case-insensitively with ours (`degree Celsius` = `degree
//!   celsius`, `kilometre per hour`, `square kilometre`…);
//! - a range passes when its midpoint is quantulum's value.
//!
//! Where quantulum and `../shared/guides/ANNOTATION.md` differ, ANNOTATION.md
//! wins: a number inside a name ("Voyager 2", "English 101", "South 32
//! Ltd") is part of the name, not a number. A `dimensionless` quantity right
//! after a capitalised word inside its sentence passes when no numeric span
//! covers it.

use std::collections::BTreeMap;

use newsmark::numbers::quantity::dimension;
use newsmark::{annotate, Label, OffsetUnit, Options, Span};
use serde_json::Value;

const DUCKLING: &str = "../shared/data/testsuites/duckling/duckling-en-corpus.json";
const QUANTULUM: [&str; 2] = [
    "../shared/data/testsuites/quantulum3/quantities.json",
    "../shared/data/testsuites/quantulum3/quantities.ambiguity.json",
];

/// Pass and total counts per category, and the failures.
#[derive(Default)]
struct Tally {
    counts: BTreeMap<String, (usize, usize)>,
    failures: Vec<String>,
}

impl Tally {
    fn record(&mut self, category: &str, pass: bool, failure: impl FnOnce() -> String) {
        let entry = self.counts.entry(category.to_string()).or_default();
        entry.1 += 1;
        if pass {
            entry.0 += 1;
        } else {
            self.failures.push(format!("[{category}] {}", failure()));
        }
    }

    fn print(&self, title: &str) {
        println!("{title}");
        let (mut pass, mut total) = (0, 0);
        for (category, (p, t)) in &self.counts {
            println!("  {category:<24} {p:>4}/{t:<4} {:>6.1}%", 100.0 * *p as f64 / *t as f64);
            pass += p;
            total += t;
        }
        println!("  {:<24} {pass:>4}/{total:<4} {:>6.1}%", "all", 100.0 * pass as f64 / total.max(1) as f64);
    }
}

/// What a span must be to pass.
#[derive(Debug)]
struct Expected {
    labels: Vec<Label>,
    value: f64,
    value_max: Option<f64>,
    /// Accepted units; empty accepts any.
    units: Vec<String>,
    /// For quantities: compare through conversion into this unit.
    convert: bool,
    /// Accepted qualifiers; empty accepts any.
    approx: Vec<&'static str>,
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
}

fn is_numeric(label: Label) -> bool {
    matches!(label, Label::Cardinal | Label::Ordinal | Label::Percent | Label::Money | Label::Quantity)
}

fn matches(span: &Span, expected: &Expected) -> bool {
    if !expected.labels.contains(&span.label) {
        return false;
    }
    if !expected.approx.is_empty() && !span.approx.as_deref().is_some_and(|a| expected.approx.contains(&a)) {
        return false;
    }
    let Some(value) = span.value else { return false };
    if expected.convert && span.label == Label::Quantity {
        let unit = span.unit.as_deref().unwrap_or("");
        let target = &expected.units[0];
        let factor = if unit == target {
            1.0
        } else {
            match (dimension(unit), dimension(target)) {
                (Some((d1, f1)), Some((d2, f2))) if d1 == d2 => f1 / f2,
                _ => return false,
            }
        };
        let max_ok = match (expected.value_max, span.value_max) {
            (None, None) => true,
            (Some(a), Some(b)) => close(a, b * factor),
            _ => false,
        };
        return close(value * factor, expected.value) && max_ok;
    }
    if !expected.units.is_empty() && !span.unit.as_ref().is_some_and(|u| expected.units.contains(u)) {
        return false;
    }
    let max_ok = match (expected.value_max, span.value_max) {
        (None, None) => true,
        (Some(a), Some(b)) => close(a, b),
        _ => false,
    };
    close(value, expected.value) && max_ok
}

/// Duckling's unit names as ours.
fn duckling_unit(name: &str) -> Option<&'static str> {
    Some(match name {
        "Kilometre" => "kilometre",
        "Mile" => "mile",
        "M" | "Metre" => "metre",
        "Centimetre" => "centimetre",
        "Millimetre" => "millimetre",
        "Inch" => "inch",
        "Foot" => "foot",
        "Yard" => "yard",
        "Gram" => "gram",
        "Pound" => "pound",
        "Ounce" => "ounce",
        "Cup" => "cup",
        "Litre" => "litre",
        "Millilitre" => "millilitre",
        "Gallon" => "gallon",
        "Hectolitre" => "hectolitre",
        "Celsius" => "degree celsius",
        "Fahrenheit" => "degree fahrenheit",
        "Degree" => "degree",
        _ => return None,
    })
}

/// Reads a Duckling value expression for a dimension.
fn duckling_expected(dimension: &str, expr: &str) -> Option<Expected> {
    // "simple Pound 2 (Just \"meat\")": the product is not checked.
    let expr = expr.split(" (Just").next()?.trim_end_matches(" Nothing");
    let cleaned: String = expr.chars().map(|c| if matches!(c, '(' | ')' | ',') { ' ' } else { c }).collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let number = |s: &str| s.parse::<f64>().ok();
    let mut expected =
        Expected { labels: vec![], value: 0.0, value_max: None, units: vec![], convert: false, approx: vec![] };
    match words[0] {
        "NumeralValue" => {
            expected.labels = vec![Label::Cardinal];
            expected.value = number(words[1])?;
            return Some(expected);
        }
        "OrdinalData" => {
            expected.labels = vec![Label::Ordinal];
            expected.value = number(words[1])?;
            return Some(expected);
        }
        _ => {}
    }
    let (kind, unit) = (words[0], words[1]);
    expected.value = number(words[2])?;
    expected.value_max = if kind == "between" { Some(number(words[3])?) } else { None };
    expected.approx = match kind {
        "under" => vec!["under", "up_to"],
        "above" => vec!["over", "at_least"],
        _ => vec![],
    };
    if unit == "Unnamed" {
        expected.labels = vec![Label::Cardinal];
        if dimension == "AmountOfMoney" {
            expected.labels.push(Label::Money);
        }
        return Some(expected);
    }
    if dimension == "AmountOfMoney" {
        expected.labels = vec![Label::Money];
        expected.units = match unit {
            "Dollar" => vec!["USD".into()],
            "Pound" => vec!["GBP".into()],
            "Cent" => {
                expected.value /= 100.0;
                vec!["USD".into(), "GBP".into()]
            }
            "Dinar" | "Riyal" | "Rial" => vec![],
            code => vec![code.to_string()],
        };
        return Some(expected);
    }
    expected.labels = vec![Label::Quantity];
    expected.units = vec![duckling_unit(unit)?.to_string()];
    expected.convert = true;
    Some(expected)
}

fn run_duckling(tally: &mut Tally) {
    let text = std::fs::read_to_string(DUCKLING).unwrap_or_else(|e| panic!("cannot read {DUCKLING}: {e}"));
    let corpus: Value = serde_json::from_str(&text).expect("Duckling corpus JSON");
    let options = Options::default();
    for (dimension, body) in corpus["dimensions"].as_object().expect("dimensions") {
        if matches!(dimension.as_str(), "Time" | "Duration" | "TimeGrain") {
            continue;
        }
        for (section, content) in body["sections"].as_object().expect("sections") {
            let category =
                if section == "allExamples" { dimension.clone() } else { format!("{dimension} ({section})") };
            for negative in content["negative_inputs"].as_array().into_iter().flatten() {
                let input = negative.as_str().unwrap_or("");
                let doc = annotate(input, &options);
                let pass = !doc.spans.iter().any(|s| s.label == Label::Money);
                tally.record(&category, pass, || format!("{input:?} should give no money: {:?}", doc.spans));
            }
            for example in content["examples"].as_array().into_iter().flatten() {
                let expr = example["value_expr"].as_str().unwrap_or("");
                let expected = duckling_expected(dimension, expr);
                for input in example["inputs"].as_array().into_iter().flatten() {
                    let input = input.as_str().unwrap_or("");
                    let doc = annotate(input, &options);
                    let longest =
                        doc.spans.iter().filter(|s| is_numeric(s.label)).fold(None::<&Span>, |best, s| match best {
                            Some(b) if b.text.len() >= s.text.len() => Some(b),
                            _ => Some(s),
                        });
                    let pass = match (&expected, longest) {
                        (Some(e), Some(span)) => matches(span, e),
                        _ => false,
                    };
                    tally.record(&category, pass, || {
                        let got = longest.map(|s| {
                            format!(
                                "{} {:?} {:?}..{:?} {:?} {:?}",
                                s.label, s.text, s.value, s.value_max, s.unit, s.approx
                            )
                        });
                        format!("{input:?} want {expr}, got {got:?}")
                    });
                }
            }
        }
    }
}

/// The unit of a duration TIMEX3 for a unit of time.
fn duration_letter(unit: &str) -> Option<(&'static str, bool)> {
    Some(match unit {
        "year" => ("Y", false),
        "month" => ("M", false),
        "week" => ("W", false),
        "day" => ("D", false),
        "hour" => ("H", true),
        "minute" => ("M", true),
        "second" => ("S", true),
        _ => return None,
    })
}

/// True when the TIMEX3 duration `timex` ("P3Y2M14DT16H") has `value` of
/// the unit `letter`, in its time part when `time`.
fn has_component(timex: &str, value: f64, letter: &str, time: bool) -> bool {
    let Some(body) = timex.strip_prefix('P') else { return false };
    let (date, clock) = body.split_once('T').unwrap_or((body, ""));
    let part = if time { clock } else { date };
    let wanted = format!("{value}{letter}");
    part.match_indices(&wanted).any(|(at, _)| !part[..at].ends_with(|c: char| c.is_ascii_digit() || c == '.'))
}

fn singular(word: &str) -> String {
    let word = word.trim_end_matches('\'').to_lowercase();
    word.strip_suffix('s').map(str::to_string).unwrap_or(word)
}

/// The ISO 4217 code of quantulum's currency names.
fn currency_code(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "dollar" => "USD",
        "euro" => "EUR",
        "pound sterling" => "GBP",
        _ => return None,
    })
}

fn quantulum_matches(span: &Span, value: f64, unit: &str) -> bool {
    let v = span.value.unwrap_or(f64::NAN);
    let mid = span.value_max.map_or(v, |m| (v + m) / 2.0);
    let same = |x: f64| close(mid, x) || close(v, x) && span.value_max.is_none();
    match unit {
        "dimensionless" => {
            (span.label == Label::Cardinal && same(value))
                || (span.label == Label::Date && span.timex.as_deref() == Some(&format!("{value}")))
        }
        "percentage" => span.label == Label::Percent && same(value),
        "dollar" | "euro" | "pound sterling" => {
            span.label == Label::Money && span.unit.as_deref() == currency_code(unit) && same(value)
        }
        // A price per unit ("$15.4/hour": `dollar per hour`): the contract has
        // no rate field for money, so it is MONEY in its currency with the
        // rate's unit outside the span, as in "$80 a barrel".
        _ if unit.split_once(" per ").is_some_and(|(top, _)| currency_code(top).is_some()) => {
            let code = unit.split_once(" per ").and_then(|(top, _)| currency_code(top));
            span.label == Label::Money && span.unit.as_deref() == code && same(value)
        }
        "cent" | "penny" => span.label == Label::Money && same(value / 100.0),
        "dime" => span.label == Label::Money && same(value / 10.0),
        "dozen" => span.label == Label::Cardinal && same(value * 12.0),
        // A baker's dozen is thirteen, as a dozen is twelve.
        "baker's dozen" => span.label == Label::Cardinal && same(value * 13.0),
        _ if duration_letter(unit).is_some() => {
            let (letter, time) = duration_letter(unit).unwrap_or(("", false));
            let counted = matches!(span.label, Label::Cardinal | Label::Quantity)
                && span.unit.as_deref().is_some_and(|u| singular(u) == unit)
                && same(value);
            let duration = matches!(span.label, Label::Date | Label::Time)
                && span.timex.as_deref().is_some_and(|t| has_component(t, value, letter, time));
            counted || duration
        }
        _ => {
            let ours = span.unit.as_deref().unwrap_or("").to_lowercase();
            let theirs = unit.to_lowercase();
            let unit_ok = ours == theirs
                || (theirs == "pound-mass" && ours == "pound")
                || (theirs == "cubic centimetre" && ours == "millilitre")
                // The same angles under their one-word names.
                || (theirs == "minute of arc" && ours == "arcminute")
                || (theirs == "second of arc" && ours == "arcsecond");
            span.label == Label::Quantity && unit_ok && same(value)
        }
    }
}

/// True when the text before byte `at` ends in a capitalised word (one
/// space or dash away) that is not the sentence's first: "Voyager 2".
fn after_a_name(sentence: &str, at: usize) -> bool {
    let before = sentence[..at].strip_suffix([' ', '—', '-']).unwrap_or("");
    let word_start = before.char_indices().rfind(|&(_, c)| !c.is_alphanumeric()).map_or(0, |(k, c)| k + c.len_utf8());
    let word = &before[word_start..];
    let inside = !before[..word_start].trim_end().is_empty();
    word.len() > 1 && word.chars().next().is_some_and(char::is_uppercase) && inside
}

fn run_quantulum(tally: &mut Tally) {
    let options = Options { offsets: OffsetUnit::Utf8, ..Options::default() };
    for path in QUANTULUM {
        let category = if path.contains("ambiguity") { "quantities.ambiguity" } else { "quantities" };
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        let cases: Value = serde_json::from_str(&text).expect("quantulum JSON");
        for case in cases.as_array().expect("a list") {
            let sentence = case["req"].as_str().unwrap_or("");
            let doc = annotate(sentence, &options);
            for quantity in case["res"].as_array().into_iter().flatten() {
                let value = quantity["value"].as_f64().unwrap_or(f64::NAN);
                let unit = quantity["unit"].as_str().unwrap_or("");
                let surface = quantity["surface"].as_str().unwrap_or("");
                // Byte offsets: the span must overlap the surface's first occurrence.
                let at = sentence.find(surface);
                let span_at = |s: &Span| at.is_none_or(|at| s.start < at + surface.len() && at < s.end);
                let numeric = |s: &Span| is_numeric(s.label) || matches!(s.label, Label::Date | Label::Time);
                let in_name = unit == "dimensionless" && at.is_some_and(|at| after_a_name(sentence, at));
                let pass = doc.spans.iter().any(|s| span_at(s) && quantulum_matches(s, value, unit))
                    || in_name && !doc.spans.iter().any(|s| span_at(s) && numeric(s));
                tally.record(category, pass, || {
                    let got: Vec<String> = doc
                        .spans
                        .iter()
                        .filter(|s| span_at(s))
                        .map(|s| {
                            format!(
                                "{} {:?} {:?}..{:?} {:?} {:?}",
                                s.label, s.text, s.value, s.value_max, s.unit, s.timex
                            )
                        })
                        .collect();
                    format!("{sentence:?}: want {surface:?} {value} {unit}, got {got:?}")
                });
            }
        }
    }
}

fn main() {
    let show_failures = std::env::args().any(|a| a == "--failures");
    let mut duckling = Tally::default();
    run_duckling(&mut duckling);
    duckling.print("Duckling (longest numeric span of each whole expression)");
    let mut quantulum = Tally::default();
    run_quantulum(&mut quantulum);
    quantulum.print("quantulum3 (expected quantities found with value and unit)");
    if show_failures {
        println!("\nFailures:");
        for failure in duckling.failures.iter().chain(&quantulum.failures) {
            println!("  {failure}");
        }
    }
}
