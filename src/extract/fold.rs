//! Case-insensitive matching by folding the text once instead of the patterns.
//!
//! A `(?i)` pattern loses its literal prefilter: "according to" case-insensitively is 2^12
//! literals, too many for the regex crate to search for, so every call runs the lazy DFA over
//! the whole haystack. The rules ask dozens of such questions of each sentence. Lowercasing
//! the sentence's ASCII letters once keeps every byte offset (ASCII case changes no length)
//! and lets each rule be a plain lowercase pattern with a fast literal prefilter: measured
//! 2.5–6× faster per call on news sentences.
//!
//! The types keep the two worlds apart: a [`Ci`] pattern only accepts a [`Folded`] slice, so
//! no rule can be handed the original text by mistake.
//!
//! # The cue index
//!
//! Most questions the rules ask get "no": the clause has no negation, no money, no trigger
//! of that family. Each regex call still costs its set-up and a prefilter scan, and with
//! ~80 patterns their automata thrash the cache. So every pattern's *cue literals* — a set of
//! words every match must begin (or end) with, read off its syntax by `regex-syntax` — go
//! into one Aho-Corasick automaton, run once over the folded document ([`FoldedText::new`]).
//! A call on a slice with no cue of its pattern inside answers "no match" from that index
//! (a binary search) without running the regex. The index only ever skips calls that cannot
//! match: a pattern whose cues are too short or unbounded is simply not indexed.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex::Regex;
use regex_syntax::hir::literal::{ExtractKind, Extractor, Seq};
use std::sync::{Mutex, OnceLock};

/// A slice of text whose ASCII letters are lowercase; offsets are the original's.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Folded<'a> {
    text: &'a str,
    /// Offset of `text` in the document, for the cue index.
    base: usize,
    cues: Option<&'a CueHits>,
}

/// A document's text folded once, with its cue index: every rule of every sentence slices it.
pub(crate) struct FoldedText {
    text: String,
    cues: Option<CueHits>,
}

impl FoldedText {
    pub(crate) fn new(text: &str) -> FoldedText {
        let text = text.to_ascii_lowercase();
        let cues = CUES.get().map(|c| c.index(&text));
        FoldedText { text, cues }
    }

    pub(crate) fn view(&self) -> Folded<'_> {
        Folded { text: &self.text, base: 0, cues: self.cues.as_ref() }
    }
}

impl<'a> Folded<'a> {
    pub(crate) fn as_str(self) -> &'a str {
        self.text
    }

    pub(crate) fn len(self) -> usize {
        self.text.len()
    }

    /// `self[a..b]`, in the original's offsets.
    pub(crate) fn slice(self, a: usize, b: usize) -> Folded<'a> {
        Folded { text: &self.text[a..b], base: self.base + a, cues: self.cues }
    }

    /// The last `n` bytes, on a character boundary.
    pub(crate) fn tail(self, n: usize) -> Folded<'a> {
        self.within(super::decisions::tail(self.text, n))
    }

    /// The first `n` bytes, on a character boundary.
    pub(crate) fn head(self, n: usize) -> Folded<'a> {
        self.within(super::decisions::head(self.text, n))
    }

    pub(crate) fn contains(self, needle: &str) -> bool {
        self.text.contains(needle)
    }

    /// A piece of this text found by string operations on [`Folded::as_str`] (trimmed,
    /// split): still folded.
    ///
    /// # Panics
    /// If `part` is not empty and does not lie within `self`.
    pub(crate) fn within(self, part: &'a str) -> Folded<'a> {
        if part.is_empty() {
            return Folded { text: "", base: self.base, cues: self.cues };
        }
        let (base, p) = (self.text.as_ptr() as usize, part.as_ptr() as usize);
        assert!(p >= base && p + part.len() <= base + self.text.len(), "not a piece of the folded text");
        Folded { text: part, base: self.base + (p - base), cues: self.cues }
    }

    /// False when the index proves `pattern` cannot match in this slice.
    fn may_match(self, pattern: Option<u32>) -> bool {
        match (pattern, self.cues) {
            (Some(p), Some(cues)) => cues.any(p, self.base, self.base + self.text.len()),
            _ => true,
        }
    }
}

