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

/// Converts byte offsets of one text into another unit.
pub struct OffsetMap<'t> {
    text: &'t str,
    unit: OffsetUnit,
    /// `checkpoints[i]` = offset in `unit` of byte `i * BLOCK` (or of the
    /// first character boundary at or after it). Empty when the conversion is
    /// the identity (UTF-8, or ASCII text).
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
            let mut next_checkpoint = 0;
            for (byte, ch) in text.char_indices() {
                while byte >= next_checkpoint {
                    // A checkpoint inside a character is recorded at the
                    // character's start; `convert` only counts from
                    // boundaries, so that is exact.
                    checkpoints.push(count);
                    next_checkpoint += BLOCK;
                }
                count += unit_len(ch, unit);
            }
            while text.len() >= next_checkpoint {
                checkpoints.push(count);
                next_checkpoint += BLOCK;
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
        // Start counting from the first char boundary at or after the block
        // start, which is where the checkpoint's count applies.
        let mut from = block * BLOCK;
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let base = self.checkpoints[block];
        if from >= byte {
            return base;
        }
        base + self.text[from..byte].chars().map(|ch| unit_len(ch, self.unit)).sum::<usize>()
    }

    /// Converts both ends of a range.
    pub fn convert_range(&self, range: ByteRange) -> (usize, usize) {
        (self.convert(range.start), self.convert(range.end))
    }
}

fn unit_len(ch: char, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Utf16 => ch.len_utf16(),
        OffsetUnit::Chars => 1,
        OffsetUnit::Utf8 => ch.len_utf8(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize, unit: OffsetUnit) -> usize {
        text[..byte].chars().map(|ch| unit_len(ch, unit)).sum()
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
