//! The petgraph view of the store, for questions about paths and neighbourhoods and for
//! drawing.
//!
//! Entities and decisions are nodes; decisions link to their agent, subject, object and
//! target by role-labelled edges; company relations and `partOf` are edges between entities.
//! Every node and edge keeps its RDF IRI, and facts keep their evidence and source, so an
//! answer can always cite the sentence behind it. The view is rebuilt from the store on
//! demand (filtered by date, source, confidence, modality); it is not stored.

pub mod algo;

use crate::dates::DateValue;
use crate::error::Result;
use crate::model::{DecisionKind, EntityKind, Modality, RelationKind};
use crate::query::{short, Table};
use crate::store::ChipStore;
use oxigraph::model::Term;
use petgraph::graph::{Graph, NodeIndex};
use serde::Serialize;
use std::collections::HashMap;

/// What a node stands for.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "node", rename_all = "lowercase")]
pub enum NodeData {
    Entity { kind: EntityKind },
    Decision {
        kind: DecisionKind,
        modality: Modality,
        date: Option<String>,
        confidence: f64,
        evidence: String,
        source: String,
    },
}

/// A node of the view.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Node {
    pub iri: String,
    pub label: String,
    #[serde(flatten)]
    pub data: NodeData,
}

impl Node {
    /// The entity kind, for entity nodes.
    pub fn entity_kind(&self) -> Option<EntityKind> {
        match self.data {
            NodeData::Entity { kind } => Some(kind),
            _ => None,
        }
    }
}

/// What an edge says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// From a decision to its agent, subject, object or target.
    Role(String),
    Relation(RelationKind),
    PartOf,
}

impl EdgeKind {
    /// A short label ("agent", "designs", "part_of").
    pub fn label(&self) -> String {
        match self {
            EdgeKind::Role(r) => r.clone(),
            EdgeKind::Relation(r) => r.as_str().to_string(),
            EdgeKind::PartOf => "part_of".to_string(),
        }
    }
}

/// An edge of the view.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Edge {
    #[serde(flatten)]
    pub kind: EdgeKind,
    /// The RDF predicate IRI.
    pub predicate: String,
    pub confidence: f64,
    pub evidence: Option<String>,
    pub source: Option<String>,
}

/// Which facts the view holds.
#[derive(Clone, Debug, Default)]
pub struct ViewFilter {
    /// Decisions dated (or published) on or after this date.
    pub since: Option<jiff::civil::Date>,
    /// … and on or before this one.
    pub until: Option<jiff::civil::Date>,
    /// Only facts from articles whose IRI or URL contains this text.
    pub source: Option<String>,
    /// Only facts at least this confident.
    pub min_confidence: f64,
    /// Only decisions of these modalities (empty: asserted and reported).
    pub modalities: Vec<Modality>,
}

/// The view: a directed graph plus an index from IRIs to nodes.
#[derive(Clone, Debug, Default)]
pub struct GraphView {
    pub graph: Graph<Node, Edge>,
    pub index: HashMap<String, NodeIndex>,
}

const DECISIONS_RQ: &str = r#"
SELECT DISTINCT ?d ?kind ?label ?modality ?conf ?date ?published ?sentence ?article ?url ?role ?e ?elabel ?etype WHERE {
  GRAPH ?article {
    ?d cg:modality ?modality ; a ?kind ; cg:confidence ?conf ; cg:evidence/cg:sentence ?sentence .
    OPTIONAL { ?d rdfs:label ?label }
    OPTIONAL { ?d cg:decisionDate ?date }
    OPTIONAL { ?article schema:datePublished ?published }
    OPTIONAL { ?article schema:url ?url }
    VALUES ?role { cg:agent cg:subject cg:object cg:target }
    ?d ?role ?e .
  }
  GRAPH <https://chipgraph.dev/graph/entities> { ?e rdfs:label ?elabel ; a ?etype . }
}"#;

const RELATIONS_RQ: &str = r#"
SELECT DISTINCT ?s ?slabel ?stype ?p ?o ?olabel ?otype ?conf ?sentence ?article ?url WHERE {
  GRAPH ?article {
    ?r a cg:RelationAssertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
       cg:confidence ?conf ; cg:evidence/cg:sentence ?sentence .
    OPTIONAL { ?article schema:url ?url }
  }
  GRAPH <https://chipgraph.dev/graph/entities> { ?s rdfs:label ?slabel ; a ?stype . ?o rdfs:label ?olabel ; a ?otype . }
}"#;

