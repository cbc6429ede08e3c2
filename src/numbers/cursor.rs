//! Cheap access to the tokens of one sentence: their text, an ASCII
//! lower-case copy on the stack, and whether white space separates them.
//!
//! Every matcher of this module reads tokens through a `Cursor`, so that an
//! index past the sentence simply reads as an empty word and no matcher has to
//! check bounds or allocate.

use crate::tokenize::{Token, TokenKind};
use crate::work::{self, Work};

/// The longest word the tables of this module hold; longer tokens never match.
const MAX_WORD: usize = 24;

/// A short token in ASCII lower case: the token itself when it has no
/// ASCII capital (most words), else a lower-cased copy on the stack.
///
/// Only ASCII bytes change, so a UTF-8 token stays valid UTF-8 ("€ur" → "€ur").
pub(super) struct Lower<'a> {
    word: &'a str,
    buf: [u8; MAX_WORD],
    /// Some capital was lowered: the text is `buf[..word.len()]`.
    copied: bool,
}

impl<'a> Lower<'a> {
    /// Lower-cases `word`, or gives the empty word when it is too long to match anything.
    pub(super) fn new(word: &'a str) -> Lower<'a> {
        let mut buf = [0u8; MAX_WORD];
        if word.len() > MAX_WORD {
            return Lower { word: "", buf, copied: false };
        }
        let copied = word.bytes().any(|b| b.is_ascii_uppercase());
        if copied {
            for (slot, byte) in buf.iter_mut().zip(word.bytes()) {
                *slot = byte.to_ascii_lowercase();
            }
        }
        Lower { word, buf, copied }
    }

    /// The lower-case text.
    pub(super) fn as_str(&self) -> &str {
        if !self.copied {
            return self.word;
        }
        // Lower-casing ASCII bytes never breaks a UTF-8 sequence.
        std::str::from_utf8(&self.buf[..self.word.len()]).unwrap_or("")
    }
}

/// The tokens of one sentence.
#[derive(Clone, Copy)]
pub(super) struct Cursor<'a> {
    /// Every token of the text.
    pub tokens: &'a [Token],
    /// The text of every token (`tokens[i].text(text)`), sliced once: the
    /// matchers read words far more often than there are tokens.
    pub words: &'a [&'a str],
    /// First token of the sentence.
    pub start: usize,
    /// One past the last token of the sentence.
    pub end: usize,
}

impl<'a> Cursor<'a> {
    /// True when token `i` lies inside the sentence.
    pub(super) fn has(&self, i: usize) -> bool {
        i >= self.start && i < self.end
    }

    /// The text of token `i`, or "" outside the sentence.
    pub(super) fn word(&self, i: usize) -> &'a str {
        work::tick(Work::NumberTokens);
        if self.has(i) {
            self.words[i]
        } else {
            ""
        }
    }

    /// The lower-cased text of token `i`.
    pub(super) fn lower(&self, i: usize) -> Lower<'a> {
        Lower::new(self.word(i))
    }

    /// True when token `i` is `word`, ignoring ASCII case.
    pub(super) fn is(&self, i: usize, word: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(word)
    }

    /// The kind of token `i`, if it is in the sentence.
    pub(super) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.has(i).then(|| self.tokens[i].kind)
    }

    /// True when token `i` follows the previous token with no white space between.
    pub(super) fn glued(&self, i: usize) -> bool {
        self.has(i) && i > self.start && !self.tokens[i].space_before
    }

    /// Byte where token `i` starts.
    pub(super) fn start_of(&self, i: usize) -> usize {
        self.tokens[i].range.start
    }

    /// Byte where token `i` ends.
    pub(super) fn end_of(&self, i: usize) -> usize {
        self.tokens[i].range.end
    }

    /// True when token `i` is a word that starts with a capital letter.
    pub(super) fn capitalised(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }
}
