//! Scores newsmark's statistics against the hand-annotated set in
//! `tests/statistics/gold.jsonl`. Shared by the test (`tests/statistics.rs`,
//! which holds the floors) and the reporter (`examples/statistics_suite.rs`).
//!
//! A predicted statistic matches a gold one by the position of its number:
//! its value span overlaps the gold value or one of the gold statistic's
//! parts (the size of its change or its baseline, "dropped 318 points, or
//! 0.8%"), so that where a number span begins and ends does not change the
//! score. Each field is then judged on the words a reader would check: the
//! subject's head word, the time expression by position, the change's
//! direction, the source's head word. Every rate is over all gold
//! statistics, so a missed figure counts as wrong in each.

#![allow(dead_code)] // the test and the reporter each use a part

use newsmark::{annotate, Date, Document, OffsetUnit, Options};
use serde_json::Value;

/// The gold set, embedded so that the test and the reporter read the same.
pub const GOLD: &str = include_str!("gold.jsonl");

/// One gold statistic, its positions found in the text (byte ranges).
#[derive(Debug)]
pub struct GoldStatistic {
    pub value: (usize, usize),
    pub parts: Vec<(usize, usize)>,
    /// Accepted head words ("forecast|vehicles"), empty for none.
    pub subject: Vec<String>,
    pub time: Option<(usize, usize)>,
    /// `up`, `down`, `flat` or `none`.
    pub change: String,
    pub source: Vec<String>,
    pub baseline: Option<String>,
}

/// One annotated text.
#[derive(Debug)]
pub struct GoldText {
    pub id: String,
    pub domain: String,
    /// `dev` (written with the rules) or `fresh` (written after them, not tuned on).
    pub set: String,
    pub text: String,
    pub reference_date: Date,
    pub statistics: Vec<GoldStatistic>,
    /// Numbers that must not be statistics (ages, years as dates, ordinals, list numbers, numbers in names).
    pub not_statistics: Vec<(usize, usize)>,
}

/// Counts over the set.
#[derive(Debug, Default, Clone)]
pub struct Score {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub subject: usize,
    pub time: usize,
    pub change: usize,
    pub source: usize,
    pub fully: usize,
    pub baselines: usize,
    pub baseline_right: usize,
    /// Predictions on numbers annotated as not statistics.
    pub false_statistics: usize,
    pub not_statistics: usize,
}

impl Score {
    pub fn rate(part: usize, whole: usize) -> f64 {
        if whole == 0 {
            1.0
        } else {
            part as f64 / whole as f64
        }
    }
    pub fn precision(&self) -> f64 {
        Score::rate(self.matched, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        Score::rate(self.matched, self.gold)
    }
    pub fn subject(&self) -> f64 {
        Score::rate(self.subject, self.gold)
    }
    pub fn time(&self) -> f64 {
        Score::rate(self.time, self.gold)
    }
    pub fn change(&self) -> f64 {
        Score::rate(self.change, self.gold)
    }
    pub fn source(&self) -> f64 {
        Score::rate(self.source, self.gold)
    }
    pub fn fully(&self) -> f64 {
        Score::rate(self.fully, self.gold)
    }

    fn add(&mut self, other: &Score) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.matched += other.matched;
        self.subject += other.subject;
        self.time += other.time;
        self.change += other.change;
        self.source += other.source;
        self.fully += other.fully;
        self.baselines += other.baselines;
        self.baseline_right += other.baseline_right;
        self.false_statistics += other.false_statistics;
        self.not_statistics += other.not_statistics;
    }

    /// The report's lines.
    pub fn report(&self) -> String {
        format!(
            "statistics {gold} (predicted {pred}, matched {m}): detection P {p:.3} R {r:.3}\n\
             subject {s:.3}  time {t:.3}  change {c:.3}  source {so:.3}  fully right {f:.3}\n\
             baseline {br}/{b}  not-statistics taken as statistics {fs}/{ns}",
            gold = self.gold,
            pred = self.predicted,
            m = self.matched,
            p = self.precision(),
            r = self.recall(),
            s = self.subject(),
            t = self.time(),
            c = self.change(),
            so = self.source(),
            f = self.fully(),
            br = self.baseline_right,
            b = self.baselines,
            fs = self.false_statistics,
            ns = self.not_statistics,
        )
    }
}

