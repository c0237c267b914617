//! Command-line interface: clap definitions and one file per subcommand.

mod extract;
mod graph;
mod ingest;
mod query;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Turns news about the semiconductor trade into a knowledge graph of companies, chips,
/// governments and their decisions.
#[derive(Parser)]
#[command(name = "chipgraph", version, about, long_about = None)]
pub struct Cli {
    /// Store directory (RocksDB).
    #[arg(long, global = true, env = "CHIPGRAPH_STORE", default_value = chipgraph::store::DEFAULT_PATH)]
    pub store: PathBuf,
    /// Extra lexicon files (Turtle) with entities to recognise; repeatable.
    #[arg(long = "lexicon", global = true, value_name = "FILE.ttl")]
    pub lexicons: Vec<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Read articles, extract their facts and store them (one named graph per article).
    Ingest(ingest::Args),
    /// Print what the extractor reads out of articles, without storing anything.
    Extract(extract::Args),
    /// Run a SPARQL query over all articles.
    Query(query::QueryArgs),
    /// Write the graph: RDF formats, or the graph view as DOT, SVG, PNG, GraphML or JSON.
    Export(query::ExportArgs),
    /// Which firms were approved to buy which chips.
    Approvals(query::ApprovalArgs),
    /// An entity card: type, aliases, links, every decision and relation it takes part in.
    Lookup(graph::LookupArgs),
    /// How two entities are connected, each hop explained by its decision or relation.
    Path(graph::PathArgs),
    /// The entities and decisions within some hops of an entity.
    Neighbors(graph::NeighborsArgs),
    /// The decisions about a chip, firm or government in date order.
    Timeline(graph::TimelineArgs),
}

/// Parses the command line and runs it.
pub fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    let lexicons = &cli.lexicons;
    match &cli.command {
        Command::Ingest(a) => ingest::run(&cli.store, lexicons, a),
        Command::Extract(a) => extract::run(lexicons, a),
        Command::Query(a) => query::run_query(&cli.store, a),
        Command::Export(a) => query::run_export(&cli.store, a),
        Command::Approvals(a) => query::run_approvals(&cli.store, a),
        Command::Lookup(a) => graph::run_lookup(&cli.store, a),
        Command::Path(a) => graph::run_path(&cli.store, a),
        Command::Neighbors(a) => graph::run_neighbors(&cli.store, a),
        Command::Timeline(a) => graph::run_timeline(&cli.store, a),
    }
}

/// The extractor over the built-in lexicon and the user's files.
pub fn extractor(lexicons: &[PathBuf]) -> Result<chipgraph::extract::Extractor> {
    let mut lex = chipgraph::extract::lexicon::Lexicon::builtin();
    for p in lexicons {
        let ttl = std::fs::read_to_string(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
        lex.add_turtle(&p.display().to_string(), &ttl)?;
    }
    Ok(chipgraph::extract::Extractor::new(lex))
}

/// The user's lexicon files as (name, Turtle) pairs, for the store's ontology graph.
pub fn lexicon_sources(lexicons: &[PathBuf]) -> Result<Vec<(String, String)>> {
    lexicons
        .iter()
        .map(|p| Ok((p.display().to_string(), std::fs::read_to_string(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?)))
        .collect()
}
