//! Numbers: CARDINAL, ORDINAL, PERCENT, MONEY and QUANTITY with normalised values.
//!
//! One left-to-right pass over the tokens of each sentence. At each token the
//! recogniser tries to read an expression of this shape, and moves past it:
//!
//! ```text
//! [qualifier] [between|from] measure [(and|to|-) measure] [counted noun] [or more]
//! measure = [currency] [sign] number [scale words] [% | currency | unit]
//! ```
//!
//! One module per concern: `parse` reads numbers in digits and words,
//! `percent`, `money` and `quantity` the units written with them (with their
//! tables), `approx` the qualifiers, `noun` the counted noun of a CARDINAL,
//! `measure` one number with its unit; this module puts them together into
//! ranges, sums ("7 feet 10 inches") and proportions ("one in five"), and
//! decides the label.
//!
//! Choices a reader of the output should know:
//!
//! - Qualifiers are part of the span: "over half the population" is one
//!   span with value 0.5 and `approx` `over`. Their names are `over`
//!   ("over", "more than", "above"), `nearly` ("nearly", "almost", "close
//!   to"), `about` ("about", "around", "roughly", "some", "~"), `at_least`
//!   ("at least", "no less than", "or more"), `up_to` ("up to", "at most",
//!   "no more than", "as many as"), `under` ("under", "less than", "fewer
//!   than", "below") and `exactly`.
//! - A plural noun right after a CARDINAL is its `unit` but stays outside
//!   the span, as OntoNotes draws a count ("12.5 million people" is the
//!   span "12.5 million", unit `people`); see `noun` for the narrow rule,
//!   under which "1.2 billion fake accounts" has no unit. "half the
//!   population" names its noun the same way. A unit of time after a
//!   number ("five years", "over 18 years old") is left to the date
//!   recogniser: durations and ages are DATE.
//! - Proportions are CARDINAL values: "one in five" is 0.2, "two-thirds" 0.667.
//! - "3 percentage points" is a QUANTITY with unit `percentage point`, "25
//!   basis points" one with unit `basis point` (ANNOTATION.md; see `percent`).
//! - Years are left to the date recogniser: four plain digits between 1100
//!   and 2199 after "in", "since", "by", a month name and the like give no
//!   number at all; elsewhere ("2024 was…") a CARDINAL, which the resolver
//!   drops when the date recogniser claims the same text.
//! - Times ("9:30", "2 pm"), decades ("1990s"), scores ("2-1"), phone
//!   numbers ("555-1234") and words glued to digits that no table knows
//!   ("3D") give nothing; version numbers ("2.3.1") too.
//! - A value too large for `f64` (a line of 100,000 digits) is omitted.

pub(crate) mod approx;
mod cursor;
mod measure;
mod money;
mod noun;
mod parse;
mod percent;
pub mod quantity;
#[cfg(test)]
mod tests;

use crate::document::Label;
use crate::mention::{Mention, Source};
use crate::offsets::ByteRange;
use crate::tokenize::{Sentence, Token};
use crate::work::{self, Work};
use cursor::Cursor;
use measure::{Measure, Unit};
use parse::NumKind;
use percent::Percent;