/// What went wrong with one gold statistic (for the reporter).
#[derive(Debug)]
pub struct Miss {
    pub id: String,
    pub value: String,
    pub wrong: Vec<String>,
}

/// The `nth` occurrence of `needle` in `text`.
fn find_nth(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let at = text.match_indices(needle).nth(nth).unwrap_or_else(|| panic!("{needle:?} #{nth} in the text")).0;
    (at, at + needle.len())
}

/// The occurrence of `needle` nearest to byte `near`.
fn find_near(text: &str, needle: &str, near: usize) -> (usize, usize) {
    let at = text
        .match_indices(needle)
        .map(|(at, _)| at)
        .min_by_key(|&at| at.abs_diff(near))
        .unwrap_or_else(|| panic!("{needle:?} in the text"));
    (at, at + needle.len())
}

fn alternatives(value: &Value) -> Vec<String> {
    value.as_str().map(|s| s.split('|').map(str::to_lowercase).collect()).unwrap_or_default()
}

/// Parses the gold set.
pub fn gold() -> Vec<GoldText> {
    GOLD.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let record: Value = serde_json::from_str(line).expect("a JSON line");
            let text = record["text"].as_str().expect("text").to_string();
            let statistics: Vec<GoldStatistic> = record["statistics"]
                .as_array()
                .expect("statistics")
                .iter()
                .map(|st| {
                    let nth = st["nth"].as_u64().unwrap_or(0) as usize;
                    let value = find_nth(&text, st["value"].as_str().expect("value"), nth);
                    let near = |s: &Value| find_near(&text, s.as_str().expect("a string"), value.0);
                    GoldStatistic {
                        value,
                        parts: st["parts"].as_array().map(|p| p.iter().map(near).collect()).unwrap_or_default(),
                        subject: alternatives(&st["subject"]),
                        time: st["time"].as_str().map(|_| near(&st["time"])),
                        change: st["change"].as_str().unwrap_or("none").to_string(),
                        source: alternatives(&st["source"]),
                        baseline: st["baseline"].as_str().map(str::to_string),
                    }
                })
                .collect();
            let taken = |(s, e): (usize, usize)| {
                statistics.iter().any(|g| std::iter::once(&g.value).chain(&g.parts).any(|&r| overlaps(r, (s, e))))
            };
            let not_statistics = record["not_statistics"]
                .as_array()
                .map(|list| {
                    list.iter()
                        .flat_map(|v| {
                            let needle = v.as_str().expect("a string");
                            text.match_indices(needle).map(|(at, _)| (at, at + needle.len())).collect::<Vec<_>>()
                        })
                        .filter(|&r| !taken(r))
                        .collect()
                })
                .unwrap_or_default();
            GoldText {
                id: record["id"].as_str().expect("id").to_string(),
                domain: record["domain"].as_str().unwrap_or("").to_string(),
                set: record["set"].as_str().unwrap_or("dev").to_string(),
                reference_date: Date::parse(record["reference_date"].as_str().expect("reference_date"))
                    .expect("a date"),
                text,
                statistics,
                not_statistics,
            }
        })
        .collect()
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The words of a phrase, lower-cased, with a plural "s" taken off.
fn words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .filter(|w| !w.is_empty())
        .map(|w| singular(&w.to_lowercase()))
        .collect()
}

fn singular(word: &str) -> String {
    match word.strip_suffix('s') {
        Some(stem) if stem.len() > 2 && !stem.ends_with('s') => stem.to_string(),
        _ => word.to_string(),
    }
}

/// True when one of the accepted head words is a word of `phrase`.
fn names_head(phrase: Option<&str>, heads: &[String]) -> bool {
    match phrase {
        None => heads.is_empty(),
        Some(phrase) => {
            let words = words(phrase);
            heads.iter().any(|head| words.contains(&singular(head)))
        }
    }
}

