//! Quotes and their speakers: who said what.
//!
//! A quote is text between matching quotation marks within one paragraph,
//! at least four words long (shorter ones are usually scare quotes or
//! titles), or shorter but ending as speech ends, with its speaker after it
//! ("“No comment,” Durov said"). Its speaker is named next to a reporting
//! verb right after the closing mark ("“…,” Durov said", "“…,” said the
//! minister") or right before the opening one ("Durov said: “…”", which a
//! colon before the mark makes the first choice); a pronoun points to the
//! last person or organisation named before the quote.

use crate::attribution::{self, Context, Speaker};
use crate::document::Quote;
use crate::offsets::{ByteRange, OffsetMap};
use crate::tokenize::TokenKind;

/// Fewest words inside the marks for a quote.
const MIN_WORDS: usize = 4;
/// Most tokens inside one quote: a missing closing mark must not swallow the article.
const MAX_TOKENS: usize = 400;

/// A quote with byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteLink {
    /// The quoted words, without the marks.
    pub range: ByteRange,
    /// Who said it.
    pub speaker: Option<Speaker>,
}

impl QuoteLink {
    /// The contract's quote, with offsets converted by `map`.
    pub fn into_quote(self, id: usize, text: &str, map: &OffsetMap) -> Quote {
        let (start, end) = map.convert_range(self.range);
        let (speaker_group, speaker) = match self.speaker {
            Some(s) => (s.group, s.words),
            None => (None, None),
        };
        Quote { id, start, end, text: self.range.of(text).to_string(), speaker_group, speaker }
    }
}

/// Finds the quotes of the text and their speakers.
pub fn find(context: &Context) -> Vec<QuoteLink> {
    let tokens = context.tokens;
    let mut quotes = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !is_opening(context, i) {
            i += 1;
            continue;
        }
        let Some(close) = closing_mark(context, i) else {
            i += 1;
            continue;
        };
        let words = (i + 1..close).filter(|&k| tokens[k].kind == TokenKind::Word).count();
        let last_named = context.last_named_before(tokens[i].range.start);
        let after = speaker_after_quote(context, close, last_named);
        // "“No comment,” Durov said": short, but spoken.
        let spoken = words > 0 && after.is_some() && matches!(context.word(close - 1), "," | "?" | "!");
        if close > i + 1 && (words >= MIN_WORDS || spoken) {
            let range = ByteRange::new(tokens[i + 1].range.start, tokens[close - 1].range.end);
            // "Durov said: “…”" names its speaker first: a reporting verb
            // after the quote then belongs to the next sentence.
            let introduced = i > 0 && context.word(i - 1) == ":";
            let before = || speaker_before_quote(context, i, last_named);
            let speaker = match introduced {
                true => before().or(after),
                false => after.or_else(before),
            };
            quotes.push(QuoteLink { range, speaker });
        }
        i = close + 1;
    }
    quotes
}

fn is_opening(context: &Context, i: usize) -> bool {
    match context.word(i) {
        "“" | "«" | "„" => true,
        // A straight quote opens when it follows a space and precedes a word.
        "\"" => {
            let token = context.tokens[i];
            (token.space_before || token.line_start || i == 0)
                && context.tokens.get(i + 1).is_some_and(|next| !next.space_before && !next.line_start)
        }
        _ => false,
    }
}

/// The matching closing mark after the opening mark at `open`, within the paragraph.
fn closing_mark(context: &Context, open: usize) -> Option<usize> {
    let opening = context.word(open);
    let tokens = context.tokens;
    for k in open + 1..tokens.len().min(open + MAX_TOKENS) {
        let token = tokens[k];
        // A blank line ends the paragraph; a quote continued in the next one
        // reopens there.
        if token.line_start && context.text[tokens[k - 1].range.end..token.range.start].matches('\n').count() > 1 {
            return None;
        }
        let closes = match (opening, context.word(k)) {
            ("“", "”") | ("«", "»") | ("„", "“") => true,
            ("\"", "\"") => !token.space_before,
            _ => false,
        };
        if closes {
            return Some(k);
        }
    }
    None
}