/// Finds the numeric expressions of the text.
pub fn recognise(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Mention> {
    let mut found = Vec::new();
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    for sentence in joined(text, tokens, sentences) {
        let cur = Cursor { tokens, words: &words, start: sentence.start, end: sentence.end.min(tokens.len()) };
        let mut i = cur.start;
        let mut last_end = usize::MAX;
        while i < cur.end {
            match expression(&cur, i) {
                Some((mention, next)) => {
                    // "$80 a barrel": "a barrel" is the rate's unit, not one barrel.
                    let rate = last_end == i && (cur.is(i, "a") || cur.is(i, "an"));
                    if !rate {
                        found.extend(mention);
                    }
                    last_end = next;
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
    }
    found
}

/// The sentences, rejoined where the tokenizer ended one at a full stop that
/// belongs to a number: ".77", "Rs. 20" (a full stop before digits is a
/// decimal point or an abbreviation's, never the end of a sentence here).
fn joined(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let starts_with_number =
            tokens.get(sentence.start).is_some_and(|t| t.kind == crate::tokenize::TokenKind::Number && !t.line_start);
        if let Some(last) = out.last_mut() {
            let stop = last.end > last.start && tokens[last.end - 1].text(text) == ".";
            if starts_with_number && stop && last.end == sentence.start {
                last.end = sentence.end;
                continue;
            }
        }
        out.push(sentence.clone());
    }
    out
}

/// How a range opens.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opener {
    Between,
    From,
}

/// Reads the expression starting at token `i`: the mention (none when the
/// number is a year or a time, left to the date recogniser) and the token
/// after it.
fn expression(cur: &Cursor, i: usize) -> Option<(Option<Mention>, usize)> {
    work::tick(Work::NumberMatchers);
    if cur.is(i, "absolute") && cur.is(i + 1, "zero") {
        let range = ByteRange::new(cur.start_of(i), cur.end_of(i + 1));
        let mut mention = Mention::new(range, Label::Quantity, Source::Numbers);
        mention.value = Some(0.0);
        mention.unit = Some("kelvin".to_string());
        return Some((Some(mention), i + 2));
    }
    let (mut approx, j) = match approx::before(cur, i) {
        Some((name, next)) => (Some(name), next),
        None => (None, i),
    };
    // "rose from 5.2% to 4.8%" is a change, not a range: the statistics stage
    // reads "from" as its baseline, so it stays outside the span.
    let opener = if cur.is(j, "between") {
        Some(Opener::Between)
    } else if cur.is(j, "from") && !changes_before(cur, i) {
        Some(Opener::From)
    } else {
        None
    };
    let k = if opener.is_some() { j + 1 } else { j };
    let first = measure::read(cur, k)?;
    let mut start = i;
    let mut value = first.value;
    let mut value_max = first.value_max;
    let mut unit = first.unit.clone();
    let mut end = first.end;
    let mut years = false;

    if value_max.is_none() && first.kind != NumKind::Ordinal {
        if let Some(second) = range_tail(cur, &first, opener, i) {
            years = first.four_digits && second.four_digits;
            if first.scale == 1.0 && second.scale > 1.0 && first.value <= second.value / second.scale {
                // "between 3 and 5 million": the scale of the second applies to both.
                value *= second.scale;
            }
            if unit == Unit::None {
                unit = second.unit.clone();
            }
            value_max = Some(second.value);
            end = second.end;
        }
    }
    if opener.is_some() && value_max == first.value_max {
        // No range after all: "between" or "from" is not part of the number.
        start = k;
        approx = None;
    }
    let ranged = value_max.is_some();
    // "3 million and a half": half the scale more.
    if !ranged && first.scale > 1.0 && cur.is(end, "and") && cur.is(end + 1, "a") && cur.is(end + 2, "half") {
        value += 0.5 * first.scale;
        end += 3;
    }

    // "7 feet 10 inches", "2 km and 1 metre": one length.
    if let (Unit::Quantity(name), false) = (&unit, ranged) {
        if let Some((sum, sum_unit, sum_end)) = sum(cur, value, name, end) {
            value = sum;
            unit = Unit::Quantity(sum_unit);
            end = sum_end;
        }
    }
    // Money with its cents: "$20 and 43c".
    if matches!(unit, Unit::Money(_)) && !ranged && first.scale == 1.0 && value.fract() == 0.0 {
        if let Some((cents, after)) = money::cents(cur, end) {
            value += cents;
            end = after;
        }
    }

    // "Nikkei 225", "iOS 17.4", "House Bill 18": part of a name.
    let plain = unit == Unit::None && first.kind != NumKind::Ordinal && !ranged && approx.is_none();
    if plain && opener.is_none() && noun::name_before(cur, start) {
        return Some((None, end));
    }
    let mut noun = None;
    // The span ends before a counted noun; the scan goes on after it.
    let mut span_end = None;
    if unit == Unit::None && first.kind != NumKind::Ordinal && first.cut.is_none() {
        // "one billion years" stays a count: durations have no scale words;
        // "5-10 years", "between 5 and 10 years" stay counts: a duration has one number.
        if noun::time_unit(cur, end) && first.scale == 1.0 && !ranged {
            return Some((None, end));
        }
        if let Some((proportion, after)) = proportion(cur, value, end) {
            value = proportion;
            end = after;
        } else if let Some(n) = noun::counted(cur, end) {
            noun = Some(n);
            span_end = Some(end);
            end = n + 1;
        } else if first.kind == NumKind::Fraction {
            if let Some(n) = noun::after_the(cur, end) {
                noun = Some(n);
                span_end = Some(end);
                end = n + 1;
            }
        }
    }
    // "45 and 50 mg": the unit of the second number is the first's too.
    if unit == Unit::None
        && noun.is_none()
        && !ranged
        && first.kind != NumKind::Ordinal
        && (cur.is(end, "and") || cur.is(end, "or"))
    {
        if let Some(next) = measure::read(cur, end + 1) {
            if matches!(next.unit, Unit::Quantity(_) | Unit::Percent(_)) && next.kind != NumKind::Ordinal {
                unit = next.unit;
            }
        }
    }
    if approx.is_none() {
        if let Some((name, after)) = approx::after(cur, end) {
            approx = Some(name);
            // "10,000 or more" is one span; "10,000 people or more" keeps its noun outside.
            if span_end.is_none() {
                end = after;
            }
        }
    }

    // What is not a number of ours.
    if unit == Unit::None && first.kind != NumKind::Ordinal && noun.is_none() {
        // "5-68", "3-6" alone: a score or a bowling figure as much as a range.
        if first.value_max.is_some() && opener.is_none() && approx.is_none() {
            return Some((None, end));
        }
        if first.bare_scale || is_time(cur, k, first.end) {
            return Some((None, end));
        }
        if (first.four_digits && !ranged && approx.is_none() && year_like(value) && year_cue(cur, start)) || years {
            return Some((None, end));
        }
    }

    // "No. 2": a rank, ORDINAL (ANNOTATION.md), its abbreviation inside.
    let rank = unit == Unit::None
        && !ranged
        && approx.is_none()
        && start == k
        && start > cur.start
        && matches!(cur.word(start - 1), "No." | "no." | "No")
        && cur.word(start).bytes().all(|b| b.is_ascii_digit());
    if rank {
        start -= 1;
        noun = None;
        span_end = None;
    }
    let label = match (&unit, first.kind) {
        _ if rank => Label::Ordinal,
        (Unit::None, NumKind::Ordinal) => Label::Ordinal,
        (Unit::None, _) => Label::Cardinal,
        (Unit::Percent(Percent::Plain), _) => Label::Percent,
        // Percentage and basis points are measured differences (ANNOTATION.md).
        (Unit::Percent(_), _) => Label::Quantity,
        (Unit::Money(_), _) => Label::Money,
        (Unit::Quantity(_), _) => Label::Quantity,
    };
    let unit_text = match unit {
        Unit::None => noun.map(|n| cur.word(n).to_string()),
        Unit::Percent(Percent::Plain) => None,
        Unit::Percent(Percent::Points) => Some("percentage point".to_string()),
        Unit::Percent(Percent::Basis) => Some("basis point".to_string()),
        Unit::Money(code) => code.map(str::to_string),
        Unit::Quantity(name) => Some(name),
    };
    // "6.0-sigma", "360-ish": the number without the words after its hyphen.
    let last_byte = match first.cut {
        Some(cut) if end == first.end => cut,
        _ => cur.end_of(span_end.unwrap_or(end) - 1),
    };
    let range = ByteRange::new(cur.start_of(start), last_byte);
    let mut mention = Mention::new(range, label, Source::Numbers);
    if value.is_finite() {
        mention.value = Some(value);
        mention.value_max = value_max.filter(|v| v.is_finite());
    }
    mention.unit = unit_text;
    mention.approx = approx;
    Some((Some(mention), end))
}

/// The second half of a range after `first`: "- 15", "to 20 dollars", "and 5 million".
fn range_tail(cur: &Cursor, first: &Measure, opener: Option<Opener>, start: usize) -> Option<Measure> {
    let e = first.end;
    let word = cur.word(e);
    let (joiner, mut k) = match word {
        "-" | "–" | "—" if cur.is(e + 1, "to") && cur.glued(e) => ("to", e + 2),
        "-" | "–" | "—" => ("-", e + 1),
        _ if cur.is(e, "to") => ("to", e + 1),
        _ if cur.is(e, "and") => ("and", e + 1),
        _ => return None,
    };
    let allowed = match opener {
        Some(Opener::Between) => true,
        Some(Opener::From) => true,
        None => joiner != "and",
    };
    if !allowed {
        return None;
    }
    // "between 2.0 g and about 7.0 g", "2 - ~7 grams"
    if let Some((_, after)) = approx::before(cur, k) {
        k = after;
    }
    let second = measure::read(cur, k)?;
    if second.kind == NumKind::Ordinal || second.value_max.is_some() {
        return None;
    }
    // "from 13 to 15 July": days of a month, the date recogniser's.
    let month_at = |j: usize| crate::dates::lexicon::month(cur.word(j)).is_some();
    if month_at(second.end) || cur.is(second.end, "of") && month_at(second.end + 1) {
        return None;
    }
    let free = opener.is_some() || !changes_before(cur, start);
    // A dash joins a rising range only: "$418 - $380" is two prices.
    if joiner == "-" && first.value >= second.value {
        return None;
    }
    // "20 to 30 people", "some 20,000 to 30,000 people": a rising range of a count.
    let counted_range = joiner == "to"
        && free
        && first.value < second.value
        && !first.four_digits
        && noun::counted(cur, second.end).is_some();
    let fits = match (&first.unit, &second.unit) {
        (Unit::None, Unit::None) => {
            opener.is_some() || (joiner == "-" && first.value < second.value && !first.four_digits) || counted_range
        }
        (Unit::None, _) => free,
        (a, b) => a == b && free,
    };
    fits.then_some(second)
}

/// "7 feet and 10 inches": further amounts of the same dimension after a
/// quantity. Returns the total, its unit (the smallest when all units are
/// of one system, otherwise the first) and the token after it.
fn sum(cur: &Cursor, value: f64, unit: &str, end: usize) -> Option<(f64, String, usize)> {
    let (dimension, factor) = quantity::dimension(unit)?;
    let mut total = value * factor;
    let mut smallest = (factor, unit.to_string());
    let mut one_system = true;
    let mut end_at = end;
    let mut parts = 1;
    loop {
        let mut k = end_at;
        if cur.word(k) == "," {
            k += 1;
        }
        if cur.is(k, "and") {
            k += 1;
        }
        let Some(next) = measure::read(cur, k) else { break };
        let Unit::Quantity(next_unit) = &next.unit else { break };
        let Some((next_dimension, next_factor)) = quantity::dimension(next_unit) else { break };
        if next_dimension != dimension || next_unit == unit || next.value_max.is_some() || next.value < 0.0 {
            break;
        }
        one_system &= quantity::metric(next_unit) == quantity::metric(unit);
        total += next.value * next_factor;
        if next_factor < smallest.0 {
            smallest = (next_factor, next_unit.clone());
        }
        end_at = next.end;
        parts += 1;
    }
    if parts == 1 {
        return None;
    }
    let (factor, unit) = if one_system { smallest } else { (factor, unit.to_string()) };
    Some((total / factor, unit, end_at))
}

/// "one in five", "three out of four": a proportion after the number `value`.
fn proportion(cur: &Cursor, value: f64, end: usize) -> Option<(f64, usize)> {
    let k = if cur.is(end, "in") {
        end + 1
    } else if cur.is(end, "out") && cur.is(end + 1, "of") {
        end + 2
    } else {
        return None;
    };
    let whole = measure::read(cur, k)?;
    let plain = whole.unit == Unit::None && whole.kind != NumKind::Ordinal && whole.value_max.is_none();
    if !plain || whole.four_digits || whole.value < value || whole.value <= 0.0 || value <= 0.0 || value.fract() != 0.0
    {
        return None;
    }
    Some((value / whole.value, whole.end))
}

/// True when the word before token `i` says a value changes ("rose",
/// "cut"), so that "from … to …" is a change and not a range.
fn changes_before(cur: &Cursor, i: usize) -> bool {
    const CHANGE: &[&str] = &[
        "rose",
        "rise",
        "rises",
        "rising",
        "risen",
        "fell",
        "fall",
        "falls",
        "falling",
        "fallen",
        "increased",
        "increase",
        "increases",
        "increasing",
        "decreased",
        "decrease",
        "decreasing",
        "grew",
        "grow",
        "grows",
        "growing",
        "dropped",
        "drop",
        "drops",
        "climbed",
        "climb",
        "jumped",
        "jump",
        "declined",
        "decline",
        "reduced",
        "reduce",
        "cut",
        "raised",
        "raise",
        "changed",
        "went",
        "slipped",
        "surged",
        "soared",
        "plunged",
        "tumbled",
        "gained",
        "lost",
        "shrank",
        "expanded",
        "up",
        "down",
        "by",
        "slid",
        "sank",
        "edged",
        "moved",
        "lowered",
        "lifted",
        "boosted",
        "doubled",
        "tripled",
        "halved",
        "narrowed",
        "widened",
    ];
    let changes = |k: usize| k >= cur.start && k < i && CHANGE.contains(&cur.lower(k).as_str());
    // "rose from 5.2% to 4.8%": the number after "from" too.
    i > cur.start && (changes(i - 1) || (cur.is(i - 1, "from") && changes(i.wrapping_sub(2))))
}

/// True for a number that reads as a time: "9:30", "2 pm".
fn is_time(cur: &Cursor, first: usize, end: usize) -> bool {
    let clock_after =
        cur.word(end) == ":" && cur.glued(end) && cur.kind(end + 1) == Some(crate::tokenize::TokenKind::Number);
    let clock_before = first > cur.start && cur.word(first - 1) == ":" && cur.glued(first);
    let after = cur.lower(end);
    clock_after
        || clock_before
        || matches!(
            after.as_str(),
            "am" | "pm" | "a.m." | "p.m." | "a.m" | "p.m" | "o'clock" | "gmt" | "utc" | "hrs" | "hours"
        ) && !cur.is(end, "hours")
}

/// True for the values four-digit years take.
fn year_like(value: f64) -> bool {
    value.fract() == 0.0 && (1100.0..=2199.0).contains(&value)
}

/// True when the word before token `start` introduces a year: "in 2024",
/// "since 1991", "Oct. 14, 2024".
fn year_cue(cur: &Cursor, start: usize) -> bool {
    if start == cur.start {
        return false;
    }
    let before = cur.lower(start - 1);
    let before = before.as_str().trim_end_matches('.');
    matches!(
        before,
        "in" | "since"
            | "by"
            | "of"
            | "from"
            | "until"
            | "till"
            | "to"
            | "during"
            | "before"
            | "after"
            | "early"
            | "late"
            | "mid"
            | "the"
            | "year"
            | "fiscal"
            | "circa"
            | "and"
            | "-"
            | "–"
            | ","
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "between"
            | "through"
            | "throughout"
    )
}
