//! The statistics layer: each number linked to what it measures, its time
//! scope, how often it holds, a change and its baseline, and who it is
//! attributed to.
//!
//! Everything is decided inside one sentence, from the resolved mentions and
//! the tokens around them, with a few word lists:
//! - **subject**: the counted noun of the number ("12.5 million people" →
//!   "people"), else the noun phrase right after it, else the noun before
//!   "of" ("revenue of $85.8 billion"), extended by a following "in/of/among"
//!   phrase ("people in Kazakhstan");
//! - **time**: the nearest DATE in the sentence that is a point or period in
//!   time (not a duration or a set);
//! - **frequency**: a set expression in the sentence ("every month" → monthly);
//! - **change**: a percentage or number followed by a change noun ("a 25% jump
//!   from last year") becomes the change of the sentence's other statistic, as
//!   do "rose 3 points to 41%" and "fell from 5.2% to 4.8%";
//! - **source**: the name before a reporting verb ("Durov shared that …",
//!   "…, the ministry said") or after "according to", a pronoun resolved to
//!   the last person or organisation named before it.

use crate::document::{Change, Direction, Label, Statistic};
use crate::groups::Groups;
use crate::mention::Mention;
use crate::offsets::{ByteRange, OffsetMap};
use crate::tokenize::{Sentence, Token, TokenKind};

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

const UP_WORDS: &[&str] = &[
    "jump",
    "jumps",
    "jumped",
    "rise",
    "rises",
    "rose",
    "risen",
    "increase",
    "increases",
    "increased",
    "gain",
    "gains",
    "gained",
    "growth",
    "grew",
    "grow",
    "grows",
    "surge",
    "surges",
    "surged",
    "climb",
    "climbs",
    "climbed",
    "up",
    "boost",
    "boosted",
    "rally",
    "rallied",
    "soar",
    "soared",
    "doubled",
    "tripled",
    "higher",
    "more",
    "spike",
    "spiked",
    "hike",
    "hiked",
    "leap",
    "leapt",
];
const DOWN_WORDS: &[&str] = &[
    "drop",
    "drops",
    "dropped",
    "fall",
    "falls",
    "fell",
    "fallen",
    "decline",
    "declines",
    "declined",
    "decrease",
    "decreases",
    "decreased",
    "cut",
    "cuts",
    "slump",
    "slumped",
    "plunge",
    "plunged",
    "loss",
    "lost",
    "down",
    "dip",
    "dipped",
    "slid",
    "slide",
    "shrank",
    "shrink",
    "contraction",
    "contracted",
    "lower",
    "fewer",
    "less",
    "tumbled",
    "sank",
];
const FLAT_WORDS: &[&str] = &["unchanged", "flat", "steady", "stable"];
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "shared",
    "shares",
    "stated",
    "states",
    "reported",
    "reports",
    "announced",
    "announces",
    "estimated",
    "estimates",
    "added",
    "adds",
    "noted",
    "notes",
    "wrote",
    "writes",
    "claimed",
    "claims",
    "revealed",
    "reveals",
    "disclosed",
    "discloses",
    "showed",
    "shows",
    "found",
    "finds",
    "predicted",
    "predicts",
    "forecast",
    "forecasts",
    "projected",
    "projects",
    "explained",
    "argued",
    "insisted",
    "confirmed",
    "confirms",
    "according",
];
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "his", "her", "its", "their"];
/// Words that end a subject noun phrase.
const PHRASE_STOPS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "as",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "this",
    "these",
    "those",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "do",
    "does",
    "did",
    "not",
    "now",
    "each",
    "every",
    "per",
    "over",
    "under",
    "about",
    "around",
    "since",
    "while",
    "when",
    "where",
    "after",
    "before",
    "during",
    "worldwide",
    "globally",
    "nationwide",
    "today",
    "yesterday",
    "last",
    "next",
    "this",
    "so",
    "also",
    "only",
    "just",
    "still",
    "already",
    "said",
    "says",
    "according",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "it",
    "they",
    "we",
    "he",
    "she",
    "you",
    "i",
    "more",
    "less",
    "than",
    "compared",
    "versus",
    "vs",
    "up",
    "down",
    "out",
    "into",
    "onto",
    "across",
    "through",
    "between",
    "among",
];
/// Prepositions that extend a subject with a place or group ("people in Kazakhstan").
const SUBJECT_PREPOSITIONS: &[&str] = &["in", "of", "among", "across", "from", "at"];
/// Verb-like words that follow a number without being what it counts.
const NOT_NOUNS: &[&str] = &[
    "jump", "jumps", "rise", "rises", "increase", "gain", "growth", "surge", "drop", "fall", "decline", "decrease",
    "cut", "slump", "higher", "lower", "more", "fewer", "less", "percent", "per", "cent", "points", "point", "times",
    "year", "years", "month", "months", "week", "weeks", "day", "days", "ago", "earlier", "later",
];