const PART_OF_RQ: &str = r#"
SELECT DISTINCT ?s ?slabel ?stype ?o ?olabel ?otype WHERE {
  GRAPH ?article { ?article a cg:Article ; cg:mentions ?s . }
  GRAPH <https://chipgraph.dev/graph/entities> { ?s cg:partOf ?o ; rdfs:label ?slabel ; a ?stype . }
  ?o a ?otype .
  OPTIONAL { ?o skos:prefLabel ?opref }
  OPTIONAL { ?o rdfs:label ?orl }
  BIND (COALESCE(?opref, ?orl, STR(?o)) AS ?olabel)
}"#;

fn lit(t: &Option<Term>) -> Option<String> {
    match t {
        Some(Term::Literal(l)) => Some(l.value().to_string()),
        Some(Term::NamedNode(n)) => Some(n.as_str().to_string()),
        _ => None,
    }
}

impl GraphView {
    /// Builds the view from every article graph of the store that passes `filter`.
    ///
    /// Cost: three SPARQL queries over the store, linear in the facts they return.
    pub fn from_store(store: &ChipStore, filter: &ViewFilter) -> Result<GraphView> {
        let mut v = GraphView::default();
        let modalities = if filter.modalities.is_empty() { vec![Modality::Asserted, Modality::Reported] } else { filter.modalities.clone() };
        let source_ok = |article: &str, url: &Option<String>| match &filter.source {
            None => true,
            Some(s) => article.contains(s.as_str()) || url.as_deref().is_some_and(|u| u.contains(s.as_str())),
        };
        let t = Table::from_results(store.query(DECISIONS_RQ, &[])?)?;
        let col = |name: &str| t.header.iter().position(|h| h == name).expect("column");
        let (cd, ckind, clabel, cmod, cconf, cdate, cpub, csent, cart, curl, crole, ce, celabel, cetype) = (
            col("d"), col("kind"), col("label"), col("modality"), col("conf"), col("date"), col("published"), col("sentence"), col("article"), col("url"), col("role"), col("e"), col("elabel"), col("etype"),
        );
        for row in &t.rows {
            let Some(kind) = lit(&row[ckind]).and_then(|k| DecisionKind::from_class(&k)) else { continue };
            let Some(etype) = lit(&row[cetype]).and_then(|k| EntityKind::from_class(&k)) else { continue };
            let Some(modality) = lit(&row[cmod]).and_then(|m| Modality::parse(&m)) else { continue };
            let conf: f64 = lit(&row[cconf]).and_then(|c| c.parse().ok()).unwrap_or(0.0);
            let article = lit(&row[cart]).unwrap_or_default();
            let url = lit(&row[curl]);
            let date = lit(&row[cdate]).or(lit(&row[cpub]));
            if !modalities.contains(&modality) || conf < filter.min_confidence || !source_ok(&article, &url) {
                continue;
            }
            if filter.since.is_some() || filter.until.is_some() {
                let Some(d) = date.as_deref().and_then(DateValue::parse_iso) else { continue };
                if filter.since.is_some_and(|s| d.start() < s) || filter.until.is_some_and(|u| d.start() > u) {
                    continue;
                }
            }
            let d_iri = lit(&row[cd]).unwrap_or_default();
            let dn = v.node(&d_iri, || Node {
                iri: d_iri.clone(),
                label: lit(&row[clabel]).unwrap_or_else(|| kind.to_string()),
                data: NodeData::Decision { kind, modality, date: date.clone(), confidence: conf, evidence: lit(&row[csent]).unwrap_or_default(), source: url.clone().unwrap_or(article.clone()) },
            });
            let e_iri = lit(&row[ce]).unwrap_or_default();
            let en = v.entity(&e_iri, lit(&row[celabel]).unwrap_or_default(), etype);
            let role = row[crole].as_ref().map(short).unwrap_or_default().trim_start_matches("cg:").to_string();
            v.graph.add_edge(dn, en, Edge {
                kind: EdgeKind::Role(role),
                predicate: lit(&row[crole]).unwrap_or_default(),
                confidence: conf,
                evidence: lit(&row[csent]),
                source: Some(url.clone().unwrap_or(article.clone())),
            });
        }
        let t = Table::from_results(store.query(RELATIONS_RQ, &[])?)?;
        let col = |name: &str| t.header.iter().position(|h| h == name).expect("column");
        for row in &t.rows {
            let (Some(st), Some(ot)) = (lit(&row[col("stype")]).and_then(|k| EntityKind::from_class(&k)), lit(&row[col("otype")]).and_then(|k| EntityKind::from_class(&k))) else { continue };
            let Some(pred) = lit(&row[col("p")]).and_then(|p| RelationKind::from_property(&p)) else { continue };
            let conf: f64 = lit(&row[col("conf")]).and_then(|c| c.parse().ok()).unwrap_or(0.0);
            let article = lit(&row[col("article")]).unwrap_or_default();
            let url = lit(&row[col("url")]);
            if conf < filter.min_confidence || !source_ok(&article, &url) {
                continue;
            }
            let s = v.entity(&lit(&row[col("s")]).unwrap_or_default(), lit(&row[col("slabel")]).unwrap_or_default(), st);
            let o = v.entity(&lit(&row[col("o")]).unwrap_or_default(), lit(&row[col("olabel")]).unwrap_or_default(), ot);
            let exists = v.graph.edges_connecting(s, o).any(|e| e.weight().kind == EdgeKind::Relation(pred));
            if !exists {
                v.graph.add_edge(s, o, Edge { kind: EdgeKind::Relation(pred), predicate: pred.property().as_str().to_string(), confidence: conf, evidence: lit(&row[col("sentence")]), source: Some(url.unwrap_or(article)) });
            }
        }
        let t = Table::from_results(store.query(PART_OF_RQ, &[])?)?;
        let col = |name: &str| t.header.iter().position(|h| h == name).expect("column");
        for row in &t.rows {
            let (Some(st), Some(ot)) = (lit(&row[col("stype")]).and_then(|k| EntityKind::from_class(&k)), lit(&row[col("otype")]).and_then(|k| EntityKind::from_class(&k))) else { continue };
            let s_iri = lit(&row[col("s")]).unwrap_or_default();
            // partOf links only entities already in the view (kept by the filter).
            if !v.index.contains_key(&s_iri) {
                continue;
            }
            let s = v.entity(&s_iri, lit(&row[col("slabel")]).unwrap_or_default(), st);
            let o = v.entity(&lit(&row[col("o")]).unwrap_or_default(), lit(&row[col("olabel")]).unwrap_or_default(), ot);
            if !v.graph.edges_connecting(s, o).any(|e| e.weight().kind == EdgeKind::PartOf) {
                v.graph.add_edge(s, o, Edge { kind: EdgeKind::PartOf, predicate: crate::model::vocab::PART_OF.as_str().to_string(), confidence: 1.0, evidence: None, source: None });
            }
        }
        Ok(v)
    }

