//! Sets of short words, and maps from them, searched without comparing strings.
//!
//! The pipeline asks "is this token one of these words?" of nearly every
//! token: reporting verbs, function words, the words a date starts with.
//! A word of at most 16 bytes packs into a `u128` (its bytes from the
//! lowest, zero-padded), and a lookup is a filter test and a binary search
//! over integers: no `memcmp`, which WebAssembly only has as a byte loop.
//! Little-endian, as WebAssembly and nearly every processor load it: the
//! keys do not sort as the words do, which nothing needs. A caller that asks
//! several sets about one word finds its `Key` once.

/// The longest word a set holds, in bytes.
pub const LONGEST: usize = 16;

/// A set of lower-case ASCII words, built at compile time:
/// `const VERBS: WordSet<3> = WordSet::new(&["said", "says", "told"]);`
pub struct WordSet<const N: usize> {
    keys: Keys<N>,
}

/// A map from lower-case ASCII words to values, built at compile time:
/// `const DAYS: WordMap<2, u32> = WordMap::new(&[("mon", 0), ("tue", 1)]);`
/// Looked up like `WordSet`, in any case.
pub struct WordMap<const N: usize, T> {
    keys: Keys<N>,
    /// `values[k]` belongs to the word of `keys.keys[k]`.
    values: [T; N],
}

/// A word's key, for asking several sets about one word: lower-cased once
/// rather than in every look-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key(Option<u128>);

impl Key {
    /// The key of `word`, lower-cased ("Said", "SAID").
    #[inline]
    pub fn of(word: &str) -> Key {
        match ascii_lower_key(word.as_bytes()) {
            Some(key) => Key(Some(key)),
            None => Key::of_other(word),
        }
    }

    /// `of` for words that are not 1 to `LONGEST` ASCII bytes: rare, and
    /// kept out of the callers' code.
    #[cold]
    #[inline(never)]
    fn of_other(word: &str) -> Key {
        if word.is_ascii() {
            // Empty or longer than any word of a set.
            return Key(None);
        }
        // Only one character outside ASCII lower-cases into it: the Kelvin
        // sign "K" becomes "k". A word with any other is in no set, and
        // none needs a lower-cased copy.
        let mut ascii = [0u8; LONGEST];
        let mut len = 0;
        for c in word.chars() {
            let byte = match c {
                '\u{212A}' => b'k',
                c if c.is_ascii() => c as u8,
                _ => return Key(None),
            };
            let Some(slot) = ascii.get_mut(len) else { return Key(None) };
            *slot = byte;
            len += 1;
        }
        Key(ascii_lower_key(&ascii[..len]))
    }
}

/// The sorted keys of a set's or a map's words, and their filter.
struct Keys<const N: usize> {
    keys: [u128; N],
    /// One bit per hashed key: most words asked about are in no set, and
    /// this answers for them without the binary search, whose branches a
    /// processor cannot predict.
    filter: [u64; FILTER_WORDS],
}

/// 4,096 bits: 512 bytes a set.
const FILTER_BITS: u32 = 12;
const FILTER_WORDS: usize = 1 << (FILTER_BITS - 6);

/// The filter bit of a key: a multiplicative hash of its two halves.
const fn filter_bit(key: u128) -> usize {
    let mixed = ((key >> 64) as u64 ^ (key as u64).rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> (64 - FILTER_BITS)) as usize
}

impl<const N: usize> WordSet<N> {
    /// The set of `words`, in any order. Does not compile when a word is
    /// empty, longer than `LONGEST`, not lower-case ASCII, or given twice.
    pub const fn new(words: &[&str]) -> WordSet<N> {
        assert!(words.len() == N, "WordSet::<N>::new needs exactly N words");
        let mut keys = [0u128; N];
        let mut i = 0;
        while i < N {
            keys[i] = key_of(words[i]);
            i += 1;
        }
        WordSet { keys: Keys::sorted(keys).0 }
    }

    /// True when `word`, lower-cased, is in the set ("Said", "SAID").
    pub fn contains(&self, word: &str) -> bool {
        self.keys.position(word).is_some()
    }

    /// `contains` for a word's `Key`.
    pub fn contains_key(&self, key: Key) -> bool {
        self.keys.position_of(key).is_some()
    }
}

