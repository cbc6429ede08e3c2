//! Offsets. The core works in UTF-8 byte offsets (Rust string indices); the
//! document leaves in the unit the caller asked for. `OffsetMap` converts a
//! byte offset to UTF-16 code units or code points exactly, in O(1) per call
//! after one pass over the text.

use crate::document::OffsetUnit;

/// A byte range `[start, end)` of the text, on character boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ByteRange {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl ByteRange {
    /// A range from `start` to `end`.
    pub fn new(start: usize, end: usize) -> ByteRange {
        debug_assert!(start <= end);
        ByteRange { start, end }
    }

    /// The slice of `text` this range covers.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the range covers nothing.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when the two ranges share at least one byte.
    pub fn overlaps(self, other: ByteRange) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside this range.
    pub fn contains(self, other: ByteRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Bytes between two checkpoints of the map: small enough that counting the
/// rest of a block is cheap, large enough that the table stays small.
const BLOCK: usize = 64;

/// Converts byte offsets of one text to another unit.
pub struct OffsetMap<'t> {
    text: &'t str,
    unit: OffsetUnit,
    /// `checkpoints[i]` = offset in `unit` of byte `i * BLOCK`, counting the
    /// characters that start before it. Empty when the conversion is the
    /// identity (UTF-8, or ASCII text).
    checkpoints: Vec<usize>,
}

impl<'t> OffsetMap<'t> {
    /// Prepares conversions of offsets in `text` to `unit`.
    pub fn new(text: &'t str, unit: OffsetUnit) -> OffsetMap<'t> {
        let identity = unit == OffsetUnit::Utf8 || text.is_ascii();
        let mut checkpoints = Vec::new();
        if !identity {
            checkpoints.reserve(text.len() / BLOCK + 1);
            let mut count = 0;
            checkpoints.push(count);
            for block in text.as_bytes().chunks(BLOCK) {
                count += units(block, unit);
                checkpoints.push(count);
            }
        }
        OffsetMap { text, unit, checkpoints }
    }

    /// The offset in this map's unit of byte offset `byte` (a char boundary).
    pub fn convert(&self, byte: usize) -> usize {
        if self.checkpoints.is_empty() {
            return byte;
        }
        debug_assert!(self.text.is_char_boundary(byte));
        let block = byte / BLOCK;
        self.checkpoints[block] + units(&self.text.as_bytes()[block * BLOCK..byte], self.unit)
    }

    /// Converts both ends of a range.
    pub fn convert_range(&self, range: ByteRange) -> (usize, usize) {
        (self.convert(range.start), self.convert(range.end))
    }
}

/// The length in `unit` of the characters that start in `bytes` (a slice
/// of UTF-8 that may begin or end inside a character), counted by their
/// first bytes: every byte but a continuation byte (`0b10xx_xxxx`) starts
/// one, and in UTF-16 one that starts four bytes (`0b1111_0xxx`) takes two
/// units. Eight bytes at a time rather than decoding the characters.
fn units(bytes: &[u8], unit: OffsetUnit) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let count = |word: u64| {
        // The high bit of each byte: set and the next clear for a continuation byte.
        let continuation = word & !(word << 1) & HIGH;
        let mut n = 8 - continuation.count_ones() as usize;
        if unit == OffsetUnit::Utf16 {
            n += (word & word << 1 & word << 2 & word << 3 & HIGH).count_ones() as usize;
        }
        n
    };
    match unit {
        OffsetUnit::Utf8 => bytes.len(),
        // Most blocks of a news text are ASCII: one byte, one unit.
        OffsetUnit::Utf16 | OffsetUnit::Chars if bytes.is_ascii() => bytes.len(),
        OffsetUnit::Utf16 | OffsetUnit::Chars => {
            let mut chunks = bytes.chunks_exact(8);
            let mut n: usize =
                chunks.by_ref().map(|c| count(u64::from_le_bytes(c.try_into().unwrap_or_default()))).sum();
            let rest = chunks.remainder();
            if !rest.is_empty() {
                // Padded with zeros: each pad byte counts as one ASCII character.
                let mut padded = [0u8; 8];
                padded[..rest.len()].copy_from_slice(rest);
                n += count(u64::from_le_bytes(padded)) - (8 - rest.len());
            }
            n
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize, unit: OffsetUnit) -> usize {
        text[..byte]
            .chars()
            .map(|ch| match unit {
                OffsetUnit::Utf16 => ch.len_utf16(),
                OffsetUnit::Chars => 1,
                OffsetUnit::Utf8 => ch.len_utf8(),
            })
            .sum()
    }

    #[test]
    fn converts_every_boundary_exactly() {
        let text = "Tëst 😀 日本語 e\u{301} \r\n".repeat(20) + "end";
        for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Utf8] {
            let map = OffsetMap::new(&text, unit);
            for byte in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                assert_eq!(map.convert(byte), naive(&text, byte, unit), "byte {byte} {unit:?}");
            }
        }
    }

    #[test]
    fn ascii_is_identity() {
        let map = OffsetMap::new("plain text", OffsetUnit::Utf16);
        assert_eq!(map.convert(5), 5);
    }
}
