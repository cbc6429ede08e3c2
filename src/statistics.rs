//! The statistics layer: each number linked to what it measures, its time
//! scope, how often it holds, a change and its baseline, and who it is
//! attributed to.
//!
//! Everything is decided inside one sentence, from the resolved mentions and
//! the tokens around them, with a few word lists:
//! - **subject**: the counted noun of the number ("12.5 million people" →
//!   "people"), else the noun phrase right after it, else the noun before
//!   "of" ("revenue of $85.8 billion"), extended by a following "in/of/among"
//!   name ("people in Kazakhstan");
//! - **time**: the nearest DATE in the sentence that is a point or period in
//!   time (not a duration, a set or a baseline);
//! - **frequency**: a set expression in the sentence ("every month" → monthly);
//! - **change**: a number followed by a change noun ("a 25% jump from last
//!   year") becomes the change of the sentence's statistic before it, as do
//!   "rose 3 points to 41%" and "fell from 5.2% to 4.8%";
//! - **source**: see `attribution`: the name before a reporting verb that
//!   precedes the number, or that closes the sentence, or after "according to".

use crate::attribution::{self, Context, Speaker};
use crate::document::{Change, Direction, Label, Statistic};
use crate::offsets::{ByteRange, OffsetMap};
use crate::tokenize::{Sentence, TokenKind};
use crate::wordset::{Key, WordSet};

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
    /// Who it is attributed to.
    pub source: Option<Speaker>,
    /// The sentence it is in.
    pub sentence: ByteRange,
}

impl Link {
    /// The contract's statistic, with offsets converted by `map`.
    pub fn into_statistic(self, id: usize, map: &OffsetMap) -> Statistic {
        let (start, end) = map.convert_range(self.sentence);
        let (source_group, source) = match self.source {
            Some(speaker) => (speaker.group, speaker.words),
            None => (None, None),
        };
        Statistic {
            id,
            value_span: self.value_mention,
            subject: self.subject,
            time_span: self.time_mention,
            frequency: self.frequency,
            change: self.change,
            source_group,
            source,
            sentence: [start, end],
        }
    }
}

#[rustfmt::skip]
const UP_WORDS: WordSet<40> = WordSet::new(&[
    "jump", "jumps", "jumped", "rise", "rises", "rose", "risen", "increase", "increases", "increased", "gain",
    "gains", "gained", "growth", "grew", "grow", "grows", "surge", "surges", "surged", "climb", "climbs", "climbed",
    "up", "boost", "boosted", "rally", "rallied", "soar", "soared", "doubled", "tripled", "higher", "more", "spike",
    "spiked", "hike", "hiked", "leap", "leapt",
]);
#[rustfmt::skip]
const DOWN_WORDS: WordSet<35> = WordSet::new(&[
    "drop", "drops", "dropped", "fall", "falls", "fell", "fallen", "decline", "declines", "declined", "decrease",
    "decreases", "decreased", "cut", "cuts", "slump", "slumped", "plunge", "plunged", "loss", "lost", "down", "dip",
    "dipped", "slid", "slide", "shrank", "shrink", "contraction", "contracted", "lower", "fewer", "less", "tumbled",
    "sank",
]);
const FLAT_WORDS: WordSet<4> = WordSet::new(&["unchanged", "flat", "steady", "stable"]);
/// Words after a number that are not what it counts.
#[rustfmt::skip]
const NOT_NOUNS: WordSet<50> = WordSet::new(&[
    "percent", "per", "cent", "points", "point", "times", "year", "years", "month", "months", "week", "weeks", "day",
    "days", "ago", "earlier", "later", "worldwide", "globally", "nationwide", "today", "yesterday", "last", "next",
    "more", "less", "fewer", "compared", "versus", "vs", "up", "down", "out", "into", "onto", "across", "through",
    "between", "among", "their", "its", "his", "her", "our", "your", "my", "it", "they", "he", "she",
]);
/// Prepositions that extend a subject with a place or group ("people in Kazakhstan").
const SUBJECT_PREPOSITIONS: WordSet<6> = WordSet::new(&["in", "of", "among", "across", "from", "at"]);
/// Words that introduce a change's baseline ("from last year").
const BASELINE_WORDS: WordSet<8> = WordSet::new(&["from", "than", "since", "on", "over", "with", "versus", "vs"]);