impl<const N: usize, T: Copy> WordMap<N, T> {
    /// The map of `entries`, in any order; the same conditions on the words
    /// as `WordSet::new`.
    pub const fn new(entries: &[(&str, T)]) -> WordMap<N, T> {
        assert!(entries.len() == N && N > 0, "WordMap::<N>::new needs exactly N entries, and some");
        let mut keys = [0u128; N];
        let mut i = 0;
        while i < N {
            keys[i] = key_of(entries[i].0);
            i += 1;
        }
        let (keys, from) = Keys::sorted(keys);
        let mut values = [entries[0].1; N];
        let mut k = 0;
        while k < N {
            values[k] = entries[from[k]].1;
            k += 1;
        }
        WordMap { keys, values }
    }

    /// The value of `word`, lower-cased ("Mon", "MON").
    pub fn get(&self, word: &str) -> Option<T> {
        self.keys.position(word).map(|k| self.values[k])
    }

    /// Every word and its value, in the order of their keys (for tests).
    #[cfg(test)]
    pub fn entries(&self) -> impl Iterator<Item = (String, T)> + '_ {
        self.keys.keys.iter().zip(&self.values).map(|(&key, &value)| (unpack(key), value))
    }
}

impl<const N: usize> Keys<N> {
    /// `keys` sorted and filtered, with the index in `keys` each came from.
    /// Does not compile when a key is given twice.
    const fn sorted(mut keys: [u128; N]) -> (Keys<N>, [usize; N]) {
        let mut from = [0usize; N];
        let mut i = 0;
        while i < N {
            from[i] = i;
            i += 1;
        }
        // Insertion sort: const fn has no `sort`.
        let mut i = 1;
        while i < N {
            let mut j = i;
            while j > 0 && keys[j - 1] > keys[j] {
                let swap = keys[j - 1];
                keys[j - 1] = keys[j];
                keys[j] = swap;
                let swap = from[j - 1];
                from[j - 1] = from[j];
                from[j] = swap;
                j -= 1;
            }
            assert!(j == 0 || keys[j - 1] != keys[j], "a set's words are given once");
            i += 1;
        }
        let mut filter = [0u64; FILTER_WORDS];
        let mut i = 0;
        while i < N {
            let bit = filter_bit(keys[i]);
            filter[bit / 64] |= 1 << (bit % 64);
            i += 1;
        }
        (Keys { keys, filter }, from)
    }

    /// Where `word`, lower-cased, is among the keys. Not inlined: under the
    /// wasm32 inline threshold every call site got its own unrolled copy of
    /// the search (76 KB of the module), for no speed.
    #[inline(never)]
    fn position(&self, word: &str) -> Option<usize> {
        self.position_of(Key::of(word))
    }

    /// Where `key` is among the keys.
    fn position_of(&self, key: Key) -> Option<usize> {
        let key = key.0?;
        let bit = filter_bit(key);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.keys.binary_search(&key).ok()
    }
}

/// The high bit of every byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The key of 1 to `LONGEST` ASCII bytes, lower-cased; `None` for other
/// bytes. Eight bytes at a time rather than a byte loop: every token of a
/// document asks several sets.
const fn ascii_lower_key(bytes: &[u8]) -> Option<u128> {
    let (low, high) = match bytes.len() {
        1..=8 => (load_padded(bytes), 0),
        9..=LONGEST => {
            let (first, rest) = bytes.split_at(8);
            (load_padded(first), load_padded(rest))
        }
        _ => return None,
    };
    if (low | high) & HIGH_BITS != 0 {
        return None;
    }
    Some(ascii_lower(low) as u128 | (ascii_lower(high) as u128) << 64)
}

/// 1 to 8 bytes as a little-endian `u64`, zero-padded. Two loads that may
/// overlap (the overlapping bytes are the same, so OR keeps them) instead
/// of a loop over the bytes.
const fn load_padded(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    debug_assert!(n >= 1 && n <= 8);
    if n >= 4 {
        let first = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as u64;
        let last = u32::from_le_bytes([bytes[n - 4], bytes[n - 3], bytes[n - 2], bytes[n - 1]]) as u64;
        first | last << (8 * (n - 4))
    } else {
        bytes[0] as u64 | (bytes[n / 2] as u64) << (8 * (n / 2)) | (bytes[n - 1] as u64) << (8 * (n - 1))
    }
}

/// Eight ASCII bytes with `A`..=`Z` lower-cased. No byte has its high bit
/// set, so adding below 0x80 to each carries into no other byte.
const fn ascii_lower(bytes: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // The high bit is set where a byte is at least b'A', and where it is above b'Z'.
    let from_a = bytes + ONES * (0x80 - b'A' as u64);
    let above_z = bytes + ONES * (0x80 - b'Z' as u64 - 1);
    let upper = from_a & !above_z & HIGH_BITS;
    bytes | upper >> 2
}

