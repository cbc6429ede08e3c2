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
pub(crate) const REPORTING_VERBS: WordSet<54> = WordSet::new(&[
    "according", "added", "adds", "announced", "announces", "argued", "asked", "claimed", "claims", "confirmed",
    "confirms", "declared", "disclosed", "discloses", "estimated", "estimates", "explained", "finds", "forecast",
    "forecasts", "found", "insisted", "noted", "notes", "posted", "predicted", "predicts", "projected", "projects",
    "replied", "reported", "reports", "revealed", "reveals", "said", "say", "says", "shared", "shares", "showed",
    "shows", "stated", "states", "tells", "told", "tweeted", "warned", "warns", "writes", "wrote", "show", "expect",
    "expects", "expected",
]);

/// Pronouns that stand for a person ("he said").
const PERSON_PRONOUNS: WordSet<2> = WordSet::new(&["he", "she"]);
/// Pronouns that stand for an organisation, or a person when none is named ("it said", "they said").
const OTHER_PRONOUNS: WordSet<2> = WordSet::new(&["it", "they"]);
/// Possessives that stand for their owner ("its report").
const POSSESSIVES: WordSet<4> = WordSet::new(&["his", "her", "its", "their"]);
/// Reporting words that are nouns as often as verbs ("its forecast", "the
/// survey's estimates"): after a determiner and nouns, they are nouns.
#[rustfmt::skip]
const NOUN_LIKE_REPORTS: WordSet<10> = WordSet::new(&[
    "forecast", "forecasts", "estimates", "projects", "shares", "notes", "claims", "reports", "finds", "states",
]);
/// Verbs whose object is the audience, never the speaker ("told reporters").
const AUDIENCE_VERBS: WordSet<4> = WordSet::new(&["told", "tells", "tell", "asked"]);
/// Words of a market index's name: an index moves, it never speaks ("the Dow").
#[rustfmt::skip]
const INDEX_WORDS: WordSet<16> = WordSet::new(&[
    "dow", "nasdaq", "s&p", "ftse", "nikkei", "dax", "cac", "stoxx", "kospi", "sensex", "nifty", "hang", "index",
    "average", "composite", "topix",
]);

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

/// The names a pronoun can point back to: the last person and the last
/// organisation (or place) named before it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Antecedents {
    /// The group of the last person named.
    pub person: Option<usize>,
    /// The group of the last organisation or place named.
    pub organisation: Option<usize>,
}

impl Antecedents {
    /// Takes mention `m` into account, as the latest name read.
    pub fn read(&mut self, context: &Context, m: usize) {
        match context.mentions[m].label {
            Label::Person => self.person = context.groups.group_of(m).or(self.person),
            // An index ("the Dow") never speaks: "it said" passes over it.
            Label::Org | Label::Gpe if !context.is_index(m) => {
                self.organisation = context.groups.group_of(m).or(self.organisation)
            }
            _ => {}
        }
    }

    /// What the pronoun `word` stands for: "he" and "she" a person; "it"
    /// and "they" an organisation, else a person.
    fn resolve(&self, word: &str) -> Option<Option<usize>> {
        if PERSON_PRONOUNS.contains(word) {
            Some(self.person)
        } else if OTHER_PRONOUNS.contains(word) || POSSESSIVES.contains(word) {
            Some(self.organisation.or(self.person))
        } else {
            None
        }
    }
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

    /// The last person and organisation mentioned before byte `at`: what
    /// "he said" or "it said" points to. Looks back over a bounded number
    /// of mentions, so that asking once per sentence stays linear.
    pub fn last_named_before(&self, at: usize) -> Antecedents {
        const LOOK_BACK: usize = 200;
        let before = self.mentions.partition_point(|m| m.range.end <= at);
        let mut antecedents = Antecedents::default();
        for m in before.saturating_sub(LOOK_BACK)..before {
            antecedents.read(self, m);
        }
        antecedents
    }

    /// True for a market index ("the Dow", "S&P 500"): it moves, it never speaks.
    pub fn is_index(&self, m: usize) -> bool {
        self.mentions[m].range.of(self.text).split(|c: char| c.is_whitespace()).any(|w| INDEX_WORDS.contains(w))
    }

    /// The text from token `from` to token `to` (inclusive).
    pub fn slice(&self, from: usize, to: usize) -> &str {
        &self.text[self.tokens[from].range.start..self.tokens[to].range.end]
    }

