//! Tokens and sentences for news text.
//!
//! Tokens follow the conventions of the CoNLL-2003 / Penn Treebank data the
//! name model learns from: punctuation and symbols are their own tokens,
//! clitics split off ("Kazakhstan’s" → "Kazakhstan" "’s", "don't" → "do"
//! "n't"), while abbreviations ("Oct.", "U.S.", "Inc."), numbers with
//! separators ("3,000", "12.5") and hyphenated words stay whole.
//!
//! Sentences end at `.`, `!` or `?` before a capitalised word, and at every
//! line break unless the next line continues in lower case, so that
//! headlines without a final period stand alone.

use crate::offsets::ByteRange;
use crate::work::{self, Work};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens, apostrophes or dots inside.
    Word,
    /// Starts with a digit: "12.5", "3,000", "21st", "1.2B", "10-15".
    Number,
    /// Punctuation: quotes, brackets, dashes, commas, full stops.
    Punct,
    /// Any other symbol: currency signs, "%", "°", emoji.
    Symbol,
}

/// One token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token is in the text.
    pub range: ByteRange,
    /// What it is made of.
    pub kind: TokenKind,
    /// True when a line break separates it from the previous token (or it is first).
    pub line_start: bool,
    /// True when white space precedes it.
    pub space_before: bool,
}

impl Token {
    /// The token's text.
    pub fn text(self, text: &str) -> &str {
        self.range.of(text)
    }
}

/// A sentence as the half-open range of its token indices.
pub type Sentence = std::ops::Range<usize>;

/// Abbreviations that keep their full stop. Lower case, without the stop.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "maj", "capt", "cmdr", "adm",
    "sgt", "cpl", "pvt", "sen", "rep", "gov", "pres", "rev", "hon", "amb", "supt", "insp", "det", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "inc", "corp", "co", "ltd", "bros", "plc", "llc", "dept", "univ", "assn", "no",
    "nos", "vol", "vols", "fig", "figs", "p", "pp", "vs", "v", "etc", "approx", "est", "avg", "max", "min", "ave",
    "blvd", "rd", "hwy", "sq", "km", "kg", "lb", "lbs", "oz", "mph", "ca", "cf", "al",
];

/// Titles and other abbreviations that never end a sentence: a name follows.
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "col", "lt", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
    "sen", "rep", "gov", "pres", "rev", "hon", "amb", "supt", "insp", "det", "no", "nos", "vol", "fig", "p", "pp",
    "vs", "v",
];

/// Words that start sentences but rarely follow an abbreviation inside one:
/// "… of the U.S. The company said" ends a sentence at "U.S.".
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "and",
    "this",
    "that",
    "these",
    "those",
    "there",
    "its",
    "his",
    "her",
    "their",
    "our",
    "as",
    "if",
    "for",
    "after",
    "before",
    "when",
    "while",
    "however",
    "meanwhile",
    "also",
    "some",
    "many",
    "most",
    "officials",
    "analysts",
];

fn is_joiner(c: char) -> bool {
    // Combining marks, zero-width joiners and variation selectors belong to
    // the character before them.
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D
        | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x1F3FB..=0x1F3FF
        | 0xE0100..=0xE01EF)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_joiner(c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '"'
            | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '„'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '-'
            | '–'
            | '—'
            | '…'
            | '/'
            | '\\'
            | '¿'
            | '¡'
    )
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut line_start = true;
    let mut space_before = false;
    let mut pos = 0;
    let bytes = text.as_bytes();
    while pos < text.len() {
        let c = match bytes[pos] {
            b if b.is_ascii() => b as char,
            _ => text[pos..].chars().next().unwrap_or('\0'),
        };
        if c.is_whitespace() || (c.is_control() && !is_joiner(c)) {
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                line_start = true;
            }
            space_before = true;
            pos += c.len_utf8();
            work::add(Work::TokenizerBytes, c.len_utf8());
            continue;
        }
        let (chunk_end, plain) = chunk_end(text, pos);
        work::add(Work::TokenizerBytes, chunk_end - pos);
        let first = tokens.len();
        if plain {
            // Letters and digits only, most of a text: one word or number,
            // as `split_chunk` would find it.
            let kind = if bytes[pos].is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
            tokens.push(Token { range: ByteRange::new(pos, chunk_end), kind, line_start: false, space_before: false });
        } else {
            split_chunk(text, pos, chunk_end, &mut tokens);
        }
        if let Some(token) = tokens.get_mut(first) {
            token.line_start = line_start;
            token.space_before = space_before || first == 0;
        }
        line_start = false;
        space_before = false;
        pos = chunk_end;
    }
    tokens
}