/// The key of a set's word, built as look-ups build a text word's. Does not
/// compile when the word is empty, longer than `LONGEST` or not lower-case
/// ASCII.
const fn key_of(word: &str) -> u128 {
    let bytes = word.as_bytes();
    let mut j = 0;
    while j < bytes.len() {
        assert!(!bytes[j].is_ascii_uppercase(), "a set's words are lower-case ASCII");
        j += 1;
    }
    match ascii_lower_key(bytes) {
        Some(key) => key,
        None => panic!("a set's words are 1 to 16 bytes of ASCII"),
    }
}

/// The word of a key (byte `i` in bits `8 * i..8 * i + 8`, zeros after).
#[cfg(test)]
fn unpack(key: u128) -> String {
    key.to_le_bytes().iter().take_while(|&&b| b != 0).map(|&b| b as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &[&str] = &["said", "a", "according", "sixteen-letters!", "says", "say"];
    const SET: WordSet<6> = WordSet::new(WORDS);

    #[test]
    fn finds_its_words_in_any_case_and_nothing_else() {
        for word in WORDS {
            assert!(SET.contains(word), "{word}");
            assert!(SET.contains(&word.to_uppercase()), "{word}");
        }
        assert!(SET.contains("Said") && SET.contains("ACCORDING"));
        for word in ["", "sai", "saids", "s", "b", "according ", "sixteen-letters!!", "sáid", "Ñ", "\0"] {
            assert!(!SET.contains(word), "{word:?}");
        }
    }

    /// The key of a word: byte `i` in bits `8 * i..8 * i + 8`, zeros after
    /// (`u128::from_le_bytes` of the zero-padded bytes), a byte at a time.
    fn pack(bytes: &[u8]) -> u128 {
        bytes.iter().enumerate().fold(0, |key, (i, &b)| key | (b as u128) << (8 * i))
    }

    #[test]
    fn a_key_is_the_lower_cased_padded_bytes_whatever_byte_is_where() {
        let reference = |bytes: &[u8]| {
            let lower: Vec<u8> = bytes.iter().map(u8::to_ascii_lowercase).collect();
            (bytes.is_ascii() && (1..=LONGEST).contains(&bytes.len())).then(|| pack(&lower))
        };
        assert_eq!(ascii_lower_key(b""), None);
        for len in 0..=LONGEST + 1 {
            for at in 0..len {
                for byte in 0..=255u8 {
                    let mut word = vec![b'Q'; len];
                    word[at] = byte;
                    assert_eq!(ascii_lower_key(&word), reference(&word), "{word:?}");
                }
            }
        }
    }

    #[test]
    fn keys_are_the_padded_bytes_sorted() {
        let mut keys: Vec<u128> = WORDS
            .iter()
            .map(|w| {
                let mut padded = [0u8; LONGEST];
                padded[..w.len()].copy_from_slice(w.as_bytes());
                u128::from_le_bytes(padded)
            })
            .collect();
        keys.sort();
        assert_eq!(keys, SET.keys.keys);
    }

    #[test]
    fn a_map_gives_each_word_its_own_value_in_any_case() {
        const MAP: WordMap<4, u32> = WordMap::new(&[("tue", 1), ("mon", 0), ("tuesday", 1), ("sun", 6)]);
        assert_eq!(
            ["Mon", "TUE", "tuesday", "sun", "Sun."].map(|w| MAP.get(w)),
            [Some(0), Some(1), Some(1), Some(6), None]
        );
        assert_eq!(MAP.get("\u{212A}"), None);
        let entries: Vec<(String, u32)> = MAP.entries().collect();
        assert_eq!(entries.len(), 4);
        assert!(entries.contains(&("tuesday".to_string(), 1)) && entries.contains(&("sun".to_string(), 6)));
    }

    #[test]
    fn lower_cases_beyond_ascii_as_str_does() {
        // U+212A KELVIN SIGN lower-cases to an ASCII "k"; no other
        // character outside ASCII lower-cases into it.
        const K: WordSet<2> = WordSet::new(&["kg", "i"]);
        assert!(K.contains("\u{212A}g") && K.contains("\u{212A}G"));
        assert!(!K.contains("kĝ") && !K.contains("\u{130}") && !K.contains("\u{212B}"));
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            if c.to_lowercase().all(|l| l.is_ascii()) {
                assert_eq!(c, '\u{212A}', "{c:?} lower-cases to ASCII");
            }
        }
    }
}
