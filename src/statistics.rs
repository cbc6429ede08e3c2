//! The statistics layer: each number linked to what it measures, its time
//! scope, a change and its baseline, and who it is attributed to.

use crate::document::{Change, Statistic};
use crate::groups::Groups;
use crate::mention::Mention;
use crate::offsets::{ByteRange, OffsetMap};
use crate::tokenize::{Sentence, Token};

/// A statistic with byte offsets, before the document's unit is applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// Index of the mention holding the number.
    pub value_mention: usize,
    /// What it counts or measures.
    pub subject: Option<String>,
    /// Index of the DATE mention giving its time scope.
    pub time_mention: Option<usize>,
    /// How often it holds ("monthly").
    pub frequency: Option<String>,
    /// How it changed.
    pub change: Option<Change>,
    /// The group it is attributed to.
    pub source_group: Option<usize>,
    /// The source's words when no group fits.
    pub source: Option<String>,
    /// The sentence it is in.
    pub sentence: ByteRange,
}

impl Link {
    /// The contract's statistic, with offsets converted by `map`.
    pub fn into_statistic(self, id: usize, map: &OffsetMap) -> Statistic {
        let (start, end) = map.convert_range(self.sentence);
        Statistic {
            id,
            value_span: self.value_mention,
            subject: self.subject,
            time_span: self.time_mention,
            frequency: self.frequency,
            change: self.change,
            source_group: self.source_group,
            source: self.source,
            sentence: [start, end],
        }
    }
}

/// Links the numeric mentions of the text to what they measure.
pub fn link(text: &str, tokens: &[Token], sentences: &[Sentence], mentions: &[Mention], groups: &Groups) -> Vec<Link> {
    let _ = (text, tokens, sentences, mentions, groups);
    Vec::new()
}