/// Where the white-space-free chunk starting at `pos` ends: at the first
/// white space or control character that is no joiner. ASCII, nearly all
/// of a news text, is read a byte at a time; the rest by characters. Also
/// whether the chunk is only ASCII letters and digits.
fn chunk_end(text: &str, pos: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut at = pos;
    let mut plain = true;
    while at < bytes.len() {
        let b = bytes[at];
        if !b.is_ascii() {
            let end = text[at..]
                .char_indices()
                .find(|&(_, c)| c.is_whitespace() || (c.is_control() && !is_joiner(c)))
                .map_or(text.len(), |(i, _)| at + i);
            return (end, false);
        }
        // ASCII white space and control characters: 0x00–0x20 and DEL.
        if b <= b' ' || b == 0x7f {
            return (at, plain);
        }
        plain &= b.is_ascii_alphanumeric();
        at += 1;
    }
    (text.len(), plain)
}

/// Splits one white-space-free chunk `text[start..end]` into tokens.
fn split_chunk(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) {
    let mut pos = start;
    while pos < end {
        let rest = &text[pos..end];
        let c = rest.chars().next().unwrap_or('\0');
        let token_end = if is_word_char(c) {
            let word_end = pos + word_length(rest);
            let stop = word_end > pos + 1 && text.as_bytes()[word_end - 1] == b'.';
            if stop && unit_at_sentence_end(&text[pos..word_end - 1], &text[word_end..]) {
                word_end - 1
            } else {
                word_end
            }
        } else if c == '.' && rest.starts_with("...") {
            pos + 3
        } else if c == '-' && rest.starts_with("--") {
            pos + rest.bytes().take_while(|&b| b == b'-').count()
        } else if is_apostrophe(c) && clitic_length(rest) > 0 && pos > start {
            pos + clitic_length(rest)
        } else {
            pos + c.len_utf8()
                + rest[c.len_utf8()..].chars().take_while(|&c| is_joiner(c)).map(char::len_utf8).sum::<usize>()
        };
        let kind = if c.is_numeric() {
            TokenKind::Number
        } else if is_word_char(c) || is_apostrophe(c) && token_end - pos > c.len_utf8() {
            TokenKind::Word
        } else if is_punct(c) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        let mut range = ByteRange::new(pos, token_end);
        if kind == TokenKind::Word {
            // "don't" → "do" "n't": the PTB split that the model knows.
            let word = range.of(text);
            if word.len() > 3 && (word.ends_with("n't") || word.ends_with("n’t")) {
                let split = word.rfind('n').unwrap_or(word.len());
                if split > 0 {
                    tokens.push(Token {
                        range: ByteRange::new(pos, pos + split),
                        kind,
                        line_start: false,
                        space_before: false,
                    });
                    range = ByteRange::new(pos + split, token_end);
                }
            }
        }
        tokens.push(Token { range, kind, line_start: false, space_before: false });
        pos = token_end;
    }
}

