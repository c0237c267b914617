//! End-to-end tests of the `chipgraph` binary on temporary stores: ingest → query → export,
//! checking the answers, not only exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_chipgraph"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(store: &Path, args: &[&str]) -> Output {
    bin().arg("--store").arg(store).args(args).current_dir(root()).output().expect("binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn ok(store: &Path, args: &[&str]) -> String {
    let o = run(store, args);
    assert!(o.status.success(), "chipgraph {args:?} failed: {}", String::from_utf8_lossy(&o.stderr));
    stdout(&o)
}

/// One store built from `examples/news`, shared by the read-only tests.
fn news_store() -> &'static Path {
    static STORE: OnceLock<tempfile::TempDir> = OnceLock::new();
    STORE
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let o = run(&dir.path().join("db"), &["ingest", "examples/news"]);
            assert!(o.status.success(), "ingest failed: {}", String::from_utf8_lossy(&o.stderr));
            dir
        })
        .path()
        .join("db")
        .leak()
}

fn csv_rows(s: &str) -> Vec<Vec<String>> {
    s.lines().skip(1).map(|l| l.split(',').map(|c| c.trim_matches('"').to_string()).collect()).collect()
}

#[test]
fn ingest_then_approvals_query_lists_the_approved_firms_and_chips() {
    let out = ok(news_store(), &["query", "--file", "examples/queries/approvals.rq", "--format", "csv"]);
    let rows = csv_rows(&out);
    for firm in ["Alibaba", "ByteDance", "Tencent"] {
        let row = rows.iter().find(|r| r[0] == firm).unwrap_or_else(|| panic!("{firm} missing in\n{out}"));
        assert_eq!(row[1], "H200", "{out}");
        assert_eq!(row[2], "Nvidia", "{out}");
        assert_eq!(row[3], "China", "{out}");
        assert_eq!(row[4], "2026-01-28", "{out}");
        assert!(row[5].contains("china-approves-nvidia-h200-purchases"), "source: {out}");
    }
    // The hard negative (a product launch) approved nothing.
    assert!(!out.contains("B200"), "{out}");
}

#[test]
fn approvals_command_answers_exactly_what_the_query_file_answers() {
    let a = ok(news_store(), &["approvals", "--format", "csv"]);
    let q = ok(news_store(), &["query", "--file", "examples/queries/approvals.rq", "--format", "csv"]);
    assert_eq!(a, q);
    assert_eq!(csv_rows(&a).len(), 3, "{a}");
    let by_firm = ok(news_store(), &["approvals", "--firm", "bytedance", "--format", "csv"]);
    let rows = csv_rows(&by_firm);
    assert_eq!(rows.len(), 1, "{by_firm}");
    assert_eq!(rows[0][0], "ByteDance");
    let by_state = ok(news_store(), &["approvals", "--by", "Beijing", "--chip", "H200", "--format", "csv"]);
    assert_eq!(csv_rows(&by_state).len(), 3, "{by_state}");
    let none = ok(news_store(), &["approvals", "--by", "Japan", "--format", "csv"]);
    assert_eq!(csv_rows(&none).len(), 0, "{none}");
}

fn quads_without_timestamps(store: &Path) -> Vec<String> {
    let dump = ok(store, &["export", "--format", "nquads"]);
    let mut v: Vec<String> = dump.lines().filter(|l| !l.contains("generatedAtTime")).map(str::to_string).collect();
    v.sort();
    v
}

#[test]
fn ingesting_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    ok(&store, &["ingest", "examples/news"]);
    let count = |s: &Path| ok(s, &["query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv"]);
    let (n1, q1) = (count(&store), quads_without_timestamps(&store));
    let dump1 = ok(&store, &["export", "--format", "nquads"]);
    let second = ok(&store, &["ingest", "examples/news"]);
    let (n2, q2) = (count(&store), quads_without_timestamps(&store));
    assert_eq!(n1, n2);
    assert!(q1.len() > 500, "{} quads", q1.len());
    assert_eq!(q1, q2);
    // Every article was stored already as it is extracted now: none is rewritten, so even
    // the ingestion times stay.
    let n = second.split_whitespace().nth(1).unwrap_or_default();
    assert!(second.contains(&format!("; {n} already stored as extracted, left as they were")), "{second}");
    assert_eq!(dump1, ok(&store, &["export", "--format", "nquads"]));
}