/// Links the numeric mentions of the text to what they measure.
pub fn link(text: &str, tokens: &[Token], sentences: &[Sentence], mentions: &[Mention], groups: &Groups) -> Vec<Link> {
    let mut links = Vec::new();
    let mut next_mention = 0;
    // The last person or organisation named: what "he said" or "it said" points to.
    let mut last_named: Option<usize> = None;
    for sentence in sentences {
        if sentence.is_empty() {
            continue;
        }
        let range = ByteRange::new(tokens[sentence.start].range.start, tokens[sentence.end - 1].range.end);
        // The mentions of this sentence (mentions are sorted and disjoint).
        while next_mention < mentions.len() && mentions[next_mention].range.end <= range.start {
            next_mention += 1;
        }
        let first = next_mention;
        let mut last = first;
        while last < mentions.len() && mentions[last].range.start < range.end {
            last += 1;
        }
        let context = SentenceContext { text, tokens: &tokens[sentence.clone()], mentions, first, last, range };
        links.extend(context.link(groups, last_named));
        for (index, mention) in mentions.iter().enumerate().take(last).skip(first) {
            if matches!(mention.label, Label::Person | Label::Org) {
                last_named = groups.group_of(index);
            }
        }
        next_mention = last;
    }
    links
}

/// One sentence: its tokens and the indices `first..last` of its mentions.
struct SentenceContext<'a> {
    text: &'a str,
    tokens: &'a [Token],
    mentions: &'a [Mention],
    first: usize,
    last: usize,
    range: ByteRange,
}