/// Links the numeric mentions of the text to what they measure.
pub fn link(context: &Context, sentences: &[Sentence]) -> Vec<Link> {
    let mentions = context.mentions;
    let mut links = Vec::new();
    let mut next_mention = 0;
    for sentence in sentences.iter().filter(|s| !s.is_empty()) {
        let mut range =
            ByteRange::new(context.tokens[sentence.start].range.start, context.tokens[sentence.end - 1].range.end);
        while next_mention < mentions.len() && mentions[next_mention].range.end <= range.start {
            next_mention += 1;
        }
        let (first, mut last) = (next_mention, next_mention);
        while last < mentions.len() && mentions[last].range.start < range.end {
            last += 1;
        }
        // A number may run on past the sentence's full stop ("Rs. 20": the
        // numbers stage reads it whole): its sentence holds all of it.
        range.end = mentions[first..last].iter().map(|m| m.range.end).fold(range.end, usize::max);
        let here = SentenceContext { context, tokens: sentence.clone(), mentions: first..last, range };
        links.extend(here.link(context.last_named_before(range.start)));
        next_mention = last;
    }
    links
}

/// One sentence: its token and mention index ranges.
struct SentenceContext<'c, 'a> {
    context: &'c Context<'a>,
    tokens: std::ops::Range<usize>,
    mentions: std::ops::Range<usize>,
    range: ByteRange,
}