    /// The source named right before the reporting verb at token `verb`
    /// ("Durov shared", "Meta has said", "the ministry said"), not looking
    /// before token `floor`.
    pub fn speaker_before(&self, verb: usize, floor: usize, last_named: Antecedents) -> Option<Speaker> {
        if verb <= floor {
            return None;
        }
        let mut i = verb - 1;
        while i > floor
            && matches!(self.lower(i).as_ref(), "has" | "had" | "have" | "also" | "later" | "previously" | "once")
        {
            i -= 1;
        }
        // "Karl Dunn, speaking next to the police chief, said": a person
        // stands before the phrase set off by commas.
        if self.word(i) == "," {
            const APPOSITIVE: usize = 12;
            let open = (i.saturating_sub(APPOSITIVE).max(floor)..i).rev().find(|&k| self.word(k) == ",");
            let person = open.filter(|&k| k > floor).and_then(|k| self.mention_at_token(k - 1));
            return person.filter(|&m| self.mentions[m].label == Label::Person).and_then(|m| self.named(m));
        }
        self.speaker_ending_at(i, floor, last_named)
    }

    /// True when token `i` is a reporting verb in use, not a noun after a
    /// determiner ("its annual report", "its full-year delivery forecast").
    pub fn reports_at(&self, i: usize, floor: usize) -> bool {
        if !is_reporting_verb(self.word(i)) {
            return false;
        }
        let mut k = i;
        let mut nouns = 0;
        while k > floor {
            k -= 1;
            let word = self.word(k);
            if matches!(self.lower(k).as_ref(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our") {
                // "the company said" is a verb; "its forecast", "a survey" are nouns.
                return nouns > 0 && !NOUN_LIKE_REPORTS.contains(self.word(i));
            }
            if self.tokens[k].kind != TokenKind::Word || FUNCTION_WORDS.contains(word) || nouns == 3 {
                return true;
            }
            nouns += 1;
        }
        true
    }

    /// True when the object of reporting verb `verb` is its audience ("told
    /// reporters"), so the speaker can only stand before it.
    pub fn names_audience(&self, verb: usize) -> bool {
        AUDIENCE_VERBS.contains(self.word(verb))
    }

    /// The source named right after token `i` ("said Durov", "according to
    /// the ministry"), not looking past token `limit` (exclusive).
    pub fn speaker_after(&self, i: usize, limit: usize, last_named: Antecedents) -> Option<Speaker> {
        let mut i = i;
        if i < limit && matches!(self.lower(i).as_ref(), "the" | "a" | "an") {
            i += 1;
        }
        if i >= limit {
            return None;
        }
        if let Some(m) = self.mention_at_token(i) {
            return self.named(m);
        }
        // "according to its annual report": its owner's.
        if let Some(group) = last_named.resolve(self.word(i)) {
            return group.map(|g| Speaker { group: Some(g), words: None });
        }
        let mut j = i;
        while j < limit && j < i + 4 && self.is_source_word(j) {
            j += 1;
        }
        (j > i).then(|| Speaker { group: None, words: Some(self.slice(i, j - 1).to_string()) })
    }

    /// The source after "according to" at token `i`: the first name of the
    /// phrase, which a survey, poll or data set is by or from ("according to
    /// a survey by Marlow Analytics"), else its words ("according to officials").
    pub fn according_to(&self, i: usize, limit: usize, last_named: Antecedents) -> Option<Speaker> {
        const PHRASE: usize = 8;
        let end = (i..limit.min(i + PHRASE)).find(|&k| self.tokens[k].kind == TokenKind::Punct).unwrap_or(limit);
        let by_name = (i..end).find_map(|k| self.mention_at_token(k).and_then(|m| self.named(m)));
        by_name.or_else(|| self.speaker_after(i, limit, last_named))
    }

    /// A source whose last token is `i`.
    fn speaker_ending_at(&self, i: usize, floor: usize, last_named: Antecedents) -> Option<Speaker> {
        if let Some(m) = self.mention_at_token(i) {
            return self.named(m);
        }
        if let Some(group) = last_named.resolve(self.word(i)) {
            return group.map(|g| Speaker { group: Some(g), words: None });
        }
        self.words_ending_at(i, floor)
    }

    /// A source in plain words ending at token `i` ("the electoral
    /// commission", "officials at the health agency").
    fn words_ending_at(&self, i: usize, floor: usize) -> Option<Speaker> {
        if !self.is_source_word(i) {
            return None;
        }
        let mut k = i;
        while k > floor && i - k < 3 && self.is_source_word(k - 1) {
            k -= 1;
        }
        // The head before a place or institution: "officials at the agency".
        let mut j = k;
        if j > floor && matches!(self.lower(j - 1).as_ref(), "the" | "a") {
            j -= 1;
        }
        if j > floor + 1 && matches!(self.lower(j - 1).as_ref(), "at" | "of" | "from") && self.is_source_word(j - 2) {
            k = j - 2;
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
        (matches!(label, Label::Person | Label::Org | Label::Gpe | Label::Norp | Label::Misc) && !self.is_index(m))
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
