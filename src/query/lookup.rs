//! Entity cards and timelines: every decision and relation an entity takes part in, with
//! source and evidence. The entity is bound as an IRI term or written by Oxigraph's IRI
//! serializer ([`super::with_iri`]); user text never enters a query.

use super::{resolve_one, short, EntityMatch, Table};
use crate::error::{Error, Result};
use crate::store::ChipStore;
use oxigraph::model::{NamedNode, Term};
use serde::Serialize;

/// One decision an entity takes part in.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DecisionFact {
    /// The entity's role: agent, subject, object or target.
    pub role: String,
    pub kind: String,
    pub date: String,
    pub modality: String,
    pub agent: String,
    pub subject: String,
    pub object: String,
    pub target: String,
    pub evidence: String,
    pub source: String,
    pub iri: String,
}

/// One relation an entity takes part in.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RelationFact {
    pub subject: String,
    pub predicate: String,
    pub object: String,
    pub evidence: String,
    pub source: String,
}

/// Everything the store knows about one entity.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Card {
    pub iri: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub aliases: Vec<String>,
    pub part_of: Vec<String>,
    pub same_as: Vec<String>,
    pub decisions: Vec<DecisionFact>,
    pub relations: Vec<RelationFact>,
    /// Decisions per role (agent, subject, object, target) and relations in the store, also
    /// when the lists above are cut ([`Card::keep`]).
    pub counts: Counts,
}

/// How many facts a card has in the store.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Counts {
    pub agent: usize,
    pub subject: usize,
    pub object: usize,
    pub target: usize,
    pub relations: usize,
}

impl Counts {
    /// The count of decisions in `role`.
    pub fn of_role(&self, role: &str) -> usize {
        match role {
            "agent" => self.agent,
            "subject" => self.subject,
            "object" => self.object,
            "target" => self.target,
            _ => 0,
        }
    }
}

impl Card {
    /// Keeps the newest `n` decisions of each role and the first `n` relations (0 keeps
    /// all); `counts` still tells how many there are.
    pub fn keep(&mut self, n: usize) {
        if n == 0 {
            return;
        }
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        self.decisions.retain(|d| {
            let k = seen.entry(d.role.clone()).or_default();
            *k += 1;
            *k <= n
        });
        self.relations.truncate(n);
    }
}

