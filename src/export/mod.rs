//! Export of the petgraph view: GraphViz DOT (and SVG/PNG through Graphviz's `dot`),
//! GraphML for Gephi and Cytoscape, and JSON nodes/edges for web viewers. RDF formats are
//! written by the store ([`ChipStore::dump`](crate::store::ChipStore::dump)).

pub mod dot;

use crate::error::{Error, Result};
use crate::graph::GraphView;
use std::io::Write;

/// Writes the view as GraphML (node and edge attributes: label, kind, iri, evidence).
pub fn graphml(view: &GraphView, out: &mut dyn Write) -> Result<()> {
    let io = |e: std::io::Error| Error::Output(e.to_string());
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#).map_err(io)?;
    writeln!(out, r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#).map_err(io)?;
    let keys = [
        ("label", "node", "label", "string"),
        ("kind", "node", "kind", "string"),
        ("iri", "node", "iri", "string"),
        ("evidence", "node", "evidence", "string"),
        ("elabel", "edge", "label", "string"),
        ("ekind", "edge", "predicate", "string"),
        ("eevidence", "edge", "evidence", "string"),
        ("confidence", "edge", "confidence", "double"),
    ];
    for (id, on, name, ty) in keys {
        writeln!(out, r#"  <key id="{id}" for="{on}" attr.name="{name}" attr.type="{ty}"/>"#).map_err(io)?;
    }
    writeln!(out, r#"  <graph id="chipgraph" edgedefault="directed">"#).map_err(io)?;
    for n in view.graph.node_indices() {
        let node = &view.graph[n];
        let (kind, evidence) = match &node.data {
            crate::graph::NodeData::Entity { kind } => (kind.to_string(), String::new()),
            crate::graph::NodeData::Decision { kind, evidence, .. } => (kind.to_string(), evidence.clone()),
        };
        writeln!(
            out,
            r#"    <node id="n{}"><data key="label">{}</data><data key="kind">{}</data><data key="iri">{}</data><data key="evidence">{}</data></node>"#,
            n.index(), xml(&node.label), xml(&kind), xml(&node.iri), xml(&evidence)
        )
        .map_err(io)?;
    }
    for e in view.graph.edge_indices() {
        let (a, b) = view.graph.edge_endpoints(e).expect("edge");
        let edge = &view.graph[e];
        writeln!(
            out,
            r#"    <edge source="n{}" target="n{}"><data key="elabel">{}</data><data key="ekind">{}</data><data key="eevidence">{}</data><data key="confidence">{}</data></edge>"#,
            a.index(), b.index(), xml(&edge.kind.label()), xml(&edge.predicate), xml(edge.evidence.as_deref().unwrap_or("")), edge.confidence
        )
        .map_err(io)?;
    }
    writeln!(out, "  </graph>\n</graphml>").map_err(io)
}

/// Writes the view as JSON: `{"nodes": [{id, iri, label, …}], "edges": [{source, target, …}]}`.
pub fn json(view: &GraphView, out: &mut dyn Write) -> Result<()> {
    let nodes: Vec<serde_json::Value> = view
        .graph
        .node_indices()
        .map(|n| {
            let mut v = serde_json::to_value(&view.graph[n]).unwrap_or_default();
            v["id"] = n.index().into();
            v
        })
        .collect();
    let edges: Vec<serde_json::Value> = view
        .graph
        .edge_indices()
        .map(|e| {
            let (a, b) = view.graph.edge_endpoints(e).expect("edge");
            let mut v = serde_json::to_value(&view.graph[e]).unwrap_or_default();
            v["source"] = a.index().into();
            v["target"] = b.index().into();
            v["label"] = view.graph[e].kind.label().into();
            v
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &serde_json::json!({ "nodes": nodes, "edges": edges })).map_err(|e| Error::Output(e.to_string()))?;
    writeln!(out).map_err(|e| Error::Output(e.to_string()))
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