/// The cue literals of every indexed pattern, in one automaton.
struct Cues {
    automaton: AhoCorasick,
    /// For each literal, the patterns it is a cue of.
    owners: Vec<Vec<u32>>,
    /// Patterns registered when the automaton was built: ids at or above are not indexed.
    patterns: u32,
}

/// Indexed patterns as they are compiled: the pattern and its cue literals.
static REGISTRY: Mutex<Vec<(String, Vec<Vec<u8>>)>> = Mutex::new(Vec::new());
static CUES: OnceLock<Cues> = OnceLock::new();

/// Builds the cue automaton over every pattern compiled so far. Called once the rules'
/// patterns are all compiled (`Extractor::new` forces them); later calls change nothing.
pub(crate) fn freeze() {
    CUES.get_or_init(|| {
        let registry = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<Vec<u32>> = Vec::new();
        let mut at: std::collections::HashMap<Vec<u8>, usize> = std::collections::HashMap::new();
        for (p, (_, cues)) in registry.iter().enumerate() {
            for lit in cues {
                let i = *at.entry(lit.clone()).or_insert_with(|| {
                    literals.push(lit.clone());
                    owners.push(Vec::new());
                    literals.len() - 1
                });
                owners[i].push(p as u32);
            }
        }
        // A DFA: one overlapping scan per document, every state hot after the first few.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&literals)
            .expect("cue literals build an automaton");
        Cues { automaton, owners, patterns: registry.len() as u32 }
    });
}

impl Cues {
    fn index(&self, text: &str) -> CueHits {
        // An overlapping scan reports matches by their end: each pattern's list, filled in
        // that order by a counting sort, stays sorted by end.
        let mut found: Vec<(u32, u32, u32)> = Vec::new();
        let mut first = vec![0u32; self.patterns as usize + 1];
        for m in self.automaton.find_overlapping_iter(text) {
            for &p in &self.owners[m.pattern().as_usize()] {
                found.push((p, m.start() as u32, m.end() as u32));
                first[p as usize + 1] += 1;
            }
        }
        for i in 1..first.len() {
            first[i] += first[i - 1];
        }
        let mut next = first.clone();
        let mut hits = vec![(0u32, 0u32); found.len()];
        for (p, s, e) in found {
            hits[next[p as usize] as usize] = (s, e);
            next[p as usize] += 1;
        }
        CueHits { hits, first, patterns: self.patterns }
    }
}

/// Where each indexed pattern's cues occur in one document.
#[derive(Debug)]
pub(crate) struct CueHits {
    /// (start, end) of each hit, grouped by pattern, each group sorted by end.
    hits: Vec<(u32, u32)>,
    first: Vec<u32>,
    patterns: u32,
}

impl CueHits {
    /// Whether a cue of `pattern` lies wholly within `a..b`; true for patterns not indexed.
    fn any(&self, pattern: u32, a: usize, b: usize) -> bool {
        if pattern >= self.patterns {
            return true;
        }
        let own = &self.hits[self.first[pattern as usize] as usize..self.first[pattern as usize + 1] as usize];
        // Hits ending by `b`, latest first, until they end before `a` can begin.
        let upto = own.partition_point(|&(_, e)| e as usize <= b);
        own[..upto].iter().rev().take_while(|&&(_, e)| e as usize > a).any(|&(s, _)| s as usize >= a)
    }
}

