//! `chipgraph extract`: the extractor's output for files, without a store.

use anyhow::{bail, Result};
use chipgraph::ingest::Sources;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories or `-` (stdin).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// `json` prints one JSON object per article (the evaluation contract); `table` a summary.
    #[arg(long, default_value = "json", value_parser = ["json", "table"])]
    pub format: String,
}

pub fn run(lexicons: &[PathBuf], a: &Args) -> Result<ExitCode> {
    let ex = super::extractor(lexicons)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0;
    let mut docs = 0;
    for item in Sources::new(&a.paths) {
        let doc = match item {
            Ok(d) => d,
            Err(e) => {
                eprintln!("chipgraph: {e}");
                failed += 1;
                continue;
            }
        };
        docs += 1;
        let x = ex.extract(&doc);
        if a.format == "json" {
            let mut v = serde_json::to_value(&x)?;
            v["source"] = serde_json::Value::String(doc.origin.clone());
            if let Some(u) = &doc.url {
                v["url"] = serde_json::Value::String(u.clone());
            }
            serde_json::to_writer(&mut out, &v)?;
            writeln!(out)?;
        } else {
            writeln!(out, "== {} ({} entities, {} decisions, {} hedged, {} relations)", doc.origin, x.entities.len(), x.decisions.len(), x.hedged.len(), x.relations.len())?;
            for d in x.decisions.iter().chain(&x.hedged) {
                let n = |r: &Option<chipgraph::extract::Role>| r.as_ref().map(|r| r.name.as_str()).unwrap_or("-").to_string();
                writeln!(out, "  {:<22} {:<28} subject={} object={} target={} date={} [{}]", d.kind.as_str(), n(&d.agent), n(&d.subject), n(&d.object), n(&d.target), d.date.map(|d| d.to_string()).unwrap_or("-".into()), d.modality)?;
            }
            for r in &x.relations {
                writeln!(out, "  {} {} {}", r.subject.name, r.predicate, r.object.name)?;
            }
        }
    }
    out.flush()?;
    if docs == 0 && failed > 0 {
        bail!("no article could be read");
    }
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
