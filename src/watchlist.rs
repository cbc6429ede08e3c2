//! The reader's own terms: words or names that are always highlighted with
//! the label the reader gave them.

use crate::mention::{Mention, Source};
use crate::offsets::ByteRange;
use crate::options::WatchTerm;
use crate::tokenize::{self, Token};
use crate::work::{self, Work};

/// Finds every occurrence of each term, case-insensitively, on token boundaries.
pub fn recognise(text: &str, tokens: &[Token], terms: &[WatchTerm]) -> Vec<Mention> {
    let mut mentions = Vec::new();
    if terms.is_empty() {
        return mentions;
    }
    let lower: Vec<String> = tokens.iter().map(|t| t.text(text).to_lowercase()).collect();
    for term in terms {
        let term_tokens: Vec<String> =
            tokenize::tokenize(&term.term).iter().map(|t| t.text(&term.term).to_lowercase()).collect();
        if term_tokens.is_empty() || term_tokens.len() > tokens.len() {
            continue;
        }
        for start in 0..=tokens.len() - term_tokens.len() {
            work::tick(Work::WatchComparisons);
            if lower[start..start + term_tokens.len()] == term_tokens[..] {
                let range = ByteRange::new(tokens[start].range.start, tokens[start + term_tokens.len() - 1].range.end);
                let mut mention = Mention::new(range, term.label, Source::Watchlist);
                mention.confidence = Some(1.0);
                mentions.push(mention);
            }
        }
    }
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Label;

    #[test]
    fn finds_terms_case_insensitively_on_token_boundaries() {
        let text = "Open RAN is here; open ran again, but not openrank.";
        let tokens = tokenize::tokenize(text);
        let terms = [WatchTerm { term: "Open RAN".into(), label: Label::Product }];
        let found: Vec<&str> = recognise(text, &tokens, &terms).iter().map(|m| m.range.of(text)).collect();
        assert_eq!(found, ["Open RAN", "open ran"]);
    }
}
