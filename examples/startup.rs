use std::time::Instant;
fn main() {
    let t = Instant::now();
    let lex = chipgraph::extract::lexicon::Lexicon::builtin();
    let a = t.elapsed();
    let _r = chipgraph::extract::mentions::Recognizer::new(&lex);
    println!("lexicon {:?} recognizer {:?}", a, t.elapsed() - a);
}