/// Length in bytes of the word or number at the start of `rest`: letters and
/// digits joined by inner hyphens, apostrophes, dots, commas between digits,
/// ampersands and slashes, and the full stop of an abbreviation.
fn word_length(rest: &str) -> usize {
    // One pass, looking one character back and one ahead: a chunk without
    // spaces can be megabytes long, so nothing here may rescan it.
    let char_at = |at: usize| rest[at..].chars().next();
    let mut end = 0;
    let mut prev: Option<char> = None;
    // Whether the word so far is single letters joined by dots ("U.S").
    let mut dotted = true;
    let mut letters_since_dot = 0;
    let mut at = 0;
    let bytes = rest.as_bytes();
    loop {
        // ASCII letters and digits, most of a word, without decoding
        // characters: what the general step below does for them.
        let run_start = at;
        while let Some(&b) = bytes.get(at).filter(|b| b.is_ascii_alphanumeric()) {
            letters_since_dot += 1;
            dotted &= letters_since_dot == 1 && b.is_ascii_alphabetic();
            at += 1;
        }
        if at > run_start {
            end = at;
            prev = Some(bytes[at - 1] as char);
        }
        let Some(c) = char_at(at) else { break };
        let next_at = at + c.len_utf8();
        if is_word_char(c) {
            letters_since_dot += 1;
            dotted &= letters_since_dot == 1 && c.is_alphabetic();
            end = next_at;
            prev = Some(c);
            at = next_at;
            continue;
        }
        let next = char_at(next_at);
        let next_is_word = next.is_some_and(is_word_char);
        let joins = match c {
            '-' | '&' | '/' => next_is_word && prev.is_some_and(is_word_char),
            ',' => {
                prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit())
                    && thousands_group(&rest[next_at..])
            }
            '.' => {
                (prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit()))
                    || (next_is_word && dotted)
            }
            _ if is_apostrophe(c) => {
                // "O'Brien", "rock'n'roll" keep it; "Kazakhstan’s" splits later.
                next_is_word && prev.is_some_and(is_word_char) && clitic_length(&rest[at..]) == 0
            }
            _ => false,
        };
        if !joins {
            break;
        }
        if c == '.' {
            letters_since_dot = 0;
        } else {
            dotted = false;
        }
        prev = Some(c);
        at = next_at;
    }
    work::add(Work::TokenizerBytes, at);
    // The full stop of an abbreviation or of an initial belongs to the word.
    if rest[end..].starts_with('.') && !rest[end..].starts_with("...") && takes_full_stop(&rest[..end], dotted) {
        end += 1;
    }
    end.max(rest.chars().next().map_or(1, char::len_utf8))
}

/// True when the digits after a comma form a thousands group ("3,000" but not "3,5").
fn thousands_group(after: &str) -> bool {
    after.bytes().take(4).take_while(u8::is_ascii_digit).count() == 3
}

/// True when a word followed by "." keeps the stop: known abbreviations,
/// single-letter initials and dotted acronyms ("U.S": `dotted` says the word
/// is single letters joined by dots).
fn takes_full_stop(word: &str, dotted: bool) -> bool {
    if word.contains('.') || word.chars().nth(1).is_none() {
        return dotted;
    }
    // Abbreviations are short: no need to lower-case a long word.
    word.len() <= 6 && ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// True when `word` is a unit abbreviation whose stop is the sentence's:
/// "winds of 120 mph. Despite …", "… 40 km." at the end of a line. News
/// writes units without a stop, so a capital or the end after it is the
/// next sentence ("5 lb. bag" keeps it).
fn unit_at_sentence_end(word: &str, after: &str) -> bool {
    const UNITS: &[&str] = &["km", "kg", "lb", "lbs", "oz", "mph"];
    let next = after.trim_start_matches([' ', '\t']).chars().next();
    UNITS.iter().any(|u| u.eq_ignore_ascii_case(word))
        && next.is_none_or(|c| c.is_uppercase() || c == '\n' || c == '\r')
}

/// Length of a clitic at the start of `rest` ("'s", "’re", "'ll") that ends
/// the word, or 0.
fn clitic_length(rest: &str) -> usize {
    let mut chars = rest.char_indices();
    let Some((_, first)) = chars.next() else { return 0 };
    if !is_apostrophe(first) {
        return 0;
    }
    let after = &rest[first.len_utf8()..];
    // Clitics are at most two letters: look no further (the word may be huge).
    let word_len = after.chars().take(3).take_while(|&c| c.is_alphabetic()).map(char::len_utf8).sum::<usize>();
    let clitic = &after[..word_len];
    if ["s", "re", "ve", "ll", "d", "m"].iter().any(|c| clitic.eq_ignore_ascii_case(c)) {
        first.len_utf8() + word_len
    } else {
        0
    }
}

/// Splits tokens into sentences.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let next = tokens.get(i + 1);
        let boundary = match next {
            None => true,
            Some(next) if next.line_start => !continues_line(text, *next),
            Some(_) => ends_sentence(text, tokens, i),
        };
        if boundary {
            sentences.push(start..i + 1);
            start = i + 1;
        }
    }
    sentences
}

