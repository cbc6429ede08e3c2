//! Entity groups: mentions of one real-world entity. "Pavel Durov" and a
//! later "Durov", "CLINTON" and "Clinton", a long form and the acronym the
//! text defines for it or that its initials spell.
//!
//! Every named-entity mention belongs to exactly one group (possibly alone);
//! numbers and dates belong to none.

use crate::document::{Group, Label};
use crate::mention::Mention;
use crate::names::hash::{self, HashMap};
use crate::work::{self, Work};

/// The groups of a document and which group each mention is in.
#[derive(Clone, Debug, Default)]
pub struct Groups {
    groups: Vec<Group>,
    of_mention: Vec<Option<usize>>,
}

impl Groups {
    /// The group of mention `index`, if it is a named entity.
    pub fn group_of(&self, index: usize) -> Option<usize> {
        self.of_mention.get(index).copied().flatten()
    }

    /// The groups, in order of first mention.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// Hands over the groups.
    pub fn into_groups(self) -> Vec<Group> {
        self.groups
    }
}

/// Groups the named-entity mentions of `mentions` (sorted by start).
pub fn group(text: &str, mentions: &[Mention]) -> Groups {
    let mut grouper = Grouper::with_capacity(mentions.len());
    let mut of_mention = vec![None; mentions.len()];
    let mut lower = String::new();
    for (index, mention) in mentions.iter().enumerate() {
        if !mention.label.is_name() {
            continue;
        }
        let surface = mention.range.of(text);
        let name = Name::of(surface, &mut lower);
        if name.words.is_empty() {
            continue;
        }
        // An acronym defined in brackets right after a name: "... Industry (MDDIAI)".
        let defined_by = (index > 0 && is_acronym(surface))
            .then(|| &text[mentions[index - 1].range.end..mention.range.start])
            .filter(|between| between.trim() == "(")
            .and_then(|_| of_mention[index - 1]);
        let id = defined_by
            .or_else(|| grouper.find(mention.label, &name.words, surface))
            .unwrap_or_else(|| grouper.new_group(mention.label));
        grouper.add(id, index, mention.label, name, surface);
        of_mention[index] = Some(id);
    }
    Groups { groups: grouper.groups, of_mention }
}

/// A name's words, each the hash of its lower case (without a leading "the"
/// and a trailing possessive), and the hash of its initials: comparing names
/// compares numbers, and a mention costs one allocation.
struct Name {
    words: Vec<u64>,
    initials: u64,
}

impl Name {
    fn of(surface: &str, lower: &mut String) -> Name {
        /// Words that initials skip ("Ministry of Digital Development" → "MDD").
        const SKIP: &[&str] = &["of", "and", "for", "the", "on", "in", "de", "&", ","];
        let mut words = Vec::new();
        let mut initials = TEXT_SEED;
        for (k, word) in surface.split(char::is_whitespace).filter(|w| !w.is_empty()).enumerate() {
            hash::lowercase_into(word.trim_end_matches(['’', '\'']), lower);
            if k == 0 && lower == "the" {
                continue;
            }
            words.push(hash::string(lower));
            let bare = lower.trim_end_matches(',');
            if !SKIP.contains(&bare) {
                initials = bare.chars().take(1).flat_map(char::to_uppercase).fold(initials, add_char);
            }
        }
        // "Durov’s": the last word without its possessive.
        if let Some(last) = words.last_mut() {
            for suffix in ["’s", "'s"] {
                if lower.len() > suffix.len() && lower.ends_with(suffix) {
                    lower.truncate(lower.len() - suffix.len());
                    *last = hash::string(lower);
                }
            }
        }
        Name { words, initials }
    }
}

/// The hash of a name's words, which are hashes already.
fn words_key(words: &[u64]) -> u64 {
    words.iter().fold(TEXT_SEED, |key, &word| hash::combine(key, word))
}

/// The hash of a run of characters: `add_char` from `TEXT_SEED` on.
fn text_hash(chars: impl Iterator<Item = char>) -> u64 {
    chars.fold(TEXT_SEED, add_char)
}

const TEXT_SEED: u64 = 0x1e71_c0de;

fn add_char(hash: u64, c: char) -> u64 {
    hash::combine(hash, c as u64)
}

/// The groups built so far, with indices that keep each look-up cheap even
/// in a very long text with thousands of names.
struct Grouper {
    groups: Vec<Group>,
    /// Per group: the words of its fullest name.
    keys: Vec<Vec<u64>>,
    /// Every fullest name (the hash of its words) → its group.
    by_name: HashMap<u64, usize>,
    /// First and last word of each group's fullest names → groups.
    by_first_word: Chains,
    by_last_word: Chains,
    /// Initials of multi-word names → the latest group ("EU" for "European Union").
    by_initials: HashMap<u64, usize>,
}

