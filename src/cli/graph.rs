//! `chipgraph lookup`, `path`, `neighbors`, `timeline`: answers from the petgraph view and
//! the store without SPARQL.

use anyhow::{bail, Result};
use chipgraph::graph::{algo, GraphView, NodeData, ViewFilter};
use chipgraph::model::Modality;
use chipgraph::query::{lookup, resolve_one};
use chipgraph::store::ChipStore;
use petgraph::visit::{EdgeRef, UndirectedAdaptor};
use serde::Serialize;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Output format of the lookup commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

/// Which facts the view holds.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct FilterArgs {
    /// Only decisions dated on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only decisions dated on or before this day.
    #[arg(long)]
    pub until: Option<String>,
    /// Only facts from articles whose IRI or URL contains this text.
    #[arg(long)]
    pub source: Option<String>,
    /// Only facts with at least this confidence (0–1).
    #[arg(long, default_value_t = 0.0)]
    pub min_confidence: f64,
    /// Decision modalities to include (default: asserted,reported).
    #[arg(long, value_delimiter = ',')]
    pub modality: Vec<String>,
}

impl FilterArgs {
    pub fn to_filter(&self) -> Result<ViewFilter> {
        let date = |s: &Option<String>| -> Result<Option<jiff::civil::Date>> {
            match s {
                None => Ok(None),
                Some(t) => match chipgraph::dates::parse_date(t) {
                    Some(d) => Ok(Some(d)),
                    None => bail!("not a date: {t:?} (use YYYY-MM-DD)"),
                },
            }
        };
        let mut modalities = Vec::new();
        for m in &self.modality {
            match Modality::parse(m) {
                Some(x) => modalities.push(x),
                None => bail!("unknown modality {m:?}: asserted, reported, planned, speculative, negated"),
            }
        }
        Ok(ViewFilter { since: date(&self.since)?, until: date(&self.until)?, source: self.source.clone(), min_confidence: self.min_confidence, modalities })
    }
}

