use chipgraph::extract::{lexicon::Lexicon, mentions::Recognizer, sentences, Extractor};
use chipgraph::ingest::Sources;
use std::time::Instant;
fn main() {
    let docs: Vec<_> = Sources::new(["examples/news"]).filter_map(Result::ok).collect();
    let lex = Lexicon::builtin();
    let rec = Recognizer::new(&lex);
    let ex = Extractor::builtin();
    let reps = 300;
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum::<usize>() * reps;
    let t = Instant::now();
    for _ in 0..reps { for d in &docs { std::hint::black_box(sentences::split(&d.text)); } }
    let a = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for _ in 0..reps { for d in &docs { let s = sentences::split(&d.text); std::hint::black_box(rec.recognize(&lex, &d.text, &s)); } }
    let b = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for _ in 0..reps { for d in &docs { std::hint::black_box(ex.extract(d)); } }
    let c = t.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    println!("split {:.1} MB/s, split+recognize {:.1} MB/s, extract {:.1} MB/s", mb / a, mb / b, mb / c);
}