#[test]
fn an_article_that_changed_is_replaced_whole() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let input = dir.path().join("feed.jsonl");
    let article = |text: &str| format!("{{\"url\": \"https://wire.test/2026/01/h200\", \"date\": \"2026-01-28\", \"text\": \"{text}\"}}\n");
    std::fs::write(&input, article("China has approved purchases of Nvidia's H200 chips by Alibaba.")).unwrap();
    ok(&store, &["ingest", input.to_str().unwrap()]);
    let approvals = |s: &Path| ok(s, &["approvals", "--format", "csv"]);
    assert!(approvals(&store).contains("Alibaba,H200,Nvidia,China"), "{}", approvals(&store));
    // The wire corrects its story: the buyer was Tencent.
    std::fs::write(&input, article("China has approved purchases of Nvidia's H200 chips by Tencent.")).unwrap();
    let second = ok(&store, &["ingest", input.to_str().unwrap()]);
    assert!(!second.contains("left as they were"), "{second}");
    let now = approvals(&store);
    assert!(now.contains("Tencent,H200,Nvidia,China") && !now.contains("Alibaba"), "{now}");
    let articles = ok(&store, &["query", "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a cg:Article }", "--format", "csv"]);
    assert_eq!(csv_rows(&articles)[0][0], "1", "{articles}");
}

#[test]
fn a_bad_file_gets_one_clear_error_and_the_good_ones_are_stored() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("a-good.txt"), "Beijing approves H200 purchases\nDate: 2026-01-28\nChina has approved purchases of Nvidia's H200 chips by Alibaba.\n").unwrap();
    std::fs::write(input.join("b-bad.jsonl"), "{\"url\":\"https://x.test/1\",\"text\":\"The FTC sued to block Nvidia's purchase of Arm.\"}\n{not json at all\n").unwrap();
    std::fs::write(input.join("c-binary.txt"), [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let store = dir.path().join("db");
    let o = bin().arg("--store").arg(&store).arg("ingest").arg(&input).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "some inputs failed: exit 1");
    let err = String::from_utf8_lossy(&o.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "one line per bad input: {err}");
    assert!(lines.iter().any(|l| l.contains("b-bad.jsonl:2") && l.contains("not a JSON article")), "{err}");
    assert!(lines.iter().any(|l| l.contains("c-binary.txt") && l.contains("not UTF-8")), "{err}");
    let out = ok(&store, &["query", "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a cg:Article }", "--format", "csv"]);
    assert_eq!(csv_rows(&out)[0][0], "2", "{out}");
    let approvals = ok(&store, &["approvals", "--format", "csv"]);
    assert!(approvals.contains("Alibaba,H200,Nvidia,China"), "{approvals}");
}

#[test]
fn extract_prints_the_json_contract() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("story.txt");
    std::fs::write(&f, "Washington clears H20 exports\nThe U.S. Commerce Department has started issuing licences that let Nvidia ship its H20 chips to China, two people familiar with the matter said.\n").unwrap();
    let o = bin().args(["extract", "--format", "json"]).arg(&f).output().unwrap();
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON object");
    let ents = v["entities"].as_array().unwrap();
    let find = |n: &str| ents.iter().find(|e| e["name"] == n).unwrap_or_else(|| panic!("{n} missing: {v}"));
    assert_eq!(find("Nvidia")["type"], "Company");
    assert_eq!(find("H20")["type"], "Chip");
    assert_eq!(find("U.S. Commerce Department")["type"], "Government");
    assert_eq!(find("U.S. Commerce Department")["part_of"], "United States");
    assert!(find("Nvidia")["same_as"][0].as_str().unwrap().starts_with("http://www.wikidata.org/entity/Q"));
    let d = &v["decisions"][0];
    assert_eq!(d["kind"], "ExportLicense");
    assert_eq!(d["agent"], "U.S. Commerce Department");
    assert_eq!(d["subject"], "Nvidia");
    assert_eq!(d["object"], "H20");
    assert_eq!(d["target"], "China");
    assert_eq!(d["modality"], "reported");
    assert!(d["evidence"].as_str().unwrap().starts_with("The U.S. Commerce Department has started"));
    let (start, end) = (d["start"].as_u64().unwrap() as usize, d["end"].as_u64().unwrap() as usize);
    assert_eq!(end - start, d["evidence"].as_str().unwrap().chars().count());
    assert!(v["relations"].as_array().unwrap().iter().any(|r| r["subject"] == "Nvidia" && r["predicate"] == "designs" && r["object"] == "H20"));
    assert!(v["hedged"].as_array().unwrap().is_empty());
}

