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
use std::collections::{HashMap, HashSet};

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

impl ViewFilter {
    /// Whether facts from this article pass the source filter.
    fn source_ok(&self, article: &str, url: &Option<String>) -> bool {
        match &self.source {
            None => true,
            Some(s) => article.contains(s.as_str()) || url.as_deref().is_some_and(|u| u.contains(s.as_str())),
        }
    }
}

/// The view: a directed graph plus an index from IRIs to nodes.
#[derive(Clone, Debug, Default)]
pub struct GraphView {
    pub graph: Graph<Node, Edge>,
    pub index: HashMap<String, NodeIndex>,
}

// The view's queries, each with a seeded variant: an extra pattern ties the rows to one
// entity, `?seed`, which `seeded` replaces by the entity's IRI (a constant the optimizer
// starts from; a bound variable made the relations query take 18 s instead of 0.02 s on a
// 31k-article store).

/// What the view keeps of a decision, inside its article graph (shared by the two decision
/// queries below, which differ only in how they reach the roles).
macro_rules! decision_facts {
    () => {
        r#"?d cg:modality ?modality ; a ?kind ; cg:confidence ?conf ; cg:evidence/cg:sentence ?sentence .
    OPTIONAL { ?d rdfs:label ?label }
    OPTIONAL { ?d cg:decisionDate ?date }
    OPTIONAL { ?article schema:datePublished ?published }
    OPTIONAL { ?article schema:url ?url }"#
    };
}

/// Every decision, each with every role filler.
const DECISIONS_RQ: &str = concat!(
    r#"
SELECT DISTINCT ?d ?kind ?label ?modality ?conf ?date ?published ?sentence ?article ?url ?role ?e ?elabel ?etype WHERE {
  GRAPH ?article {
    "#,
    decision_facts!(),
    r#"
    VALUES ?role { cg:agent cg:subject cg:object cg:target }
    ?d ?role ?e .
  }
  GRAPH <https://chipgraph.dev/graph/entities> { ?e rdfs:label ?elabel ; a ?etype . }
}"#
);

/// The decisions `?seed` plays a role in, each with every role filler: the same rows as
/// [`DECISIONS_RQ`] restricted to them. Roles and labels are looked up per decision
/// (OPTIONAL, then required by FILTER): as inner joins the optimizer scanned every role of
/// the store (Alibaba on a 31k-article store: 4.9 s and 487 MB → 1.1 s and 115 MB). The
/// full query must keep its own shape: in this one it takes minutes.
const SEED_DECISIONS_RQ: &str = concat!(
    r#"
SELECT DISTINCT ?d ?kind ?label ?modality ?conf ?date ?published ?sentence ?article ?url ?role ?e ?elabel ?etype WHERE {
  # The roles in their own group: its FILTER must drop a missing role before the label
  # lookup below, which would bind an unbound ?e to every entity.
  {
    GRAPH ?article {
    VALUES ?r0 { cg:agent cg:subject cg:object cg:target } ?d ?r0 ?seed .
    "#,
    decision_facts!(),
    r#"
    }
    VALUES ?role { cg:agent cg:subject cg:object cg:target }
    OPTIONAL { GRAPH ?article { ?d ?role ?e } }
    FILTER(BOUND(?e))
  }
  OPTIONAL { GRAPH <https://chipgraph.dev/graph/entities> { ?e rdfs:label ?elabel ; a ?etype . } }
  FILTER(BOUND(?etype))
}"#
);

/// The relations query, with an extra pattern inside the article graph.
macro_rules! relations_rq {
    ($extra:literal) => {
        concat!(
            r#"
SELECT DISTINCT ?s ?slabel ?stype ?p ?o ?olabel ?otype ?conf ?sentence ?article ?url WHERE {
  GRAPH ?article {
    "#,
            $extra,
            r#"
    ?r a cg:RelationAssertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
       cg:confidence ?conf ; cg:evidence/cg:sentence ?sentence .
    OPTIONAL { ?article schema:url ?url }
  }
  GRAPH <https://chipgraph.dev/graph/entities> { ?s rdfs:label ?slabel ; a ?stype . ?o rdfs:label ?olabel ; a ?otype . }
}"#
        )
    };
}

const RELATIONS_RQ: &str = relations_rq!("");
const SEED_SUBJECT_RELATIONS_RQ: &str = relations_rq!("?r rdf:subject ?seed .");
const SEED_OBJECT_RELATIONS_RQ: &str = relations_rq!("?r rdf:object ?seed .");

/// The `partOf` query (parts named in some article), with an extra pattern inside the
/// entities graph.
macro_rules! part_of_rq {
    ($extra:literal) => {
        concat!(
            r#"
SELECT DISTINCT ?s ?slabel ?stype ?o ?olabel ?otype WHERE {
  GRAPH <https://chipgraph.dev/graph/entities> { "#,
            $extra,
            r#" ?s cg:partOf ?o ; rdfs:label ?slabel ; a ?stype . }
  FILTER EXISTS { GRAPH ?article { ?article cg:mentions ?s } }
  ?o a ?otype .
  OPTIONAL { ?o skos:prefLabel ?opref }
  OPTIONAL { ?o rdfs:label ?orl }
  BIND (COALESCE(?opref, ?orl, STR(?o)) AS ?olabel)
}"#
        )
    };
}

const PART_OF_RQ: &str = part_of_rq!("");
/// The body `?seed` is part of.
const SEED_WHOLE_RQ: &str = part_of_rq!("VALUES ?s { ?seed }");
/// The parts of `?seed`.
const SEED_PARTS_RQ: &str = part_of_rq!("VALUES ?o { ?seed }");

/// How many statements point at `?seed`.
const SEED_SIZE_RQ: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?x ?p ?seed } }";

