//! Feature hashing: features are never strings at run time, only 64-bit
//! hashes of (template, values). The functions are fixed (not `std`'s
//! randomised hasher) so that a trained model means the same on every build.

/// Hash of a string: FNV-1a over its bytes, then an avalanche so that the low
/// 32 bits (the model's keys) are well mixed.
pub fn string(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    avalanche(h)
}

/// Hash of a long text, eight bytes at a time (for fingerprints of data files).
pub fn text(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in chunks.by_ref() {
        h = (h.rotate_left(29) ^ u64::from_le_bytes(chunk.try_into().unwrap_or_default()))
            .wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(29) ^ b as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    avalanche(h)
}

/// Writes the lower case of `s` into `out` (cleared first), fast for ASCII.
pub fn lowercase_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
    } else {
        out.extend(s.chars().flat_map(char::to_lowercase));
    }
}

/// Combines a running hash with one more value (order matters).
pub fn combine(h: u64, value: u64) -> u64 {
    avalanche(h.rotate_left(23) ^ value.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// The hash of a feature: a template number and one value.
pub fn feature(template: u32, value: u64) -> u64 {
    combine(template as u64 ^ 0x5bd1_e995_0000_0000, value)
}

/// The hash of a feature with two values.
pub fn feature2(template: u32, a: u64, b: u64) -> u64 {
    combine(feature(template, a), b)
}

/// The hash of a feature with three values.
pub fn feature3(template: u32, a: u64, b: u64, c: u64) -> u64 {
    combine(feature2(template, a, b), c)
}

/// MurmurHash3's 64-bit finaliser.
fn avalanche(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_across_builds() {
        // A trained model depends on these exact values.
        assert_eq!(string("Durov"), string("Durov"));
        assert_ne!(feature(1, string("a")), feature(2, string("a")));
        assert_ne!(feature2(1, 1, 2), feature2(1, 2, 1));
        // Pinned: if these change, every committed model must be retrained.
        assert_eq!(string("Durov"), 0xe5a1_c399_b2ab_2d34);
        assert_eq!(feature2(3, string("a"), 7), 0x6206_eca8_e26e_0bea);
    }
}

/// A `HashMap` hasher for keys that are already hashes: it passes a `u64`
/// (or `u32`) through unchanged instead of hashing it again with SipHash.
#[derive(Clone, Copy, Default)]
pub struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Not used by u64/u32 keys; fold anything else in byte by byte.
        for &b in bytes {
            self.0 = combine(self.0, b as u64);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }

    fn write_u32(&mut self, value: u32) {
        // Spread a 32-bit key over the high bits too: the map uses both.
        self.0 = (value as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A `HashMap` keyed by hashes.
pub type HashMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<PassThrough>>;

/// A `HashSet` of hashes.
pub type HashSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<PassThrough>>;
