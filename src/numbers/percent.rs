//! Percentages: "25%", "25 per cent", "25 percent", "25 pct", "25pc".
//!
//! "3 percentage points" and "25 basis points" are read here too, as the
//! differences of percentages they are: QUANTITY with unit `percentage
//! point` or `basis point` (ANNOTATION.md), not PERCENT.

use super::cursor::Cursor;

/// What kind of percentage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Percent {
    /// A percentage: "25%".
    Plain,
    /// A difference of percentages: "3 percentage points".
    Points,
    /// A hundredth of a percentage point: "25 basis points", "25bp".
    Basis,
}

/// The percent sign or words after a number: `suffix` is what is glued to its
/// digits ("pc" of "25pc"), `i` the token after it. Returns the kind and the
/// token after the sign.
pub(super) fn after(cur: &Cursor, suffix: &str, i: usize) -> Option<(Percent, usize)> {
    match suffix {
        "" => {}
        "pc" | "pct" => return Some((Percent::Plain, i)),
        "pp" | "ppt" | "ppts" => return Some((Percent::Points, i)),
        "bp" | "bps" => return Some((Percent::Basis, i)),
        _ => return None,
    }
    let word = cur.lower(i);
    match word.as_str() {
        "%" | "percent" | "pct" | "pct." => {
            // "25% points" is rare; "25 percentage points" is the usual form.
            Some((Percent::Plain, i + 1))
        }
        "per" if cur.is(i + 1, "cent") => Some((Percent::Plain, i + 2)),
        "percentage" if cur.is(i + 1, "points") || cur.is(i + 1, "point") => Some((Percent::Points, i + 2)),
        "percentage-point" | "percentage-points" => Some((Percent::Points, i + 1)),
        "pp" | "ppt" | "ppts" => Some((Percent::Points, i + 1)),
        "basis" if cur.is(i + 1, "points") || cur.is(i + 1, "point") => Some((Percent::Basis, i + 2)),
        "bp" | "bps" => Some((Percent::Basis, i + 1)),
        _ => None,
    }
}