/// "“…,” Durov said", "“…,” said Durov", "“…,” he added".
fn speaker_after_quote(context: &Context, close: usize, last_named: attribution::Antecedents) -> Option<Speaker> {
    let end = context.tokens.len().min(close + 8);
    let verb = (close + 1..end).find(|&k| attribution::is_reporting_verb(context.word(k)))?;
    context.speaker_before(verb, close, last_named).or_else(|| context.speaker_after(verb + 1, end, last_named))
}

/// "Durov said: “…”", "According to Durov, “…”".
fn speaker_before_quote(context: &Context, open: usize, last_named: attribution::Antecedents) -> Option<Speaker> {
    let start = open.saturating_sub(8);
    let mut k = open;
    while k > start {
        k -= 1;
        if context.tokens[k].line_start && k + 1 < open {
            break;
        }
        if attribution::is_reporting_verb(context.word(k)) {
            return context
                .speaker_before(k, start, last_named)
                .or_else(|| context.speaker_after(k + 1, open, last_named));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Label;
    use crate::groups;
    use crate::mention::{Mention, Source};
    use crate::tokenize;

    /// Quotes of `text` as (quoted words, speaker name), with `names` as PERSON mentions.
    fn quotes(text: &str, names: &[&str]) -> Vec<(String, Option<String>)> {
        let tokens = tokenize::tokenize(text);
        let mut mentions: Vec<Mention> = names
            .iter()
            .flat_map(|name| text.match_indices(name).map(|(at, n)| (at, n.len())))
            .map(|(at, len)| Mention::new(ByteRange::new(at, at + len), Label::Person, Source::Names))
            .collect();
        mentions.sort_by_key(|m| m.range.start);
        let groups = groups::group(text, &mentions);
        let context = Context { text, tokens: &tokens, mentions: &mentions, groups: &groups };
        find(&context)
            .into_iter()
            .map(|q| {
                let speaker = q.speaker.map(|s| match s.group {
                    Some(g) => groups.groups()[g].name.clone(),
                    None => s.words.unwrap_or_default(),
                });
                (q.range.of(text).to_string(), speaker)
            })
            .collect()
    }

    fn one(text: &str, names: &[&str]) -> (String, Option<String>) {
        let found = quotes(text, names);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn speaker_after_the_quote() {
        let (quote, speaker) = one("“We will keep user data private,” Pavel Durov said.", &["Pavel Durov"]);
        assert_eq!(quote, "We will keep user data private,");
        assert_eq!(speaker.as_deref(), Some("Pavel Durov"));
    }

    #[test]
    fn inverted_speaker_and_unnamed_source() {
        assert_eq!(
            one("\"Growth will slow next year,\" said the central bank.", &[]).1.as_deref(),
            Some("central bank")
        );
    }

    #[test]
    fn speaker_before_the_quote() {
        assert_eq!(one("Durov said: “We have no plans to sell the company.”", &["Durov"]).1.as_deref(), Some("Durov"));
    }

    #[test]
    fn a_colon_before_the_quote_names_its_speaker_first() {
        let text = "Durov said: “We will build the plant next year.” Officials said the plan was approved.";
        assert_eq!(one(text, &["Durov"]).1.as_deref(), Some("Durov"));
    }

    #[test]
    fn a_short_quote_ending_as_speech_with_its_speaker_after() {
        assert_eq!(
            one("“No comment,” Durov said.", &["Durov"]),
            ("No comment,".to_string(), Some("Durov".to_string()))
        );
        assert_eq!(one("“Why?” asked Durov.", &["Durov"]).1.as_deref(), Some("Durov"));
        // Short and not followed by its speaker: a scare quote or a title.
        assert!(quotes("They called the plan “dead on arrival.” Durov said nothing.", &["Durov"]).is_empty());
        assert!(quotes("Durov said the “peace plan,” was dead.", &["Durov"]).is_empty());
    }

    #[test]
    fn pronoun_points_to_the_last_person() {
        let text = "Pavel Durov spoke on Monday. “Privacy is not for sale here,” he added.";
        assert_eq!(one(text, &["Pavel Durov"]).1.as_deref(), Some("Pavel Durov"));
    }

    #[test]
    fn scare_quotes_and_unclosed_marks_are_not_quotes() {
        assert!(quotes("He called it “fake news” again.", &[]).is_empty());
        assert!(quotes("“This never closes and goes on\n\nNew paragraph here.", &[]).is_empty());
    }
}