    fn node(&mut self, iri: &str, make: impl FnOnce() -> Node) -> NodeIndex {
        if let Some(&n) = self.index.get(iri) {
            return n;
        }
        let n = self.graph.add_node(make());
        self.index.insert(iri.to_string(), n);
        n
    }

    fn entity(&mut self, iri: &str, label: String, kind: EntityKind) -> NodeIndex {
        self.node(iri, || Node { iri: iri.to_string(), label, data: NodeData::Entity { kind } })
    }

    /// The node of an IRI.
    pub fn find(&self, iri: &str) -> Option<NodeIndex> {
        self.index.get(iri).copied()
    }

    /// The sub-view of the nodes within `depth` hops of `center` (edges in either direction).
    pub fn focus(&self, center: NodeIndex, depth: usize) -> GraphView {
        let mut keep = algo::neighborhood(petgraph::visit::UndirectedAdaptor(&self.graph), center, depth);
        keep.sort_by_key(|(n, _)| n.index());
        let mut v = GraphView::default();
        let mut map = HashMap::new();
        for &(n, _) in keep.iter() {
            let node = self.graph[n].clone();
            let m = v.graph.add_node(node.clone());
            v.index.insert(node.iri, m);
            map.insert(n, m);
        }
        for e in self.graph.edge_indices() {
            let (a, b) = self.graph.edge_endpoints(e).expect("edge");
            if let (Some(&x), Some(&y)) = (map.get(&a), map.get(&b)) {
                v.graph.add_edge(x, y, self.graph[e].clone());
            }
        }
        v
    }
}