#[test]
fn the_seed_article_reports_china_authorising_the_h200_for_alibaba() {
    let seed = root().join("../shared/eval/articles/00-seed-china-authorizes-h200-alibaba.txt");
    if !seed.exists() {
        eprintln!("skipped: {} is not here", seed.display());
        return;
    }
    let o = bin().args(["extract", "--format", "json"]).arg(&seed).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["decisions"].as_array().unwrap().iter().any(|d| d["agent"] == "China"
        && d["kind"] == "PurchaseAuthorization"
        && d["subject"] == "Nvidia"
        && d["object"] == "H200"
        && d["target"] == "Alibaba"), "{v}");
}

#[test]
fn query_formats_and_kinds() {
    let s = news_store();
    let json: serde_json::Value = serde_json::from_str(&ok(s, &["query", "SELECT ?c WHERE { ?c a cg:Chip ; rdfs:label \"H200\" } LIMIT 1", "--format", "json"])).unwrap();
    assert_eq!(json["results"]["bindings"][0]["c"]["value"], "https://chipgraph.dev/id/chip/h200");
    let tsv = ok(s, &["query", "SELECT ?l WHERE { chip:h200 rdfs:label ?l } LIMIT 1", "--format", "tsv"]);
    assert!(tsv.starts_with("?l\n\"H200\""), "{tsv}");
    let xml = ok(s, &["query", "ASK { ?d a cg:PurchaseAuthorization ; cg:target company:alibaba }", "--format", "xml"]);
    assert!(xml.contains("<boolean>true</boolean>"), "{xml}");
    let ask = ok(s, &["query", "ASK { ?d a cg:Tariff ; cg:target company:alibaba }"]);
    assert_eq!(ask.trim(), "false");
    let ttl = ok(s, &["query", "CONSTRUCT { ?c cg:designs chip:h200 } WHERE { ?c cg:designs chip:h200 }", "--format", "turtle"]);
    assert!(ttl.contains("company:nvidia cg:designs chip:h200"), "{ttl}");
    let table = ok(s, &["query", "SELECT ?firm WHERE { ?d a cg:PurchaseAuthorization ; cg:target/rdfs:label ?firm } ORDER BY ?firm"]);
    assert!(table.contains("Alibaba") && table.contains("3 rows"), "{table}");
    let bad = run(s, &["query", "SELECT WHERE {"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).starts_with("chipgraph: query:"));
}

#[test]
fn export_writes_every_rdf_format() {
    let s = news_store();
    let nq = ok(s, &["export", "--format", "nquads"]);
    assert!(nq.lines().count() > 500);
    assert!(nq.contains("<https://chipgraph.dev/graph/ontology>"), "ontology graph exported");
    let dir = tempfile::tempdir().unwrap();
    for (f, marker) in [("turtle", "@prefix cg:"), ("trig", "GRAPH"), ("ntriples", "<https://chipgraph.dev/id/company/nvidia>"), ("jsonld", "\"@id\""), ("rdfxml", "<rdf:RDF")] {
        let path = dir.path().join(format!("out.{f}"));
        ok(s, &["export", "--format", f, "-o", path.to_str().unwrap()]);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(marker) || (f == "trig" && text.contains('{')), "{f}: {}", &text[..text.len().min(300)]);
    }
}

#[test]
fn lookup_shows_an_entity_card() {
    let out = ok(news_store(), &["lookup", "nvidia corp"]);
    assert!(out.starts_with("Nvidia (Company)"), "{out}");
    assert!(out.contains("same as:  http://www.wikidata.org/entity/Q182477"), "{out}");
    assert!(out.contains("as subject of"), "{out}");
    assert!(out.contains("Cyberspace Administration of China"), "{out}");
    let json: serde_json::Value = serde_json::from_str(&ok(news_store(), &["lookup", "CAC", "--format", "json"])).unwrap();
    assert_eq!(json["name"], "Cyberspace Administration of China");
    assert_eq!(json["part_of"][0], "China");
    let agent_of: Vec<&serde_json::Value> = json["decisions"].as_array().unwrap().iter().filter(|d| d["role"] == "agent").collect();
    assert!(agent_of.iter().any(|d| d["kind"] == "Investigation" && d["subject"] == "Nvidia" && d["object"] == "H20"), "{json}");
    // Exactly the three decisions of the sample articles: the H20 summons, the Micron
    // review and ban (a regression: unbound roles once matched every label).
    assert_eq!(agent_of.len(), 3, "{json}");
    // The ban bars buyers at home: its target is China; the reviews name none.
    assert!(agent_of.iter().all(|d| d["target"] == if d["kind"] == "Ban" { "China" } else { "" }), "{json}");
    // Newest first.
    let dates: Vec<&str> = agent_of.iter().map(|d| d["date"].as_str().unwrap()).filter(|d| !d.is_empty()).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
}

