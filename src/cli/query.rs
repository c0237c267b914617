//! `chipgraph query`, `export` and `approvals`.

use anyhow::{bail, Context, Result};
use chipgraph::query::{self, ApprovalFilter, ResultsFormat};
use chipgraph::store::ChipStore;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct QueryArgs {
    /// The SPARQL query (or use --file).
    pub sparql: Option<String>,
    /// Read the query from a file.
    #[arg(long, short)]
    pub file: Option<PathBuf>,
    /// table, json, csv, tsv, xml (SELECT/ASK); turtle, ntriples, jsonld, rdfxml … (CONSTRUCT/DESCRIBE).
    #[arg(long, default_value = "table")]
    pub format: String,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// RDF: turtle, ntriples, nquads, trig, jsonld, rdfxml. Graph view: dot, svg, png
    /// (through Graphviz), graphml, json.
    #[arg(long, default_value = "trig")]
    pub format: String,
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Graph view formats: only the neighbourhood of this entity.
    #[arg(long)]
    pub focus: Option<String>,
    /// Hops around --focus.
    #[arg(long, default_value_t = 2)]
    pub depth: usize,
    #[command(flatten)]
    pub filter: super::graph::FilterArgs,
}

#[derive(clap::Args)]
pub struct ApprovalArgs {
    /// Only this chip (a name, alias or label).
    #[arg(long)]
    pub chip: Option<String>,
    /// Only this buyer.
    #[arg(long)]
    pub firm: Option<String>,
    /// Only approvals by this government or its bodies.
    #[arg(long)]
    pub by: Option<String>,
    /// table, json, csv, tsv, xml.
    #[arg(long, default_value = "table")]
    pub format: String,
}

fn open(store: &Path) -> Result<ChipStore> {
    Ok(ChipStore::open_read_only(store)?)
}

fn output(path: &Option<PathBuf>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

pub fn run_query(store: &Path, a: &QueryArgs) -> Result<ExitCode> {
    let text = match (&a.sparql, &a.file) {
        (Some(q), None) => q.clone(),
        (None, Some(f)) => std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?,
        _ => bail!("give a query or --file FILE, not both"),
    };
    let (results_format, graph_format) = match ResultsFormat::parse(&a.format) {
        Some(f) => (f, oxigraph::io::RdfFormat::Turtle),
        None => match query::rdf_format(&a.format) {
            Some(g) => (ResultsFormat::Table, g),
            None => bail!("unknown format {:?}: table, json, csv, tsv, xml, or an RDF format", a.format),
        },
    };
    let s = open(store)?;
    let results = s.query(&text, &[])?;
    let mut out = output(&None)?;
    query::write_results(results, results_format, graph_format, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_export(store: &Path, a: &ExportArgs) -> Result<ExitCode> {
    let view_format = a.format.to_ascii_lowercase();
    if ["dot", "svg", "png", "graphml", "json"].contains(&view_format.as_str()) {
        let s = open(store)?;
        let view = super::graph::export_view(&s, &a.filter, &a.focus, a.depth)?;
        let mut out = output(&a.output)?;
        match view_format.as_str() {
            "graphml" => chipgraph::export::graphml(&view, &mut out)?,
            "json" => chipgraph::export::json(&view, &mut out)?,
            "dot" => chipgraph::export::dot::write(&view, &mut out)?,
            f => {
                let mut dot = Vec::new();
                chipgraph::export::dot::write(&view, &mut dot)?;
                let bytes = chipgraph::export::dot::render(&String::from_utf8(dot)?, f)?;
                if a.output.is_none() && f == "png" && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                    bail!("refusing to write PNG to a terminal: use -o FILE.png");
                }
                out.write_all(&bytes)?;
            }
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let Some(format) = query::rdf_format(&a.format) else {
        bail!("unknown export format {:?}: turtle, ntriples, nquads, trig, jsonld, rdfxml, dot, svg, png, graphml, json", a.format);
    };
    let s = open(store)?;
    let out = output(&a.output)?;
    let mut out = s.dump(format, out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_approvals(store: &Path, a: &ApprovalArgs) -> Result<ExitCode> {
    let Some(format) = ResultsFormat::parse(&a.format) else {
        bail!("unknown format {:?}: table, json, csv, tsv, xml", a.format);
    };
    let s = open(store)?;
    let t = query::approvals(&s, &ApprovalFilter { chip: a.chip.clone(), firm: a.firm.clone(), by: a.by.clone() })?;
    let mut out = output(&None)?;
    t.write(format, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