impl SentenceContext<'_, '_> {
    fn lower(&self, i: usize) -> std::borrow::Cow<'_, str> {
        self.context.lower(i)
    }

    fn mention(&self, m: usize) -> &crate::mention::Mention {
        &self.context.mentions[m]
    }

    /// The mention of this sentence covering token `i`.
    fn mention_at_token(&self, i: usize) -> Option<usize> {
        self.context.mention_at_token(i).filter(|m| self.mentions.contains(m))
    }

    fn link(&self, last_named: Option<usize>) -> Vec<Link> {
        let numeric: Vec<usize> = self
            .mentions
            .clone()
            .filter(|&m| {
                matches!(self.mention(m).label, Label::Cardinal | Label::Percent | Label::Money | Label::Quantity)
            })
            .filter(|&m| self.mention(m).value.is_some())
            .collect();
        if numeric.is_empty() {
            return Vec::new();
        }
        // Work once per sentence, so that a huge sentence stays linear.
        let frequency = self.frequency();
        let clauses = self.clauses();
        let times = self.time_candidates();
        let sources = self.sources(last_named);
        // Walk the numbers in order: a change ("a 25% jump") belongs to the
        // closest statistic before it that is neither a change nor a
        // proportion ("over half the population" qualifies the count before it).
        let mut links: Vec<Link> = Vec::with_capacity(numeric.len());
        let mut owner: Option<usize> = None; // index into `links`
        for &m in &numeric {
            if let Some(change) = self.change_of(m) {
                if let Some(link) = owner.map(|o| &mut links[o]).filter(|link| link.change.is_none()) {
                    link.change = Some(change);
                    continue;
                }
                if owner.is_some() {
                    continue; // a second change of the same statistic
                }
            }
            let mention = self.mention(m);
            let is_proportion = mention.label == Label::Cardinal && mention.value.is_some_and(|v| v > 0.0 && v < 1.0);
            let number = self.context.first_token(m);
            links.push(Link {
                value_mention: m,
                subject: self.subject(m),
                // The time of the number's own clause: in "… 2 billion users,
                // while Apple said … in the third quarter", the quarter is Apple's.
                time_mention: nearest(&times, mention.range.start, |d| {
                    clauses.of(self.context.first_token(d)) == clauses.of(number)
                }),
                frequency: frequency.clone(),
                change: self.to_change(m),
                source: source_for(&sources, number, self.tokens.end),
                sentence: self.range,
            });
            if !is_proportion {
                owner = Some(links.len() - 1);
            }
        }
        links
    }

    /// "a 25% jump from last year": a number after an article and before a change noun.
    fn change_of(&self, m: usize) -> Option<Change> {
        let mention = self.mention(m);
        let after = self.context.token_after(m);
        let direction =
            (after..self.tokens.end.min(after + 2)).find_map(|i| direction_of(Key::of(self.context.word(i))))?;
        // "rose 25%" (the verb form) is the size of a change of the subject;
        // "a 25% jump" (the noun form) is the change of another number.
        let before = self.context.first_token(m);
        if before <= self.tokens.start || !matches!(self.lower(before - 1).as_ref(), "a" | "an" | "the" | "with" | "by")
        {
            return None;
        }
        let unit = Some(change_unit(mention));
        Some(Change { direction, value: mention.value, unit, baseline: self.baseline_after(after), span: Some(m) })
    }

    /// "rose 3 points to 41%", "fell from 5.2% to 4.8%", "rose to 41%".
    fn to_change(&self, m: usize) -> Option<Change> {
        let start = self.context.first_token(m);
        if start <= self.tokens.start || self.lower(start - 1) != "to" {
            return None;
        }
        // Walk back over "by 3 points" / "from 5.2%" to the verb.
        let mut i = start - 1;
        let mut size: Option<(f64, String)> = None;
        let mut baseline: Option<String> = None;
        while i > self.tokens.start && start - i <= 8 {
            i -= 1;
            if let Some(direction) = direction_of(Key::of(self.context.word(i))) {
                let (value, unit) = size.map_or((None, None), |(v, u)| (Some(v), Some(u)));
                return Some(Change { direction, value, unit, baseline, span: None });
            }
            let Some(other) = self.mention_at_token(i) else { continue };
            let other_start = self.context.first_token(other);
            let mention = self.mention(other);
            if other_start > self.tokens.start && self.lower(other_start - 1) == "from" {
                baseline = Some(mention.range.of(self.context.text).to_string());
            } else if let Some(value) = mention.value {
                let next = self.context.token_after(other);
                let unit = if next < self.tokens.end && self.lower(next).starts_with("point") {
                    "points".to_string()
                } else {
                    change_unit(mention)
                };
                size = Some((value, unit));
            }
            i = other_start;
        }
        None
    }

    /// "from last year", "compared with 2023", "than a year earlier".
    fn baseline_after(&self, after: usize) -> Option<String> {
        let end = self.tokens.end;
        let i = (after..end.min(after + 3)).find(|&i| BASELINE_WORDS.contains(self.context.word(i)))?;
        let start = i + 1;
        if start >= end {
            return None;
        }
        if let Some(m) = self.mention_at_token(start) {
            return Some(self.mention(m).range.of(self.context.text).to_string());
        }
        let stop =
            (start..end).find(|&j| self.context.tokens[j].kind == TokenKind::Punct).unwrap_or(end).min(start + 4);
        (stop > start).then(|| self.context.slice(start, stop - 1).to_string())
    }

    /// What the number counts or measures.
    fn subject(&self, m: usize) -> Option<String> {
        let mention = self.mention(m);
        let after = self.context.token_after(m);
        let noun_run = |from: usize| {
            let mut j = from;
            while j < self.tokens.end && j < from + 4 && self.is_noun_like(j) {
                j += 1;
            }
            j
        };
        // The counted noun the number recogniser found after its span ("12.5 million people").
        let (mut phrase, end) = match (&mention.unit, mention.label) {
            (Some(unit), Label::Cardinal) => (unit.clone(), after + usize::from(self.context.word(after) == unit)),
            _ => {
                let j = noun_run(after);
                if j > after {
                    (self.context.slice(after, j - 1).to_string(), j)
                } else if after + 1 < self.tokens.end && self.lower(after) == "of" {
                    // "25% of the population", "half of voters".
                    let k = after
                        + 1
                        + usize::from(matches!(self.lower(after + 1).as_ref(), "the" | "all" | "its" | "their"));
                    let j = noun_run(k);
                    if j <= k {
                        return None;
                    }
                    (self.context.slice(k, j - 1).to_string(), j)
                } else {
                    // "revenue of $85.8 billion": the noun before "of".
                    let start = self.context.first_token(m);
                    if start < self.tokens.start + 2 || self.lower(start - 1) != "of" || !self.is_noun_like(start - 2) {
                        return None;
                    }
                    let mut k = start - 2;
                    while k > self.tokens.start && start - 2 - k < 3 && self.is_noun_like(k - 1) {
                        k -= 1;
                    }
                    return Some(self.context.slice(k, start - 2).to_string());
                }
            }
        };
        // "people in Kazakhstan": a following place or group.
        if end + 1 < self.tokens.end && SUBJECT_PREPOSITIONS.contains(self.context.word(end)) {
            if let Some(name) = self.mention_at_token(end + 1).filter(|&n| self.mention(n).label.is_name()) {
                let name_end = self.mention(name).range.end;
                let tail = &self.context.text[self.context.tokens[end].range.start..name_end];
                phrase = format!("{phrase} {tail}");
            }
        }
        Some(phrase)
    }

    /// A lower-case content word that can be part of a counted noun phrase.
    fn is_noun_like(&self, i: usize) -> bool {
        if self.context.tokens[i].kind != TokenKind::Word || self.context.mention_at_token(i).is_some() {
            return false;
        }
        let word = self.context.word(i);
        if word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        // The word sets ignore case, and one key serves them all; only the
        // suffixes need a lower-case word.
        let key = Key::of(word);
        let is_content = !attribution::FUNCTION_WORDS.contains_key(key)
            && !NOT_NOUNS.contains_key(key)
            && !attribution::REPORTING_VERBS.contains_key(key)
            && direction_of(key).is_none();
        is_content && {
            let lower = self.lower(i);
            let adverb = lower.ends_with("ly");
            // Past-tense verbs ("reached", "removed") end a noun phrase.
            let past_tense = lower.len() > 4 && lower.ends_with("ed");
            !adverb && !past_tense
        }
    }

    fn clauses(&self) -> Clauses {
        let mut clause = 0;
        let of_token = self
            .tokens
            .clone()
            .map(|i| {
                let opens = i > self.tokens.start
                    && self.context.word(i - 1) == ","
                    && ["while", "but", "whereas", "although", "though"]
                        .iter()
                        .any(|w| self.context.word(i).eq_ignore_ascii_case(w));
                if opens || (i > self.tokens.start && self.context.word(i - 1) == ";") {
                    clause += 1;
                }
                clause
            })
            .collect();
        Clauses { start: self.tokens.start, of_token }
    }

    /// The DATE mentions of the sentence that place its numbers in time, as
    /// (start byte, mention), in text order.
    fn time_candidates(&self) -> Vec<(usize, usize)> {
        self.mentions
            .clone()
            .filter(|&d| self.mention(d).label == Label::Date)
            .filter(|&d| self.mention(d).timex.as_deref().is_some_and(is_point_in_time))
            // A baseline ("from last year") is not the statistic's own time.
            .filter(|&d| {
                let before = self.context.first_token(d);
                !(before > self.tokens.start && BASELINE_WORDS.contains(self.context.word(before - 1)))
            })
            .map(|d| (self.mention(d).range.start, d))
            .collect()
    }

    /// How often the sentence says its figures hold.
    fn frequency(&self) -> Option<String> {
        self.mentions.clone().filter(|&d| self.mention(d).label == Label::Date).find_map(|d| {
            let mention = self.mention(d);
            let words = mention.range.of(self.context.text).to_lowercase();
            match words.as_str() {
                "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "hourly" => return Some(words),
                "annually" => return Some("yearly".to_string()),
                _ => {}
            }
            let is_set = words.starts_with("every ") || words.starts_with("each ") || words.starts_with("per ");
            let name = match mention.timex.as_deref()? {
                "P1D" => "daily",
                "P1W" => "weekly",
                "P1M" => "monthly",
                "P3M" => "quarterly",
                "P1Y" => "yearly",
                "PT1H" => "hourly",
                _ => return None,
            };
            is_set.then(|| name.to_string())
        })
    }

    /// The reporting verbs of the sentence and who they name, in text
    /// order: (verb token, covers the whole sentence, speaker).
    fn sources(&self, last_named: Option<usize>) -> Vec<(usize, bool, Speaker)> {
        self.tokens
            .clone()
            .filter_map(|i| {
                if !attribution::is_reporting_verb(self.context.word(i)) {
                    return None;
                }
                if self.lower(i) == "according" {
                    // "according to the ministry" covers the whole sentence.
                    let speaker = (i + 2 < self.tokens.end && self.lower(i + 1) == "to")
                        .then(|| self.context.speaker_after(i + 2, self.tokens.end, last_named))
                        .flatten()?;
                    return Some((i, true, speaker));
                }
                let speaker = self
                    .context
                    .speaker_before(i, self.tokens.start, last_named)
                    .or_else(|| self.context.speaker_after(i + 1, self.tokens.end, last_named))?;
                Some((i, false, speaker))
            })
            .collect()
    }
}