impl SentenceContext<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    /// Token index of the first token starting at or after byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.range.start < at)
    }

    /// Token index just past the mention.
    fn token_after(&self, mention: usize) -> usize {
        self.token_at(self.mentions[mention].range.end)
    }

    /// Token index of the mention's first token.
    fn token_of(&self, mention: usize) -> usize {
        self.token_at(self.mentions[mention].range.start)
    }

    /// The mention covering token `i`, if any.
    fn mention_at_token(&self, i: usize) -> Option<usize> {
        let at = self.tokens.get(i)?.range.start;
        (self.first..self.last).find(|&m| self.mentions[m].range.start <= at && at < self.mentions[m].range.end)
    }

    fn link(&self, groups: &Groups, last_named: Option<usize>) -> Vec<Link> {
        let numeric: Vec<usize> = (self.first..self.last)
            .filter(|&m| {
                matches!(self.mentions[m].label, Label::Cardinal | Label::Percent | Label::Money | Label::Quantity)
            })
            .filter(|&m| self.mentions[m].value.is_some())
            .collect();
        if numeric.is_empty() {
            return Vec::new();
        }
        // Numbers that state a change of another number ("a 25% jump").
        let changes: Vec<(usize, Change)> = numeric.iter().filter_map(|&m| self.change_of(m).map(|c| (m, c))).collect();
        let frequency = self.frequency();
        let mut links = Vec::new();
        for &m in &numeric {
            if changes.iter().any(|(c, _)| *c == m) {
                continue;
            }
            let change = self.to_change(m).or_else(|| {
                changes
                    .iter()
                    .find(|(c, _)| self.nearest_statistic(*c, &numeric, &changes) == Some(m))
                    .map(|(_, c)| c.clone())
            });
            let (source_group, source) = self.source(m, groups, last_named);
            links.push(Link {
                value_mention: m,
                subject: self.subject(m),
                time_mention: self.time(m),
                frequency: frequency.clone(),
                change,
                source_group,
                source,
                sentence: self.range,
            });
        }
        // A change with no other number to attach to is a statistic itself.
        for (m, _) in &changes {
            if self.nearest_statistic(*m, &numeric, &changes).is_none() {
                let (source_group, source) = self.source(*m, groups, last_named);
                links.push(Link {
                    value_mention: *m,
                    subject: self.subject(*m),
                    time_mention: self.time(*m),
                    frequency: frequency.clone(),
                    change: None,
                    source_group,
                    source,
                    sentence: self.range,
                });
            }
        }
        links.sort_by_key(|l| l.value_mention);
        links
    }

    /// The statistic that change `c` belongs to: the closest number before
    /// it in the sentence that is not itself a change.
    fn nearest_statistic(&self, c: usize, numeric: &[usize], changes: &[(usize, Change)]) -> Option<usize> {
        numeric.iter().rev().copied().find(|&m| m < c && !changes.iter().any(|(x, _)| *x == m))
    }

    /// "a 25% jump from last year": a number followed by a change noun.
    fn change_of(&self, m: usize) -> Option<Change> {
        let mention = &self.mentions[m];
        let after = self.token_after(m);
        let direction = (after..self.tokens.len().min(after + 2)).find_map(|i| direction_of(&self.lower(i)))?;
        // "rose 25%" is the verb form: the number is the size of a change of
        // the subject, not of another number; "a 25% jump" is the noun form.
        let before = self.token_of(m);
        if before == 0 || !matches!(self.lower(before - 1).as_str(), "a" | "an" | "the" | "with" | "by") {
            return None;
        }
        let unit = match mention.label {
            Label::Percent => Some("percent".to_string()),
            _ => mention.unit.clone(),
        };
        Some(Change { direction, value: mention.value, unit, baseline: self.baseline_after(after), span: Some(m) })
    }

    /// "rose 3 points to 41%", "fell from 5.2% to 4.8%", "rose to 41%".
    fn to_change(&self, m: usize) -> Option<Change> {
        let start = self.token_of(m);
        if start == 0 || self.lower(start - 1) != "to" {
            return None;
        }
        // Walk back over "by 3 points" / "from 5.2%" to the verb.
        let mut i = start - 1;
        let mut size: Option<(f64, String)> = None;
        let mut baseline: Option<String> = None;
        while i > 0 {
            i -= 1;
            if let Some(direction) = direction_of(&self.lower(i)) {
                return Some(Change {
                    direction,
                    value: size.as_ref().map(|(v, _)| *v),
                    unit: size.map(|(_, u)| u),
                    baseline,
                    span: None,
                });
            }
            if let Some(other) = self.mention_at_token(i) {
                let mention = &self.mentions[other];
                let word_before = self.token_of(other).checked_sub(1).map(|b| self.lower(b));
                if word_before.as_deref() == Some("from") {
                    baseline = Some(mention.range.of(self.text).to_string());
                } else if let Some(value) = mention.value {
                    let next = self.token_after(other);
                    let unit = if next < self.tokens.len() && self.lower(next).starts_with("point") {
                        "points".to_string()
                    } else if mention.label == Label::Percent {
                        "percent".to_string()
                    } else {
                        mention.unit.clone().unwrap_or_default()
                    };
                    size = Some((value, unit));
                }
                i = self.token_of(other);
                continue;
            }
            if start - i > 8 {
                break;
            }
        }
        None
    }

    /// "from last year", "compared with 2023", "than a year earlier".
    fn baseline_after(&self, after: usize) -> Option<String> {
        let end = self.tokens.len();
        let i = (after..end.min(after + 3)).find(|&i| {
            matches!(self.lower(i).as_str(), "from" | "than" | "since" | "on" | "over" | "with" | "versus" | "vs")
        })?;
        let start = i + 1;
        if start >= end {
            return None;
        }
        // A date or number mention there is the baseline.
        if let Some(m) = self.mention_at_token(start) {
            return Some(self.mentions[m].range.of(self.text).to_string());
        }
        let stop = (start..end).find(|&j| self.tokens[j].kind == TokenKind::Punct).unwrap_or(end).min(start + 4);
        (stop > start).then(|| self.text[self.tokens[start].range.start..self.tokens[stop - 1].range.end].to_string())
    }

    /// What the number counts or measures.
    fn subject(&self, m: usize) -> Option<String> {
        let mention = &self.mentions[m];
        let after = self.token_after(m);
        // A counted noun the number recogniser kept in its span ("12.5 million people").
        let mut phrase = match (&mention.unit, mention.label) {
            (Some(unit), Label::Cardinal) => Some(unit.clone()),
            _ => None,
        };
        let mut end = after;
        if phrase.is_none() {
            // A noun phrase right after the number.
            let mut j = after;
            while j < self.tokens.len() && j < after + 4 && self.is_noun_like(j) {
                j += 1;
            }
            if j > after {
                phrase = Some(self.text[self.tokens[after].range.start..self.tokens[j - 1].range.end].to_string());
                end = j;
            } else if matches!(mention.label, Label::Percent | Label::Cardinal)
                && after + 1 < self.tokens.len()
                && self.lower(after) == "of"
            {
                // "25% of the population", "half of voters".
                let mut k = after + 1;
                if matches!(self.lower(k).as_str(), "the" | "all" | "its" | "their") {
                    k += 1;
                }
                let mut j = k;
                while j < self.tokens.len() && j < k + 4 && self.is_noun_like(j) {
                    j += 1;
                }
                if j > k {
                    phrase = Some(self.text[self.tokens[k].range.start..self.tokens[j - 1].range.end].to_string());
                    end = j;
                }
            } else {
                // "revenue of $85.8 billion": the noun before "of".
                let start = self.token_of(m);
                if start >= 2 && self.lower(start - 1) == "of" && self.is_noun_like(start - 2) {
                    let mut k = start - 2;
                    while k > 0 && start - 2 - k < 3 && self.is_noun_like(k - 1) {
                        k -= 1;
                    }
                    return Some(self.text[self.tokens[k].range.start..self.tokens[start - 2].range.end].to_string());
                }
            }
        }
        let mut phrase = phrase?;
        // "people in Kazakhstan": a following place or group phrase.
        if end + 1 < self.tokens.len() && SUBJECT_PREPOSITIONS.contains(&self.lower(end).as_str()) {
            if let Some(name) = self.mention_at_token(end + 1).filter(|&n| self.mentions[n].label.is_name()) {
                let name_end = self.mentions[name].range.end;
                phrase =
                    format!("{phrase} {} {}", self.word(end), &self.text[self.tokens[end + 1].range.start..name_end]);
            }
        }
        Some(phrase)
    }

    /// A lower-case content word that can be part of a counted noun phrase.
    fn is_noun_like(&self, i: usize) -> bool {
        let token = self.tokens[i];
        if token.kind != TokenKind::Word || self.mention_at_token(i).is_some() {
            return false;
        }
        let word = self.lower(i);
        let first = self.word(i).chars().next().unwrap_or(' ');
        !PHRASE_STOPS.contains(&word.as_str())
            && !NOT_NOUNS.contains(&word.as_str())
            && !REPORTING_VERBS.contains(&word.as_str())
            && !word.ends_with("ly")
            && !first.is_uppercase()
    }

    /// The nearest DATE mention in the sentence that places the number in time.
    fn time(&self, m: usize) -> Option<usize> {
        let at = self.mentions[m].range.start;
        (self.first..self.last)
            .filter(|&d| self.mentions[d].label == Label::Date)
            .filter(|&d| self.mentions[d].timex.as_deref().is_some_and(is_point_in_time))
            // A baseline ("from last year") is not the statistic's own time.
            .filter(|&d| {
                let before = self.token_of(d);
                !(before > 0 && matches!(self.lower(before - 1).as_str(), "from" | "than" | "since"))
            })
            .min_by_key(|&d| self.mentions[d].range.start.abs_diff(at))
    }

    /// How often the sentence says its figures hold.
    fn frequency(&self) -> Option<String> {
        for d in self.first..self.last {
            let mention = &self.mentions[d];
            if mention.label != Label::Date {
                continue;
            }
            let words = mention.range.of(self.text).to_lowercase();
            let is_set = words.starts_with("every") || words.starts_with("each") || words.starts_with("per ");
            let named = match words.as_str() {
                "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "annually" | "hourly" => Some(words.clone()),
                _ => None,
            };
            let from_period = || match mention.timex.as_deref() {
                Some("P1D") => Some("daily".to_string()),
                Some("P1W") => Some("weekly".to_string()),
                Some("P1M") => Some("monthly".to_string()),
                Some("P3M") => Some("quarterly".to_string()),
                Some("P1Y") => Some("yearly".to_string()),
                Some("PT1H") => Some("hourly".to_string()),
                _ => None,
            };
            if let Some(name) = named {
                return Some(if name == "annually" { "yearly".into() } else { name });
            }
            if is_set {
                if let Some(name) = from_period() {
                    return Some(name);
                }
            }
        }
        None
    }

    /// Who the number is attributed to: a group, or the words of the source.
    fn source(&self, m: usize, groups: &Groups, last_named: Option<usize>) -> (Option<usize>, Option<String>) {
        let number_token = self.token_of(m);
        let mut best: Option<(usize, Option<usize>, Option<String>)> = None;
        for i in 0..self.tokens.len() {
            let word = self.lower(i);
            if !REPORTING_VERBS.contains(&word.as_str()) {
                continue;
            }
            let found = if word == "according" {
                // "according to the ministry": the name after it.
                (i + 2 < self.tokens.len() && self.lower(i + 1) == "to")
                    .then(|| self.speaker_from(i + 2, groups, last_named))
                    .flatten()
            } else if i > 0 {
                // "Durov shared that": the name right before the verb.
                self.speaker_before(i, groups, last_named)
            } else {
                None
            };
            let Some((group, words)) = found else { continue };
            // A reporting verb after the number covers it only when it
            // closes the sentence ("…, the ministry said on Monday.").
            let trailing = self.tokens.len() - i <= 5;
            if i > number_token && word != "according" && !trailing {
                continue;
            }
            // A source before the number covers it; a trailing "…, X said" covers what precedes.
            let distance = i.abs_diff(number_token);
            if best.as_ref().is_none_or(|(d, _, _)| distance < *d) {
                best = Some((distance, group, words));
            }
        }
        best.map_or((None, None), |(_, group, words)| (group, words))
    }

    /// The speaker ending right before token `verb`.
    fn speaker_before(
        &self,
        verb: usize,
        groups: &Groups,
        last_named: Option<usize>,
    ) -> Option<(Option<usize>, Option<String>)> {
        let mut i = verb - 1;
        // "Meta has said", "Durov also said".
        while i > 0
            && matches!(self.lower(i).as_str(), "has" | "had" | "have" | "also" | "later" | "previously" | "once")
        {
            i -= 1;
        }
        self.speaker_ending(i, groups, last_named)
    }

    /// A named source at token `i` (the name's last token when `ending`).
    fn speaker_ending(
        &self,
        i: usize,
        groups: &Groups,
        last_named: Option<usize>,
    ) -> Option<(Option<usize>, Option<String>)> {
        if let Some(m) = self.mention_at_token(i) {
            let mention = &self.mentions[m];
            if matches!(mention.label, Label::Person | Label::Org | Label::Gpe | Label::Norp | Label::Misc) {
                return Some((groups.group_of(m), None));
            }
            return None;
        }
        let word = self.lower(i);
        if PRONOUNS.contains(&word.as_str()) {
            return last_named.map(|g| (Some(g), None));
        }
        // "the ministry said", "officials said": the source's own words.
        if self.tokens[i].kind == TokenKind::Word && !PHRASE_STOPS.contains(&word.as_str()) {
            let mut k = i;
            while k > 0
                && i - k < 3
                && self.tokens[k - 1].kind == TokenKind::Word
                && !PHRASE_STOPS.contains(&self.lower(k - 1).as_str())
            {
                k -= 1;
            }
            return Some((None, Some(self.text[self.tokens[k].range.start..self.tokens[i].range.end].to_string())));
        }
        None
    }

    /// A named source starting at token `i` ("according to [the] ministry").
    fn speaker_from(
        &self,
        i: usize,
        groups: &Groups,
        last_named: Option<usize>,
    ) -> Option<(Option<usize>, Option<String>)> {
        let mut i = i;
        if i < self.tokens.len() && self.lower(i) == "the" {
            i += 1;
        }
        if i >= self.tokens.len() {
            return None;
        }
        if let Some(m) = self.mention_at_token(i) {
            return self.speaker_ending(self.token_after(m).saturating_sub(1), groups, last_named);
        }
        let word = self.lower(i);
        if PRONOUNS.contains(&word.as_str()) {
            // "according to its latest report": the owner of "its".
            return last_named.map(|g| (Some(g), None));
        }
        let mut j = i;
        while j < self.tokens.len() && j < i + 4 && self.tokens[j].kind == TokenKind::Word {
            j += 1;
        }
        (j > i).then(|| (None, Some(self.text[self.tokens[i].range.start..self.tokens[j - 1].range.end].to_string())))
    }
}

fn direction_of(word: &str) -> Option<Direction> {
    if UP_WORDS.contains(&word) {
        Some(Direction::Up)
    } else if DOWN_WORDS.contains(&word) {
        Some(Direction::Down)
    } else if FLAT_WORDS.contains(&word) {
        Some(Direction::Flat)
    } else {
        None
    }
}

/// True for TIMEX3 values that are points or periods in time, not durations
/// (`P3Y`) or vague references (`PAST_REF`).
fn is_point_in_time(timex: &str) -> bool {
    timex.chars().next().is_some_and(|c| c.is_ascii_digit() || c == 'X')
}