/// The literals every match of `pattern` begins with, or ends with, whichever set is the
/// more selective; `None` when neither is usable (unbounded, or a cue shorter than 3 bytes,
/// which would hit almost every sentence). A cue is trimmed of the spaces around it: every
/// match still contains it, and "to\t", "to\n", "to " are one cue.
fn cue_literals(pattern: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::ParserBuilder::new().build().parse(pattern).ok()?;
    // A shorter piece of a cue is a cue too: prefixes are cut to their first 8 bytes and
    // suffixes to their last 8, and a cue containing another is dropped. Fewer, shorter cues
    // make a smaller automaton ("approv" stands for "approve", "approved", "approval" …).
    let usable = |seq: Seq, prefix: bool| -> Option<Vec<Vec<u8>>> {
        let mut cues: Vec<Vec<u8>> = seq
            .literals()?
            .iter()
            .map(|l| {
                let b = l.as_bytes();
                let b = if prefix { &b[..b.len().min(8)] } else { &b[b.len().saturating_sub(8)..] };
                b.trim_ascii().to_vec()
            })
            .collect();
        if cues.iter().any(|c| c.len() < 3) {
            return None;
        }
        cues.sort();
        cues.dedup();
        let all = cues.clone();
        cues.retain(|c| !all.iter().any(|o| o != c && c.windows(o.len()).any(|w| w == o.as_slice())));
        (cues.len() <= 128).then_some(cues)
    };
    let prefix = usable(Extractor::new().kind(ExtractKind::Prefix).extract(&hir), true);
    let suffix = usable(Extractor::new().kind(ExtractKind::Suffix).extract(&hir), false);
    // The more selective set: longer shortest cue, then fewer cues.
    let score = |c: &Vec<Vec<u8>>| (c.iter().map(Vec::len).min(), std::cmp::Reverse(c.len()));
    match (prefix, suffix) {
        (Some(p), Some(s)) => Some(if score(&s) > score(&p) { s } else { p }),
        (p, s) => p.or(s),
    }
}

/// A pattern matched case-insensitively (for ASCII) against [`Folded`] text.
#[derive(Debug)]
pub(crate) struct Ci {
    re: Regex,
    /// Its id in the cue index, if it has cue literals.
    id: Option<u32>,
}

impl Ci {
    /// Compiles `pattern` written in any case: its literal letters are lowercased, escapes
    /// (`\S`, `\B`) and `[A-Z]` ranges are kept working.
    ///
    /// # Panics
    /// On an invalid pattern: patterns are constants, checked by the tests.
    pub(crate) fn new(pattern: &str) -> Ci {
        let lowered = lower_pattern(pattern);
        let re = Regex::new(&lowered).unwrap_or_else(|e| panic!("pattern {pattern}: {e}"));
        let id = cue_literals(&lowered).map(|cues| {
            let mut registry = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
            registry.push((lowered.clone(), cues));
            registry.len() as u32 - 1
        });
        Ci { re, id }
    }

    /// The pattern as compiled (its letters lowercased).
    pub(crate) fn as_str(&self) -> &str {
        self.re.as_str()
    }

    /// False when the cue index proves the pattern has no match in `text`.
    pub(crate) fn may_occur(&self, text: Folded<'_>) -> bool {
        text.may_match(self.id)
    }

    pub(crate) fn is_match(&self, text: Folded<'_>) -> bool {
        text.may_match(self.id) && self.re.is_match(text.text)
    }

    pub(crate) fn find<'t>(&self, text: Folded<'t>) -> Option<regex::Match<'t>> {
        if !text.may_match(self.id) {
            return None;
        }
        self.re.find(text.text)
    }

    /// With no cue in `text`, iterates over its empty prefix: no match (a pattern that
    /// matches the empty string has no cues).
    pub(crate) fn captures_iter<'r, 't>(&'r self, text: Folded<'t>) -> regex::CaptureMatches<'r, 't> {
        let hay = if text.may_match(self.id) { text.text } else { &text.text[..0] };
        self.re.captures_iter(hay)
    }

    pub(crate) fn find_iter<'r, 't>(&'r self, text: Folded<'t>) -> regex::Matches<'r, 't> {
        let hay = if text.may_match(self.id) { text.text } else { &text.text[..0] };
        self.re.find_iter(hay)
    }

}

