//! An article and its extraction as RDF quads, all in the article's named graph.
//!
//! ```text
//! <article> a cg:Article ; dcterms:title ; schema:url ; schema:datePublished ;
//!           prov:generatedAtTime ; cg:contentHash ; cg:graphHash ; cg:mentions <entity> …
//! <entity>  a cg:Company ; rdfs:label "Nvidia" ; cg:alias "NVIDIA Corp" ; cg:partOf … ; owl:sameAs …
//! <decision> a cg:PurchaseAuthorization ; cg:agent ; cg:subject ; cg:object ; cg:target ;
//!           cg:decisionDate ; cg:dateText ; cg:modality ; cg:confidence ; cg:amount ; cg:evidence <ev>
//! <ev>      a cg:Evidence ; cg:sentence ; cg:startOffset ; cg:endOffset ; cg:sourceDocument <article>
//! <company> cg:designs <chip>            # the relation itself, queryable directly
//! <rel>     a cg:RelationAssertion ; rdf:subject ; rdf:predicate ; rdf:object ; cg:evidence <ev>
//! ```

use super::iri::{document_iri, node_iri};
use super::vocab::*;
use crate::dates::DateValue;
use crate::extract::{Decision, Evidence, Extraction};
use crate::ingest::Document;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term};
use std::collections::HashSet;

/// The IRI (and graph name) of a document.
pub fn document_node(doc: &Document) -> NamedNode {
    document_iri(doc.url.as_deref(), &doc.content_hash)
}

fn nn(iri: &str) -> Option<NamedNode> {
    NamedNode::new(iri).ok()
}

/// A date literal at the precision the text gave: xsd:date, xsd:gYearMonth or xsd:gYear.
pub fn date_literal(d: DateValue) -> Literal {
    let xsd = "http://www.w3.org/2001/XMLSchema#";
    match d {
        DateValue::Day(_) => Literal::new_typed_literal(d.to_string(), XSD_DATE),
        DateValue::Month(..) => Literal::new_typed_literal(d.to_string(), NamedNode::new_unchecked(format!("{xsd}gYearMonth"))),
        DateValue::Year(..) => Literal::new_typed_literal(d.to_string(), NamedNode::new_unchecked(format!("{xsd}gYear"))),
    }
}

struct Sink {
    graph: GraphName,
    doc: NamedNode,
    quads: Vec<Quad>,
    evidence: HashSet<NamedNode>,
}

impl Sink {
    fn add(&mut self, s: &NamedNode, p: NamedNodeRef, o: impl Into<Term>) {
        self.quads.push(Quad::new(s.clone(), p, o, self.graph.clone()));
    }

    /// A fact about an entity itself (type, label, parent, links): it goes to the shared
    /// entities graph, once, whatever the number of articles that name the entity.
    fn entity_fact(&mut self, s: &NamedNode, p: NamedNodeRef, o: impl Into<Term>) {
        self.quads.push(Quad::new(s.clone(), p, o, ENTITIES_GRAPH));
    }

    /// The evidence node of a sentence, written once however many facts cite it.
    fn evidence(&mut self, ev: &Evidence) -> NamedNode {
        let node = node_iri("evidence", &self.doc, &format!("{}:{}", ev.start, ev.end));
        if self.evidence.insert(node.clone()) {
            self.add(&node, RDF_TYPE, EVIDENCE_CLASS);
            self.add(&node, SENTENCE, Literal::new_simple_literal(&ev.sentence));
            self.add(&node, START_OFFSET, Literal::new_typed_literal(ev.start.to_string(), XSD_INTEGER));
            self.add(&node, END_OFFSET, Literal::new_typed_literal(ev.end.to_string(), XSD_INTEGER));
            let doc = self.doc.clone();
            self.add(&node, SOURCE_DOCUMENT, doc);
        }
        node
    }
}

