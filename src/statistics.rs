//! The statistics layer: each number a reader would check linked to what it
//! measures, its time scope, how often it holds, a change and its baseline,
//! and who it is attributed to.
//!
//! Everything is decided inside one sentence, from the resolved mentions and
//! the tokens around them, with the word lists of `statistics/words.rs`:
//! - **which numbers**: counts, amounts, percentages, quantities; not years
//!   used as dates, ages ("Dana Whitfield, 52,"), list numbers ("1." opening
//!   a line), numbers inside names ("Article 9", "S&P 500"), durations;
//! - **roles**: a number can be part of another's statistic: the size of its
//!   change ("rose 3 points to 41%", "…, up 6% from a year ago", "…, a 25%
//!   jump"), its baseline ("from 5.2% to 4.8%", "down from 67%"), or the same
//!   move restated ("dropped 318 points, or 0.8%");
//! - **subject**: the counted noun after the number ("12.5 million people"),
//!   the share's whole ("40% of its capacity"), else the noun phrase the
//!   number is said of, before its verb ("net profit soared 329 percent",
//!   "the death toll rose to 106", the instrument of a move: "the Dow
//!   dropped 318 points"), else the clause's first noun phrase ("sales rose
//!   5% and profit 8%"; "Wheat futures rose…, gaining 2.1% to $6.12");
//! - **change**: the word of change nearest before the number inside its
//!   clause ("slid 0.5%", "eased to 2.2%"), one right after it ("0.3%
//!   higher"), the size and baseline its parts give, or the difference from
//!   a baseline number ("compared with 6,200");
//! - **time**: the nearest DATE of the number's clause, else of a clause
//!   before it; never a baseline ("from a year ago", "since 1990") or the
//!   day a statement was made ("said on Friday");
//! - **frequency**: a set expression ("every month", "quarterly") for the
//!   nearest statistic of its clause;
//! - **source**: see `attribution`: the speaker of a reporting verb of the
//!   number's clause, of a reporting clause set off by a comma ("…, the
//!   company said"), or of "according to", anywhere in the sentence.

mod words;

use crate::attribution::{self, Antecedents, Context, Speaker};
use crate::document::{Change, Direction, Label, Statistic};
use crate::offsets::{ByteRange, OffsetMap};
use crate::tokenize::{Sentence, TokenKind};
use crate::wordset::Key;
use words::*;
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

/// Links the numeric mentions of the text to what they measure.
pub fn link(context: &Context, sentences: &[Sentence]) -> Vec<Link> {
    let mentions = context.mentions;
    let mut links = Vec::new();
    let mut next_mention = 0;
    // The names a pronoun can stand for, read mention by mention as the
    // sentences go by, so that resolving them stays linear in the text.
    let mut antecedents = Antecedents::default();
    let mut read = 0;
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
        while read < first {
            antecedents.read(context, read);
            read += 1;
        }
        next_mention = last;
        // Most sentences hold no number: no view of them is built.
        let has_number = mentions[first..last].iter().any(|m| {
            m.value.is_some() && matches!(m.label, Label::Cardinal | Label::Percent | Label::Money | Label::Quantity)
        });
        if has_number {
            let here = SentenceView::new(context, sentence.clone(), first..last, range);
            links.extend(here.link(antecedents));
        }
    }
    links
}

/// What a number is to the statistics of its sentence; the `usize`s are
/// positions in the sentence's list of figures.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    /// A statistic of its own.
    Own,
    /// The size of that figure's change ("rose 3 points to 41%", "…, up 6%"),
    /// with the direction its own words give.
    Size(usize, Option<Direction>),
    /// That figure's baseline ("from 5.2% to 4.8%", "down from 67%").
    Baseline(usize, Option<Direction>),
    /// That figure's move stated again ("318 points, or 0.8%").
    Restates(usize),
}

/// One sentence: its tokens, its mentions and its clauses.
struct SentenceView<'c, 'a> {
    context: &'c Context<'a>,
    tokens: std::ops::Range<usize>,
    mentions: std::ops::Range<usize>,
    range: ByteRange,
    /// The clause number of each token.
    clause_of: Vec<u32>,
    /// Whether each clause takes the dates of the clauses before it: a
    /// coordinate clause does (", while the S&P 500 slid 1.1%"), a
    /// subordinate one does not ("after the carmaker cut its forecast").
    carries: Vec<bool>,
    /// The first token of each clause.
    clause_starts: Vec<usize>,
    /// Lookups asked again and again, found once.
    index: SentenceIndex,
}

/// A sentence's tokens and mentions indexed both ways, and each token's
/// word-set key: the questions the rules ask most, answered once.
struct SentenceIndex {
    /// The sentence mention covering each token.
    mention_of: Vec<Option<usize>>,
    /// The first token of each sentence mention, and the token just past it.
    first: Vec<usize>,
    after: Vec<usize>,
    keys: Vec<Key>,
}

impl SentenceIndex {
    fn new(context: &Context, tokens: &std::ops::Range<usize>, mentions: &std::ops::Range<usize>) -> Self {
        let mut mention_of = vec![None; tokens.len()];
        let mut first = Vec::with_capacity(mentions.len());
        let mut after = Vec::with_capacity(mentions.len());
        for m in mentions.clone() {
            let (a, b) = (context.first_token(m), context.token_after(m));
            first.push(a);
            after.push(b);
            // The tokens a mention covers are those starting inside it.
            for i in a.max(tokens.start)..b.min(tokens.end) {
                mention_of[i - tokens.start] = Some(m);
            }
        }
        let keys = tokens.clone().map(|i| Key::of(context.word(i))).collect();
        SentenceIndex { mention_of, first, after, keys }
    }
}

impl<'c, 'a> SentenceView<'c, 'a> {
    fn new(
        context: &'c Context<'a>,
        tokens: std::ops::Range<usize>,
        mentions: std::ops::Range<usize>,
        range: ByteRange,
    ) -> Self {
        // A new clause starts after ";", at a subordinating conjunction
        // ("after", "unless", "while"), and at "and" or "but" after a comma.
        let mut clause = 0;
        let mut carries = vec![true];
        let mut clause_starts = vec![tokens.start];
        let clause_of = tokens
            .clone()
            .map(|i| {
                let previous = if i > tokens.start { context.word(i - 1) } else { "" };
                let is_word = context.tokens[i].kind == TokenKind::Word;
                let coordinate =
                    previous == ";" || (previous == "," && is_word && COORDINATORS.contains(context.word(i)));
                if coordinate || (!previous.is_empty() && is_word && SUBORDINATORS.contains(context.word(i))) {
                    clause += 1;
                    carries.push(coordinate);
                    clause_starts.push(i);
                }
                clause
            })
            .collect();
        let index = SentenceIndex::new(context, &tokens, &mentions);
        SentenceView { context, tokens, mentions, range, clause_of, carries, clause_starts, index }
    }

