//! Throughput of the pipeline stages on a corpus big enough to matter.
//!
//! `cargo run --release --example throughput` (optional: `CHIPGRAPH_BENCH_MB=200`). The corpus is the
//! sample articles of `examples/news`, repeated with a varying prefix until it reaches the
//! requested size (60 MB by default). Prints MB/s for extraction on one thread and on all
//! threads, MB/s on one long document, quads/s for writing to a RocksDB store, p50/p99
//! per-article latency, the approvals query and two graph walks (`neighbors`, `path`) on
//! that store, peak RSS.

use chipgraph::extract::Extractor;
use chipgraph::graph::{GraphView, ViewFilter};
use chipgraph::ingest::{Document, Sources};
use chipgraph::model::rdf;
use chipgraph::store::ChipStore;
use rayon::prelude::*;
use std::time::Instant;

/// Extraction allocates many small strings and vectors per sentence: mimalloc takes 9% off
/// its instruction count (callgrind) against the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok()))
        .map_or(0.0, |kb| kb / 1024.0)
}

fn main() {
    let target_mb: f64 = std::env::var("CHIPGRAPH_BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(60.0);
    let samples: Vec<Document> = Sources::new(["examples/news"]).filter_map(Result::ok).collect();
    assert!(!samples.is_empty(), "run from the crate root");
    let mut corpus = Vec::new();
    let mut bytes = 0usize;
    let mut i = 0usize;
    while (bytes as f64) < target_mb * 1e6 {
        let s = &samples[i % samples.len()];
        let text = format!("Report {i}.\n{}", s.text);
        bytes += text.len();
        corpus.push(Document::new(format!("bench:{i}"), s.url.as_ref().map(|u| format!("{u}?n={i}")), s.title.clone(), s.date, text));
        i += 1;
    }
    let mb = bytes as f64 / 1e6;
    println!("corpus: {} articles, {mb:.1} MB", corpus.len());
    let ex = Extractor::builtin();

    // One thread, with per-article latency.
    let start = Instant::now();
    let mut lat = Vec::with_capacity(corpus.len());
    let mut decisions = 0usize;
    for d in &corpus {
        let t = Instant::now();
        decisions += ex.extract(d).decisions.len();
        lat.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let one = start.elapsed().as_secs_f64();
    lat.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let p = |q: f64| lat[((lat.len() as f64 * q) as usize).min(lat.len() - 1)];
    println!("extract, 1 thread:   {:.1} MB/s, {:.0} articles/s, {decisions} decisions; per article p50 {:.3} ms, p99 {:.3} ms", mb / one, corpus.len() as f64 / one, p(0.5), p(0.99));

    // One long document (the samples run together, about 4 MB): extraction must stay
    // linear in a document's length, not only across documents.
    let mut long_text = String::new();
    for d in &corpus {
        if long_text.len() >= 4_000_000 {
            break;
        }
        long_text.push_str(&d.text);
        long_text.push_str("\n\n");
    }
    let long = Document::new("bench:long", None, None, samples[0].date, long_text);
    let start = Instant::now();
    let long_decisions = ex.extract(&long).decisions.len();
    let t = start.elapsed().as_secs_f64();
    println!("extract, one {:.1} MB document: {:.1} MB/s, {long_decisions} decisions", long.text.len() as f64 / 1e6, long.text.len() as f64 / 1e6 / t);

    // All threads, extraction and quads.
    let start = Instant::now();
    let quads: usize = corpus.par_iter().map(|d| rdf::to_quads(d, &ex.extract(d), "2026-01-01T00:00:00Z").len()).sum();
    let all = start.elapsed().as_secs_f64();
    println!("extract + to_quads, {} threads: {:.1} MB/s, {:.0} articles/s, {quads} quads", rayon::current_num_threads(), mb / all, corpus.len() as f64 / all);

    // The store: one transaction per batch of 256 articles, as `chipgraph ingest` writes.
    let n = corpus.len().min(20_000);
    let dir = std::env::temp_dir().join(format!("chipgraph-bench-{}", std::process::id()));
    let store = ChipStore::open(&dir).expect("store");
    let start = Instant::now();
    let mut written = 0usize;
    for chunk in corpus[..n].chunks(256) {
        let batch: Vec<_> = chunk.par_iter().map(|d| (rdf::document_node(d), rdf::to_quads(d, &ex.extract(d), "2026-01-01T00:00:00Z"))).collect();
        written += batch.iter().map(|(_, q)| q.len()).sum::<usize>();
        store.replace_graphs(batch.iter().map(|(g, q)| (g, q.as_slice()))).expect("write");
    }
    let w = start.elapsed().as_secs_f64();
    println!("ingest into RocksDB: {n} articles in {w:.2}s = {:.0} articles/s, {:.0} quads/s", n as f64 / w, written as f64 / w);
    let start = Instant::now();
    let rows = chipgraph::query::Table::from_results(store.query(chipgraph::query::APPROVALS_RQ, &[]).unwrap()).unwrap().rows.len();
    println!("approvals query over {written} quads: {rows} rows in {:.0} ms", start.elapsed().as_secs_f64() * 1e3);
    // The graph commands: a walk from the entities asked about, not the whole view.
    let filter = ViewFilter::default();
    let (alibaba, bis) = ("https://chipgraph.dev/id/company/alibaba", "https://chipgraph.dev/id/government/bis");
    let start = Instant::now();
    let view = GraphView::around(&store, &filter, alibaba, 1).expect("walk");
    println!("neighbors Alibaba (depth 1): {} nodes loaded in {:.0} ms", view.graph.node_count(), start.elapsed().as_secs_f64() * 1e3);
    let start = Instant::now();
    let view = GraphView::between(&store, &filter, alibaba, bis, 6, false).expect("walk");
    let hops = chipgraph::graph::algo::shortest_path(petgraph::visit::UndirectedAdaptor(&view.graph), view.find(alibaba).expect("Alibaba"), view.find(bis).expect("BIS"), 6).map_or(0, |p| p.len() - 1);
    println!("path Alibaba BIS: {hops} hops, {} nodes loaded in {:.0} ms", view.graph.node_count(), start.elapsed().as_secs_f64() * 1e3);
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
    println!("peak RSS: {:.0} MB", peak_rss_mb());
}