/// Scores one text; returns its counts and what was wrong.
pub fn score_text(gold: &GoldText) -> (Score, Vec<Miss>, Document) {
    let options =
        Options { reference_date: Some(gold.reference_date), offsets: OffsetUnit::Utf8, ..Options::default() };
    let doc = annotate(&gold.text, &options);
    let range = |span: usize| (doc.spans[span].start, doc.spans[span].end);
    let mut score = Score {
        gold: gold.statistics.len(),
        predicted: doc.statistics.len(),
        not_statistics: gold.not_statistics.len(),
        ..Score::default()
    };
    let mut used = vec![false; doc.statistics.len()];
    let mut misses = Vec::new();
    for g in &gold.statistics {
        // The prediction on the gold value, else one on a part of it.
        let on = |r: (usize, usize)| {
            (0..doc.statistics.len()).find(|&p| !used[p] && overlaps(range(doc.statistics[p].value_span), r))
        };
        let found = on(g.value).or_else(|| g.parts.iter().find_map(|&r| on(r)));
        let value = gold.text[g.value.0..g.value.1].to_string();
        let Some(p) = found else {
            misses.push(Miss { id: gold.id.clone(), value, wrong: vec!["not found".into()] });
            continue;
        };
        used[p] = true;
        score.matched += 1;
        let st = &doc.statistics[p];
        let mut wrong = Vec::new();
        if names_head(st.subject.as_deref(), &g.subject) {
            score.subject += 1;
        } else {
            wrong.push(format!("subject {:?}, want {:?}", st.subject, g.subject));
        }
        let time_right = match (st.time_span, g.time) {
            (None, None) => true,
            (Some(t), Some(want)) => overlaps(range(t), want),
            _ => false,
        };
        if time_right {
            score.time += 1;
        } else {
            let got = st.time_span.map(|t| doc.spans[t].text.clone());
            let want = g.time.map(|(s, e)| &gold.text[s..e]);
            wrong.push(format!("time {got:?}, want {want:?}"));
        }
        let direction = st.change.as_ref().map_or("none".to_string(), |c| {
            serde_json::to_value(c.direction).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
        });
        if direction == g.change {
            score.change += 1;
        } else {
            wrong.push(format!("change {direction}, want {}", g.change));
        }
        let source = st.source_group.map(|group| doc.groups[group].name.clone()).or_else(|| st.source.clone());
        if names_head(source.as_deref(), &g.source) {
            score.source += 1;
        } else {
            wrong.push(format!("source {source:?}, want {:?}", g.source));
        }
        if let Some(want) = &g.baseline {
            score.baselines += 1;
            let got = st.change.as_ref().and_then(|c| c.baseline.as_deref());
            if got.is_some_and(|b| b.contains(want.as_str()) || want.contains(b)) {
                score.baseline_right += 1;
            }
        }
        if wrong.is_empty() {
            score.fully += 1;
        } else {
            misses.push(Miss { id: gold.id.clone(), value, wrong });
        }
    }
    for (p, st) in doc.statistics.iter().enumerate() {
        if gold.not_statistics.iter().any(|&r| overlaps(range(st.value_span), r)) {
            score.false_statistics += 1;
        }
        if !used[p] {
            misses.push(Miss {
                id: gold.id.clone(),
                value: doc.spans[st.value_span].text.clone(),
                wrong: vec!["not a gold statistic".into()],
            });
        }
    }
    (score, misses, doc)
}

/// Scores the whole set: the total, one score per domain and per set, and every miss.
pub fn score_all() -> (Score, Vec<(String, Score)>, Vec<Miss>) {
    let mut total = Score::default();
    let mut parts: Vec<(String, Score)> = Vec::new();
    let mut misses = Vec::new();
    for text in gold() {
        let (score, text_misses, _) = score_text(&text);
        total.add(&score);
        for name in [text.domain.clone(), format!("set {}", text.set)] {
            match parts.iter_mut().find(|(d, _)| *d == name) {
                Some((_, d)) => d.add(&score),
                None => parts.push((name, score.clone())),
            }
        }
        misses.extend(text_misses);
    }
    parts.sort_by_key(|(name, _)| name.starts_with("set "));
    (total, parts, misses)
}
