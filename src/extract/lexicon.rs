//! The gazetteer: known entities with their labels, read from Turtle (`ontology/lexicon.ttl`
//! and user files given with `--lexicon`).
//!
//! Each entry is a subject typed with one of the entity classes, a `skos:prefLabel` (its
//! canonical name), `skos:altLabel`s, and optionally `cg:partOf`, `cg:designs`,
//! `cg:manufactures`, `cg:headquarteredIn`, `cg:demonym` and `owl:sameAs`.

use crate::error::{Error, Result};
use crate::model::{vocab, EntityKind};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term};
use rustc_hash::FxHashMap as HashMap;

/// One known entity.
#[derive(Clone, Debug, Default)]
pub struct LexEntry {
    pub iri: String,
    pub kind: Option<EntityKind>,
    pub name: String,
    pub alt_labels: Vec<String>,
    pub part_of: Option<String>,
    pub designs: Vec<String>,
    pub manufactures: Vec<String>,
    pub headquartered_in: Option<String>,
    pub demonyms: Vec<String>,
    pub same_as: Vec<String>,
    /// For officials: the government body they decide for.
    pub acts_for: Option<String>,
    /// Lists of parties this body keeps ("Entity List"), as named in news.
    pub keeps_lists: Vec<String>,
    /// Funding programmes or laws this body runs ("CHIPS Act"), as named in news.
    pub administers: Vec<String>,
}

/// All known entities, by IRI.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    pub entries: Vec<LexEntry>,
    index: HashMap<String, usize>,
    /// Chip IRI → the company that designs it.
    designers: HashMap<String, usize>,
    /// Each programme name (lowercase) with the entry that administers it, longest first.
    programmes: Vec<(String, usize)>,
}

impl Lexicon {
    /// The built-in lexicon.
    pub fn builtin() -> Self {
        let mut lex = Lexicon::default();
        lex.add_turtle("ontology/lexicon.ttl", vocab::LEXICON_TTL).expect("the built-in lexicon is valid");
        lex
    }

    /// Adds the entries of a Turtle document; entries with an IRI already known are merged
    /// (a user file can add labels to a built-in entity).
    pub fn add_turtle(&mut self, origin: &str, ttl: &str) -> Result<()> {
        let err = |message: String| Error::Lexicon { origin: origin.to_string(), message };
        let mut pending: Vec<(String, String, Term)> = Vec::new();
        for q in RdfParser::from_format(RdfFormat::Turtle).for_slice(ttl.as_bytes()) {
            let q = q.map_err(|e| err(e.to_string()))?;
            let NamedOrBlankNode::NamedNode(s) = q.subject else { continue };
            pending.push((s.into_string(), q.predicate.into_string(), q.object));
        }
        for (s, p, o) in &pending {
            if p == vocab::RDF_TYPE.as_str() {
                if let Term::NamedNode(c) = o {
                    if let Some(kind) = EntityKind::from_class(c.as_str()) {
                        let i = self.slot(s);
                        self.entries[i].kind = Some(kind);
                    }
                }
            }
        }
        for (s, p, o) in pending {
            let Some(&i) = self.index.get(&s) else { continue };
            let e = &mut self.entries[i];
            let lit = || match &o {
                Term::Literal(l) => Some(l.value().trim().to_string()),
                _ => None,
            };
            let iri = || match &o {
                Term::NamedNode(n) => Some(n.as_str().to_string()),
                _ => None,
            };
            match p.as_str() {
                x if x == vocab::SKOS_PREF_LABEL.as_str() => {
                    if let Some(l) = lit() {
                        if !e.name.is_empty() && e.name != l {
                            e.alt_labels.push(std::mem::replace(&mut e.name, l));
                        } else {
                            e.name = l;
                        }
                    }
                }
                x if x == vocab::SKOS_ALT_LABEL.as_str() || x == vocab::RDFS_LABEL.as_str() => {
                    if let Some(l) = lit() {
                        e.alt_labels.push(l);
                    }
                }
                x if x == vocab::PART_OF.as_str() => e.part_of = iri().or(e.part_of.take()),
                x if x == vocab::HEADQUARTERED_IN.as_str() => e.headquartered_in = iri(),
                x if x == vocab::DESIGNS.as_str() => e.designs.extend(iri()),
                x if x == vocab::MANUFACTURES.as_str() => e.manufactures.extend(iri()),
                x if x == vocab::DEMONYM.as_str() => e.demonyms.extend(lit()),
                x if x == vocab::OWL_SAME_AS.as_str() => e.same_as.extend(iri()),
                x if x == vocab::ACTS_FOR.as_str() => e.acts_for = iri(),
                x if x == vocab::KEEPS_LIST.as_str() => e.keeps_lists.extend(lit()),
                x if x == vocab::ADMINISTERS.as_str() => e.administers.extend(lit()),
                _ => {}
            }
        }
        for e in &self.entries {
            if e.kind.is_some() && e.name.is_empty() {
                return Err(err(format!("<{}> has no skos:prefLabel", e.iri)));
            }
        }
        self.designers.clear();
        for (i, e) in self.entries.iter().enumerate() {
            if e.kind == Some(EntityKind::Company) {
                for chip in &e.designs {
                    self.designers.entry(chip.clone()).or_insert(i);
                }
            }
        }
        self.programmes = self.entries.iter().enumerate().flat_map(|(i, e)| e.administers.iter().map(move |p| (p.to_ascii_lowercase(), i))).collect();
        self.programmes.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        Ok(())
    }

