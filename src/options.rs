//! What a caller can ask of `annotate`.

use crate::dates::calendar::{Date, TimeOfDay};
use crate::document::{Label, OffsetUnit};

/// Options of `annotate`. `Options::default()` gives UTF-16 offsets and no
/// reference date (relative dates keep unknown parts as `X`).
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The article's date, against which "last year" or "on Friday" resolve.
    pub reference_date: Option<Date>,
    /// The time of day of the reference, when known: then "in 2 minutes" and
    /// "in a week" resolve to an instant or a day (without it they stay
    /// durations). Used only with `reference_date`.
    pub reference_time: Option<TimeOfDay>,
    /// The unit of the document's offsets.
    pub offsets: OffsetUnit,
    /// The reader's own terms, always highlighted with their label.
    pub watchlist: Vec<WatchTerm>,
}

/// A word or name the reader wants highlighted as `label` wherever it occurs.
#[derive(Clone, Debug, PartialEq)]
pub struct WatchTerm {
    /// The term, matched case-insensitively on token boundaries.
    pub term: String,
    /// The label its mentions get.
    pub label: Label,
}
