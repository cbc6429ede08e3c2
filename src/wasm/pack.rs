//! The document handed to JavaScript in two pieces: every number in one
//! `f64` array and every string in one string, which `unpack.js` turns into
//! the same plain objects that serde-wasm-bindgen builds field by field.
//! Building them on the JavaScript side costs one crossing and one string
//! decoding per document instead of one per field and per string (about a
//! tenth of all WASM time before).
//!
//! The layout, read in this order by `unpack.js` (keep the two in step; the
//! test in `tests/wasm.rs` compares the result with serde-wasm-bindgen's):
//!
//! - a string is its length in UTF-16 units among the numbers, its text in
//!   the string;
//! - an optional field is present when its bit in the object's mask is set;
//! - spans: count, then each `start end text label mask [group] [value]
//!   [value_max] [unit] [approx] [timex] [confidence]`;
//! - groups: count, then each `label name count mentions…`;
//! - statistics: count, then each `value_span mask [subject] [time_span]
//!   [frequency] [change] [source_group] [source] sentence_start
//!   sentence_end`, a change being `direction mask [value] [unit]
//!   [baseline] [span]`;
//! - quotes: count, then each `start end text mask [speaker_group] [speaker]`.
//!
//! Labels and directions are their index in `Label::ALL` and `DIRECTIONS`.

use crate::document::{Change, Direction, Document, Label};

/// The directions in the order `unpack.js` names them.
pub const DIRECTIONS: [Direction; 3] = [Direction::Up, Direction::Down, Direction::Flat];

/// A document's numbers and strings.
#[derive(Default)]
pub struct Packed {
    /// Every number, count, index, mask and string length, in order.
    pub numbers: Vec<f64>,
    /// Every string, one after the other.
    pub strings: String,
}

impl Packed {
    fn number(&mut self, n: impl Into<f64>) {
        self.numbers.push(n.into());
    }

    fn index(&mut self, i: usize) {
        self.numbers.push(i as f64);
    }

    fn string(&mut self, s: &str) {
        let units = if s.is_ascii() { s.len() } else { s.encode_utf16().count() };
        self.index(units);
        self.strings.push_str(s);
    }

    /// Writes a mask of which `fields` are present (bit 0 for the first);
    /// the caller then writes the present ones in that order.
    fn mask(&mut self, fields: &[bool]) {
        let mask = fields.iter().rev().fold(0u32, |m, &present| m << 1 | present as u32);
        self.number(mask);
    }
}

fn label_index(label: Label) -> usize {
    Label::ALL.iter().position(|&l| l == label).unwrap_or(0)
}

/// Packs `document` for `unpack.js`.
pub fn pack(document: &Document) -> Packed {
    let mut p = Packed::default();
    p.numbers.reserve(document.spans.len() * 8 + document.statistics.len() * 10 + 8);
    p.index(document.spans.len());
    for span in &document.spans {
        p.index(span.start);
        p.index(span.end);
        p.string(&span.text);
        p.index(label_index(span.label));
        p.mask(&[
            span.group.is_some(),
            span.value.is_some(),
            span.value_max.is_some(),
            span.unit.is_some(),
            span.approx.is_some(),
            span.timex.is_some(),
            span.confidence.is_some(),
        ]);
        if let Some(group) = span.group {
            p.index(group);
        }
        if let Some(value) = span.value {
            p.number(value);
        }
        if let Some(value_max) = span.value_max {
            p.number(value_max);
        }
        for s in [&span.unit, &span.approx, &span.timex].into_iter().flatten() {
            p.string(s);
        }
        if let Some(confidence) = span.confidence {
            p.number(confidence);
        }
    }
    p.index(document.groups.len());
    for group in &document.groups {
        p.index(label_index(group.label));
        p.string(&group.name);
        p.index(group.mentions.len());
        for &mention in &group.mentions {
            p.index(mention);
        }
    }
    p.index(document.statistics.len());
    for statistic in &document.statistics {
        p.index(statistic.value_span);
        p.mask(&[
            statistic.subject.is_some(),
            statistic.time_span.is_some(),
            statistic.frequency.is_some(),
            statistic.change.is_some(),
            statistic.source_group.is_some(),
            statistic.source.is_some(),
        ]);
        if let Some(subject) = &statistic.subject {
            p.string(subject);
        }
        if let Some(time_span) = statistic.time_span {
            p.index(time_span);
        }
        if let Some(frequency) = &statistic.frequency {
            p.string(frequency);
        }
        if let Some(change) = &statistic.change {
            pack_change(&mut p, change);
        }
        if let Some(source_group) = statistic.source_group {
            p.index(source_group);
        }
        if let Some(source) = &statistic.source {
            p.string(source);
        }
        p.index(statistic.sentence[0]);
        p.index(statistic.sentence[1]);
    }
    p.index(document.quotes.len());
    for quote in &document.quotes {
        p.index(quote.start);
        p.index(quote.end);
        p.string(&quote.text);
        p.mask(&[quote.speaker_group.is_some(), quote.speaker.is_some()]);
        if let Some(speaker_group) = quote.speaker_group {
            p.index(speaker_group);
        }
        if let Some(speaker) = &quote.speaker {
            p.string(speaker);
        }
    }
    p
}

fn pack_change(p: &mut Packed, change: &Change) {
    p.index(DIRECTIONS.iter().position(|&d| d == change.direction).unwrap_or(0));
    p.mask(&[change.value.is_some(), change.unit.is_some(), change.baseline.is_some(), change.span.is_some()]);
    if let Some(value) = change.value {
        p.number(value);
    }
    if let Some(unit) = &change.unit {
        p.string(unit);
    }
    if let Some(baseline) = &change.baseline {
        p.string(baseline);
    }
    if let Some(span) = change.span {
        p.index(span);
    }
}
