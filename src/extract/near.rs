//! Whole-document name patterns searched only near their keywords.
//!
//! A pattern such as "up to three capitalised words, then Ministry|Department|…, then of …"
//! has no literal prefix, so a plain search runs its lazy DFA over every byte of every
//! document (about 2 ns/byte each, measured, for the chip, body and corporate-suffix
//! patterns). Every match of such a pattern holds a *keyword* (a word from a small set, a
//! corporate suffix, a digit) at most a few words after its start. [`NearKeyword`] finds the
//! keywords with a fast literal search and tries the pattern, anchored, only at the word
//! starts a few words before each one.
//!
//! The matches are exactly those of the pattern's own `find_iter` (leftmost-first,
//! non-overlapping), given what the caller promises of the pattern:
//! - every match starts with an ASCII capital letter at an ASCII word boundary;
//! - the part of a match before the first keyword in it is at most `words` runs of
//!   `word_byte`s, joined by runs of `gap_byte`s.
//!
//! Why it is exact. Let the search go on from `pos`, and let `k` be the first keyword at or
//! after `pos`. A match starting at `s` in `[pos, k)` has no keyword before `k`, so its
//! first keyword is `k` and `s` lies within the few words before `k`: no earlier than
//! [`NearKeyword::earliest`]. A match starting after `k` is found from a later keyword. So
//! the leftmost match from `pos`, if it starts at or before `k`, is the first candidate start
//! in `[earliest(k), k]` where the anchored pattern matches; if none does, the search goes
//! on from `k + 1`. The tests compare both on random texts.

use regex::Regex;
use regex_automata::{meta, Anchored, Input};

/// How keywords are found.
pub(crate) enum Keyword {
    /// Starts of the matches of a pattern with literal alternatives (searched by SIMD).
    Pattern(Regex),
    /// ASCII digits (found eight bytes at a time).
    Digit,
}

pub(crate) struct NearKeyword {
    /// The pattern, for captures and for callers' own checks.
    pub(crate) re: Regex,
    anchored: meta::Regex,
    keyword: Keyword,
    words: usize,
    word_byte: fn(u8) -> bool,
    gap_byte: fn(u8) -> bool,
}

impl NearKeyword {
    pub(crate) fn new(pattern: &str, keyword: Keyword, words: usize, word_byte: fn(u8) -> bool, gap_byte: fn(u8) -> bool) -> NearKeyword {
        NearKeyword {
            re: Regex::new(pattern).expect("pattern"),
            anchored: meta::Regex::new(pattern).expect("pattern"),
            keyword,
            words,
            word_byte,
            gap_byte,
        }
    }

    /// The spans of the matches, as the pattern's `find_iter` gives them.
    pub(crate) fn spans<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, usize)> + 't {
        let b = text.as_bytes();
        let mut pos = 0;
        std::iter::from_fn(move || {
            while pos < b.len() {
                let k = self.next_keyword(text, pos)?;
                for c in self.earliest(b, k).max(pos)..=k {
                    if !b[c].is_ascii_uppercase() || (c > 0 && is_ascii_word(b[c - 1])) {
                        continue;
                    }
                    if let Some(m) = self.anchored.search(&Input::new(text).range(c..).anchored(Anchored::Yes)) {
                        pos = m.end().max(c + 1);
                        return Some((c, m.end()));
                    }
                }
                pos = k + 1;
            }
            None
        })
    }

    pub(crate) fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = regex::Match<'t>> + 't {
        // The pattern found from a start where it matches returns that match.
        self.spans(text).filter_map(move |(s, _)| self.re.find_at(text, s))
    }

    pub(crate) fn captures_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = regex::Captures<'t>> + 't {
        self.spans(text).filter_map(move |(s, _)| self.re.captures_at(text, s))
    }

    fn next_keyword(&self, text: &str, from: usize) -> Option<usize> {
        match &self.keyword {
            Keyword::Pattern(re) => re.find_at(text, from).map(|m| m.start()),
            Keyword::Digit => next_digit(text.as_bytes(), from),
        }
    }

    /// The earliest start of a match whose first keyword is at `k`: back over the rest of
    /// the word `k` is in, then over `words` more words and the gaps before them.
    fn earliest(&self, b: &[u8], k: usize) -> usize {
        let mut p = k;
        for _ in 0..=self.words {
            while p > 0 && (self.word_byte)(b[p - 1]) {
                p -= 1;
            }
            let word_start = p;
            while p > 0 && (self.gap_byte)(b[p - 1]) {
                p -= 1;
            }
            if p == word_start {
                break;
            }
        }
        p
    }
}

/// A byte of an ASCII word, as `(?-u:\b)` sees it.
fn is_ascii_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The first ASCII digit at or after `from`, eight bytes at a time.
fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i + 8 <= b.len() {
        let w = u64::from_le_bytes(b[i..i + 8].try_into().expect("eight bytes"));
        // Digits become 0..=9; a byte keeps its high bit clear only if it is below 10.
        let x = w ^ 0x3030_3030_3030_3030;
        let t = ((x & 0x7f7f_7f7f_7f7f_7f7f) + 0x7676_7676_7676_7676) | x;
        let digits = !t & 0x8080_8080_8080_8080;
        if digits != 0 {
            return Some(i + (digits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b[i..].iter().position(u8::is_ascii_digit).map(|p| i + p)
}

/// A xorshift generator for the tests' random texts.
#[cfg(test)]
pub(crate) fn xorshift(mut state: u64) -> impl FnMut() -> u64 {
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_digit_agrees_with_a_bytewise_search() {
        let mut rand = xorshift(7);
        for _ in 0..20_000 {
            let n = (rand() % 40) as usize;
            let b: Vec<u8> = (0..n).map(|_| [b'0', b'9', b'/', b':', b'a', 0x80 | b'3', 0xb9, b' '][(rand() % 8) as usize]).collect();
            for from in 0..=n {
                assert_eq!(next_digit(&b, from), b[from..].iter().position(u8::is_ascii_digit).map(|p| from + p), "{b:?} from {from}");
            }
        }
    }
}
