//! Extraction: [`Document`] → [`Extraction`] (entities, decisions, relations, each with its
//! evidence).
//!
//! Pure and deterministic: an [`Extractor`] is built once from a lexicon and can be shared by
//! threads ([`Extractor::extract`] takes `&self`). No models, no network: a lexicon automaton,
//! patterns, a sentence splitter and rules over verb classes and the syntax around a trigger.

mod decisions;
mod fold;
mod near;
pub mod lexicon;
pub mod mentions;
mod relations;
pub mod sentences;

use crate::dates::DateValue;
use crate::ingest::Document;
use crate::model::{DecisionKind, EntityKind, Modality, RelationKind};
use lexicon::Lexicon;
use mentions::Recognizer;
use serde::Serialize;

/// Confidences print with three decimals: more would be noise of `f32`.
fn round3<S: serde::Serializer>(v: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((f64::from(*v) * 1000.0).round() / 1000.0)
}

/// The sentence a fact was read from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    /// The sentence text.
    #[serde(rename = "evidence")]
    pub sentence: String,
    /// Character (not byte) offsets of the sentence in the document text.
    pub start: usize,
    pub end: usize,
}

/// An entity found in a document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Other surface forms seen in the document ("NVIDIA Corp", "the chipmaker").
    pub aliases: Vec<String>,
    pub iri: String,
    /// The body this government is part of, by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    #[serde(skip)]
    pub part_of_iri: Option<String>,
    /// Links to other datasets (Wikidata), from the lexicon.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub same_as: Vec<String>,
    /// 0.95 for lexicon entries, lower for names found by patterns.
    #[serde(serialize_with = "round3")]
    pub confidence: f32,
    /// Number of mentions in the document.
    pub mention_count: usize,
}

/// A role filler of a decision or relation: an entity's name and IRI.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Role {
    pub name: String,
    pub iri: String,
}

impl From<&lexicon::LexEntry> for Role {
    /// A lexicon entry as a role: its canonical name and IRI.
    fn from(e: &lexicon::LexEntry) -> Self {
        Role { name: e.name.clone(), iri: e.iri.clone() }
    }
}

impl Serialize for Role {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.name)
    }
}

/// A government decision: an n-ary event.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Decision {
    pub agent: Option<Role>,
    pub kind: DecisionKind,
    /// The vendor concerned.
    pub subject: Option<Role>,
    /// The chip or product.
    pub object: Option<Role>,
    /// The destination country or the buyer.
    pub target: Option<Role>,
    pub date: Option<DateValue>,
    /// The date phrase as written ("on Tuesday").
    pub date_text: Option<String>,
    pub modality: Modality,
    /// Money, fees, shares or quantities the sentence attaches to the decision.
    pub amount: Option<String>,
    /// The word that signalled the decision.
    pub trigger: String,
    #[serde(serialize_with = "round3")]
    pub confidence: f32,
    #[serde(flatten)]
    pub evidence: Evidence,
}

impl Decision {
    /// The roles that identify a decision within an article.
    pub fn key(&self) -> (DecisionKind, Option<&str>, Option<&str>, Option<&str>, Option<&str>) {
        fn iri(r: &Option<Role>) -> Option<&str> {
            r.as_ref().map(|r| r.iri.as_str())
        }
        (self.kind, iri(&self.agent), iri(&self.subject), iri(&self.object), iri(&self.target))
    }
}

/// A relation between two entities.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Relation {
    pub subject: Role,
    pub predicate: RelationKind,
    pub object: Role,
    #[serde(serialize_with = "round3")]
    pub confidence: f32,
    #[serde(flatten)]
    pub evidence: Evidence,
}

/// Everything read out of one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    /// Asserted and reported decisions.
    pub decisions: Vec<Decision>,
    /// Planned, speculative and negated decisions.
    pub hedged: Vec<Decision>,
    pub relations: Vec<Relation>,
}

/// The extractor: a lexicon and the automata built from it.
pub struct Extractor {
    lexicon: Lexicon,
    recognizer: Recognizer,
}

