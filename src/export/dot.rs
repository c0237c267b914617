//! GraphViz DOT: nodes styled by type (shape and colour per class, with a legend), decisions
//! as small nodes linked to their roles by labelled edges, tooltips with the evidence.
//! `render` runs Graphviz's `dot` for SVG or PNG.

use crate::error::{Error, Result};
use crate::graph::{EdgeKind, GraphView, NodeData};
use crate::model::EntityKind;
use std::io::Write;
use std::process::{Command, Stdio};

fn style(kind: EntityKind) -> (&'static str, &'static str) {
    match kind {
        EntityKind::Company => ("box", "#cfe2ff"),
        EntityKind::Chip => ("hexagon", "#d1f2d1"),
        EntityKind::Government => ("house", "#ffe0b3"),
        EntityKind::Person => ("ellipse", "#f2d1f2"),
        EntityKind::Product => ("octagon", "#e8e8e8"),
        EntityKind::Media => ("note", "#ffffff"),
    }
}

/// Escapes a string for a double-quoted DOT attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn wrap(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for w in s.split_whitespace() {
        if line > 0 && line + w.len() > width {
            out.push_str("\\n");
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(&escape(w));
        line += w.len();
    }
    out
}

/// Writes the view as DOT.
pub fn write(view: &GraphView, out: &mut dyn Write) -> Result<()> {
    let io = |e: std::io::Error| Error::Output(e.to_string());
    writeln!(out, "digraph chipgraph {{").map_err(io)?;
    writeln!(out, "  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\", nodesep=0.3, ranksep=0.6];").map_err(io)?;
    writeln!(out, "  node [fontname=\"Helvetica\", fontsize=11, style=filled];\n  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];").map_err(io)?;
    for n in view.graph.node_indices() {
        let node = &view.graph[n];
        match &node.data {
            NodeData::Entity { kind } => {
                let (shape, color) = style(*kind);
                writeln!(out, "  n{} [label=\"{}\", shape={shape}, fillcolor=\"{color}\", tooltip=\"{} ({})\"];", n.index(), wrap(&node.label, 22), escape(&node.iri), kind).map_err(io)?;
            }
            NodeData::Decision { kind, date, evidence, source, modality, .. } => {
                let label = match date {
                    Some(d) => format!("{kind}\\n{}", escape(d)),
                    None => kind.to_string(),
                };
                let color = if kind.is_permit() { "#b7e4c7" } else if matches!(kind, crate::model::DecisionKind::Investigation) { "#fff3b0" } else if matches!(kind, crate::model::DecisionKind::Subsidy) { "#cde7f0" } else { "#f4b6b6" };
                let border = if modality.is_factual() { "solid" } else { "dashed" };
                writeln!(out, "  n{} [label=\"{label}\", shape=diamond, fillcolor=\"{color}\", style=\"filled,{border}\", fontsize=9, tooltip=\"{} — {}\"];", n.index(), escape(evidence), escape(source)).map_err(io)?;
            }
        }
    }
    for e in view.graph.edge_indices() {
        let (a, b) = view.graph.edge_endpoints(e).expect("edge");
        let edge = &view.graph[e];
        let tip = edge.evidence.as_deref().map(escape).unwrap_or_default();
        let extra = match edge.kind {
            EdgeKind::PartOf => ", style=dotted, arrowhead=empty",
            EdgeKind::Relation(_) => ", color=\"#1f5fa8\", fontcolor=\"#1f5fa8\"",
            EdgeKind::Role(_) => "",
        };
        writeln!(out, "  n{} -> n{} [label=\"{}\", tooltip=\"{tip}\"{extra}];", a.index(), b.index(), escape(&edge.kind.label())).map_err(io)?;
    }
    // Legend: one sample node per class.
    writeln!(out, "  subgraph cluster_legend {{\n    label=\"Legend\"; fontsize=10; style=rounded; color=\"#999999\";").map_err(io)?;
    for k in [EntityKind::Company, EntityKind::Chip, EntityKind::Government, EntityKind::Person, EntityKind::Product] {
        let (shape, color) = style(k);
        writeln!(out, "    legend_{k} [label=\"{k}\", shape={shape}, fillcolor=\"{color}\", fontsize=9];").map_err(io)?;
    }
    writeln!(out, "    legend_Decision [label=\"Decision\", shape=diamond, fillcolor=\"#b7e4c7\", fontsize=9];").map_err(io)?;
    writeln!(out, "    legend_Company -> legend_Chip -> legend_Government -> legend_Person -> legend_Product -> legend_Decision [style=invis];\n  }}\n}}").map_err(io)
}

/// Renders DOT text to `svg` or `png` with Graphviz's `dot`.
pub fn render(dot_text: &str, format: &str) -> Result<Vec<u8>> {
    let mut child = Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            Error::External(format!(
                "cannot run Graphviz's `dot` ({e}); install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz) or export --format dot and render it elsewhere"
            ))
        })?;
    child.stdin.take().expect("piped").write_all(dot_text.as_bytes()).map_err(|e| Error::External(format!("dot: {e}")))?;
    let out = child.wait_with_output().map_err(|e| Error::External(format!("dot: {e}")))?;
    if !out.status.success() {
        return Err(Error::External(format!("dot failed: {}", String::from_utf8_lossy(&out.stderr).trim())));
    }
    Ok(out.stdout)
}
