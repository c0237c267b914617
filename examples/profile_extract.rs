//! Extraction alone, on the sample articles repeated (`REPS`, default 400): for profilers
//! (`perf record`, `valgrind --tool=callgrind`) and quick MB/s checks.
//! `cargo run --release --example profile_extract [DIR]` (default `examples/news`).
use chipgraph::extract::Extractor;
use chipgraph::ingest::Sources;
use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "examples/news".into());
    let docs: Vec<_> = Sources::new([dir]).filter_map(Result::ok).collect();
    let ex = Extractor::builtin();
    let reps: usize = std::env::var("REPS").ok().and_then(|v| v.parse().ok()).unwrap_or(400);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum::<usize>() * reps;
    // One pass first: the regexes' lazy DFAs build their states on first use.
    for d in &docs {
        std::hint::black_box(ex.extract(d));
    }
    let t = Instant::now();
    measured(&ex, &docs, reps);
    println!("extract {:.1} MB/s", bytes as f64 / 1e6 / t.elapsed().as_secs_f64());
}

/// The measured passes, apart for `valgrind --tool=callgrind --toggle-collect=profile_extract::measured`.
#[inline(never)]
fn measured(ex: &Extractor, docs: &[chipgraph::ingest::Document], reps: usize) {
    for _ in 0..reps {
        for d in docs {
            std::hint::black_box(ex.extract(d));
        }
    }
}