impl Extractor {
    /// An extractor over the built-in lexicon.
    pub fn builtin() -> Self {
        Self::new(Lexicon::builtin())
    }

    /// An extractor over `lexicon`.
    pub fn new(lexicon: Lexicon) -> Self {
        let recognizer = Recognizer::new(&lexicon);
        decisions::compile_patterns();
        mentions::compile_patterns();
        crate::dates::compile_patterns();
        relations::compile_patterns();
        sentences::compile_patterns();
        fold::freeze();
        Extractor { lexicon, recognizer }
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Reads entities, decisions and relations out of a document.
    ///
    /// ```
    /// use chipgraph::{extract::Extractor, ingest::Document};
    /// let doc = Document::new("x", None, None, None,
    ///     "Beijing has approved purchases of Nvidia's H200 chips by Alibaba.".into());
    /// let ex = Extractor::builtin().extract(&doc);
    /// let d = &ex.decisions[0];
    /// assert_eq!(d.kind.as_str(), "PurchaseAuthorization");
    /// assert_eq!(d.agent.as_ref().unwrap().name, "China");
    /// assert_eq!(d.object.as_ref().unwrap().name, "H200");
    /// assert_eq!(d.target.as_ref().unwrap().name, "Alibaba");
    /// ```
    pub fn extract(&self, doc: &Document) -> Extraction {
        let text = doc.text.as_str();
        let sentences = sentences::split(text);
        let mentions = self.recognizer.recognize(&self.lexicon, text, &sentences);
        let offsets = CharOffsets::new(text);
        let folded = fold::FoldedText::new(text);
        let ctx = Context { text, doc, sentences: &sentences, mentions: &mentions, lexicon: &self.lexicon, offsets: &offsets, folded: folded.view(), deals: std::cell::OnceCell::new() };
        let (decisions, hedged) = decisions::find(&ctx);
        let relations = relations::find(&ctx);
        let mut counts = vec![0usize; mentions.entities.len()];
        for m in &mentions.mentions {
            counts[m.entity] += 1;
        }
        // A state named only to qualify something ("U.S. technology", "South Korea's
        // Samsung"), playing no role in a decision or relation and holding no body named in
        // the article, is no actor of it.
        let mut qualifies_only = vec![true; mentions.entities.len()];
        let is_state = |e: &mentions::DocEntity| e.kind == EntityKind::Government && e.part_of.is_none();
        for (k, m) in mentions.mentions.iter().enumerate().filter(|(_, m)| is_state(&mentions.entities[m.entity])) {
            let after = &text[m.end..];
            let after_poss = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s"));
            let qualifies = match after_poss {
                // Only the possessive between ("South Korea’s Samsung"; a curly apostrophe is
                // three bytes).
                Some(rest) => {
                    let from = text.len() - rest.len();
                    mentions.mentions.get(k + 1).is_some_and(|n| n.start >= from && n.start - from <= 2 && text[from..n.start].trim().is_empty() && mentions.entities[n.entity].kind == EntityKind::Company)
                }
                None => m.source != mentions::Source::Descriptor && decisions::MODIFIED_NOUN.is_match(after),
            };
            if !qualifies {
                qualifies_only[m.entity] = false;
            }
        }
        let in_roles: std::collections::HashSet<&str> = decisions
            .iter()
            .chain(&hedged)
            .flat_map(|d| [&d.agent, &d.subject, &d.object, &d.target])
            .flatten()
            .map(|r| r.iri.as_str())
            .chain(relations.iter().flat_map(|r| [r.subject.iri.as_str(), r.object.iri.as_str()]))
            .collect();
        // A body or firm with no role, mentioned only in passing (as where a filing was
        // made, "a filing with the SEC"; by its members, "US lawmakers"), is no actor of the
        // news. One pass over the mentions; the test runs only on such candidates' mentions.
        let mut passing_only: Vec<bool> = mentions.entities.iter().map(|e| matches!(e.kind, EntityKind::Government | EntityKind::Company) && !is_state(e) && !in_roles.contains(e.iri.as_str())).collect();
        for m in &mentions.mentions {
            if passing_only[m.entity] && !mentions::passing_mention(text, m.start, m.end) {
                passing_only[m.entity] = false;
            }
        }
        let entities = mentions
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind != EntityKind::Media)
            .filter(|(i, e)| !(is_state(e) && qualifies_only[*i] && !in_roles.contains(e.iri.as_str())))
            .filter(|(i, _)| !passing_only[*i])
            .map(|(i, e)| {
                let part_of_name = e.part_of.as_ref().map(|p| {
                    self.lexicon.get(p).map(|x| x.name.clone()).or_else(|| mentions.entities.iter().find(|x| &x.iri == p).map(|x| x.name.clone())).unwrap_or_else(|| p.clone())
                });
                Entity {
                    name: e.name.clone(),
                    kind: e.kind,
                    aliases: e.aliases.iter().cloned().collect(),
                    iri: e.iri.clone(),
                    part_of: part_of_name,
                    part_of_iri: e.part_of.clone(),
                    same_as: e.lex.map(|l| self.lexicon.entries[l].same_as.clone()).unwrap_or_default(),
                    confidence: e.confidence,
                    mention_count: counts[i],
                }
            })
            .collect();
        Extraction { entities, decisions, hedged, relations }
    }
}

