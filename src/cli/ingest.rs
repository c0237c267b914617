//! `chipgraph ingest`: articles → extraction → one named graph per article.
//!
//! Documents are streamed in chunks; each chunk is extracted in parallel (rayon) and written
//! in one transaction that swaps each article's graph whole, so memory stays flat and the
//! store never holds half an article.

use anyhow::{Context, Result};
use chipgraph::extract::{Decision, Extraction};
use chipgraph::ingest::{Document, Sources};
use chipgraph::model::rdf;
use chipgraph::store::ChipStore;
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (read recursively) or `-` for stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Articles extracted in parallel per batch.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// Do not print the table of decisions.
    #[arg(long, short)]
    pub quiet: bool,
    /// Do not compact the store after a large ingest (it is compacted when this run
    /// bulk-loaded at least 8 batches: queries stay fast).
    #[arg(long)]
    pub no_compact: bool,
}

/// Bulk loads after which an ingest compacts the store.
const COMPACT_AFTER: usize = 8;

pub fn run(store_path: &Path, lexicons: &[PathBuf], a: &Args) -> Result<ExitCode> {
    let started = Instant::now();
    let ex = super::extractor(lexicons)?;
    let store = ChipStore::open(store_path).with_context(|| format!("opening the store {}", store_path.display()))?;
    store.load_ontology(&super::lexicon_sources(lexicons)?)?;
    let now = jiff::Timestamp::now().to_string();
    let mut failed = 0usize;
    let mut articles = 0usize;
    let mut quads = 0usize;
    let mut bytes = 0usize;
    // Articles the store held already with the same extraction: left as they were.
    let mut unchanged = 0usize;
    let mut entities: HashSet<String> = HashSet::new();
    // Only the first decisions are kept for the summary table: memory stays flat however
    // many articles go through.
    const SHOWN: usize = 25;
    let mut decisions: Vec<(String, Decision)> = Vec::new();
    let mut decision_count = 0usize;
    let mut hedged = 0usize;
    let mut sources = Sources::new(&a.paths);
    loop {
        let mut batch: Vec<Document> = Vec::with_capacity(a.batch);
        for item in sources.by_ref() {
            match item {
                Ok(d) => {
                    batch.push(d);
                    if batch.len() >= a.batch.max(1) {
                        break;
                    }
                }
                Err(e) => {
                    eprintln!("chipgraph: {e}");
                    failed += 1;
                }
            }
        }
        if batch.is_empty() {
            break;
        }
        let results: Vec<(Document, Extraction, Vec<oxigraph::model::Quad>)> = batch
            .into_par_iter()
            .map(|doc| {
                let x = ex.extract(&doc);
                let q = rdf::to_quads(&doc, &x, &now);
                (doc, x, q)
            })
            .collect();
        // One transaction per batch; if it fails, article by article so that only the
        // articles at fault are reported.
        let graphs: Vec<_> = results.iter().map(|(doc, _, _)| rdf::document_node(doc)).collect();
        let batch_ok = match store.replace_graphs(graphs.iter().zip(&results).map(|(g, (_, _, q))| (g, q.as_slice()))) {
            Ok(n) => {
                unchanged += n;
                true
            }
            Err(_) => false,
        };
        for ((doc, x, q), graph) in results.into_iter().zip(&graphs) {
            if !batch_ok {
                if let Err(e) = store.replace_graph(graph, &q) {
                    eprintln!("chipgraph: {}: {e}", doc.origin);
                    failed += 1;
                    continue;
                }
            }
            articles += 1;
            quads += q.len();
            bytes += doc.text.len();
            entities.extend(x.entities.iter().map(|e| e.iri.clone()));
            hedged += x.hedged.len();
            let label = doc.title.clone().unwrap_or_else(|| doc.origin.clone());
            decision_count += x.decisions.len();
            let room = SHOWN.saturating_sub(decisions.len());
            decisions.extend(x.decisions.into_iter().take(room).map(|d| (label.clone(), d)));
        }
    }
    let compacted = if !a.no_compact && store.bulk_loads() >= COMPACT_AFTER {
        let t = Instant::now();
        store.optimize()?;
        format!("; compacted in {:.1}s", t.elapsed().as_secs_f64())
    } else {
        String::new()
    };
    let secs = started.elapsed().as_secs_f64();
    // writeln! rather than println!: a closed stdout (`| head`) is an error main() forgives,
    // where println! would panic.
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "ingested {articles} article{} into {} ({quads} quads, {} of text, {:.2}s{compacted}){}{}",
        if articles == 1 { "" } else { "s" },
        store.path().display(),
        if bytes >= 1_000_000 { format!("{:.1} MB", bytes as f64 / 1e6) } else { format!("{:.1} kB", bytes as f64 / 1e3) },
        secs,
        if failed > 0 { format!("; {failed} input{} failed", if failed == 1 { "" } else { "s" }) } else { String::new() },
        if unchanged > 0 { format!("; {unchanged} already stored as extracted, left as they were") } else { String::new() }
    )?;
    writeln!(out, "entities: {}   decisions: {}   hedged (planned/speculative/negated): {hedged}", entities.len(), decision_count)?;
    if !a.quiet && !decisions.is_empty() {
        let mut t = comfy_table::Table::new();
        t.load_preset(comfy_table::presets::UTF8_BORDERS_ONLY);
        t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
        t.set_header(["kind", "agent", "subject", "object", "target", "date", "article"]);
        let n = |r: &Option<chipgraph::extract::Role>| r.as_ref().map(|r| r.name.clone()).unwrap_or_default();
        for (article, d) in decisions.iter().take(SHOWN) {
            let article: String = if article.chars().count() > 40 { article.chars().take(39).collect::<String>() + "…" } else { article.clone() };
            t.add_row([d.kind.to_string(), n(&d.agent), n(&d.subject), n(&d.object), n(&d.target), d.date.map(|d| d.to_string()).unwrap_or_default(), article]);
        }
        writeln!(out, "{t}")?;
        if decision_count > SHOWN {
            writeln!(out, "… and {} more (chipgraph query --file examples/queries/approvals.rq, or chipgraph export)", decision_count - SHOWN)?;
        }
    }
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