const DECISIONS_RQ: &str = r#"
SELECT DISTINCT ?e ?role ?d ?kind ?when ?modality ?agent ?subject ?object ?target ?sentence ?source WHERE {
  GRAPH ?article {
    VALUES ?role { cg:agent cg:subject cg:object cg:target }
    ?d ?role ?e ; a ?kind ; cg:modality ?modality ; cg:evidence/cg:sentence ?sentence .
    OPTIONAL { ?d cg:decisionDate ?date }
    OPTIONAL { ?article schema:url ?url }
    OPTIONAL { ?article schema:datePublished ?published }
  }
  # A role and its label in one OPTIONAL: an unbound role must not match every label.
  OPTIONAL { ?d cg:agent ?a . GRAPH <https://chipgraph.dev/graph/entities> { ?a rdfs:label ?agent } }
  OPTIONAL { ?d cg:subject ?s . GRAPH <https://chipgraph.dev/graph/entities> { ?s rdfs:label ?subject } }
  OPTIONAL { ?d cg:object ?o . GRAPH <https://chipgraph.dev/graph/entities> { ?o rdfs:label ?object } }
  OPTIONAL { ?d cg:target ?t . GRAPH <https://chipgraph.dev/graph/entities> { ?t rdfs:label ?target } }
  BIND (COALESCE(STR(?date), STR(?published), "") AS ?when)
  BIND (COALESCE(?url, STR(?article)) AS ?source)
}"#;

const RELATIONS_RQ: &str = r#"
SELECT DISTINCT ?slabel ?p ?olabel ?sentence ?source WHERE {
  GRAPH ?article {
    # The entity first: its assertions are found by index, not by scanning all of them.
    { ?r rdf:subject ?e } UNION { ?r rdf:object ?e }
    ?r a cg:RelationAssertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; cg:evidence/cg:sentence ?sentence .
    OPTIONAL { ?article schema:url ?url }
  }
  # Labels looked up per assertion (OPTIONAL, then FILTER): as a plain join the optimizer
  # started from the entities graph (45 s against 4.8 s over 31,542 articles).
  OPTIONAL { GRAPH <https://chipgraph.dev/graph/entities> { ?s rdfs:label ?slabel } }
  OPTIONAL { GRAPH <https://chipgraph.dev/graph/entities> { ?o rdfs:label ?olabel } }
  FILTER (BOUND(?slabel) && BOUND(?olabel))
  BIND (COALESCE(?url, STR(?article)) AS ?source)
}"#;

const INFO_RQ: &str = r#"
SELECT DISTINCT ?alias ?parent ?same WHERE {
  { ?e cg:alias|skos:altLabel|rdfs:label|skos:prefLabel ?alias }
  UNION { ?e cg:partOf ?p . OPTIONAL { ?p skos:prefLabel ?pp } OPTIONAL { ?p rdfs:label ?pl } BIND (COALESCE(?pp, ?pl, STR(?p)) AS ?parent) }
  UNION { ?e owl:sameAs ?same }
}"#;

fn bind(iri: &str) -> Result<Vec<(&'static str, Term)>> {
    Ok(vec![("e", NamedNode::new(iri).map_err(|e| Error::Query(e.to_string()))?.into())])
}

/// The decisions `iri` takes part in, newest first (undated last).
pub fn decisions_of(store: &ChipStore, iri: &str) -> Result<Vec<DecisionFact>> {
    let t = Table::from_results(store.query(DECISIONS_RQ, &bind(iri)?)?)?;
    let mut out: Vec<DecisionFact> = (0..t.rows.len())
        .map(|i| DecisionFact {
            role: t.cell(i, "role").trim_start_matches("cg:").to_string(),
            kind: t.cell(i, "kind").trim_start_matches("cg:").replace("OtherDecision", "Other"),
            date: t.cell(i, "when"),
            modality: t.cell(i, "modality"),
            agent: t.cell(i, "agent"),
            subject: t.cell(i, "subject"),
            object: t.cell(i, "object"),
            target: t.cell(i, "target"),
            evidence: t.cell(i, "sentence"),
            source: t.cell(i, "source"),
            iri: t.rows[i][t.header.iter().position(|h| h == "d").unwrap()].as_ref().map(|x| match x {
                Term::NamedNode(n) => n.as_str().to_string(),
                o => short(o),
            }).unwrap_or_default(),
        })
        .collect();
    out.sort_by(|a, b| b.date.cmp(&a.date).then(a.kind.cmp(&b.kind)).then(a.iri.cmp(&b.iri)));
    Ok(out)
}

/// The entity card of a name (resolved through labels and aliases).
pub fn card(store: &ChipStore, name: &str) -> Result<Card> {
    let EntityMatch { iri, label, kind } = resolve_one(store, name)?;
    // These two with the IRI written in: bound, the optimizer scanned every alias and
    // assertion (Alibaba's card on a 31k-article store: 7.2 s → see README).
    let info = Table::from_results(store.query(&super::with_iri(INFO_RQ, "e", &iri)?, &[])?)?;
    let mut aliases = Vec::new();
    let mut part_of = Vec::new();
    let mut same_as = Vec::new();
    for i in 0..info.rows.len() {
        let (a, p, s) = (info.cell(i, "alias"), info.cell(i, "parent"), info.cell(i, "same"));
        if !a.is_empty() && !a.eq_ignore_ascii_case(&label) && !aliases.iter().any(|x: &String| x.eq_ignore_ascii_case(&a)) {
            aliases.push(a);
        }
        if !p.is_empty() && !part_of.contains(&p) {
            part_of.push(p);
        }
        if !s.is_empty() {
            let full = info.rows[i][info.header.iter().position(|h| h == "same").unwrap()].as_ref().map(|t| match t {
                Term::NamedNode(n) => n.as_str().to_string(),
                o => short(o),
            });
            if let Some(f) = full {
                if !same_as.contains(&f) {
                    same_as.push(f);
                }
            }
        }
    }
    aliases.sort();
    let decisions = decisions_of(store, &iri)?;
    let rt = Table::from_results(store.query(&super::with_iri(RELATIONS_RQ, "e", &iri)?, &[])?)?;
    let relations = (0..rt.rows.len())
        .map(|i| RelationFact {
            subject: rt.cell(i, "slabel"),
            predicate: crate::model::RelationKind::from_property(&rt.rows[i][rt.header.iter().position(|h| h == "p").unwrap()].as_ref().map(|t| match t {
                Term::NamedNode(n) => n.as_str().to_string(),
                _ => String::new(),
            }).unwrap_or_default()).map(|r| r.as_str().to_string()).unwrap_or_else(|| rt.cell(i, "p")),
            object: rt.cell(i, "olabel"),
            evidence: rt.cell(i, "sentence"),
            source: rt.cell(i, "source"),
        })
        .collect::<Vec<RelationFact>>();
    let role = |r: &str| decisions.iter().filter(|d| d.role == r).count();
    let counts = Counts { agent: role("agent"), subject: role("subject"), object: role("object"), target: role("target"), relations: relations.len() };
    Ok(Card { iri, name: label, kind, aliases, part_of, same_as, decisions, relations, counts })
}

/// The decisions about an entity in date order (oldest first; undated last).
pub fn timeline(store: &ChipStore, name: &str) -> Result<(EntityMatch, Vec<DecisionFact>)> {
    let m = resolve_one(store, name)?;
    let mut d = decisions_of(store, &m.iri)?;
    // One row per decision even when the entity plays two roles in it.
    let mut seen = std::collections::HashSet::new();
    d.retain(|f| seen.insert(f.iri.clone()));
    d.sort_by(|a, b| (a.date.is_empty(), &a.date, &a.kind).cmp(&(b.date.is_empty(), &b.date, &b.kind)));
    Ok((m, d))
}
