//! Entity groups: mentions of one real-world entity. "Pavel Durov" and a
//! later "Durov", "CLINTON" and "Clinton", a long form and the acronym the
//! text defines for it or that its initials spell.
//!
//! Every named-entity mention belongs to exactly one group (possibly alone);
//! numbers and dates belong to none.

use crate::document::{Group, Label};
use crate::mention::Mention;

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
    let mut groups: Vec<Group> = Vec::new();
    // Per group: the lower-cased words of its fullest name.
    let mut keys: Vec<Vec<String>> = Vec::new();
    let mut of_mention = vec![None; mentions.len()];
    for (index, mention) in mentions.iter().enumerate() {
        if !mention.label.is_name() {
            continue;
        }
        let surface = mention.range.of(text);
        let words = name_words(surface);
        if words.is_empty() {
            continue;
        }
        let found = find_group(&groups, &keys, mention.label, &words, surface, text, mentions, index);
        let id = match found {
            Some(id) => id,
            None => {
                groups.push(Group {
                    id: groups.len(),
                    label: mention.label,
                    name: surface.to_string(),
                    mentions: Vec::new(),
                });
                keys.push(words.clone());
                groups.len() - 1
            }
        };
        let group = &mut groups[id];
        group.mentions.push(index);
        // The fullest name names the group ("Pavel Durov" rather than "Durov").
        if words.len() > keys[id].len() && !is_acronym(surface) {
            group.name = surface.to_string();
            group.label = mention.label;
            keys[id] = words;
        }
        of_mention[index] = Some(id);
    }
    Groups { groups, of_mention }
}

/// Lower-case words of a name, without a leading "the" and a trailing possessive.
fn name_words(surface: &str) -> Vec<String> {
    let mut words: Vec<String> = surface
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches(['’', '\'']).to_lowercase())
        .collect();
    if words.first().is_some_and(|w| w == "the") {
        words.remove(0);
    }
    if let Some(last) = words.last_mut() {
        for suffix in ["’s", "'s"] {
            if last.len() > suffix.len() && last.ends_with(suffix) {
                last.truncate(last.len() - suffix.len());
            }
        }
    }
    words
}

fn is_acronym(surface: &str) -> bool {
    let letters: Vec<char> = surface.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.len() <= 8 && letters.iter().all(|c| c.is_uppercase()) && !surface.contains(' ')
}

/// The initials of a long name's content words ("Ministry of Digital Development" → "MDD").
fn initials(words: &[String]) -> String {
    const SKIP: &[&str] = &["of", "and", "for", "the", "on", "in", "de", "&", ","];
    words
        .iter()
        .map(|w| w.trim_end_matches(','))
        .filter(|w| !SKIP.contains(w))
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase()
}

#[allow(clippy::too_many_arguments)]
fn find_group(
    groups: &[Group],
    keys: &[Vec<String>],
    label: Label,
    words: &[String],
    surface: &str,
    text: &str,
    mentions: &[Mention],
    index: usize,
) -> Option<usize> {
    // The same name again (any case).
    if let Some(id) = keys.iter().position(|key| key == words) {
        return Some(id);
    }
    // An acronym defined in brackets right after a name: "... Industry (MDDIAI)".
    if is_acronym(surface) && index > 0 {
        let before = &mentions[index - 1];
        let between = &text[before.range.end..mentions[index].range.start];
        if between.trim() == "(" {
            return groups.iter().position(|g| g.mentions.contains(&(index - 1)));
        }
    }
    // An acronym spelled by a group's initials ("U.S. Chamber of Commerce" … no; "European Union" → "EU").
    if is_acronym(surface) {
        let acronym: String = surface.chars().filter(|c| c.is_alphabetic()).collect();
        if let Some(id) = keys.iter().rposition(|key| key.len() >= 2 && initials(key) == acronym) {
            return Some(id);
        }
    }
    // A surname, or a shorter form made of the tail of a person's name
    // ("Durov" after "Pavel Durov"); for other names, a prefix of the name
    // of the same label ("Ministry" is too generic: it needs two words).
    let is_tail = |key: &Vec<String>| key.len() > words.len() && key.ends_with(words);
    let is_head = |key: &Vec<String>| key.len() > words.len() && words.len() >= 2 && key.starts_with(words);
    groups.iter().zip(keys).rposition(|(group, key)| {
        (group.label == Label::Person
            && matches!(label, Label::Person | Label::Misc | Label::Org | Label::Gpe)
            && is_tail(key))
            || (group.label == label && label != Label::Person && (is_head(key) || is_tail(key) && words.len() >= 2))
    })
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
    fn different_people_stay_apart() {
        let text = "Bill Clinton and Hillary Clinton";
        let names = [("Bill Clinton", Label::Person), ("Hillary Clinton", Label::Person)];
        assert_eq!(grouped(text, &names), vec![vec![0], vec![1]]);
    }
}