#[test]
fn a_card_keeps_the_newest_rows_and_counts_them_all() {
    let all: serde_json::Value = serde_json::from_str(&ok(news_store(), &["lookup", "Nvidia", "--format", "json", "--limit", "0"])).unwrap();
    let cut: serde_json::Value = serde_json::from_str(&ok(news_store(), &["lookup", "Nvidia", "--format", "json", "--limit", "2"])).unwrap();
    let as_subject = |v: &serde_json::Value| v["decisions"].as_array().unwrap().iter().filter(|d| d["role"] == "subject").cloned().collect::<Vec<_>>();
    let (full, kept) = (as_subject(&all), as_subject(&cut));
    assert!(full.len() > 2, "Nvidia is the subject of several decisions");
    assert_eq!(all["counts"]["subject"], full.len());
    assert_eq!(cut["counts"], all["counts"], "the counts are the store's, not the cut's");
    assert_eq!(kept, full[..2].to_vec(), "the newest two");
    assert_eq!(cut["relations"].as_array().unwrap().len(), 2);
    let table = ok(news_store(), &["lookup", "Nvidia", "--limit", "2"]);
    assert!(table.contains(&format!("as subject of {} decisions (newest 2; --limit 0 for all):", full.len())), "{table}");
}

#[test]
fn names_typed_by_users_never_reach_sparql_as_text() {
    let s = news_store();
    for name in ["Nvidia\"} ; DROP ALL ; #", "}\n SELECT * WHERE {", "H200' || 1=1 }", "{\"\n}"] {
        let o = run(s, &["lookup", name]);
        assert_eq!(o.status.code(), Some(2));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("no entity named"), "{name:?}: {err}");
        let o = run(s, &["approvals", "--chip", name]);
        assert!(String::from_utf8_lossy(&o.stderr).contains("no entity named"));
    }
    // The store is intact.
    assert!(ok(s, &["lookup", "H200"]).starts_with("H200 (Chip)"));
}