#[derive(clap::Args)]
pub struct LookupArgs {
    /// A name, alias or label (case-insensitive).
    pub name: String,
    /// The newest N decisions of each role and the first N relations (0: all). The card
    /// still says how many there are.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct PathArgs {
    pub from: String,
    pub to: String,
    /// Most hops allowed.
    #[arg(long, default_value_t = 6)]
    pub max_hops: usize,
    /// All simple paths up to --max-hops (at most --limit), not only the shortest.
    #[arg(long)]
    pub all: bool,
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// The most trustworthy path (largest product of confidences) of at most --max-hops,
    /// instead of the fewest hops.
    #[arg(long)]
    pub by_confidence: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct NeighborsArgs {
    pub name: String,
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    pub name: String,
    /// Include planned, speculative and negated decisions.
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

fn table(header: &[&str], rows: &[Vec<String>]) -> comfy_table::Table {
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::UTF8_BORDERS_ONLY);
    t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
    t.set_header(header);
    for r in rows {
        t.add_row(r);
    }
    t
}

fn emit(format: Format, header: &[&str], rows: &[Vec<String>], json: &impl Serialize) -> Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match format {
        Format::Table => writeln!(out, "{}", table(header, rows))?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, json)?;
            writeln!(out)?;
        }
        Format::Csv => {
            writeln!(out, "{}", header.join(","))?;
            for r in rows {
                writeln!(out, "{}", r.iter().map(|c| csv(c)).collect::<Vec<_>>().join(","))?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn csv(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { s.chars().take(n - 1).collect::<String>() + "…" }
}

pub fn run_lookup(store: &Path, a: &LookupArgs) -> Result<ExitCode> {
    let s = ChipStore::open_read_only(store)?;
    let mut card = lookup::card(&s, &a.name)?;
    card.keep(a.limit);
    let rows: Vec<Vec<String>> = card
        .decisions
        .iter()
        .map(|d| vec![d.role.clone(), d.kind.clone(), d.date.clone(), d.agent.clone(), d.subject.clone(), d.object.clone(), d.target.clone(), d.modality.clone(), d.source.clone(), d.evidence.clone()])
        .chain(card.relations.iter().map(|r| vec!["relation".into(), r.predicate.clone(), String::new(), String::new(), r.subject.clone(), r.object.clone(), String::new(), String::new(), r.source.clone(), r.evidence.clone()]))
        .collect();
    let header = ["role", "kind", "date", "agent", "subject", "object", "target", "modality", "source", "evidence"];
    if a.format != Format::Table {
        return emit(a.format, &header, &rows, &card).map(|_| ExitCode::SUCCESS);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    writeln!(out, "{} ({})", card.name, card.kind)?;
    writeln!(out, "  iri:      {}", card.iri)?;
    if !card.aliases.is_empty() {
        writeln!(out, "  aliases:  {}", card.aliases.join(", "))?;
    }
    if !card.part_of.is_empty() {
        writeln!(out, "  part of:  {}", card.part_of.join(", "))?;
    }
    for l in &card.same_as {
        writeln!(out, "  same as:  {l}")?;
    }
    for role in ["agent", "subject", "object", "target"] {
        let ds: Vec<_> = card.decisions.iter().filter(|d| d.role == role).collect();
        if ds.is_empty() {
            continue;
        }
        let total = card.counts.of_role(role);
        let shown = if ds.len() < total { format!(" (newest {}; --limit 0 for all)", ds.len()) } else { String::new() };
        writeln!(out, "\nas {role} of {total} decision{}{shown}:", if total == 1 { "" } else { "s" })?;
        let rows: Vec<Vec<String>> = ds
            .iter()
            .map(|d| vec![d.date.clone(), d.kind.clone(), d.agent.clone(), d.subject.clone(), d.object.clone(), d.target.clone(), d.modality.clone(), clip(&d.evidence, 90), clip(&d.source, 50)])
            .collect();
        writeln!(out, "{}", table(&["date", "kind", "agent", "subject", "object", "target", "modality", "evidence", "source"], &rows))?;
    }
    if !card.relations.is_empty() {
        let total = card.counts.relations;
        let shown = if card.relations.len() < total { format!(" (first {}; --limit 0 for all)", card.relations.len()) } else { String::new() };
        writeln!(out, "\n{total} relation{}{shown}:", if total == 1 { "" } else { "s" })?;
        let rows: Vec<Vec<String>> = card.relations.iter().map(|r| vec![r.subject.clone(), r.predicate.clone(), r.object.clone(), clip(&r.evidence, 90), clip(&r.source, 50)]).collect();
        writeln!(out, "{}", table(&["subject", "predicate", "object", "evidence", "source"], &rows))?;
    }
    if card.decisions.is_empty() && card.relations.is_empty() {
        writeln!(out, "\nno decisions or relations in the store")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct Hop {
    from: String,
    edge: String,
    to: String,
    evidence: String,
    source: String,
}

fn describe(view: &GraphView, n: petgraph::graph::NodeIndex) -> String {
    let node = &view.graph[n];
    match &node.data {
        NodeData::Entity { kind } => format!("{} ({kind})", node.label),
        NodeData::Decision { kind, date, .. } => {
            let label = if node.label.contains(kind.as_str()) { node.label.clone() } else { kind.to_string() };
            format!("[{label}{}]", date.as_ref().map(|d| format!(", {d}")).unwrap_or_default())
        }
    }
}

fn hops(view: &GraphView, path: &[petgraph::graph::NodeIndex]) -> Vec<Hop> {
    let edges = algo::path_edges(&view.graph, path);
    // path_edges looks at outgoing edges of the first node; fill the other direction.
    path.windows(2)
        .zip(edges)
        .map(|(w, e)| {
            let e = e.or_else(|| view.graph.edges_connecting(w[1], w[0]).next()).or_else(|| view.graph.edges_connecting(w[0], w[1]).next());
            let (edge, evidence, source, forward) = match e {
                Some(e) => {
                    let w8 = e.weight();
                    (w8.kind.label(), w8.evidence.clone().unwrap_or_default(), w8.source.clone().unwrap_or_default(), e.source() == w[0])
                }
                None => (String::new(), String::new(), String::new(), true),
            };
            let edge = if forward { format!("—{edge}→") } else { format!("←{edge}—") };
            let evidence = if evidence.is_empty() {
                match &view.graph[if matches!(view.graph[w[0]].data, NodeData::Decision { .. }) { w[0] } else { w[1] }].data {
                    NodeData::Decision { evidence, .. } => evidence.clone(),
                    _ => String::new(),
                }
            } else {
                evidence
            };
            Hop { from: describe(view, w[0]), edge, to: describe(view, w[1]), evidence, source }
        })
        .collect()
}

pub fn run_path(store: &Path, a: &PathArgs) -> Result<ExitCode> {
    let s = ChipStore::open_read_only(store)?;
    let (from, to) = (resolve_one(&s, &a.from)?, resolve_one(&s, &a.to)?);
    let filter = a.filter.to_filter()?;
    // Only what lies within --max-hops of both ends: every path up to --max-hops for --all
    // and --by-confidence, a shortest one otherwise.
    let view = GraphView::between(&s, &filter, &from.iri, &to.iri, a.max_hops, a.all || a.by_confidence)?;
    let (Some(x), Some(y)) = (view.find(&from.iri), view.find(&to.iri)) else {
        bail!("{} or {} takes part in no fact of the (filtered) graph", from.label, to.label);
    };
    let u = UndirectedAdaptor(&view.graph);
    let paths: Vec<Vec<petgraph::graph::NodeIndex>> = if a.all {
        algo::all_simple_paths(u, x, y, a.max_hops, a.limit)
    } else if a.by_confidence {
        algo::most_confident_path_within(u, x, y, a.max_hops, |e| e.weight().confidence).map(|(_, p)| vec![p]).unwrap_or_default()
    } else {
        algo::shortest_path(u, x, y, a.max_hops).map(|p| vec![p]).unwrap_or_default()
    };
    if paths.is_empty() {
        eprintln!("no path between {} and {} within {} hops", from.label, to.label, a.max_hops);
        return Ok(ExitCode::from(1));
    }
    let all: Vec<Vec<Hop>> = paths.iter().map(|p| hops(&view, p)).collect();
    let mut rows = Vec::new();
    for (i, p) in all.iter().enumerate() {
        for (j, h) in p.iter().enumerate() {
            let cells = vec![(i + 1).to_string(), (j + 1).to_string(), h.from.clone(), h.edge.clone(), h.to.clone(), h.evidence.clone(), h.source.clone()];
            rows.push(if a.format == Format::Table { cells.into_iter().enumerate().map(|(k, c)| if k == 5 { clip(&c, 90) } else { c }).collect() } else { cells });
        }
    }
    emit(a.format, &["path", "hop", "from", "edge", "to", "evidence", "source"], &rows, &all)?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_neighbors(store: &Path, a: &NeighborsArgs) -> Result<ExitCode> {
    let s = ChipStore::open_read_only(store)?;
    let m = resolve_one(&s, &a.name)?;
    let view = GraphView::around(&s, &a.filter.to_filter()?, &m.iri, a.depth)?;
    let Some(x) = view.find(&m.iri) else { bail!("{} takes part in no fact of the (filtered) graph", m.label) };
    #[derive(Serialize)]
    struct Neighbor {
        distance: usize,
        name: String,
        kind: String,
        iri: String,
        via: String,
    }
    let u = UndirectedAdaptor(&view.graph);
    let mut list: Vec<Neighbor> = algo::neighborhood(u, x, a.depth)
        .into_iter()
        .skip(1)
        .map(|(n, d)| {
            let node = &view.graph[n];
            let kind = match &node.data {
                NodeData::Entity { kind } => kind.to_string(),
                NodeData::Decision { kind, .. } => format!("Decision/{kind}"),
            };
            let via = view.graph.edges_connecting(n, x).chain(view.graph.edges_connecting(x, n)).next().map(|e| e.weight().kind.label()).unwrap_or_default();
            Neighbor { distance: d, name: node.label.clone(), kind, iri: node.iri.clone(), via }
        })
        .collect();
    list.sort_by(|p, q| (p.distance, &p.kind, &p.name).cmp(&(q.distance, &q.kind, &q.name)));
    let rows: Vec<Vec<String>> = list.iter().map(|n| vec![n.distance.to_string(), n.name.clone(), n.kind.clone(), n.via.clone(), n.iri.clone()]).collect();
    emit(a.format, &["distance", "name", "kind", "via", "iri"], &rows, &list)?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_timeline(store: &Path, a: &TimelineArgs) -> Result<ExitCode> {
    let s = ChipStore::open_read_only(store)?;
    let (m, mut facts) = lookup::timeline(&s, &a.name)?;
    if !a.all {
        facts.retain(|f| f.modality == "asserted" || f.modality == "reported");
    }
    let rows: Vec<Vec<String>> = facts
        .iter()
        .map(|d| {
            let ev = if a.format == Format::Table { clip(&d.evidence, 100) } else { d.evidence.clone() };
            vec![d.date.clone(), d.kind.clone(), d.agent.clone(), d.subject.clone(), d.object.clone(), d.target.clone(), d.modality.clone(), ev, d.source.clone()]
        })
        .collect();
    if a.format == Format::Table {
        use std::io::Write;
        writeln!(std::io::stdout().lock(), "timeline of {} ({}): {} decision{}", m.label, m.kind, facts.len(), if facts.len() == 1 { "" } else { "s" })?;
    }
    emit(a.format, &["date", "kind", "agent", "subject", "object", "target", "modality", "evidence", "source"], &rows, &facts)?;
    Ok(ExitCode::SUCCESS)
}

/// The view for `export --format dot|svg|png|graphml|json`.
pub fn export_view(store: &ChipStore, filter: &FilterArgs, focus: &Option<String>, depth: usize) -> Result<GraphView> {
    let filter = filter.to_filter()?;
    Ok(match focus {
        None => GraphView::from_store(store, &filter)?,
        Some(name) => {
            let m = resolve_one(store, name)?;
            let view = GraphView::around(store, &filter, &m.iri, depth)?;
            let Some(n) = view.find(&m.iri) else { bail!("{} takes part in no fact of the (filtered) graph", m.label) };
            // The walk loads a little beyond `depth`: cut there.
            view.focus(n, depth)
        }
    })
}
