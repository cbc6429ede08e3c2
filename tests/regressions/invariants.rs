//! The invariants every document `annotate` returns must keep, whatever the
//! input: shared by `tests/properties.rs`, `tests/hostile.rs` and the fuzz
//! targets in `fuzz/` (each includes this file with `#[path]`).
//!
//! - spans: `id` is the index; non-empty; sorted and disjoint; both ends
//!   inside the text and on character boundaries in the document's unit;
//!   `text` is exactly that slice; numbers finite; confidence in 0..=1;
//! - groups: `id` is the index; every mention is a span that points back;
//! - statistics: `id` is the index; every span or group it names exists; its
//!   sentence is a range of the text that holds its value span.
#![allow(dead_code)]

use newsmark::{Document, OffsetUnit};

/// Converts offsets in `unit` to byte offsets of `text`, in one pass: `None`
/// for an offset past the end or inside a character (e.g. between the two
/// UTF-16 units of an emoji).
pub fn byte_offsets(text: &str, unit: OffsetUnit, offsets: &[usize]) -> Vec<Option<usize>> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut out = vec![None; offsets.len()];
    let mut next = order.iter().peekable();
    let mut count = 0usize; // offset in `unit` of `byte`
    let boundaries = text.char_indices().map(|(b, ch)| (b, Some(ch))).chain(std::iter::once((text.len(), None)));
    for (byte, ch) in boundaries {
        while let Some(&&i) = next.peek() {
            if offsets[i] < count {
                next.next(); // inside the previous character: stays None
            } else if offsets[i] == count {
                out[i] = Some(byte);
                next.next();
            } else {
                break;
            }
        }
        if let Some(ch) = ch {
            count += match unit {
                OffsetUnit::Utf16 => ch.len_utf16(),
                OffsetUnit::Chars => 1,
                OffsetUnit::Utf8 => ch.len_utf8(),
            };
        }
    }
    out
}

/// The byte range of `[start, end)` in `unit`, if both ends are boundaries.
fn byte_range(
    map: &std::collections::HashMap<usize, Option<usize>>,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    Some(((*map.get(&start)?)?, (*map.get(&end)?)?))
}

/// Checks every invariant of `doc`, annotated from `text` in `unit`.
pub fn check(text: &str, doc: &Document, unit: OffsetUnit) -> Result<(), String> {
    if doc.offset_unit != unit {
        return Err(format!("offset unit {:?}, asked for {unit:?}", doc.offset_unit));
    }
    // Every offset the document holds, converted in one pass.
    let mut offsets = Vec::with_capacity(doc.spans.len() * 2 + doc.statistics.len() * 2);
    for span in &doc.spans {
        offsets.extend([span.start, span.end]);
    }
    for statistic in &doc.statistics {
        offsets.extend(statistic.sentence);
    }
    let bytes = byte_offsets(text, unit, &offsets);
    let map: std::collections::HashMap<usize, Option<usize>> = offsets.iter().copied().zip(bytes).collect();

    let mut previous_end = 0;
    for (i, span) in doc.spans.iter().enumerate() {
        let at = format!("span {i} {:?} {}..{} {:?}", span.label, span.start, span.end, span.text);
        if span.id != i {
            return Err(format!("{at}: id {} is not its index", span.id));
        }
        if span.start >= span.end {
            return Err(format!("{at}: empty or reversed"));
        }
        if span.start < previous_end {
            return Err(format!(
                "{at}: starts before the previous span ends ({previous_end}): not sorted and disjoint"
            ));
        }
        previous_end = span.end;
        let Some((start, end)) = byte_range(&map, span.start, span.end) else {
            return Err(format!("{at}: an end is outside the text or not on a character boundary"));
        };
        if text[start..end] != span.text {
            return Err(format!("{at}: text is not the slice {:?}", &text[start..end]));
        }
        for (name, value) in [("value", span.value), ("value_max", span.value_max)] {
            if value.is_some_and(|v| !v.is_finite()) {
                return Err(format!("{at}: {name} {value:?} is not a finite number (JSON cannot hold it)"));
            }
        }
        if span.confidence.is_some_and(|c| !(0.0..=1.0).contains(&c)) {
            return Err(format!("{at}: confidence {:?} outside 0..1", span.confidence));
        }
        if let Some(g) = span.group {
            let group = doc.groups.get(g).ok_or_else(|| format!("{at}: group {g} does not exist"))?;
            if !group.mentions.contains(&i) {
                return Err(format!("{at}: group {g} does not list it"));
            }
        }
    }
    for (g, group) in doc.groups.iter().enumerate() {
        if group.id != g {
            return Err(format!("group {g}: id {} is not its index", group.id));
        }
        if group.mentions.is_empty() {
            return Err(format!("group {g}: no mentions"));
        }
        for &m in &group.mentions {
            let span = doc.spans.get(m).ok_or_else(|| format!("group {g}: mention {m} is not a span"))?;
            if span.group != Some(g) {
                return Err(format!("group {g}: mention {m} has group {:?}", span.group));
            }
        }
    }
    for (s, statistic) in doc.statistics.iter().enumerate() {
        let at = format!("statistic {s}");
        if statistic.id != s {
            return Err(format!("{at}: id {} is not its index", statistic.id));
        }
        let value = doc.spans.get(statistic.value_span).ok_or_else(|| format!("{at}: value_span is not a span"))?;
        for (name, span) in
            [("time_span", statistic.time_span), ("change.span", statistic.change.as_ref().and_then(|c| c.span))]
        {
            if span.is_some_and(|i| i >= doc.spans.len()) {
                return Err(format!("{at}: {name} {span:?} is not a span"));
            }
        }
        if statistic.source_group.is_some_and(|g| g >= doc.groups.len()) {
            return Err(format!("{at}: source_group {:?} is not a group", statistic.source_group));
        }
        if statistic.change.as_ref().and_then(|c| c.value).is_some_and(|v| !v.is_finite()) {
            return Err(format!("{at}: change value is not finite"));
        }
        let [start, end] = statistic.sentence;
        if start > end || byte_range(&map, start, end).is_none() {
            return Err(format!("{at}: sentence {start}..{end} is not a range of the text"));
        }
        if value.start < start || value.end > end {
            return Err(format!(
                "{at}: sentence {start}..{end} does not hold its value span {}..{}",
                value.start, value.end
            ));
        }
    }
    Ok(())
}

/// `check`, panicking with the text (shortened) when an invariant fails.
pub fn assert_valid(text: &str, doc: &Document, unit: OffsetUnit) {
    if let Err(problem) = check(text, doc, unit) {
        let shown: String = text.chars().take(300).collect();
        panic!("{problem}\n  unit {unit:?}, text ({} bytes) {shown:?}", text.len());
    }
}