    fn slot(&mut self, iri: &str) -> usize {
        if let Some(&i) = self.index.get(iri) {
            return i;
        }
        self.entries.push(LexEntry { iri: iri.to_string(), ..Default::default() });
        self.index.insert(iri.to_string(), self.entries.len() - 1);
        self.entries.len() - 1
    }

    /// The entry with this IRI.
    pub fn get(&self, iri: &str) -> Option<&LexEntry> {
        self.index.get(iri).map(|&i| &self.entries[i])
    }

    /// The body that keeps the list named at the start of `text` (ASCII case ignored), the
    /// longest list name first: "unreliable entity list" is not the "entity list".
    pub fn keeper_of_list(&self, text: &str) -> Option<&LexEntry> {
        self.entries
            .iter()
            .flat_map(|e| e.keeps_lists.iter().map(move |l| (l, e)))
            .filter(|(l, _)| text.get(..l.len()).is_some_and(|t| t.eq_ignore_ascii_case(l)))
            .max_by_key(|(l, _)| l.len())
            .map(|(_, e)| e)
    }

    /// The body that runs the programme named in `folded` (lowercase text), the longest
    /// name first: the "European Chips Act" is not the "Chips Act".
    pub fn administrator_in(&self, folded: &str) -> Option<&LexEntry> {
        self.programmes.iter().find(|(p, _)| folded.contains(p.as_str())).map(|&(_, i)| &self.entries[i])
    }

    /// The company that designs the chip with this IRI, if the lexicon knows it.
    pub fn designer_of(&self, chip_iri: &str) -> Option<&LexEntry> {
        self.designers.get(chip_iri).map(|&i| &self.entries[i])
    }

    /// Index of the entry with this IRI.
    pub fn position(&self, iri: &str) -> Option<usize> {
        self.index.get(iri).copied()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The chain of `partOf` parents of an entry, nearest first.
    pub fn ancestors(&self, iri: &str) -> Vec<String> {
        self.ancestors_of(iri).map(str::to_string).collect()
    }

    /// The chain of `partOf` parents of an entry, nearest first, without allocating: the
    /// decision rules ask it for every pair of records of an article.
    pub fn ancestors_of<'a>(&'a self, iri: &str) -> Ancestors<'a> {
        Ancestors { lexicon: self, next: self.get(iri).and_then(|e| e.part_of.as_deref()), seen: [""; MAX_DEPTH], len: 0 }
    }

    /// Whether `ancestor` is among the `partOf` parents of `iri`.
    pub fn is_part_of(&self, iri: &str, ancestor: &str) -> bool {
        self.ancestors_of(iri).any(|a| a == ancestor)
    }

    /// The state an entry belongs to: itself when it has no parent, else its top ancestor.
    pub fn state_of(&self, iri: &str) -> String {
        self.state_iri(iri).to_string()
    }

    /// The state a company is headquartered in, from the lexicon.
    pub fn home_state(&self, iri: &str) -> Option<String> {
        self.get(iri)?.headquartered_in.as_deref().map(|hq| self.state_of(hq))
    }

    /// [`Lexicon::state_of`], borrowed.
    pub fn state_iri<'a>(&'a self, iri: &'a str) -> &'a str {
        self.ancestors_of(iri).last().unwrap_or(iri)
    }
}