/// The candidate nearest to byte `at` that `fits`, from (position, item)
/// pairs in text order; only a few neighbours on each side are tried, so a
/// sentence with thousands of candidates stays linear.
fn nearest(candidates: &[(usize, usize)], at: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
    const NEIGHBOURS: usize = 8;
    let i = candidates.partition_point(|&(position, _)| position < at);
    let before = candidates[..i].iter().rev().take(NEIGHBOURS).find(|&&(_, item)| fits(item));
    let after = candidates[i..].iter().take(NEIGHBOURS).find(|&&(_, item)| fits(item));
    match (before, after) {
        (Some(b), Some(a)) => Some(if at - b.0 <= a.0 - at { b.1 } else { a.1 }),
        (b, a) => b.or(a).map(|&(_, item)| item),
    }
}

/// Clause numbers of a sentence's tokens: a new clause starts after ";" and
/// at ", while", ", but", ", whereas", ", although".
struct Clauses {
    start: usize,
    of_token: Vec<u32>,
}

impl Clauses {
    fn of(&self, token: usize) -> u32 {
        self.of_token.get(token.wrapping_sub(self.start)).copied().unwrap_or(u32::MAX)
    }
}

/// Who the number at token `number` is attributed to: the nearest reporting
/// verb that covers it. A verb before the number covers it; a verb after it
/// only when it closes the sentence ("…, the ministry said on Monday."), or
/// when it is "according to".
fn source_for(sources: &[(usize, bool, Speaker)], number: usize, sentence_end: usize) -> Option<Speaker> {
    let covers = |&&(verb, whole, _): &&(usize, bool, Speaker)| whole || verb < number || sentence_end - verb <= 5;
    let i = sources.partition_point(|&(verb, _, _)| verb < number);
    let before = sources[..i].iter().rev().find(covers);
    // Verbs after the number rarely cover it: look at a bounded few.
    let after = sources[i..].iter().take(16).find(covers);
    let best = match (before, after) {
        (Some(b), Some(a)) => Some(if number - b.0 <= a.0 - number { b } else { a }),
        (b, a) => b.or(a),
    };
    best.map(|(_, _, speaker)| speaker.clone())
}