    fn word(&self, i: usize) -> &str {
        self.context.word(i)
    }

    fn kind(&self, i: usize) -> TokenKind {
        self.context.tokens[i].kind
    }

    fn lower(&self, i: usize) -> std::borrow::Cow<'_, str> {
        self.context.lower(i)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.tokens.contains(&i) && self.word(i).eq_ignore_ascii_case(word)
    }

    fn mention(&self, m: usize) -> &crate::mention::Mention {
        &self.context.mentions[m]
    }

    /// The mention of this sentence covering token `i`.
    fn mention_at_token(&self, i: usize) -> Option<usize> {
        match i.checked_sub(self.tokens.start).and_then(|k| self.index.mention_of.get(k)) {
            Some(&m) => m,
            None => self.context.mention_at_token(i).filter(|m| self.mentions.contains(m)),
        }
    }

    fn first_token(&self, m: usize) -> usize {
        match m.checked_sub(self.mentions.start).and_then(|k| self.index.first.get(k)) {
            Some(&first) => first,
            None => self.context.first_token(m),
        }
    }

    fn token_after(&self, m: usize) -> usize {
        match m.checked_sub(self.mentions.start).and_then(|k| self.index.after.get(k)) {
            Some(&after) => after,
            None => self.context.token_after(m),
        }
    }

    /// Token `i`'s key for the word sets, found once per token.
    fn key(&self, i: usize) -> Key {
        match i.checked_sub(self.tokens.start).and_then(|k| self.index.keys.get(k)) {
            Some(&key) => key,
            None => Key::of(self.word(i)),
        }
    }

    fn clause(&self, i: usize) -> u32 {
        self.clause_of.get(i.wrapping_sub(self.tokens.start)).copied().unwrap_or(u32::MAX)
    }

    fn is_numeric(&self, m: usize) -> bool {
        matches!(self.mention(m).label, Label::Cardinal | Label::Percent | Label::Money | Label::Quantity)
    }

    fn link(&self, antecedents: Antecedents) -> Vec<Link> {
        let figures: Vec<usize> = self.mentions.clone().filter(|&m| self.is_statistic(m)).collect();
        if figures.is_empty() {
            return Vec::new();
        }
        // Work once per sentence, so that a huge sentence stays linear.
        let roles = self.roles(&figures);
        let parts = Self::parts(&roles);
        let times = self.time_candidates(&figures, &roles);
        let sources = self.sources(antecedents);
        let mut links: Vec<Link> = Vec::with_capacity(figures.len());
        let mut owned_at: Vec<Option<usize>> = vec![None; figures.len()]; // figure -> link
        for (p, &m) in figures.iter().enumerate() {
            if roles[p] != Role::Own {
                continue;
            }
            let number = self.first_token(m);
            let change = self.change(p, &figures, &parts[p], &links, &owned_at);
            links.push(Link {
                value_mention: m,
                subject: self.subject(p, &figures, &parts[p], change.is_some(), links.last()),
                time_mention: self.time(number, &times),
                frequency: None,
                change,
                source: source_for(&sources, number, |i| self.clause(i)),
                sentence: self.range,
            });
            owned_at[p] = Some(links.len() - 1);
        }
        self.assign_frequencies(&mut links);
        links
    }

    /// True for a number a reader would check: not a year, an age, a list
    /// number, a number inside a name or a duration.
    fn is_statistic(&self, m: usize) -> bool {
        let mention = self.mention(m);
        if !self.is_numeric(m) || mention.value.is_none() {
            return false;
        }
        let surface = mention.range.of(self.context.text);
        let bare = surface.bytes().all(|b| b.is_ascii_digit());
        let start = self.first_token(m);
        let after = self.token_after(m);
        let next_is_noun = after < self.tokens.end && self.is_noun_like(after);
        // "in 2019", "since 1990": a year, unless it counts something ("2000 people").
        if bare && surface.len() == 4 && (1800.0..=2100.0).contains(&mention.value.unwrap_or(0.0)) && !next_is_noun {
            return false;
        }
        if bare && start > self.tokens.start {
            let before = start - 1;
            // "Dana Whitfield, 52,": an age after a name.
            let age = self.word(before) == ","
                && before > self.tokens.start
                && self.mention_at_token(before - 1).is_some_and(|n| self.mention(n).label == Label::Person)
                && (after >= self.tokens.end || matches!(self.word(after), "," | "." | ")"));
            // "No. 10", "Article 9", "S&P 500", "a Category 4 storm", "PaLM 2":
            // a count stands after a verb or a determiner, not after a capital.
            let previous = self.word(before);
            let is_date = self.mention_at_token(before).is_some_and(|n| self.mention(n).label == Label::Date);
            let opens_sentence = before == self.tokens.start
                && (attribution::FUNCTION_WORDS.contains(previous) || LINKS.contains(previous));
            let in_name = NUMBER_NAMES.contains(previous)
                || (!opens_sentence
                    && previous.chars().next().is_some_and(char::is_uppercase)
                    && self.kind(before) == TokenKind::Word
                    && !is_date);
            if age || in_name {
                return false;
            }
        }
        // "one of the most destructive hurricanes": the pronoun, not a count.
        if surface.eq_ignore_ascii_case("one") && self.is(after, "of") {
            return false;
        }
        // "people over 60", "those aged 65".
        if start > self.tokens.start && AGE_HOLDERS.contains_key(self.key(start - 1)) && !next_is_noun {
            let qualified = mention.approx.is_some() || self.is(start - 1, "aged");
            if qualified && mention.label == Label::Cardinal {
                return false;
            }
        }
        // "1." opening a line of a list.
        if start == self.tokens.start && after < self.tokens.end && matches!(self.word(after), "." | ")") && bare {
            return false;
        }
        // "over 68 weeks", "10-year": durations.
        let unit_after = after < self.tokens.end && TIME_UNITS.contains_key(self.key(after));
        let hyphen_unit = self.context.text[mention.range.end..]
            .strip_prefix('-')
            .is_some_and(|rest| TIME_UNITS.contains(rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("")));
        let unit_inside = mention.unit.as_deref().is_some_and(|u| TIME_UNITS.contains(u));
        !(mention.label == Label::Cardinal && (unit_after || hyphen_unit || unit_inside))
    }

    /// The token after figure `m`, past the words that measure it ("7 basis points").
    fn after_units(&self, m: usize) -> usize {
        let mut a = self.token_after(m);
        while a < self.tokens.end && UNITS.contains_key(self.key(a)) {
            a += 1;
        }
        a
    }

    /// Each figure's role in the sentence.
    fn roles(&self, figures: &[usize]) -> Vec<Role> {
        let n = figures.len();
        let mut roles = vec![Role::Own; n];
        let figure_at = |i: usize| {
            let m = self.mention_at_token(i).filter(|&m| self.first_token(m) == i)?;
            figures.binary_search(&m).ok()
        };
        let mut last_owner: Option<usize> = None;
        for p in 0..n {
            let m = figures[p];
            let start = self.first_token(m);
            let after = self.after_units(m);
            let before = |k: usize| (start >= self.tokens.start + k).then(|| self.lower(start - k));
            let before1 = before(1);
            let is_before = |word: &str| before1.as_deref() == Some(word);
            if roles[p] == Role::Own {
                // "rose 3 points to 41%", "rose 40% last week to 3,150", "a 329 percent rise in net profit to 1.2 billion yuan",
                // "fell $2.40, or 3.1%, to $74.90", "closed up 1.9% at 38,200", "0.3% higher against the dollar at $1.2415".
                let mut k = after;
                let mut restated = None;
                if self.is(k, ",") && self.is(k + 1, "or") {
                    if let Some(q) = figure_at(k + 2).filter(|&q| q == p + 1) {
                        restated = Some(q);
                        k = self.after_units(figures[q]);
                        if self.is(k, ",") {
                            k += 1;
                        }
                    }
                }
                if self.is(k, "in") || self.is(k, "on") {
                    k += 1;
                }
                if let Some(d) = self.mention_at_token(k).filter(|&d| self.mention(d).label == Label::Date) {
                    k = self.token_after(d);
                }
                let mut noun_direction = None;
                if k < self.tokens.end && CHANGE_NOUNS.contains_key(self.key(k)) {
                    noun_direction = direction_of(self.key(k));
                    k += 1;
                    if self.is(k, "in") || self.is(k, "of") {
                        k += 1;
                        while k < self.tokens.end && k < after + 6 && (self.is_noun_like(k) || self.is_determiner(k)) {
                            k += 1;
                        }
                    }
                }
                // The level's own direction word: "up 1.9% at", "0.3% higher … at".
                let moved = (start > self.tokens.start).then(|| direction_word(&self.lower(start - 1))).flatten();
                let higher = (after < self.tokens.end).then(|| after_direction(self.word(after))).flatten();
                let level = if self.is(k, "to") {
                    // "to an average of 8,900", "to a record 37.4 billion tonnes".
                    (k + 1..self.tokens.end.min(k + 5))
                        .take_while(|&j| {
                            j == k + 1 || self.is_determiner(j - 1) || self.is_noun_like(j - 1) || self.is(j - 1, "of")
                        })
                        .find_map(&figure_at)
                } else if moved.or(higher).is_some() {
                    (k..self.tokens.end.min(k + 6))
                        .take_while(|&j| self.word(j) != ",")
                        .find(|&j| self.is(j, "at"))
                        .and_then(|j| figure_at(j + 1))
                } else {
                    None
                };
                if let Some(q) = level.filter(|&q| q > p) {
                    let role = if is_before("from") {
                        Role::Baseline(q, None)
                    } else {
                        Role::Size(q, noun_direction.or(higher))
                    };
                    roles[p] = role;
                    if let Some(r) = restated {
                        roles[r] = Role::Size(q, None);
                    }
                    continue;
                }
                // "318 points, or 0.8%,": the same move.
                if let Some(q) = restated {
                    roles[q] = Role::Restates(p);
                }
            } else {
                continue;
            }
            // Parts that follow their figure.
            let owner = last_owner;
            if let Some(owner) = owner {
                let word_before_from = before(2).as_deref().and_then(direction_word);
                // "down from 67%", "up from an estimated 900", "compared with 6,200".
                if is_before("from")
                    || is_before("than")
                    || (is_before("with") && before(2).as_deref() == Some("compared"))
                {
                    roles[p] = Role::Baseline(owner, if is_before("from") { word_before_from } else { None });
                    continue;
                }
                // "…, up 6% from a year ago", "…, adding 4.5%".
                let comma_before = |k: usize| start >= self.tokens.start + k && self.word(start - k) == ",";
                // Only "up"/"down" or a participle: "…, raised $35 million" is a statistic of its own.
                let participle = before1.as_deref().is_some_and(|w| after_direction(w).is_some() || w.ends_with("ing"));
                if comma_before(2) && participle {
                    if let Some(d) = before1.as_deref().and_then(direction_word) {
                        roles[p] = Role::Size(owner, Some(d));
                        continue;
                    }
                }
                // "…, a 25% jump from last year", "…, 9 fewer than in 2021", "…, 4% more than last year".
                let noun_after = after < self.tokens.end && CHANGE_NOUNS.contains_key(self.key(after));
                let comparative = after < self.tokens.end && after_direction(self.word(after)).is_some();
                if (comma_before(2) && matches!(before1.as_deref(), Some("a" | "an")) && noun_after)
                    || (comma_before(1) && comparative)
                {
                    let d = direction_of(self.key(after)).or_else(|| after_direction(self.word(after)));
                    roles[p] = Role::Size(owner, d);
                    continue;
                }
            }
            // "142 of the 300 seats": the whole is a statistic, never the owner of what follows.
            let denominator = is_before("the") && before(2).as_deref() == Some("of");
            let proportion = self.mention(m).label == Label::Cardinal
                && self.mention(m).value.is_some_and(|v| v > 0.0 && v < 1.0)
                && is_before(",");
            if !denominator && !proportion {
                last_owner = Some(p);
            }
        }
        roles
    }

    /// The parts of each figure: (position, role), in text order.
    fn parts(roles: &[Role]) -> Vec<Vec<(usize, Role)>> {
        let mut parts = vec![Vec::new(); roles.len()];
        for (q, &role) in roles.iter().enumerate() {
            if let Role::Size(o, _) | Role::Baseline(o, _) | Role::Restates(o) = role {
                parts[o].push((q, role));
            }
        }
        parts
    }

    /// How figure `p` changed.
    fn change(
        &self,
        p: usize,
        figures: &[usize],
        parts: &[(usize, Role)],
        links: &[Link],
        owned_at: &[Option<usize>],
    ) -> Option<Change> {
        let m = figures[p];
        let mention = self.mention(m);
        let part_mentions: Vec<usize> = parts.iter().map(|&(q, _)| figures[q]).collect();
        let size = parts.iter().find_map(|&(q, role)| matches!(role, Role::Size(..)).then_some((q, role)));
        let baseline = parts.iter().find_map(|&(q, role)| matches!(role, Role::Baseline(..)).then_some((q, role)));

        // The word of change before the number (or before the size of its
        // move: "fell $2.40, or 3.1%, to $74.90"), inside its clause.
        let start = size.map_or(self.first_token(m), |(q, _)| self.first_token(figures[q]).min(self.first_token(m)));
        let floor = self.tokens.start.max(start.saturating_sub(12));
        let mut verb = None;
        let mut stopped_at = None;
        let mut i = start;
        while i > floor {
            i -= 1;
            if self.clause(i) != self.clause(start) || self.word(i) == "," || self.word(i) == ":" {
                break;
            }
            if let Some(other) = self.mention_at_token(i) {
                if part_mentions.contains(&other) || !self.is_numeric(other) {
                    i = self.first_token(other).max(floor + 1).min(i);
                    continue;
                }
                stopped_at = figures.binary_search(&other).ok();
                break;
            }
            let key = self.key(i);
            // "up to $500 million" is a limit, not a rise.
            if self.is(i, "up") && self.is(i + 1, "to") && i + 2 == start {
                continue;
            }
            if FLAT.contains_key(key) || (HELD.contains_key(key) && self.is(i + 1, "at")) {
                verb = Some((Direction::Flat, i));
                break;
            }
            // "raised $35 million" from investors is money found, not a rise.
            if RAISE.contains_key(key) && i + 1 == self.first_token(m) && mention.label == Label::Money {
                break;
            }
            // "pulled the Nasdaq down 1.7%", "up 6%".
            if let Some(d) =
                direction_of(key).or_else(|| (i + 1 == start).then(|| after_direction(self.word(i))).flatten())
            {
                verb = Some((d, i));
                break;
            }
        }
        let after = self.after_units(m);
        // "0.3% higher", "a 9% rise".
        let after_word = (after < self.tokens.end).then(|| self.word(after)).and_then(|w| {
            after_direction(w).or_else(|| CHANGE_NOUNS.contains(w).then(|| direction_of(Key::of(w))).flatten())
        });
        // "6.3% in December, unchanged from November".
        let after_flat = (after..self.tokens.end.min(after + 6))
            .take_while(|&k| self.mention_at_token(k).is_none_or(|n| !self.is_numeric(n)))
            .any(|k| FLAT.contains_key(self.key(k)) && (k == after || self.word(k - 1) == ","));
        let size_direction = size.and_then(|(_, role)| match role {
            Role::Size(_, d) => d,
            _ => None,
        });
        let baseline_direction = baseline.and_then(|(q, role)| match role {
            Role::Baseline(_, Some(d)) => Some(d),
            _ => {
                let (own, base) = (mention.value?, self.mention(figures[q]).value?);
                Some(if own > base {
                    Direction::Up
                } else if own < base {
                    Direction::Down
                } else {
                    Direction::Flat
                })
            }
        });
        // "sales rose 5% … and operating profit 8%": the verb is left out.
        let gapped = || {
            let q = stopped_at?;
            let between = self.first_token(m) - self.token_after(figures[q]);
            let has_and = (self.token_after(figures[q])..start).any(|k| self.is(k, "and"));
            (has_and && between <= 8)
                .then(|| owned_at[q].and_then(|l| links[l].change.as_ref()).map(|c| c.direction))?
        };
        let direction = size_direction
            .or(verb.map(|(d, _)| d))
            .or(after_word)
            .or(after_flat.then_some(Direction::Flat))
            .or(baseline_direction)
            .or_else(gapped)?;

        // Its size: the size part, else the number itself when the verb moves it ("slid 0.5%").
        let (value, unit, span) = match size {
            Some((q, _)) => {
                let sm = figures[q];
                (self.mention(sm).value, Some(self.change_unit(sm)), Some(sm))
            }
            None if verb.is_some_and(|(_, i)| i + 1 == start) && mention.label == Label::Percent => {
                (mention.value, Some(self.change_unit(m)), None)
            }
            None => (None, None, None),
        };
        let baseline_text = match baseline {
            Some((q, _)) => Some(self.mention(figures[q]).range.of(self.context.text).to_string()),
            None => {
                let from = size.map_or(after, |(q, _)| self.after_units(figures[q]));
                let from =
                    if from < self.tokens.end && CHANGE_NOUNS.contains_key(self.key(from)) { from + 1 } else { from };
                self.baseline_after(from)
            }
        };
        Some(Change { direction, value, unit, baseline: baseline_text, span })
    }

    /// "from last year", "compared with 2023", "than a year earlier", "on 2024".
    fn baseline_after(&self, after: usize) -> Option<String> {
        let end = self.tokens.end;
        let i = (after..end.min(after + 3)).find(|&i| BASELINE.contains_key(self.key(i)))?;
        let mut start = i + 1;
        if self.is(start, "in") {
            start += 1;
        }
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

    /// The unit of a change stated by mention `m`: `points` for percentage
    /// points, `percent` for other percentages, else the number's own unit.
    fn change_unit(&self, m: usize) -> String {
        let mention = self.mention(m);
        let after = self.token_after(m);
        if after < self.tokens.end && matches!(self.lower(after).as_ref(), "points" | "point" | "basis" | "percentage")
        {
            return if self.lower(after) == "basis" { "basis points".into() } else { "points".into() };
        }
        change_unit(mention)
    }

    fn is_determiner(&self, i: usize) -> bool {
        DETERMINERS.contains_key(self.key(i)) || matches!(self.word(i), "'s" | "’s")
    }

    /// What figure `p` counts or measures.
    fn subject(
        &self,
        p: usize,
        figures: &[usize],
        parts: &[(usize, Role)],
        moved: bool,
        previous: Option<&Link>,
    ) -> Option<String> {
        let m = figures[p];
        let mention = self.mention(m);
        let after = self.token_after(m);
        // "a 329 percent rise in net profit to 1.2 billion yuan": the change's noun phrase.
        for &(q, role) in parts {
            if let Role::Size(..) = role {
                let mut k = self.after_units(figures[q]);
                if k < self.tokens.end && CHANGE_NOUNS.contains_key(self.key(k)) && self.is(k + 1, "in") {
                    k += 2;
                    while k < self.tokens.end && self.is_determiner(k) {
                        k += 1;
                    }
                    let j = self.noun_run(k);
                    if j > k {
                        return Some(self.context.slice(k, j - 1).to_string());
                    }
                }
            }
        }
        // A counted noun the number recogniser kept as the unit ("12.5 million people").
        if let (Some(unit), Label::Cardinal) = (&mention.unit, mention.label) {
            if !UNITS.contains(unit) {
                // The noun stands after the count ("12.5 million | people in
                // Kazakhstan"): the place follows the noun.
                let end = if after < self.tokens.end && self.word(after).eq_ignore_ascii_case(unit) {
                    after + 1
                } else {
                    after
                };
                return Some(self.with_place(unit.clone(), end));
            }
        }
        // "scored 41 points": points are what is counted, unless a move is measured in them.
        let unit_points = mention.unit.as_deref() == Some("points") && mention.label == Label::Cardinal;
        if !moved && (unit_points || (after < self.tokens.end && self.lower(after) == "points")) {
            return Some("points".to_string());
        }
        // "a 31% lower risk": past the comparative; "800 million weekly users": past the frequency.
        let frequency = self.mention_at_token(after).filter(|&d| self.frequency_of(d).is_some());
        let after = match frequency {
            Some(d) => self.token_after(d),
            None if after < self.tokens.end && after_direction(self.word(after)).is_some() => after + 1,
            None => after,
        };
        let j = self.noun_run(after);
        if j > after {
            return Some(self.with_place(self.context.slice(after, j - 1).to_string(), j));
        }
        // "Analysts had expected a 9% rise": the change is what is measured.
        if after < self.tokens.end && CHANGE_NOUNS.contains_key(self.key(after)) {
            if self.is(after + 1, "in") {
                let k = (after + 2..self.tokens.end).find(|&k| !self.is_determiner(k)).unwrap_or(self.tokens.end);
                let j = self.noun_run(k);
                if j > k {
                    return Some(self.context.slice(k, j - 1).to_string());
                }
            }
            return Some(self.word(after).to_string());
        }
        // "almost half its value".
        let is_fraction = mention.label == Label::Cardinal && mention.value.is_some_and(|v| v > 0.0 && v < 1.0);
        if is_fraction && after < self.tokens.end && self.is_determiner(after) {
            let j = self.noun_run(after + 1);
            if j > after + 1 {
                return Some(self.context.slice(after + 1, j - 1).to_string());
            }
        }
        // "25% of the population", "40% of its capacity" (not "3.2% of GDP").
        // "$50 billion in loans", "£12 billion over five years on new housing".
        let date_at = |k: usize| self.mention_at_token(k).filter(|&d| self.mention(d).label == Label::Date);
        let after = match date_at(after).or_else(|| date_at(after + 1).filter(|_| self.is(after, "over"))) {
            Some(d) if mention.label == Label::Money => self.token_after(d),
            _ => after,
        };
        let money_on =
            mention.label == Label::Money && (self.is(after, "in") || self.is(after, "on") || self.is(after, "for"));
        if self.is(after, "of") || money_on {
            let mut k = after + 1;
            while k < self.tokens.end && self.is_determiner(k) {
                k += 1;
            }
            // "142 of the 300 seats": past the whole.
            if let Some(whole) = self.mention_at_token(k).filter(|&w| self.is_numeric(w)) {
                if let (Label::Cardinal, Some(unit)) = (self.mention(whole).label, &self.mention(whole).unit) {
                    return Some(unit.clone());
                }
                k = self.token_after(whole);
            }
            let j = self.noun_run(k);
            if j > k {
                return Some(self.context.slice(k, j - 1).to_string());
            }
        }
        // "won 54% of the vote, against 44% for her rival": the same measure as the figure before.
        let start = self.first_token(m);
        if start > self.tokens.start && PARALLELS.contains_key(self.key(start - 1)) {
            if let Some(subject) = previous.and_then(|l| l.subject.clone()) {
                return Some(subject);
            }
        }
        // "cut output by 400,000 barrels", "cut the energy needed … by 35%": the verb's object.
        if start > self.tokens.start && self.is(start - 1, "by") {
            let floor = start.saturating_sub(12).max(self.tokens.start);
            let verb = (floor..start - 1)
                .rev()
                .take_while(|&k| self.word(k) != "," && self.clause(k) == self.clause(start))
                .find(|&k| direction_of(self.key(k)).is_some());
            if let Some(head) = verb.and_then(|v| self.head_from(v + 1, start - 1)) {
                return Some(head);
            }
        }
        // What the number is said of, before its verb (and before the size
        // of its move: "0.3% higher against the dollar at $1.2415").
        let start = parts
            .iter()
            .filter(|&&(_, role)| matches!(role, Role::Size(..)))
            .map(|&(q, _)| self.first_token(figures[q]))
            .fold(start, usize::min);
        let mut i = start;
        while i > self.tokens.start && start - i < PHRASE {
            let k = i - 1;
            if let Some(other) = self.mention_at_token(k) {
                let part = parts.iter().any(|&(q, _)| figures[q] == other);
                if part || self.mention(other).label == Label::Date {
                    i = self.first_token(other).min(k);
                    continue;
                }
                break;
            }
            let key = self.key(k);
            let skippable = LINKS.contains_key(key)
                || UNITS.contains_key(key)
                || direction_of(key).is_some()
                || after_direction(self.word(k)).is_some()
                || FLAT.contains_key(key)
                || (self.kind(k) == TokenKind::Word && {
                    let lower = self.lower(k);
                    lower.ends_with("ly") || (lower.len() > 4 && lower.ends_with("ed"))
                });
            if !skippable {
                break;
            }
            i = k;
        }
        // "523 lawmakers voting in favour, 46 against and 49 abstentions": a
        // figure listed after another measures what that one does.
        let listed = start > self.tokens.start && matches!(self.lower(start - 1).as_ref(), "," | "and" | "or");
        self.noun_phrase_ending_at(i)
            .or_else(|| listed.then(|| previous.and_then(|l| l.subject.clone())).flatten())
            .or_else(|| self.clause_subject(start))
    }

    /// The head of the noun phrase that ends just before token `end` ("the
    /// death toll from the cholera outbreak in Marenga province" → "death
    /// toll"; "the Dow" → "Dow"; "Shares of Lindqvist Motors").
    fn noun_phrase_ending_at(&self, end: usize) -> Option<String> {
        let mut i = end;
        while i > self.tokens.start && end - i < PHRASE {
            let k = i - 1;
            // Left of "the" a phrase goes on only through a preposition ("the
            // toll from the outbreak"), never into a verb's object ("told
            // reporters the service had").
            let after_article = i < end && self.is_determiner(i) && !matches!(self.word(i), "'s" | "’s");
            if after_article && !NP_PREPOSITIONS.contains_key(self.key(k)) {
                break;
            }
            let fits = if let Some(other) = self.mention_at_token(k) {
                if self.is_numeric(other) && self.is_statistic(other) {
                    false
                } else {
                    i = self.first_token(other).clamp(self.tokens.start, k);
                    continue;
                }
            } else {
                // "her prize money for the year": time nouns inside the phrase.
                let time_noun = self.kind(k) == TokenKind::Word && TIME_NOUNS.contains_key(self.key(k));
                self.is_noun_like(k)
                    || time_noun
                    || self.is_determiner(k)
                    || NP_PREPOSITIONS.contains_key(self.key(k))
                    || (self.kind(k) == TokenKind::Word
                        && self.word(k).chars().next().is_some_and(char::is_uppercase)
                        && !attribution::FUNCTION_WORDS.contains_key(self.key(k)))
            };
            if !fits {
                break;
            }
            i = k;
        }
        self.head_from(i, end)
    }

    /// The first noun phrase of the clause of token `at` ("Wheat futures in
    /// Chicago rose …, gaining 2.1% to $6.12").
    fn clause_subject(&self, at: usize) -> Option<String> {
        let clause = self.clause(at);
        let start = self.clause_starts.get(clause as usize).copied().filter(|&k| k < at)?;
        let opens = COORDINATORS.contains_key(self.key(start)) || SUBORDINATORS.contains_key(self.key(start));
        let start = if self.clause(start) > 0 && start < at && opens { start + 1 } else { start };
        let mut end = start;
        while end < at && end - start < PHRASE {
            if let Some(other) = self.mention_at_token(end) {
                if self.is_numeric(other) {
                    break;
                }
                end = self.token_after(other);
                continue;
            }
            let fits = self.is_noun_like(end)
                || self.is_determiner(end)
                || (end == self.tokens.start && self.kind(end) == TokenKind::Word);
            if !fits {
                break;
            }
            end += 1;
        }
        self.head_from(start, end)
    }

    /// The head of the noun phrase in tokens `start..end`: its first run of
    /// nouns after determiners and possessors, or the name it starts with.
    fn head_from(&self, start: usize, end: usize) -> Option<String> {
        let mut k = start;
        while k < end {
            if self.is_determiner(k) || NP_PREPOSITIONS.contains_key(self.key(k)) {
                k += 1;
                continue;
            }
            if let Some(other) = self.mention_at_token(k) {
                let next = self.token_after(other);
                // "Orbis Retail's sales": the possessor is not the head.
                if next < end && matches!(self.word(next), "'s" | "’s") {
                    k = next + 1;
                    continue;
                }
                // "Treasury note": a name before a noun modifies it.
                let modifies = next < end && self.is_noun_like(next);
                if self.mention(other).label.is_name() && !modifies {
                    return Some(self.mention(other).range.of(self.context.text).to_string());
                }
                k = next;
                continue;
            }
            let is_word = self.kind(k) == TokenKind::Word;
            // "Prime Minister …": a title before a name.
            let capitalised = |j: usize| {
                j < end
                    && self.kind(j) == TokenKind::Word
                    && self.word(j).chars().next().is_some_and(char::is_uppercase)
            };
            let title = capitalised(k)
                && (k > self.tokens.start
                    || capitalised(k + 1)
                    || self.mention_at_token(k + 1).is_some_and(|n| self.mention(n).label.is_name()));
            if is_word && title {
                k += 1;
                continue;
            }
            let head_word = |j: usize| {
                self.is_noun_like(j)
                    || (j == self.tokens.start
                        && self.kind(j) == TokenKind::Word
                        && !attribution::FUNCTION_WORDS.contains_key(self.key(j))
                        && direction_of(self.key(j)).is_none())
            };
            if !is_word || !head_word(k) {
                return None;
            }
            let mut j = k;
            while j < end && head_word(j) && self.mention_at_token(j).is_none() {
                j += 1;
            }
            let phrase = self.context.slice(k, j - 1).to_string();
            // "Shares of Lindqvist Motors": a name the head is of.
            if self.is(j, "of") {
                if let Some(name) = self.mention_at_token(j + 1).filter(|&n| self.mention(n).label.is_name()) {
                    let name_end = self.mention(name).range.end;
                    return Some(self.context.text[self.context.tokens[k].range.start..name_end].to_string());
                }
            }
            return Some(phrase);
        }
        None
    }

    /// The end of a run of up to four noun-like tokens from `from`.
    fn noun_run(&self, from: usize) -> usize {
        let mut j = from;
        while j < self.tokens.end && j < from + 4 && self.is_noun_like(j) {
            j += 1;
        }
        j
    }

    /// `phrase` extended by a following place or group ("people in Kazakhstan").
    fn with_place(&self, phrase: String, end: usize) -> String {
        if end + 1 < self.tokens.end && SUBJECT_PREPOSITIONS.contains_key(self.key(end)) {
            if let Some(name) = self.mention_at_token(end + 1).filter(|&n| self.mention(n).label.is_name()) {
                let name_end = self.mention(name).range.end;
                let tail = &self.context.text[self.context.tokens[end].range.start..name_end];
                return format!("{phrase} {tail}");
            }
        }
        phrase
    }

    /// A lower-case content word that can be part of a counted noun phrase.
    fn is_noun_like(&self, i: usize) -> bool {
        if self.context.tokens[i].kind != TokenKind::Word || self.mention_at_token(i).is_some() {
            return false;
        }
        let word = self.word(i);
        if word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        // The suffixes first (the word starts lower-case: most of it is), then
        // the word sets, which ignore case and share one key.
        let bytes = word.as_bytes();
        let ends = |suffix: &[u8]| {
            bytes.len() >= suffix.len() && bytes[bytes.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
        };
        let adverb = ends(b"ly");
        // Past-tense verbs ("reached", "removed") end a noun phrase.
        let past_tense = bytes.len() > 4 && ends(b"ed");
        !adverb && !past_tense && !is_function_or_verb(self, i) && !self.is_verb_by_context(i)
    }

    /// A word its neighbours show to be a verb: after a modal or "to" ("will
    /// cover", "to split"), or an "-ing" form taking an object ("taking the
    /// main rate", "beating the previous best").
    fn is_verb_by_context(&self, i: usize) -> bool {
        let after_modal = i > self.tokens.start && MODALS.contains_key(self.key(i - 1));
        let participle = self.word(i).len() > 4
            && self.lower(i).ends_with("ing")
            && i + 1 < self.tokens.end
            && self.is_determiner(i + 1);
        after_modal || participle
    }

    /// The DATE mentions of the sentence that can place its figures in
    /// time, as (start byte, mention), in text order: points or periods,
    /// not baselines or the day of a statement.
    fn time_candidates(&self, figures: &[usize], roles: &[Role]) -> Vec<(usize, usize)> {
        let baseline_figures: Vec<usize> =
            figures.iter().zip(roles).filter(|(_, r)| matches!(r, Role::Baseline(..))).map(|(&m, _)| m).collect();
        self.mentions
            .clone()
            .filter(|&d| self.mention(d).label == Label::Date)
            .filter(|&d| self.mention(d).timex.as_deref().is_some_and(is_point_in_time))
            .filter(|&d| !self.is_baseline_date(d, &baseline_figures) && !self.is_statement_date(d))
            .filter(|&d| !self.is_aside(d, figures) && !self.is_coming_event_date(d))
            .map(|d| (self.mention(d).range.start, d))
            .collect()
    }

    /// "from a year ago", "since 1990", "than in 2021", "from 2.6% in July",
    /// "a 20% increase on 2024".
    fn is_baseline_date(&self, d: usize, baseline_figures: &[usize]) -> bool {
        let start = self.first_token(d);
        let mut k = start;
        while k > self.tokens.start && matches!(self.lower(k - 1).as_ref(), "in" | "the" | "at") {
            k -= 1;
        }
        if k > self.tokens.start {
            let before = k - 1;
            if BASELINE_DATE.contains_key(self.key(before))
                || (self.is(before, "with") && before > self.tokens.start && self.is(before - 1, "compared"))
                || (matches!(self.lower(before).as_ref(), "on" | "over")
                    && before > self.tokens.start
                    && CHANGE_NOUNS.contains_key(self.key(before - 1)))
            {
                return true;
            }
            if let Some(n) = self.mention_at_token(before) {
                if baseline_figures.binary_search(&n).is_ok() {
                    return true;
                }
            }
        }
        // "since the first cases appeared in December": inside a "since" phrase.
        (start.saturating_sub(6).max(self.tokens.start)..start)
            .rev()
            .take_while(|&k| self.word(k) != ",")
            .any(|k| self.is(k, "since"))
    }

    /// "The retailer, founded in 1987, employs …": a date in a phrase set off
    /// by commas that holds no figure dates only that phrase.
    fn is_aside(&self, d: usize, figures: &[usize]) -> bool {
        const ASIDE: usize = 8;
        let start = self.first_token(d);
        let end = self.token_after(d);
        let open = (start.saturating_sub(ASIDE).max(self.tokens.start)..start).rev().find(|&k| self.word(k) == ",");
        let close = (end..self.tokens.end.min(end + ASIDE)).find(|&k| self.word(k) == ",");
        let (Some(open), Some(close)) = (open, close) else { return false };
        let first = open + 1;
        let participle = self.kind(first) == TokenKind::Word
            && (self.lower(first).ends_with("ed") || matches!(self.lower(first).as_ref(), "who" | "which" | "born"));
        let from = figures.partition_point(|&f| self.first_token(f) <= open);
        let holds_figure = figures.get(from).is_some_and(|&f| self.first_token(f) < close);
        participle && !holds_figure
    }

    /// "Nine candidates will contest the runoff on Sunday": the day of an
    /// event still to come dates the event, not a count made before it.
    fn is_coming_event_date(&self, d: usize) -> bool {
        let start = self.first_token(d);
        if start < self.tokens.start + 2 || !matches!(self.lower(start - 1).as_ref(), "on" | "in") {
            return false;
        }
        if !EVENT_NOUNS.contains_key(self.key(start - 2)) {
            return false;
        }
        let clause = self.clause(start);
        const VERB_GROUP: usize = 12;
        (start.saturating_sub(VERB_GROUP).max(self.tokens.start)..start)
            .filter(|&k| self.clause(k) == clause)
            .any(|k| self.is(k, "will") || self.is(k, "shall") || (self.is(k, "set") && self.is(k + 1, "to")))
    }

    /// "said on Friday", "announced Monday", "reported in Nature on Wednesday".
    fn is_statement_date(&self, d: usize) -> bool {
        let start = self.first_token(d);
        let mut k = start;
        let floor = start.saturating_sub(5).max(self.tokens.start);
        while k > floor {
            k -= 1;
            if (attribution::is_reporting_verb(self.word(k)) || STATEMENT_VERBS.contains_key(self.key(k)))
                && !self.is(k, "according")
            {
                return true;
            }
            let skip = matches!(self.lower(k).as_ref(), "on" | "in" | "at" | "late" | "early")
                || self.mention_at_token(k).is_some_and(|n| self.mention(n).label.is_name());
            if !skip {
                return false;
            }
        }
        false
    }

    /// The time of the number at token `number`: the nearest date of its
    /// clause, else the nearest of the clauses before it (the date of
    /// "dropped 318 points on Monday" holds for ", while the S&P 500 slid
    /// 1.1%"), never one of a later clause.
    fn time(&self, number: usize, times: &[(usize, usize)]) -> Option<usize> {
        let clause = self.clause(number);
        let at = self.context.tokens[number].range.start;
        nearest(times, at, |d| self.clause(self.first_token(d)) == clause).or_else(|| {
            // Back through the clauses this one carries on from.
            let mut from = clause;
            while from > 0 && self.carries.get(from as usize).copied().unwrap_or(false) {
                from -= 1;
            }
            const NEIGHBOURS: usize = 8;
            let i = times.partition_point(|&(position, _)| position < at);
            times[..i]
                .iter()
                .rev()
                .take(NEIGHBOURS)
                .find(|&&(_, d)| (from..clause).contains(&self.clause(self.first_token(d))))
                .map(|&(_, d)| d)
        })
    }

    /// Frequencies ("every month", "quarterly", "a year") go to the nearest
    /// statistic of their clause: the one before them, else the one after.
    fn assign_frequencies(&self, links: &mut [Link]) {
        for d in self.mentions.clone().filter(|&d| self.mention(d).label == Label::Date) {
            let Some(name) = self.frequency_of(d) else { continue };
            let at = self.mention(d).range.start;
            let clause = self.clause(self.first_token(d));
            // A share ("over half the population") qualifies the count beside it.
            let in_clause = |link: &Link| {
                let share = self.mention(link.value_mention).value.is_some_and(|v| v > 0.0 && v < 1.0);
                self.clause(self.first_token(link.value_mention)) == clause && !share
            };
            const NEIGHBOURS: usize = 8;
            let i = links.partition_point(|l| self.mention(l.value_mention).range.start < at);
            let before = (i.saturating_sub(NEIGHBOURS)..i).rev().find(|&l| in_clause(&links[l]));
            let after = (i..links.len().min(i + NEIGHBOURS)).find(|&l| in_clause(&links[l]));
            if let Some(l) = before.or(after) {
                links[l].frequency.get_or_insert(name);
            }
        }
    }

    /// The frequency a DATE mention names, if it is one.
    fn frequency_of(&self, d: usize) -> Option<String> {
        let mention = self.mention(d);
        let words = mention.range.of(self.context.text).to_lowercase();
        match words.as_str() {
            "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "hourly" => return Some(words),
            "annually" | "annual" => return Some("yearly".to_string()),
            _ => {}
        }
        let is_set = ["every ", "each ", "per ", "a ", "an "].iter().any(|w| words.starts_with(w));
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
    }

    /// The reporting verbs of the sentence and who they name, in text order.
    fn sources(&self, mut antecedents: Antecedents) -> Vec<Source> {
        // A pronoun may stand for a name earlier in the sentence itself
        // ("Meta said …, according to its report").
        let mut read = self.mentions.start;
        self.tokens
            .clone()
            .filter_map(|i| {
                if !attribution::REPORTING_VERBS.contains_key(self.key(i))
                    || !self.context.reports_at(i, self.tokens.start)
                {
                    return None;
                }
                let at = self.context.tokens[i].range.start;
                while read < self.mentions.end && self.mention(read).range.end <= at {
                    antecedents.read(self.context, read);
                    read += 1;
                }
                if self.lower(i) == "according" {
                    // "according to the ministry" covers the whole sentence.
                    let speaker = self
                        .is(i + 1, "to")
                        .then(|| self.context.according_to(i + 2, self.tokens.end, antecedents))
                        .flatten()?;
                    return Some(Source { verb: i, whole_sentence: true, speaker });
                }
                let inverted = i == self.tokens.start || matches!(self.word(i - 1), "," | "\"" | "”" | "’");
                let speaker = self.context.speaker_before(i, self.tokens.start, antecedents).or_else(|| {
                    (inverted && !self.context.names_audience(i))
                        .then(|| self.context.speaker_after(i + 1, self.tokens.end, antecedents))
                        .flatten()
                })?;
                Some(Source { verb: i, whole_sentence: self.is_reporting_clause(i), speaker })
            })
            .collect()
    }

    /// True when the reporting verb at token `verb` stands in a clause of its
    /// own, set off by a comma ("…, the company said", "…, said Priya
    /// Raman"): it covers the whole sentence.
    fn is_reporting_clause(&self, verb: usize) -> bool {
        const SPEAKER: usize = 8;
        let floor = verb.saturating_sub(SPEAKER).max(self.tokens.start);
        let Some(comma) = (floor..verb).rev().find(|&k| self.word(k) == ",") else { return false };
        let opener = comma + 1 < verb
            && (COORDINATORS.contains_key(self.key(comma + 1)) || SUBORDINATORS.contains_key(self.key(comma + 1)));
        let number_between = (comma + 1..verb).any(|k| self.mention_at_token(k).is_some_and(|m| self.is_numeric(m)));
        !opener && !number_between
    }
}

/// The most tokens a subject's noun phrase, or the verb group before a
/// number, is looked for over: a bound that keeps a huge sentence linear.
const PHRASE: usize = 16;

/// A reporting verb of a sentence and who it names.
struct Source {
    verb: usize,
    whole_sentence: bool,
    speaker: Speaker,
}

/// A function word, reporting verb or word of change: never part of a noun phrase.
fn is_function_or_verb(view: &SentenceView, i: usize) -> bool {
    let key = view.key(i);
    // "its forecast", "a survey": after a determiner a reporting word is a noun.
    let after_determiner = i > view.tokens.start && view.is_determiner(i - 1);
    attribution::FUNCTION_WORDS.contains_key(key)
        || NOT_NOUNS.contains_key(key)
        || (attribution::REPORTING_VERBS.contains_key(key) && !after_determiner)
        || direction_of(key).is_some()
        || FLAT.contains_key(key)
        || IRREGULAR_VERBS.contains_key(key)
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

/// Who the number at token `number` is attributed to, in this order: a
/// reporting clause after it ("…, the company said": news names its source
/// last), a reporting verb of its clause before it ("Meta said it had
/// removed …"), a reporting clause or "according to" before it, a verb of
/// its clause after it ("a study of 4,200 adults … found"), a verb of an
/// earlier clause ("He said 4,000 members would strike unless …").
fn source_for(sources: &[Source], number: usize, clause: impl Fn(usize) -> u32) -> Option<Speaker> {
    const NEIGHBOURS: usize = 16;
    let i = sources.partition_point(|s| s.verb < number);
    let before = || sources[..i].iter().rev().take(NEIGHBOURS);
    let after = || sources[i..].iter().take(NEIGHBOURS);
    let same = |s: &&Source| clause(s.verb) == clause(number);
    let whole = |s: &&Source| s.whole_sentence;
    after()
        .find(whole)
        .or_else(|| before().find(same))
        .or_else(|| before().find(whole))
        .or_else(|| after().find(same))
        .or_else(|| before().next())
        .map(|s| s.speaker.clone())
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
    if UP.contains_key(key) {
        Some(Direction::Up)
    } else if DOWN.contains_key(key) {
        Some(Direction::Down)
    } else {
        None
    }
}

/// The direction of a word before a number ("up 6%", "adding 4.5%").
fn direction_word(word: &str) -> Option<Direction> {
    direction_of(Key::of(word)).or_else(|| after_direction(word))
}

/// The direction a word right after a number names ("0.3% higher", "9 fewer").
fn after_direction(word: &str) -> Option<Direction> {
    if AFTER_UP.contains(word) {
        Some(Direction::Up)
    } else if AFTER_DOWN.contains(word) {
        Some(Direction::Down)
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