/// All quads of one article: its provenance, entities, decisions (with the hedged ones,
/// whose modality says so) and relations, in the article's graph; and the facts about the
/// entities themselves (type, label, `partOf`, `sameAs`) in the shared entities graph, so
/// that the union of all graphs holds each of them once. `ingested_at` is RFC 3339.
///
/// The last quad is the article's `cg:graphHash`: the digest of all the others but the
/// ingestion time, so that the store can tell an article it already holds as it is
/// ([`graph_hash_quad`]).
pub fn to_quads(doc: &Document, ex: &Extraction, ingested_at: &str) -> Vec<Quad> {
    let doc_node = document_node(doc);
    let mut k = Sink {
        graph: GraphName::NamedNode(doc_node.clone()),
        doc: doc_node.clone(),
        quads: Vec::with_capacity(64 + ex.decisions.len() * 16),
        evidence: HashSet::new(),
    };
    k.add(&doc_node, RDF_TYPE, ARTICLE);
    if let Some(t) = &doc.title {
        k.add(&doc_node, DCT_TITLE, Literal::new_simple_literal(t));
    }
    if let Some(u) = &doc.url {
        k.add(&doc_node, SCHEMA_URL, Literal::new_simple_literal(u));
    }
    if let Some(d) = doc.date {
        k.add(&doc_node, SCHEMA_DATE_PUBLISHED, Literal::new_typed_literal(d.to_string(), XSD_DATE));
    }
    k.add(&doc_node, PROV_GENERATED_AT_TIME, Literal::new_typed_literal(ingested_at, XSD_DATE_TIME));
    k.add(&doc_node, CONTENT_HASH, Literal::new_simple_literal(&doc.content_hash));

    let mut typed = HashSet::new();
    for e in &ex.entities {
        let Some(node) = nn(&e.iri) else { continue };
        typed.insert(e.iri.clone());
        k.entity_fact(&node, RDF_TYPE, e.kind.class());
        k.entity_fact(&node, RDFS_LABEL, Literal::new_simple_literal(&e.name));
        if let Some(p) = e.part_of_iri.as_deref().and_then(nn) {
            k.entity_fact(&node, PART_OF, p);
        }
        for s in e.same_as.iter().filter_map(|s| nn(s)) {
            k.entity_fact(&node, OWL_SAME_AS, s);
        }
        // How this article names it is the article's.
        for a in &e.aliases {
            k.add(&node, ALIAS, Literal::new_simple_literal(a));
        }
        k.add(&doc_node, MENTIONS, node);
    }

    for d in ex.decisions.iter().chain(&ex.hedged) {
        decision_quads(&mut k, &doc_node, d);
    }
    for r in &ex.relations {
        let (Some(s), Some(o)) = (nn(&r.subject.iri), nn(&r.object.iri)) else { continue };
        let p = r.predicate.property();
        k.add(&s, p, o.clone());
        if typed.insert(r.object.iri.clone()) {
            // A place named only in a relation ("California-based"): give it a type and a label.
            k.entity_fact(&o, RDF_TYPE, GOVERNMENT);
            k.entity_fact(&o, RDFS_LABEL, Literal::new_simple_literal(&r.object.name));
        }
        let node = node_iri("relation", &doc_node, &format!("{}|{}|{}", r.subject.iri, p.as_str(), r.object.iri));
        k.add(&node, RDF_TYPE, RELATION_ASSERTION);
        k.add(&node, RDF_SUBJECT, s);
        k.add(&node, RDF_PREDICATE, p.into_owned());
        k.add(&node, RDF_OBJECT, o);
        k.add(&node, CONFIDENCE, Literal::from(f64::from(r.confidence)));
        let ev = k.evidence(&r.evidence);
        k.add(&node, EVIDENCE, ev);
    }
    let digest = {
        use sha2::{Digest, Sha256};
        use std::fmt::Write;
        // The quads as N-Quads lines, written to one buffer and hashed at once: many small
        // writes into the hasher cost more than the hashing.
        let mut text = String::with_capacity(k.quads.len() * 160);
        for q in k.quads.iter().filter(|q| q.predicate != PROV_GENERATED_AT_TIME) {
            writeln!(text, "{q}").expect("writing to a string");
        }
        super::iri::hex(&Sha256::digest(text.as_bytes()))
    };
    k.add(&doc_node, GRAPH_HASH, Literal::new_simple_literal(digest));
    k.quads
}

/// The `cg:graphHash` quad of an article's quads, as [`to_quads`] wrote it.
pub fn graph_hash_quad(quads: &[Quad]) -> Option<&Quad> {
    quads.last().filter(|q| q.predicate == GRAPH_HASH)
}

fn decision_quads(k: &mut Sink, doc: &NamedNode, d: &Decision) {
    let key = format!("{:?}|{}", d.key(), d.modality);
    let node = node_iri("decision", doc, &key);
    k.add(&node, RDF_TYPE, d.kind.class());
    // "China: PurchaseAuthorization H200 → Alibaba".
    let name = |r: &Option<crate::extract::Role>| r.as_ref().map(|r| r.name.clone());
    let mut label = format!("{}: {}", name(&d.agent).unwrap_or_else(|| "?".into()), d.kind);
    for part in [name(&d.subject).filter(|_| d.object.is_none()), name(&d.object)].into_iter().flatten() {
        label.push(' ');
        label.push_str(&part);
    }
    if let Some(t) = name(&d.target) {
        label.push_str(&format!(" → {t}"));
    }
    k.add(&node, RDFS_LABEL, Literal::new_simple_literal(label));
    for (p, r) in [(AGENT, &d.agent), (SUBJECT, &d.subject), (OBJECT, &d.object), (TARGET, &d.target)] {
        if let Some(n) = r.as_ref().and_then(|r| nn(&r.iri)) {
            k.add(&node, p, n);
        }
    }
    if let Some(date) = d.date {
        k.add(&node, DECISION_DATE, date_literal(date));
    }
    if let Some(t) = &d.date_text {
        k.add(&node, DATE_TEXT, Literal::new_simple_literal(t));
    }
    k.add(&node, MODALITY, Literal::new_simple_literal(d.modality.as_str()));
    k.add(&node, CONFIDENCE, Literal::from(f64::from(d.confidence)));
    if let Some(a) = &d.amount {
        k.add(&node, AMOUNT, Literal::new_simple_literal(a));
    }
    let ev = k.evidence(&d.evidence);
    k.add(&node, EVIDENCE, ev);
}