/// A seeded query for one entity: `?seed` written as the entity's IRI (see
/// [`crate::query::with_iri`]).
fn seeded(query: &str, seed: &str) -> Result<String> {
    crate::query::with_iri(query, "seed", seed)
}

/// A breadth-first walk over the store that loads the view one entity at a time.
struct Walk<'s> {
    store: &'s ChipStore,
    filter: &'s ViewFilter,
    view: GraphView,
    /// Entities whose decisions and relations are in the view.
    facts_loaded: HashSet<String>,
    /// Entities with all their edges in the view (facts and `partOf` both ways).
    expanded: HashSet<String>,
    /// Statements pointing at each entity counted so far.
    sizes: HashMap<String, usize>,
}

impl<'s> Walk<'s> {
    fn new(store: &'s ChipStore, filter: &'s ViewFilter) -> Self {
        Walk { store, filter, view: GraphView::default(), facts_loaded: HashSet::new(), expanded: HashSet::new(), sizes: HashMap::new() }
    }

    /// Loads until every entity closer than `radius` to `seed` is expanded: then the view
    /// holds every node within `radius` hops, at its true distance. (A decision node comes
    /// with all its role edges, so only entities need expanding.)
    fn grow(&mut self, seed: &str, radius: usize) -> Result<()> {
        if radius == 0 {
            return Ok(());
        }
        if !self.expanded.contains(seed) {
            self.expand(seed)?;
        }
        loop {
            let Some(start) = self.view.find(seed) else { return Ok(()) };
            let todo: Vec<String> = algo::neighborhood(petgraph::visit::UndirectedAdaptor(&self.view.graph), start, radius.saturating_sub(1))
                .into_iter()
                .map(|(n, _)| &self.view.graph[n])
                .filter(|n| matches!(n.data, NodeData::Entity { .. }) && !self.expanded.contains(&n.iri))
                .map(|n| n.iri.clone())
                .collect();
            if todo.is_empty() {
                return Ok(());
            }
            for iri in todo {
                self.expand(&iri)?;
            }
        }
    }

    /// The cost of growing the walk from `seed` past `radius`: the size in the store of the
    /// entities at exactly `radius` hops that wait to be expanded (at radius 0, the seed).
    fn frontier(&mut self, seed: &str, radius: usize) -> Result<usize> {
        let waiting: Vec<String> = match self.view.find(seed) {
            None if radius == 0 => vec![seed.to_string()],
            None => return Ok(0),
            Some(start) => algo::neighborhood(petgraph::visit::UndirectedAdaptor(&self.view.graph), start, radius)
                .into_iter()
                .filter(|&(n, d)| d == radius && matches!(self.view.graph[n].data, NodeData::Entity { .. }) && !self.expanded.contains(&self.view.graph[n].iri))
                .map(|(n, _)| self.view.graph[n].iri.clone())
                .collect(),
        };
        let mut cost = 0;
        for iri in waiting {
            cost += self.size(&iri)?;
        }
        Ok(cost)
    }