#[test]
fn ambiguous_names_list_the_choices() {
    let dir = tempfile::tempdir().unwrap();
    let lex = dir.path().join("mine.ttl");
    std::fs::write(&lex, "@prefix cg: <https://chipgraph.dev/ontology#> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<https://chipgraph.dev/id/company/acme-one> a cg:Company ; skos:prefLabel \"Acme One\" ; skos:altLabel \"Acme\" .\n<https://chipgraph.dev/id/company/acme-two> a cg:Company ; skos:prefLabel \"Acme Two\" ; skos:altLabel \"Acme\" .\n").unwrap();
    let store = dir.path().join("db");
    ok(&store, &["--lexicon", lex.to_str().unwrap(), "ingest", "examples/news/2025-12-08-us-allows-nvidia-h200-china.txt"]);
    let o = run(&store, &["lookup", "acme"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("ambiguous") && err.contains("Acme One") && err.contains("Acme Two"), "{err}");
}

#[test]
fn path_explains_each_hop() {
    let out = ok(news_store(), &["path", "Alibaba", "U.S. Commerce Department", "--format", "json"]);
    let paths: serde_json::Value = serde_json::from_str(&out).unwrap();
    let hops = paths[0].as_array().unwrap();
    assert!(hops.len() >= 2, "{out}");
    assert!(hops[0]["from"].as_str().unwrap().starts_with("Alibaba"), "{out}");
    assert!(hops.last().unwrap()["to"].as_str().unwrap().starts_with("U.S. Commerce Department"), "{out}");
    assert!(hops.iter().all(|h| !h["evidence"].as_str().unwrap().is_empty()), "every hop cites evidence: {out}");
    let all = ok(news_store(), &["path", "Alibaba", "H20", "--all", "--max-hops", "4", "--format", "csv"]);
    assert!(all.lines().count() > 3, "{all}");
    // The most trustworthy path keeps to --max-hops: none within two hops, one within six.
    let trusted: serde_json::Value = serde_json::from_str(&ok(news_store(), &["path", "Alibaba", "U.S. Commerce Department", "--by-confidence", "--format", "json"])).unwrap();
    let n = trusted[0].as_array().unwrap().len();
    assert!((hops.len()..=6).contains(&n), "{trusted}");
    let o = run(news_store(), &["path", "Alibaba", "U.S. Commerce Department", "--by-confidence", "--max-hops", "2"]);
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn neighbors_and_timeline() {
    let n = ok(news_store(), &["neighbors", "H200", "--format", "csv"]);
    assert!(n.contains("Decision/PurchaseAuthorization") && n.contains("Nvidia"), "{n}");
    let t = ok(news_store(), &["timeline", "H200", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&t).unwrap();
    let rows = v.as_array().unwrap();
    // The U.S. licence is told by two articles (the second recalls it), then three Chinese
    // authorisations.
    assert_eq!(rows.len(), 5, "the U.S. licence twice and three Chinese authorisations: {t}");
    assert_eq!(rows.iter().filter(|d| d["agent"] == "United States" && d["kind"] == "ExportLicense").count(), 2, "{t}");
    let us = rows.iter().position(|d| d["agent"] == "United States" && d["object"] == "H200").expect("U.S. allows H200 sales");
    let cn = rows.iter().position(|d| d["agent"] == "China" && d["kind"] == "PurchaseAuthorization").expect("China approves purchases");
    assert!(us < cn, "the U.S. decision comes first: {t}");
    let dates: Vec<&str> = rows.iter().map(|d| d["date"].as_str().unwrap()).filter(|d| !d.is_empty()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
}

#[test]
fn graph_exports_dot_svg_graphml_and_json() {
    let s = news_store();
    let dot = ok(s, &["export", "--format", "dot", "--focus", "H200", "--depth", "2"]);
    assert!(dot.starts_with("digraph chipgraph {"), "{dot}");
    assert!(dot.contains("shape=hexagon") && dot.contains("label=\"H200\""), "{dot}");
    assert!(dot.contains("label=\"target\"") && dot.contains("cluster_legend"), "{dot}");
    let graphml = ok(s, &["export", "--format", "graphml"]);
    assert!(graphml.contains("<graphml") && graphml.contains(">Alibaba<"), "graphml");
    let json: serde_json::Value = serde_json::from_str(&ok(s, &["export", "--format", "json"])).unwrap();
    assert!(json["nodes"].as_array().unwrap().len() > 20);
    assert!(json["edges"].as_array().unwrap().iter().any(|e| e["label"] == "agent"));
    if Command::new("dot").arg("-V").output().is_ok() {
        let dir = tempfile::tempdir().unwrap();
        let svg = dir.path().join("g.svg");
        ok(s, &["export", "--format", "svg", "--focus", "Alibaba", "-o", svg.to_str().unwrap()]);
        let text = std::fs::read_to_string(&svg).unwrap();
        assert!(text.contains("<svg") && text.contains("Alibaba"), "svg");
    } else {
        let o = run(s, &["export", "--format", "svg"]);
        assert!(String::from_utf8_lossy(&o.stderr).contains("install Graphviz"));
    }
}

#[test]
fn reading_a_missing_store_says_how_to_make_one() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(&dir.path().join("nothing"), &["query", "ASK {}"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("run `chipgraph ingest` first"));
}

#[test]
fn stdin_is_read_with_a_dash() {
    use std::io::Write;
    let mut child = bin()
        .args(["extract", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"{\"url\":\"https://wire.test/x\",\"date\":\"2024-12-03\",\"text\":\"China's commerce ministry said on Tuesday it would ban exports of gallium to the United States.\"}\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["url"], "https://wire.test/x");
    let d = &v["decisions"][0];
    assert_eq!(d["agent"], "Chinese Ministry of Commerce");
    assert_eq!(d["kind"], "ExportRestriction");
    assert_eq!(d["object"], "gallium");
    assert_eq!(d["target"], "United States");
    assert_eq!(d["date"], "2024-12-03", "Tuesday before the article date");
}

#[test]
fn graph_filters_select_facts() {
    let s = news_store();
    // Only 2026: China's purchase approvals; the 2025 U.S. licence is out.
    let t = ok(s, &["neighbors", "H200", "--since", "2026-01-01", "--format", "csv"]);
    assert!(t.contains("PurchaseAuthorization") && !t.contains("ExportLicense"), "{t}");
    let t = ok(s, &["neighbors", "H200", "--until", "2025-12-31", "--format", "csv"]);
    assert!(!t.contains("PurchaseAuthorization") && t.contains("ExportLicense"), "{t}");
    let t = ok(s, &["neighbors", "Nvidia", "--source", "china-approves-nvidia-h200-purchases", "--format", "csv"]);
    // That article's decisions: the purchase approvals, the U.S. licence it recalls and
    // Beijing's earlier discouragement of Nvidia purchases ("Beijing, which for months had
    // discouraged domestic firms from buying Nvidia hardware").
    assert!(t.lines().skip(1).all(|l| l.contains("PurchaseAuthorization") || l.contains("United States: ExportLicense") || l.contains("China: Ban Nvidia → China") || !l.contains("Decision/")), "{t}");
    assert_eq!(t.lines().filter(|l| l.contains("PurchaseAuthorization")).count(), 3, "{t}");
    let o = run(s, &["neighbors", "H200", "--since", "yesterday-ish"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("not a date"));
}