/// The unit of a change stated by `mention`: `points` for percentage
/// points, `percent` for other percentages, else the number's own unit.
fn change_unit(mention: &crate::mention::Mention) -> String {
    match (mention.label, mention.unit.as_deref()) {
        (Label::Quantity, Some("percentage point")) => "points".to_string(),
        (Label::Percent, _) => "percent".to_string(),
        (_, unit) => unit.unwrap_or_default().to_string(),
    }
}

/// The direction a word of change names ("rose", "Fell"), in any case.
fn direction_of(key: Key) -> Option<Direction> {
    if UP_WORDS.contains_key(key) {
        Some(Direction::Up)
    } else if DOWN_WORDS.contains_key(key) {
        Some(Direction::Down)
    } else if FLAT_WORDS.contains_key(key) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::groups;
    use crate::mention::{Mention, Source};
    use crate::tokenize;

    /// A mention of `surface` (its first occurrence after the previous one).
    struct M(&'static str, Label, Option<f64>, Option<&'static str>, Option<&'static str>);

    fn link_text(text: &str, given: &[M]) -> (Vec<Link>, Vec<Mention>, groups::Groups) {
        let mut from = 0;
        let mentions: Vec<Mention> = given
            .iter()
            .map(|M(surface, label, value, unit, timex)| {
                let at = from + text[from..].find(surface).expect("surface in text");
                from = at + surface.len();
                let mut m = Mention::new(ByteRange::new(at, from), *label, Source::Numbers);
                m.value = *value;
                m.unit = unit.map(str::to_string);
                m.timex = timex.map(str::to_string);
                m
            })
            .collect();
        let tokens = tokenize::tokenize(text);
        let sentences = tokenize::sentences(text, &tokens);
        let groups = groups::group(text, &mentions);
        let context = Context { text, tokens: &tokens, mentions: &mentions, groups: &groups };
        (link(&context, &sentences), mentions, groups)
    }

    #[test]
    fn a_number_past_a_full_stop_stays_in_its_sentence() {
        // The tokenizer ends a sentence at "Rs." before a digit; the numbers
        // stage reads "Rs. 20" whole.
        let text = "The fare rose to Rs. 20 last year.";
        let (links, mentions, _) = link_text(text, &[M("Rs. 20", Label::Money, Some(20.0), Some("INR"), None)]);
        assert_eq!(links.len(), 1, "{links:?}");
        assert!(links[0].sentence.contains(mentions[0].range), "{:?}", links[0].sentence);
    }

    #[test]
    fn users_with_change_frequency_and_source() {
        let text = "Durov shared that 12.5 million people in Kazakhstan, over half the population, are now using the app every month, a 25% jump from last year.";
        let (links, _, groups) = link_text(
            text,
            &[
                M("Durov", Label::Person, None, None, None),
                M("12.5 million people", Label::Cardinal, Some(12.5e6), Some("people"), None),
                M("Kazakhstan", Label::Gpe, None, None, None),
                M("over half the population", Label::Cardinal, Some(0.5), Some("population"), None),
                M("every month", Label::Date, None, None, Some("P1M")),
                M("25%", Label::Percent, Some(25.0), None, None),
                M("last year", Label::Date, None, None, Some("2023")),
            ],
        );
        assert_eq!(links.len(), 2, "{links:?}");
        let users = &links[0];
        assert_eq!((links[1].subject.as_deref(), &links[1].change), (Some("population"), &None));
        assert_eq!(users.subject.as_deref(), Some("people in Kazakhstan"));
        assert_eq!(users.frequency.as_deref(), Some("monthly"));
        assert_eq!(users.time_mention, None, "last year is the baseline, not the time");
        let change = users.change.as_ref().unwrap();
        assert_eq!(
            (change.direction, change.value, change.unit.as_deref()),
            (Direction::Up, Some(25.0), Some("percent"))
        );
        assert_eq!(change.baseline.as_deref(), Some("last year"));
        assert_eq!(
            users.source.as_ref().and_then(|s| s.group).map(|g| groups.groups()[g].name.as_str()),
            Some("Durov")
        );
    }

    #[test]
    fn time_scope_and_noun_after_number() {
        let text = "Meta said it had removed 1.2 billion fake accounts in the third quarter of 2024.";
        let (links, mentions, _) = link_text(
            text,
            &[
                M("Meta", Label::Org, None, None, None),
                M("1.2 billion", Label::Cardinal, Some(1.2e9), None, None),
                M("the third quarter of 2024", Label::Date, None, None, Some("2024-Q3")),
            ],
        );
        assert_eq!(links[0].subject.as_deref(), Some("fake accounts"));
        assert_eq!(links[0].time_mention.map(|d| mentions[d].timex.clone().unwrap()), Some("2024-Q3".into()));
        assert!(links[0].source.as_ref().is_some_and(|s| s.group == Some(0)));
    }

    #[test]
    fn verb_changes_with_baseline() {
        let text = "Unemployment fell from 5.2% to 4.8% in March.";
        let (links, _, _) = link_text(
            text,
            &[
                M("5.2%", Label::Percent, Some(5.2), None, None),
                M("4.8%", Label::Percent, Some(4.8), None, None),
                M("March", Label::Date, None, None, Some("2024-03")),
            ],
        );
        let last = links.iter().find(|l| l.value_mention == 1).unwrap();
        let change = last.change.as_ref().unwrap();
        assert_eq!((change.direction, change.baseline.as_deref()), (Direction::Down, Some("5.2%")));

        let text = "Support rose 3 points to 41%.";
        let (links, _, _) = link_text(
            text,
            &[M("3", Label::Cardinal, Some(3.0), None, None), M("41%", Label::Percent, Some(41.0), None, None)],
        );
        let change = links.iter().find(|l| l.value_mention == 1).and_then(|l| l.change.clone()).unwrap();
        assert_eq!(
            (change.direction, change.value, change.unit.as_deref()),
            (Direction::Up, Some(3.0), Some("points"))
        );
    }

    #[test]
    fn money_subject_before_of_and_later_speaker_does_not_cover() {
        let text = "WhatsApp has about 2 billion users worldwide, while Apple said its services reached record revenue of $85.8 billion in the quarter.";
        let (links, _, _) = link_text(
            text,
            &[
                M("WhatsApp", Label::Org, None, None, None),
                M("2 billion", Label::Cardinal, Some(2e9), None, None),
                M("Apple", Label::Org, None, None, None),
                M("$85.8 billion", Label::Money, Some(85.8e9), Some("USD"), None),
                M("the quarter", Label::Date, None, None, Some("2024-Q3")),
            ],
        );
        assert_eq!(links[0].subject.as_deref(), Some("users"));
        assert_eq!(links[0].source, None);
        assert_eq!(links[0].time_mention, None, "the quarter belongs to Apple's clause");
        assert_eq!(links[1].subject.as_deref(), Some("record revenue"));
        assert!(links[1].source.as_ref().is_some_and(|s| s.group == Some(1)));
        assert_eq!(links[1].time_mention, Some(4));
    }
}