    /// How many statements of the store point at an entity (its roles, relations and
    /// mentions): what expanding it costs. Counted once per entity.
    fn size(&mut self, iri: &str) -> Result<usize> {
        if let Some(&n) = self.sizes.get(iri) {
            return Ok(n);
        }
        let t = Table::from_results(self.store.query(&seeded(SEED_SIZE_RQ, iri)?, &[])?)?;
        let n = t.rows.first().and_then(|r| lit(&r[0])).and_then(|c| c.parse().ok()).unwrap_or(0);
        self.sizes.insert(iri.to_string(), n);
        Ok(n)
    }

    fn load_facts(&mut self, iri: &str) -> Result<()> {
        if !self.facts_loaded.insert(iri.to_string()) {
            return Ok(());
        }
        self.view.add_decisions(&Table::from_results(self.store.query(&seeded(SEED_DECISIONS_RQ, iri)?, &[])?)?, self.filter);
        for q in [SEED_SUBJECT_RELATIONS_RQ, SEED_OBJECT_RELATIONS_RQ] {
            self.view.add_relations(&Table::from_results(self.store.query(&seeded(q, iri)?, &[])?)?, self.filter);
        }
        Ok(())
    }

    /// Loads every edge of an entity: its facts, the body it is part of, and its parts that
    /// take part in facts of their own.
    fn expand(&mut self, iri: &str) -> Result<()> {
        self.expanded.insert(iri.to_string());
        self.load_facts(iri)?;
        self.view.add_part_of(&Table::from_results(self.store.query(&seeded(SEED_WHOLE_RQ, iri)?, &[])?)?);
        let parts = Table::from_results(self.store.query(&seeded(SEED_PARTS_RQ, iri)?, &[])?)?;
        let c = parts.header.iter().position(|h| h == "s").expect("column");
        for row in &parts.rows {
            if let Some(part) = lit(&row[c]) {
                self.load_facts(&part)?;
            }
        }
        self.view.add_part_of(&parts);
        Ok(())
    }
}

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
    /// Cost: three SPARQL queries over the store, linear in the facts they return: the
    /// whole store in memory. Questions about one entity's surroundings load only those
    /// ([`GraphView::around`], [`GraphView::between`]).
    pub fn from_store(store: &ChipStore, filter: &ViewFilter) -> Result<GraphView> {
        let mut v = GraphView::default();
        v.add_decisions(&Table::from_results(store.query(DECISIONS_RQ, &[])?)?, filter);
        v.add_relations(&Table::from_results(store.query(RELATIONS_RQ, &[])?)?, filter);
        v.add_part_of(&Table::from_results(store.query(PART_OF_RQ, &[])?)?);
        Ok(v)
    }

    /// The view within `radius` hops of the entity `seed` (edges in either direction), loaded
    /// from the store by a breadth-first walk instead of whole: the same nodes at the same
    /// distances as [`GraphView::from_store`] would give, plus some beyond `radius`.
    ///
    /// Cost: a few indexed queries per entity closer than `radius`; an entity that takes
    /// part in many facts (a state, a large vendor) costs in proportion.
    pub fn around(store: &ChipStore, filter: &ViewFilter, seed: &str, radius: usize) -> Result<GraphView> {
        let mut walk = Walk::new(store, filter);
        walk.grow(seed, radius)?;
        Ok(walk.view)
    }

    /// A view holding every path of at most `max_hops` between the entities `a` and `b`
    /// that [`GraphView::from_store`] holds, grown from both ends; with `all_paths` false it
    /// stops as soon as it holds a path that is provably a shortest one.
    ///
    /// Both walks grow one hop at a time, the one with the smaller frontier first. When the
    /// walk from `a` has reached radius `ra` and that from `b` radius `rb`, every path of at
    /// most `ra + rb` hops lies in the view: each of its edges touches a node closer than
    /// `ra` to `a` or closer than `rb` to `b`, and such nodes have all their edges loaded.
    pub fn between(store: &ChipStore, filter: &ViewFilter, a: &str, b: &str, max_hops: usize, all_paths: bool) -> Result<GraphView> {
        let mut walk = Walk::new(store, filter);
        let (mut ra, mut rb) = (0, 0);
        walk.grow(a, 0)?;
        walk.grow(b, 0)?;
        while ra + rb < max_hops {
            if !all_paths {
                if let (Some(x), Some(y)) = (walk.view.find(a), walk.view.find(b)) {
                    // A path of `ra + rb + 1` hops is a shortest one: any shorter path would
                    // lie wholly in the view.
                    if algo::shortest_path(petgraph::visit::UndirectedAdaptor(&walk.view.graph), x, y, ra + rb + 1).is_some() {
                        break;
                    }
                }
            }
            if walk.frontier(a, ra)? <= walk.frontier(b, rb)? {
                ra += 1;
                walk.grow(a, ra)?;
            } else {
                rb += 1;
                walk.grow(b, rb)?;
            }
        }
        // An end never grown is loaded all the same: "no path within max_hops" and "takes
        // part in no fact" are different answers.
        for (seed, r) in [(a, ra), (b, rb)] {
            if r == 0 {
                walk.grow(seed, 1)?;
            }
        }
        Ok(walk.view)
    }

    /// Adds the decisions of a [`DECISIONS_RQ`]-shaped table that pass `filter`, with an
    /// edge to each role filler.
    fn add_decisions(&mut self, t: &Table, filter: &ViewFilter) {
        let v = self;
        let modalities = if filter.modalities.is_empty() { vec![Modality::Asserted, Modality::Reported] } else { filter.modalities.clone() };
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
            if !modalities.contains(&modality) || conf < filter.min_confidence || !filter.source_ok(&article, &url) {
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
            let predicate = lit(&row[crole]).unwrap_or_default();
            // A decision reached from two of its fillers comes in twice: one edge per role.
            if v.graph.edges_connecting(dn, en).any(|e| e.weight().predicate == predicate) {
                continue;
            }
            v.graph.add_edge(dn, en, Edge { kind: EdgeKind::Role(role), predicate, confidence: conf, evidence: lit(&row[csent]), source: Some(url.clone().unwrap_or(article.clone())) });
        }
    }

    /// Adds the relations of a [`RELATIONS_RQ`]-shaped table that pass `filter`, one edge
    /// per (subject, predicate, object).
    fn add_relations(&mut self, t: &Table, filter: &ViewFilter) {
        let v = self;
        let col = |name: &str| t.header.iter().position(|h| h == name).expect("column");
        for row in &t.rows {
            let (Some(st), Some(ot)) = (lit(&row[col("stype")]).and_then(|k| EntityKind::from_class(&k)), lit(&row[col("otype")]).and_then(|k| EntityKind::from_class(&k))) else { continue };
            let Some(pred) = lit(&row[col("p")]).and_then(|p| RelationKind::from_property(&p)) else { continue };
            let conf: f64 = lit(&row[col("conf")]).and_then(|c| c.parse().ok()).unwrap_or(0.0);
            let article = lit(&row[col("article")]).unwrap_or_default();
            let url = lit(&row[col("url")]);
            if conf < filter.min_confidence || !filter.source_ok(&article, &url) {
                continue;
            }
            let s = v.entity(&lit(&row[col("s")]).unwrap_or_default(), lit(&row[col("slabel")]).unwrap_or_default(), st);
            let o = v.entity(&lit(&row[col("o")]).unwrap_or_default(), lit(&row[col("olabel")]).unwrap_or_default(), ot);
            let exists = v.graph.edges_connecting(s, o).any(|e| e.weight().kind == EdgeKind::Relation(pred));
            if !exists {
                v.graph.add_edge(s, o, Edge { kind: EdgeKind::Relation(pred), predicate: pred.property().as_str().to_string(), confidence: conf, evidence: lit(&row[col("sentence")]), source: Some(url.unwrap_or(article)) });
            }
        }
    }

    /// Adds the `partOf` links of a [`PART_OF_RQ`]-shaped table whose part is in the view.
    fn add_part_of(&mut self, t: &Table) {
        let v = self;
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
