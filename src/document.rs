//! The annotation document of `CONTRACT.md`: spans, entity groups and
//! statistics. Plain data with `serde::Serialize`; only the shells turn it
//! into JSON or JavaScript objects.

use serde::Serialize;

/// What a span is: the OntoNotes names for named entities, then numbers and time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[allow(missing_docs)]
pub enum Label {
    Person,
    Norp,
    Fac,
    Org,
    Gpe,
    Loc,
    Product,
    Event,
    WorkOfArt,
    Law,
    Language,
    Misc,
    Date,
    Time,
    Percent,
    Money,
    Quantity,
    Ordinal,
    Cardinal,
}

impl Label {
    /// Every label, in the order of the contract.
    pub const ALL: [Label; 19] = [
        Label::Person,
        Label::Norp,
        Label::Fac,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Product,
        Label::Event,
        Label::WorkOfArt,
        Label::Law,
        Label::Language,
        Label::Misc,
        Label::Date,
        Label::Time,
        Label::Percent,
        Label::Money,
        Label::Quantity,
        Label::Ordinal,
        Label::Cardinal,
    ];

    /// The label's name as the contract writes it (`"PERSON"`, `"WORK_OF_ART"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Norp => "NORP",
            Label::Fac => "FAC",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Product => "PRODUCT",
            Label::Event => "EVENT",
            Label::WorkOfArt => "WORK_OF_ART",
            Label::Law => "LAW",
            Label::Language => "LANGUAGE",
            Label::Misc => "MISC",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Percent => "PERCENT",
            Label::Money => "MONEY",
            Label::Quantity => "QUANTITY",
            Label::Ordinal => "ORDINAL",
            Label::Cardinal => "CARDINAL",
        }
    }

    /// Parses a contract name, case-insensitively (`"person"` works too).
    pub fn parse(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|label| label.as_str().eq_ignore_ascii_case(name))
    }

    /// True for the named-entity labels (PERSON … MISC), false for numbers and time.
    pub fn is_name(self) -> bool {
        self <= Label::Misc
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A highlighted mention: `text[start..end]` in the document's offset unit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Span {
    /// Index of this span in `Document::spans`.
    pub id: usize,
    /// Start offset, in the unit of `Document::offset_unit`.
    pub start: usize,
    /// End offset (exclusive), in the unit of `Document::offset_unit`.
    pub end: usize,
    /// The exact slice of the input.
    pub text: String,
    /// What the span is.
    pub label: Label,
    /// The entity group (`Document::groups`) of a named entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<usize>,
    /// The number, after scale words ("1.2B" is 1200000000); the lower end of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// The upper end of a range ("10-15%": value 10, value_max 15).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// ISO 4217 code for money, a unit name for quantities, the counted noun for counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// A qualifier of the value: `over`, `about`, `nearly`, `at_least`, `up_to`, …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approx: Option<String>,
    /// DATE and TIME as TIMEX3 (`2024-10-14`, `2024-Q3`, `XXXX-10-14`, `P1Y`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timex: Option<String>,
    /// How sure the recogniser is, 0..1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f32>,
}

/// Mentions of one real-world entity ("Pavel Durov", "Durov").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group {
    /// Index of this group in `Document::groups`.
    pub id: usize,
    /// The label the group's mentions share.
    pub label: Label,
    /// The fullest name among the mentions.
    pub name: String,
    /// Span ids of the mentions, in text order.
    pub mentions: Vec<usize>,
}

/// How a statistic changed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// `up`, `down` or `flat`.
    pub direction: Direction,
    /// Size of the change ("a 25% jump": 25), when the text gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Unit of the change: `percent`, `points`, `times`, or the value's own unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// What it is compared with ("last year", "5.2%").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<String>,
    /// The span holding the change's size, when it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<usize>,
}

/// Direction of a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum Direction {
    Up,
    Down,
    Flat,
}

/// A number linked to what it measures, when, how it changed and who said it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statistic {
    /// Index of this statistic in `Document::statistics`.
    pub id: usize,
    /// The span holding the number.
    pub value_span: usize,
    /// What the number counts or measures ("fake accounts").
    pub subject: Option<String>,
    /// The DATE span giving the statistic's time scope.
    pub time_span: Option<usize>,
    /// How often it holds ("every month" → "monthly"), when the sentence says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frequency: Option<String>,
    /// A change and its baseline.
    pub change: Option<Change>,
    /// The entity group the statistic is attributed to.
    pub source_group: Option<usize>,
    /// The source's words when it is not a grouped entity ("officials").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The sentence holding the statistic, as [start, end) in the document's unit.
    pub sentence: [usize; 2],
}

/// A quoted statement and who said it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// Index of this quote in `Document::quotes`.
    pub id: usize,
    /// Start of the quoted words (inside the marks), in the document's unit.
    pub start: usize,
    /// End of the quoted words (exclusive), in the document's unit.
    pub end: usize,
    /// The quoted words.
    pub text: String,
    /// The entity group of the speaker.
    pub speaker_group: Option<usize>,
    /// The speaker's words when no group fits ("officials").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// The unit that span offsets count in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OffsetUnit {
    /// UTF-16 code units: JavaScript string indices (the default).
    #[default]
    Utf16,
    /// Unicode code points: Python string indices.
    Chars,
    /// Bytes of the UTF-8 text: Rust string indices.
    Utf8,
}

impl OffsetUnit {
    /// Parses `utf16`, `chars` or `utf8`.
    pub fn parse(name: &str) -> Option<OffsetUnit> {
        match name {
            "utf16" => Some(OffsetUnit::Utf16),
            "chars" => Some(OffsetUnit::Chars),
            "utf8" => Some(OffsetUnit::Utf8),
            _ => None,
        }
    }
}

/// What `annotate` returns.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Document {
    /// Every highlighted mention, sorted by start, not overlapping.
    pub spans: Vec<Span>,
    /// Mentions of one entity.
    pub groups: Vec<Group>,
    /// Numbers linked to what they measure.
    pub statistics: Vec<Statistic>,
    /// Quoted statements and their speakers (an addition to the contract).
    pub quotes: Vec<Quote>,
    /// The unit of every offset in this document.
    #[serde(skip)]
    pub offset_unit: OffsetUnit,
}
