//! Dates and times: DATE and TIME spans with TIMEX3 values.

pub mod calendar;

use crate::mention::Mention;
use crate::tokenize::{Sentence, Token};
use calendar::Date;

/// Finds the date and time expressions of the text, resolved against `reference`.
pub fn recognise(text: &str, tokens: &[Token], sentences: &[Sentence], reference: Option<Date>) -> Vec<Mention> {
    let _ = (text, tokens, sentences, reference);
    Vec::new()
}