/// What the decision and relation rules read.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub doc: &'a Document,
    pub sentences: &'a [sentences::Sentence],
    pub mentions: &'a mentions::Mentions,
    pub lexicon: &'a Lexicon,
    pub offsets: &'a CharOffsets<'a>,
    /// `text` with ASCII letters lowercased, for the case-insensitive rules.
    pub folded: fold::Folded<'a>,
    /// The document's acquisition phrases, found on first use.
    pub deals: std::cell::OnceCell<Vec<decisions::DealAt>>,
}

impl Context<'_> {
    pub fn evidence(&self, s: &sentences::Sentence) -> Evidence {
        Evidence {
            sentence: self.text[s.start..s.end].to_string(),
            start: self.offsets.char_at(s.start),
            end: self.offsets.char_at(s.end),
        }
    }

    /// The folded copy of a piece of `text` (any subslice of it).
    ///
    /// # Panics
    /// If `piece` is not a slice of `self.text`.
    pub fn fold(&self, piece: &str) -> fold::Folded<'_> {
        let start = (piece.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize).filter(|s| s + piece.len() <= self.text.len()).expect("a piece of the document text");
        self.folded.slice(start, start + piece.len())
    }

    pub fn role(&self, entity: usize) -> Role {
        let e = &self.mentions.entities[entity];
        Role { name: e.name.clone(), iri: e.iri.clone() }
    }
}

/// Byte → character offsets, in O(log n) per lookup.
pub(crate) struct CharOffsets<'a> {
    text: &'a str,
    /// Byte offset of every 64th character; empty for ASCII text, where they are the same.
    marks: Vec<usize>,
    ascii: bool,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return CharOffsets { text, marks: Vec::new(), ascii: true };
        }
        // A character starts at every byte that is not a UTF-8 continuation byte: a byte scan,
        // not a decoding of every character.
        let mut marks = Vec::with_capacity(text.len() / 64 + 1);
        let mut chars = 0usize;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if (b as i8) >= -0x40 {
                if chars.is_multiple_of(64) {
                    marks.push(i);
                }
                chars += 1;
            }
        }
        CharOffsets { text, marks, ascii: false }
    }

    pub fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.ascii {
            return byte;
        }
        let block = match self.marks.binary_search(&byte) {
            Ok(i) => return i * 64,
            Err(i) => i.saturating_sub(1),
        };
        let from = self.marks.get(block).copied().unwrap_or(0);
        block * 64 + self.text[from..byte].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::CharOffsets;

    #[test]
    fn char_offsets_count_characters_before_a_byte() {
        let mixed: String = "Nvidia’s H20 — “approved” in 北京. ".repeat(40);
        for text in [mixed.as_str(), "plain ASCII text, no curly quotes", ""] {
            let offsets = CharOffsets::new(text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(offsets.char_at(byte), text[..byte].chars().count(), "byte {byte}");
            }
        }
    }
}