/// A partOf chain is cut after this many parents (or at a repeat): a user lexicon may
/// hold a cycle.
const MAX_DEPTH: usize = 9;

/// The `partOf` parents of an entry, nearest first ([`Lexicon::ancestors_of`]).
pub struct Ancestors<'a> {
    lexicon: &'a Lexicon,
    next: Option<&'a str>,
    seen: [&'a str; MAX_DEPTH],
    len: usize,
}

impl<'a> Iterator for Ancestors<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let p = self.next.take()?;
        if self.len == MAX_DEPTH || self.seen[..self.len].contains(&p) {
            return None;
        }
        self.seen[self.len] = p;
        self.len += 1;
        self.next = self.lexicon.get(p).and_then(|e| e.part_of.as_deref());
        Some(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_has_the_core_entities() {
        let lex = Lexicon::builtin();
        let nvidia = lex.get("https://chipgraph.dev/id/company/nvidia").expect("nvidia");
        assert_eq!(nvidia.name, "Nvidia");
        assert!(nvidia.designs.iter().any(|c| c.ends_with("/chip/h200")));
        let bis = lex.entries.iter().find(|e| e.alt_labels.iter().any(|a| a == "BIS")).expect("BIS");
        assert!(lex.state_of(&bis.iri).ends_with("/government/united-states"));
    }

    #[test]
    fn user_lexicon_adds_labels_and_entries() {
        let mut lex = Lexicon::builtin();
        let n = lex.len();
        lex.add_turtle("mine.ttl", r#"
            @prefix cg: <https://chipgraph.dev/ontology#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://chipgraph.dev/id/company/acme-chips> a cg:Company ; skos:prefLabel "Acme Chips" .
            <https://chipgraph.dev/id/company/nvidia> skos:altLabel "Team Green" .
        "#).unwrap();
        assert_eq!(lex.len(), n + 1);
        assert!(lex.get("https://chipgraph.dev/id/company/nvidia").unwrap().alt_labels.contains(&"Team Green".to_string()));
        assert!(lex.add_turtle("bad.ttl", "this is not turtle").is_err());
    }

    #[test]
    fn a_partof_cycle_in_a_user_lexicon_ends_the_chain() {
        let mut lex = Lexicon::default();
        lex.add_turtle("cycle.ttl", r#"
            @prefix cg: <https://chipgraph.dev/ontology#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <urn:a> a cg:Government ; skos:prefLabel "A" ; cg:partOf <urn:b> .
            <urn:b> a cg:Government ; skos:prefLabel "B" ; cg:partOf <urn:c> .
            <urn:c> a cg:Government ; skos:prefLabel "C" ; cg:partOf <urn:a> .
            <urn:d> a cg:Government ; skos:prefLabel "D" ; cg:partOf <urn:c> .
        "#).unwrap();
        assert_eq!(lex.ancestors("urn:d"), ["urn:c", "urn:a", "urn:b"]);
        assert_eq!(lex.ancestors("urn:a"), ["urn:b", "urn:c", "urn:a"]);
        assert_eq!(lex.state_of("urn:d"), "urn:b");
        assert!(lex.is_part_of("urn:d", "urn:a") && !lex.is_part_of("urn:a", "urn:d"));
        assert_eq!(lex.state_of("urn:nowhere"), "urn:nowhere");
    }
}