/// Lowercases the literal letters of a pattern. An escape keeps its letter (`\S` is not
/// `\s`); a class range `A-Z` becomes `a-z`, which on folded text means the same.
fn lower_pattern(p: &str) -> String {
    let p = p.strip_prefix("(?i)").unwrap_or(p);
    assert!(!p.contains("(?i"), "a folded pattern needs no case flag: {p}");
    let mut out = String::with_capacity(p.len());
    let mut chars = p.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.push(c);
            if let Some(n) = chars.next() {
                out.push(n);
            }
        } else {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_matching_is_case_insensitive_and_keeps_offsets() {
        let re = Ci { re: Regex::new(&lower_pattern(r"(?i)(?-u:\b)According(?-u:\s)+to\S*")).unwrap(), id: None };
        let text = "Nvidia’s H20, ACCORDING to people";
        let folded = FoldedText::new(text);
        let f = folded.view();
        let m = re.find(f).expect("matches across case");
        assert_eq!(&text[m.start()..m.end()], "ACCORDING to");
        assert_eq!(f.len(), text.len());
    }

    #[test]
    fn an_empty_piece_is_within_any_text() {
        let folded = FoldedText::new("Unit of Wingtech");
        assert_eq!(folded.view().within("").len(), 0);
    }

    #[test]
    fn escapes_keep_their_case() {
        assert_eq!(lower_pattern(r"\S+\B[A-Z]Ab"), r"\S+\B[a-z]ab");
    }

    /// Texts to check the index on: the sample articles and the conformance inputs.
    fn corpus() -> Vec<String> {
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir("examples/news").unwrap().map(|e| e.unwrap().path()).collect();
        for case in std::fs::read_dir("tests/cases").unwrap() {
            let case = case.unwrap().path();
            if case.is_dir() {
                files.extend(std::fs::read_dir(&case).unwrap().map(|e| e.unwrap().path()).filter(|p| p.file_stem().is_some_and(|s| s == "input")));
            }
        }
        files.sort();
        files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect()
    }

    #[test]
    fn the_cue_index_never_rules_out_a_match() {
        let _ = crate::extract::Extractor::builtin();
        let patterns: Vec<(u32, Regex)> = REGISTRY.lock().unwrap().iter().enumerate().map(|(i, (p, _))| (i as u32, Regex::new(p).unwrap())).collect();
        assert!(patterns.len() > 30, "the rules' patterns are indexed");
        let (mut slices, mut skipped) = (0usize, 0usize);
        for text in corpus() {
            let folded = FoldedText::new(&text);
            let view = folded.view();
            // Every window of a few sizes, on character boundaries: sentences, tails, heads.
            let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).step_by(7).collect();
            for (k, &a) in bounds.iter().enumerate() {
                for &w in &[3usize, 12, 40] {
                    let Some(&b) = bounds.get(k + w) else { continue };
                    let piece = view.slice(a, b);
                    slices += 1;
                    for (id, re) in &patterns {
                        let may = piece.may_match(Some(*id));
                        assert!(may || !re.is_match(piece.as_str()), "pattern {} matches {:?} but the index says no", re.as_str(), piece.as_str());
                        skipped += usize::from(!may);
                    }
                }
            }
        }
        // The index is worth having: it answers most calls.
        assert!(skipped * 2 > slices * patterns.len(), "{skipped} of {} calls answered by the index", slices * patterns.len());
    }

    #[test]
    fn every_rule_pattern_is_indexed_before_the_first_document() {
        let ex = crate::extract::Extractor::builtin();
        let frozen = CUES.get().expect("the extractor freezes the index").patterns as usize;
        for text in corpus() {
            let _ = ex.extract(&crate::ingest::Document::new("test:cues", None, None, None, text));
        }
        let registry = REGISTRY.lock().unwrap();
        let late: Vec<&str> = registry[frozen..].iter().map(|(p, _)| p.as_str()).collect();
        assert!(late.is_empty(), "patterns compiled after the index was built (add them to compile_patterns): {late:?}");
    }
}