/// Lists of groups per word, newest first, all in one arena: a list per
/// distinct word would cost an allocation each.
struct Chains {
    /// Word → its newest link.
    newest: HashMap<u64, usize>,
    /// (group, the word's next older link).
    links: Vec<(usize, Option<usize>)>,
}

impl Chains {
    fn with_capacity(n: usize) -> Chains {
        Chains { newest: HashMap::with_capacity_and_hasher(n, Default::default()), links: Vec::with_capacity(n) }
    }

    fn push(&mut self, word: u64, group: usize) {
        let older = self.newest.insert(word, self.links.len());
        self.links.push((group, older));
    }

    /// The groups listed under `word`, newest first.
    fn newest_first(&self, word: u64) -> impl Iterator<Item = usize> + '_ {
        let mut link = self.newest.get(&word).copied();
        std::iter::from_fn(move || {
            let (group, older) = self.links[link?];
            link = older;
            Some(group)
        })
    }
}

/// Candidates checked per look-up: the most recent groups sharing a word.
const RECENT_CANDIDATES: usize = 64;

impl Grouper {
    /// Room for `n` mentions' groups.
    fn with_capacity(n: usize) -> Grouper {
        Grouper {
            groups: Vec::with_capacity(n),
            keys: Vec::with_capacity(n),
            by_name: HashMap::with_capacity_and_hasher(n, Default::default()),
            by_first_word: Chains::with_capacity(n),
            by_last_word: Chains::with_capacity(n),
            by_initials: HashMap::default(),
        }
    }

    /// A group for a mention that joins none; `add` names it.
    fn new_group(&mut self, label: Label) -> usize {
        self.groups.push(Group { id: self.groups.len(), label, name: String::new(), mentions: Vec::new() });
        self.keys.push(Vec::new());
        self.groups.len() - 1
    }

    fn add(&mut self, id: usize, index: usize, label: Label, name: Name, surface: &str) {
        self.groups[id].mentions.push(index);
        let words = name.words;
        // The fullest name names the group ("Pavel Durov" rather than "Durov").
        if words.len() > self.keys[id].len() && !is_acronym(surface) {
            let group = &mut self.groups[id];
            group.name = surface.to_string();
            group.label = label;
            if let (Some(&first), Some(&last)) = (words.first(), words.last()) {
                self.by_first_word.push(first, id);
                self.by_last_word.push(last, id);
            }
            if words.len() >= 2 {
                self.by_initials.insert(name.initials, id);
            }
            // Short forms ("Clinton") are not indexed: they go to the latest
            // full name that ends with them ("Bill Clinton", then "Hillary Clinton").
            self.by_name.insert(words_key(&words), id);
            self.keys[id] = words;
        } else if self.groups[id].name.is_empty() {
            // A new group's first mention is an acronym ("EU").
            self.groups[id].name = surface.to_string();
        }
    }

    fn find(&self, label: Label, words: &[u64], surface: &str) -> Option<usize> {
        // The same name again (any case).
        if let Some(&id) = self.by_name.get(&words_key(words)) {
            return Some(id);
        }
        // An acronym spelled by a group's initials ("European Union" → "EU").
        if is_acronym(surface) {
            let acronym = text_hash(surface.chars().filter(|c| c.is_alphabetic()));
            if let Some(&id) = self.by_initials.get(&acronym) {
                return Some(id);
            }
        }
        // A surname, or a shorter form made of the tail of a person's name
        // ("Durov" after "Pavel Durov"); for other names, a prefix or a tail
        // of two words or more of a name of the same label ("Ministry" alone
        // is too generic).
        let is_tail = |key: &[u64]| key.len() > words.len() && key.ends_with(words);
        let is_head = |key: &[u64]| key.len() > words.len() && words.len() >= 2 && key.starts_with(words);
        let fits = |id: usize| {
            work::tick(Work::GroupCandidates);
            let (group, key) = (&self.groups[id], &self.keys[id]);
            (group.label == Label::Person
                && matches!(label, Label::Person | Label::Misc | Label::Org | Label::Gpe)
                && is_tail(key))
                || (group.label == label
                    && label != Label::Person
                    && (is_head(key) || is_tail(key) && (words.len() >= 2 || short_form(label, key))))
        };
        let latest = |index: &Chains, word: Option<&u64>| {
            index.newest_first(*word?).take(RECENT_CANDIDATES).find(|&id| fits(id))
        };
        let by_tail = latest(&self.by_last_word, words.last());
        let by_head = latest(&self.by_first_word, words.first());
        by_tail.max(by_head)
    }
}

