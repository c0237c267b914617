//! The neighbourhood loaders (`GraphView::around`, `GraphView::between`) answer exactly what
//! the whole view answers: the same nodes at the same distances, the same shortest-path
//! lengths, the same simple paths, the same most confident path, with and without filters.

use chipgraph::extract::Extractor;
use chipgraph::graph::{algo, GraphView, NodeData, ViewFilter};
use chipgraph::ingest::Sources;
use chipgraph::model::{rdf, Modality};
use chipgraph::store::ChipStore;
use petgraph::visit::{EdgeRef, UndirectedAdaptor};
use std::collections::BTreeSet;

/// The sample articles and the conformance inputs, extracted and stored in memory.
fn store() -> ChipStore {
    let store = ChipStore::in_memory().unwrap();
    store.load_ontology(&[]).unwrap();
    let ex = Extractor::builtin();
    let docs: Vec<_> = Sources::new(["examples/news", "tests/cases"]).filter_map(Result::ok).collect();
    assert!(docs.len() > 50, "articles to build a graph from");
    let graphs: Vec<_> = docs.iter().map(|d| (rdf::document_node(d), rdf::to_quads(d, &ex.extract(d), "2026-01-01T00:00:00Z"))).collect();
    store.replace_graphs(graphs.iter().map(|(g, q)| (g, q.as_slice()))).unwrap();
    store
}

fn entities(v: &GraphView) -> Vec<String> {
    let mut e: Vec<String> = v.graph.node_weights().filter(|n| matches!(n.data, NodeData::Entity { .. })).map(|n| n.iri.clone()).collect();
    e.sort();
    e
}

fn within(v: &GraphView, iri: &str, depth: usize) -> BTreeSet<(String, usize)> {
    let Some(x) = v.find(iri) else { return BTreeSet::new() };
    algo::neighborhood(UndirectedAdaptor(&v.graph), x, depth).into_iter().map(|(n, d)| (v.graph[n].iri.clone(), d)).collect()
}

fn hops(v: &GraphView, a: &str, b: &str, max: usize) -> Option<usize> {
    algo::shortest_path(UndirectedAdaptor(&v.graph), v.find(a)?, v.find(b)?, max).map(|p| p.len() - 1)
}

fn simple_paths(v: &GraphView, a: &str, b: &str, max: usize) -> BTreeSet<Vec<String>> {
    let (Some(x), Some(y)) = (v.find(a), v.find(b)) else { return BTreeSet::new() };
    algo::all_simple_paths(UndirectedAdaptor(&v.graph), x, y, max, usize::MAX).into_iter().map(|p| p.iter().map(|&n| v.graph[n].iri.clone()).collect()).collect()
}

/// The confidence of the most trustworthy path of at most `max` hops, to 1e-9.
fn trust(v: &GraphView, a: &str, b: &str, max: usize) -> Option<i64> {
    algo::most_confident_path_within(UndirectedAdaptor(&v.graph), v.find(a)?, v.find(b)?, max, |e| e.weight().confidence).map(|(c, _)| (c * 1e9).round() as i64)
}

#[test]
fn walks_answer_what_the_whole_view_answers() {
    let store = store();
    let filters = [
        ViewFilter::default(),
        ViewFilter { since: jiff::civil::Date::new(2025, 1, 1).ok(), min_confidence: 0.5, ..Default::default() },
        ViewFilter { modalities: vec![Modality::Planned, Modality::Speculative, Modality::Negated], ..Default::default() },
    ];
    for filter in &filters {
        let whole = GraphView::from_store(&store, filter).unwrap();
        let names = entities(&whole);
        assert!(names.len() > 20, "a graph worth walking: {} entities", names.len());
        for seed in &names {
            for depth in 1..=3 {
                let walked = GraphView::around(&store, filter, seed, depth).unwrap();
                assert_eq!(within(&walked, seed, depth), within(&whole, seed, depth), "neighbourhood of {seed} at depth {depth} ({filter:?})");
            }
        }
        // Every seventh pair: shortest paths and, up to four hops, every simple path.
        for (i, a) in names.iter().enumerate() {
            for b in names.iter().skip(i + 1).step_by(7) {
                let walked = GraphView::between(&store, filter, a, b, 6, false).unwrap();
                assert_eq!(hops(&walked, a, b, 6), hops(&whole, a, b, 6), "shortest path {a} – {b} ({filter:?})");
                let walked = GraphView::between(&store, filter, a, b, 4, true).unwrap();
                assert_eq!(simple_paths(&walked, a, b, 4), simple_paths(&whole, a, b, 4), "simple paths {a} – {b} ({filter:?})");
                assert_eq!(trust(&walked, a, b, 4), trust(&whole, a, b, 4), "most confident path {a} – {b} ({filter:?})");
            }
        }
    }
}

#[test]
fn a_walk_loads_the_neighbourhood_not_the_store() {
    let store = store();
    let whole = GraphView::from_store(&store, &ViewFilter::default()).unwrap();
    // A firm named in one article: its depth-2 walk holds a small part of the graph.
    let seed = "https://chipgraph.dev/id/company/tencent";
    let walked = GraphView::around(&store, &ViewFilter::default(), seed, 2).unwrap();
    assert!(walked.find(seed).is_some());
    assert!(walked.graph.node_count() * 2 < whole.graph.node_count(), "{} of {} nodes loaded", walked.graph.node_count(), whole.graph.node_count());
}
