//! A recogniser's proposal: a labelled byte range with its normalised value.
//! Recognisers may propose overlapping mentions; `resolve` chooses.

use crate::document::Label;
use crate::offsets::ByteRange;

/// Which recogniser proposed a mention; earlier ones win ties in `resolve`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// The reader's own terms (always win).
    Watchlist,
    /// Dates and times.
    Dates,
    /// Numbers, money, percentages, quantities.
    Numbers,
    /// The named-entity tagger.
    Names,
}

/// A proposed span.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Where it is.
    pub range: ByteRange,
    /// What it is.
    pub label: Label,
    /// Who proposed it.
    pub source: Source,
    /// Normalised number (lower end of a range).
    pub value: Option<f64>,
    /// Upper end of a range.
    pub value_max: Option<f64>,
    /// ISO 4217 code, quantity unit or counted noun.
    pub unit: Option<String>,
    /// Qualifier: `over`, `about`, `nearly`, `at_least`, `up_to`, `under`, …
    pub approx: Option<&'static str>,
    /// TIMEX3 value of a DATE or TIME.
    pub timex: Option<String>,
    /// How sure the recogniser is, 0..1.
    pub confidence: Option<f32>,
}

impl Mention {
    /// A mention with only a range, a label and a source.
    pub fn new(range: ByteRange, label: Label, source: Source) -> Mention {
        Mention {
            range,
            label,
            source,
            value: None,
            value_max: None,
            unit: None,
            approx: None,
            timex: None,
            confidence: None,
        }
    }
}