/// Whether a one-word tail of a two-word name may stand for it: "United"
/// for "Manchester United", "Milton" for "Hurricane Milton"; not for places
/// ("York" is not "New York") or peoples.
fn short_form(label: Label, key: &[u64]) -> bool {
    key.len() == 2 && !matches!(label, Label::Gpe | Label::Loc | Label::Norp | Label::Language)
}

fn is_acronym(surface: &str) -> bool {
    let mut letters = 0;
    for c in surface.chars() {
        if c == ' ' || (c.is_alphabetic() && !c.is_uppercase()) {
            return false;
        }
        letters += c.is_alphabetic() as usize;
    }
    (2..=8).contains(&letters)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mention::Source;
    use crate::offsets::ByteRange;

    fn mentions_of(text: &str, names: &[(&str, Label)]) -> Vec<Mention> {
        let mut from = 0;
        names
            .iter()
            .map(|&(name, label)| {
                let start = from + text[from..].find(name).expect("name in text");
                from = start + name.len();
                Mention::new(ByteRange::new(start, from), label, Source::Names)
            })
            .collect()
    }

    fn grouped(text: &str, names: &[(&str, Label)]) -> Vec<Vec<usize>> {
        group(text, &mentions_of(text, names)).into_groups().into_iter().map(|g| g.mentions).collect()
    }

    #[test]
    fn chains_list_a_word_s_groups_newest_first() {
        let mut chains = Chains::with_capacity(0);
        for (word, group) in [(7, 1), (7, 2), (9, 3), (7, 1)] {
            chains.push(word, group);
        }
        assert_eq!(chains.newest_first(7).collect::<Vec<_>>(), [1, 2, 1]);
        assert_eq!(chains.newest_first(9).collect::<Vec<_>>(), [3]);
        assert_eq!(chains.newest_first(8).count(), 0);
    }

    #[test]
    fn surname_joins_full_name() {
        let text = "Pavel Durov spoke. Later Durov left. DUROV said.";
        let names = [("Pavel Durov", Label::Person), ("Durov", Label::Person), ("DUROV", Label::Person)];
        assert_eq!(grouped(text, &names), vec![vec![0, 1, 2]]);
        assert_eq!(group(text, &mentions_of(text, &names)).groups()[0].name, "Pavel Durov");
    }

    #[test]
    fn defined_acronym_and_initials() {
        let text = "the European Union (EU) and the EU again; the World Health Organization said WHO";
        let names = [
            ("European Union", Label::Org),
            ("EU", Label::Org),
            ("EU", Label::Org),
            ("World Health Organization", Label::Org),
            ("WHO", Label::Org),
        ];
        assert_eq!(grouped(text, &names), vec![vec![0, 1, 2], vec![3, 4]]);
    }

    #[test]
    fn a_surname_goes_to_the_latest_full_name() {
        let text = "Bill Clinton met Clinton aides; Hillary Clinton spoke and Clinton left.";
        let names = [
            ("Bill Clinton", Label::Person),
            ("Clinton", Label::Person),
            ("Hillary Clinton", Label::Person),
            ("Clinton", Label::Person),
        ];
        assert_eq!(grouped(text, &names), vec![vec![0, 1], vec![2, 3]]);
    }

    #[test]
    fn many_names_stay_fast() {
        let text: String = (0..20_000).map(|i| format!("Person{i} Name{i} and Name{i} ")).collect();
        let mut names = Vec::new();
        for i in 0..20_000 {
            names.push((format!("Person{i} Name{i}"), Label::Person));
            names.push((format!("Name{i}"), Label::Person));
        }
        let names: Vec<(&str, Label)> = names.iter().map(|(n, l)| (n.as_str(), *l)).collect();
        let groups = group(&text, &mentions_of(&text, &names));
        assert_eq!(groups.groups().len(), 20_000);
    }

    #[test]
    fn a_club_s_short_form_joins_it() {
        let text = "Manchester United beat Arsenal. United scored twice. New York and York.";
        let names = [
            ("Manchester United", Label::Org),
            ("Arsenal", Label::Org),
            ("United", Label::Org),
            ("New York", Label::Gpe),
            ("York", Label::Gpe),
        ];
        assert_eq!(grouped(text, &names), vec![vec![0, 2], vec![1], vec![3], vec![4]]);
    }

    #[test]
    fn different_people_stay_apart() {
        let text = "Bill Clinton and Hillary Clinton";
        let names = [("Bill Clinton", Label::Person), ("Hillary Clinton", Label::Person)];
        assert_eq!(grouped(text, &names), vec![vec![0], vec![1]]);
    }
}
