//! No input makes the extractor or the ingesters panic, and evidence offsets always point at
//! the sentence they quote.

use chipgraph::extract::Extractor;
use chipgraph::ingest::{self, Document};

/// xorshift64*: deterministic pseudo-random numbers without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[(self.next() % v.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "China", "Beijing", "the U.S.", "Washington's", "Nvidia’s", "H200", "H20", "MI308", "Alibaba", "ByteDance",
    "approved", "banned", "licences", "the Entity List", "said", "its commerce ministry", "the agency", "It",
    "—", "–", ".", ",", ";", "\"", "“", "”", "’s", "'", "(", ")", "Dec.", "9", "2025", "No.", "Inc.", "\n", "\n\n",
    "| Chip | Vendor |", "|---|---|", "é", "中国", "😀", "  ", "to", "by", "for", "of", "and", "not", "could",
    "$4.5 billion", "25%", "on Tuesday", "last month", "Commerce Secretary Howard Lutnick", "Co., Ltd.", "-based", "added to the Entity List:", "\n- ", "Company: Piotech; Listed by: BIS.", "would also apply to AMD",
    // This round's deal, ministry and permit phrasing, next to multi-byte characters above.
    "blocked", "from buying", "Pulsic", "Hong Kong-based Orion Holdings", "Intel's", "acquisition of", "the Ministry of Commerce",
    "will, in principle, not be permitted", "halt testing of", "the cabinet", "received a similar notice",
];

#[test]
fn random_text_never_panics_and_offsets_are_exact() {
    let ex = Extractor::builtin();
    let seed: u64 = std::env::var("CHIPGRAPH_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x9E37_79B9_7F4A_7C15);
    let mut rng = Rng(seed);
    let rounds: usize = std::env::var("CHIPGRAPH_FUZZ_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(3000);
    for _ in 0..rounds {
        let n = (rng.next() % 60) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(rng.pick(PIECES));
            if !rng.next().is_multiple_of(3) {
                text.push(' ');
            }
        }
        let doc = Document::new("random", None, None, None, text.clone());
        let x = ex.extract(&doc);
        let chars: Vec<char> = text.chars().collect();
        for d in x.decisions.iter().chain(&x.hedged) {
            let quoted: String = chars[d.evidence.start..d.evidence.end].iter().collect();
            assert_eq!(quoted, d.evidence.sentence, "offsets of {d:?} in {text:?}");
        }
        // The same text through every ingester.
        let _ = ingest::parse_text("r.md", &text, true);
        let _ = ingest::html_to_text(&text);
        let _ = ingest::parse_json_article("r.jsonl:1", &text);
    }
}

#[test]
fn extraction_is_deterministic() {
    let ex = Extractor::builtin();
    let doc = Document::new("d", None, None, None, "Beijing has approved purchases of Nvidia's H200 by Alibaba, ByteDance and Tencent, people familiar with the matter said.".into());
    assert_eq!(ex.extract(&doc), ex.extract(&doc));
}