/// A line that starts in lower case continues the sentence of the line before
/// (hard-wrapped text).
fn continues_line(text: &str, next: Token) -> bool {
    next.text(text).chars().next().is_some_and(char::is_lowercase)
}

/// True when a sentence ends after token `i` (which is followed by another
/// token on the same line).
fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = tokens[i].text(text);
    let stop_at = if matches!(word, "\"" | "”" | "’" | "'" | ")" | "]" | "»") && i > 0 && !tokens[i].space_before {
        i - 1
    } else {
        i
    };
    let stop = tokens[stop_at].text(text);
    // The cheap test first, for every token: only a stop below ends a
    // sentence, and each ends in one of these bytes ("…" in 0xA6).
    if !matches!(stop.as_bytes().last(), Some(b'.' | b'!' | b'?' | 0xA6)) {
        return false;
    }
    // Closing quotes and brackets after the stop go with the sentence.
    let next = tokens[i + 1];
    let next_text = next.text(text);
    if matches!(next_text, "\"" | "”" | "’" | "'" | ")" | "]" | "»") && !next.space_before {
        return false;
    }
    // Text glued to the stop (".77", "Rs.20") continues the sentence.
    if !next.space_before {
        return false;
    }
    let next_starts_sentence = next_text.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
        || matches!(next_text, "\"" | "“" | "‘" | "'" | "(" | "[" | "«");
    if !next_starts_sentence {
        return false;
    }
    match stop {
        "." | "!" | "?" | "..." | "…" => true,
        _ if stop.ends_with('.') && stop.len() > 1 => {
            // An abbreviation: it ends the sentence only before a word that
            // usually starts one.
            let bare = stop[..stop.len() - 1].to_lowercase();
            if NEVER_FINAL.contains(&bare.as_str()) || bare.chars().count() == 1 {
                return false;
            }
            SENTENCE_STARTERS.contains(&next_text.to_lowercase().as_str())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn a_chunk_of_letters_and_digits_is_one_token_as_the_general_split_finds_it() {
        for chunk in ["the", "Durov", "1990s", "COVID19", "a", "2024", "x86", "0"] {
            let mut split = Vec::new();
            split_chunk(chunk, 0, chunk.len(), &mut split);
            let fast = tokenize(chunk);
            assert_eq!(fast.len(), 1, "{chunk}");
            assert_eq!((fast[0].range, fast[0].kind), (split[0].range, split[0].kind), "{chunk}");
            assert_eq!(split.len(), 1, "{chunk}");
        }
    }

    #[test]
    fn chunks_end_at_every_kind_of_space_and_control() {
        // ASCII and other white space, DEL and C1 controls split; a combining
        // mark and a zero-width joiner stay with their word.
        assert_eq!(words("a\tb\u{b}c\u{7f}d\u{a0}e\u{85}f\u{3000}g"), ["a", "b", "c", "d", "e", "f", "g"]);
        assert_eq!(words("café cafe\u{301} x\u{200d}y"), ["café", "cafe\u{301}", "x\u{200d}y"]);
    }

    fn sentence_texts(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        sentences(text, &tokens)
            .into_iter()
            .map(|s| text[tokens[s.start].range.start..tokens[s.end - 1].range.end].to_string())
            .collect()
    }

    macro_rules! tokens {
        ($($name:ident: $text:expr => [$($tok:expr),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(words($text), vec![$($tok),*]);
            }
        )*};
    }

    tokens! {
        abbreviation_month: "On Oct. 14, it said." => ["On", "Oct.", "14", ",", "it", "said", "."];
        dotted_acronym: "the U.S. Chamber" => ["the", "U.S.", "Chamber"];
        company_suffix: "Apple Inc. said" => ["Apple", "Inc.", "said"];
        title: "Mr. Durov" => ["Mr.", "Durov"];
        decimals_and_thousands: "12.5 million and 3,000 people" => ["12.5", "million", "and", "3,000", "people"];
        list_comma_is_not_thousands: "1,2,3" => ["1", ",", "2", ",", "3"];
        hyphenated: "a well-known, state-run firm" => ["a", "well-known", ",", "state-run", "firm"];
        curly_possessive: "Kazakhstan’s minister" => ["Kazakhstan", "’s", "minister"];
        straight_possessive: "Telegram's founder" => ["Telegram", "'s", "founder"];
        negation: "they don't know" => ["they", "do", "n't", "know"];
        irish_name: "O'Brien said" => ["O'Brien", "said"];
        quotes: "“We won,” he said." => ["“", "We", "won", ",", "”", "he", "said", "."];
        straight_quotes: "\"Yes\" she said" => ["\"", "Yes", "\"", "she", "said"];
        percent_and_money: "25% of $40m" => ["25", "%", "of", "$", "40m"];
        scale_suffix: "1.2B fake" => ["1.2B", "fake"];
        range: "10-15% rise" => ["10-15", "%", "rise"];
        brackets: "(Reuters) -" => ["(", "Reuters", ")", "-"];
        ellipsis: "well... no" => ["well", "...", "no"];
        emoji_and_cjk: "Hi 😀 日本語" => ["Hi", "😀", "日本語"];
        combining_mark: "cafe\u{301} ok" => ["cafe\u{301}", "ok"];
        initial: "J. Smith" => ["J.", "Smith"];
        sentence_final_word: "It rose." => ["It", "rose", "."];
        time: "9:30 a.m." => ["9", ":", "30", "a.m."];
    }

    #[test]
    fn headline_lines_are_sentences() {
        assert_eq!(
            sentence_texts("Meta blocks 1.2B fake accounts globally\nThe company said so. It did."),
            vec!["Meta blocks 1.2B fake accounts globally", "The company said so.", "It did."]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentence_texts("Mr. Durov met Dr. Smith on Oct. 14 in the U.S. The talks went well."),
            vec!["Mr. Durov met Dr. Smith on Oct. 14 in the U.S.", "The talks went well."]
        );
    }

    #[test]
    fn a_unit_at_the_end_of_a_sentence_gives_up_its_stop() {
        assert_eq!(sentence_texts("Winds of 120 mph. Despite it."), vec!["Winds of 120 mph.", "Despite it."]);
        let text = "Winds of 120 mph. A 5 lb. bag.";
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(words, ["Winds", "of", "120", "mph", ".", "A", "5", "lb.", "bag", "."]);
    }

    #[test]
    fn quotes_close_the_sentence() {
        assert_eq!(sentence_texts("“It works.” He left."), vec!["“It works.”", "He left."]);
    }

    #[test]
    fn a_stop_glued_to_a_number_does_not_end_the_sentence() {
        assert_eq!(sentence_texts("It cost Rs.20 and .77 more."), vec!["It cost Rs.20 and .77 more."]);
    }

    #[test]
    fn wrapped_lines_continue() {
        assert_eq!(sentence_texts("The minister said\nthat it works."), vec!["The minister said\nthat it works."]);
    }

    #[test]
    fn token_flags() {
        let text = "A b\nC";
        let tokens = tokenize(text);
        assert!(tokens[0].line_start && !tokens[1].line_start && tokens[2].line_start);
        assert!(tokens[1].space_before);
    }
}
