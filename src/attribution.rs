//! Who said it: the source of a statistic or the speaker of a quote.
//!
//! A `Context` sees the whole text's tokens and resolved mentions, so both the
//! statistics layer and the quote finder ask it the same questions: which
//! mention covers this token, and who is named next to this reporting verb
//! ("Durov shared that …", "…, the ministry said", "according to Meta",
//! "he said" with the pronoun resolved to the last person or organisation).

use std::borrow::Cow;

use crate::document::Label;
use crate::groups::Groups;
use crate::mention::Mention;
use crate::tokenize::{Token, TokenKind};
use crate::wordset::{Key, WordSet};
use crate::work::{self, Work};

/// Verbs (and "according") that attribute a statement to a source.
#[rustfmt::skip]
pub(crate) const REPORTING_VERBS: WordSet<50> = WordSet::new(&[
    "according", "added", "adds", "announced", "announces", "argued", "asked", "claimed", "claims", "confirmed",
    "confirms", "declared", "disclosed", "discloses", "estimated", "estimates", "explained", "finds", "forecast",
    "forecasts", "found", "insisted", "noted", "notes", "posted", "predicted", "predicts", "projected", "projects",
    "replied", "reported", "reports", "revealed", "reveals", "said", "say", "says", "shared", "shares", "showed",
    "shows", "stated", "states", "tells", "told", "tweeted", "warned", "warns", "writes", "wrote",
]);

/// Pronouns that point back to the last person or organisation named.
const PRONOUNS: WordSet<8> = WordSet::new(&["he", "she", "they", "it", "his", "her", "its", "their"]);

/// Function words that never name a source.
#[rustfmt::skip]
pub(crate) const FUNCTION_WORDS: WordSet<71> = WordSet::new(&[
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "than",
    "that", "which", "who", "whom", "whose", "this", "these", "those", "is", "are", "was", "were", "be", "been",
    "being", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "do", "does",
    "did", "not", "now", "each", "every", "per", "over", "under", "about", "around", "since", "while", "when",
    "where", "after", "before", "during", "so", "also", "only", "just", "still", "already", "i", "we", "you",
]);

/// True for words that attribute a statement ("said", "According"), in any
/// case.
pub fn is_reporting_verb(word: &str) -> bool {
    REPORTING_VERBS.contains(word)
}

/// A source: the entity group it names, or its own words when it names none
/// ("officials", "the report").
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The group of the named entity.
    pub group: Option<usize>,
    /// The source's words when no entity is named.
    pub words: Option<String>,
}

/// The text, its tokens and its resolved mentions (sorted, disjoint).
pub struct Context<'a> {
    /// The text.
    pub text: &'a str,
    /// All tokens of the text.
    pub tokens: &'a [Token],
    /// The resolved mentions.
    pub mentions: &'a [Mention],
    /// Their groups.
    pub groups: &'a Groups,
}

impl Context<'_> {
    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &str {
        work::tick(Work::ContextTokens);
        self.tokens[i].text(self.text)
    }

    /// The lower-cased text of token `i`.
    pub fn lower(&self, i: usize) -> Cow<'_, str> {
        let word = self.word(i);
        // Most words are lower-case already: no copy for them.
        if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            Cow::Borrowed(word)
        } else {
            Cow::Owned(word.to_lowercase())
        }
    }

    /// Index of the first token starting at or after byte `at`.
    pub fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.range.start < at)
    }

    /// Index of mention `m`'s first token.
    pub fn first_token(&self, m: usize) -> usize {
        self.token_at(self.mentions[m].range.start)
    }

    /// Index of the token just past mention `m`.
    pub fn token_after(&self, m: usize) -> usize {
        self.token_at(self.mentions[m].range.end)
    }

    /// The mention covering token `i`, if any.
    pub fn mention_at_token(&self, i: usize) -> Option<usize> {
        let at = self.tokens.get(i)?.range.start;
        let m = self.mentions.partition_point(|m| m.range.end <= at);
        (m < self.mentions.len() && self.mentions[m].range.start <= at).then_some(m)
    }

    /// The group of the last person or organisation mentioned before byte
    /// `at`: what "he said" or "its report" points to.
    pub fn last_named_before(&self, at: usize) -> Option<usize> {
        self.groups.last_named_before(self.mentions.partition_point(|m| m.range.end <= at))
    }

    /// The text from token `from` to token `to` (inclusive).
    pub fn slice(&self, from: usize, to: usize) -> &str {
        &self.text[self.tokens[from].range.start..self.tokens[to].range.end]
    }

    /// The source named right before the reporting verb at token `verb`
    /// ("Durov shared", "Meta has said", "the ministry said"), not looking
    /// before token `floor`.
    pub fn speaker_before(&self, verb: usize, floor: usize, last_named: Option<usize>) -> Option<Speaker> {
        if verb <= floor {
            return None;
        }
        let mut i = verb - 1;
        while i > floor
            && matches!(self.lower(i).as_ref(), "has" | "had" | "have" | "also" | "later" | "previously" | "once")
        {
            i -= 1;
        }
        self.speaker_ending_at(i, floor, last_named)
    }

    /// The source named right after token `i` ("said Durov", "according to
    /// the ministry"), not looking past token `limit` (exclusive).
    pub fn speaker_after(&self, i: usize, limit: usize, last_named: Option<usize>) -> Option<Speaker> {
        let mut i = i;
        if i < limit && self.lower(i) == "the" {
            i += 1;
        }
        if i >= limit {
            return None;
        }
        if let Some(m) = self.mention_at_token(i) {
            return self.named(m);
        }
        if PRONOUNS.contains(self.word(i)) {
            return last_named.map(|g| Speaker { group: Some(g), words: None });
        }
        let mut j = i;
        while j < limit && j < i + 4 && self.is_source_word(j) {
            j += 1;
        }
        (j > i).then(|| Speaker { group: None, words: Some(self.slice(i, j - 1).to_string()) })
    }

    /// A source whose last token is `i`.
    fn speaker_ending_at(&self, i: usize, floor: usize, last_named: Option<usize>) -> Option<Speaker> {
        if let Some(m) = self.mention_at_token(i) {
            return self.named(m);
        }
        if PRONOUNS.contains(self.word(i)) {
            return last_named.map(|g| Speaker { group: Some(g), words: None });
        }
        if !self.is_source_word(i) {
            return None;
        }
        let mut k = i;
        while k > floor && i - k < 3 && self.is_source_word(k - 1) {
            k -= 1;
        }
        Some(Speaker { group: None, words: Some(self.slice(k, i).to_string()) })
    }

    fn is_source_word(&self, i: usize) -> bool {
        let key = Key::of(self.word(i));
        self.tokens[i].kind == TokenKind::Word
            && !FUNCTION_WORDS.contains_key(key)
            && !REPORTING_VERBS.contains_key(key)
    }

    /// A mention that can be a source: a person, organisation, place or group.
    fn named(&self, m: usize) -> Option<Speaker> {
        let label = self.mentions[m].label;
        matches!(label, Label::Person | Label::Org | Label::Gpe | Label::Norp | Label::Misc)
            .then(|| Speaker { group: self.groups.group_of(m), words: None })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporting_verbs_in_any_case() {
        for word in ["said", "Said", "SAID", "according", "According", "wrote", "ANNOUNCED"] {
            assert!(is_reporting_verb(word), "{word}");
        }
        for word in ["", "sai", "saids", "announcement", "Kazakhstan", "née", "Durov"] {
            assert!(!is_reporting_verb(word), "{word}");
        }
    }
}
