//! SPARQL results and named lookups: formatting results as terminal tables, JSON, CSV, TSV
//! or XML, and the lookups the CLI offers without SPARQL (`approvals`, entity resolution).

use crate::error::{Error, Result};
use crate::model::vocab;
use crate::store::ChipStore;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Literal, Term};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::io::Write;

pub mod lookup;

/// The approvals query, the same text as `examples/queries/approvals.rq`.
pub const APPROVALS_RQ: &str = include_str!("../../examples/queries/approvals.rq");

/// How to print SELECT/ASK results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultsFormat {
    Table,
    Json,
    Csv,
    Tsv,
    Xml,
}

impl ResultsFormat {
    /// Parses a format name.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s.to_ascii_lowercase().as_str() {
            "table" => ResultsFormat::Table,
            "json" => ResultsFormat::Json,
            "csv" => ResultsFormat::Csv,
            "tsv" => ResultsFormat::Tsv,
            "xml" => ResultsFormat::Xml,
            _ => return None,
        })
    }
}

/// RDF formats by their usual names.
pub fn rdf_format(name: &str) -> Option<RdfFormat> {
    Some(match name.to_ascii_lowercase().as_str() {
        "turtle" | "ttl" => RdfFormat::Turtle,
        "ntriples" | "nt" | "n-triples" => RdfFormat::NTriples,
        "nquads" | "nq" | "n-quads" => RdfFormat::NQuads,
        "trig" => RdfFormat::TriG,
        "jsonld" | "json-ld" => RdfFormat::JsonLd { profile: Default::default() },
        "rdfxml" | "rdf" | "xml" | "rdf/xml" => RdfFormat::RdfXml,
        "n3" => RdfFormat::N3,
        _ => return None,
    })
}

/// A term as a short readable string: prefixed IRIs, plain literal values.
/// `query` with the variable `?var` replaced by the IRI `iri`, written by Oxigraph's
/// serializer (`NamedNode::new` rejects anything that is not an IRI, so nothing else can
/// enter the query). Binding the variable instead (`ChipStore::query`'s bindings) leaves the
/// optimizer without the constant: on a 31k-article store one entity's relations took 18 s
/// bound and 0.02 s written. The variable must not be projected.
pub fn with_iri(query: &str, var: &str, iri: &str) -> Result<String> {
    let node = oxigraph::model::NamedNode::new(iri).map_err(|e| Error::Query(format!("{iri}: {e}")))?;
    let re = regex::Regex::new(&format!(r"\?{}\b", regex::escape(var))).map_err(|e| Error::Query(e.to_string()))?;
    Ok(re.replace_all(query, regex::NoExpand(&node.to_string())).into_owned())
}

pub fn short(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => {
            let s = n.as_str();
            for (p, iri) in vocab::PREFIXES {
                if let Some(local) = s.strip_prefix(iri) {
                    if !local.is_empty() && local.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_') {
                        return format!("{p}:{local}");
                    }
                }
            }
            s.to_string()
        }
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// A table of rows of optional terms.
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<Option<Term>>>,
}

impl Table {
    /// Collects SELECT results.
    pub fn from_results(results: QueryResults<'static>) -> Result<Table> {
        let QueryResults::Solutions(solutions) = results else {
            return Err(Error::Query("not a SELECT query".into()));
        };
        let header: Vec<String> = solutions.variables().iter().map(|v| v.as_str().to_string()).collect();
        let mut rows = Vec::new();
        for s in solutions {
            let s = s.map_err(|e| Error::Query(e.to_string()))?;
            rows.push((0..header.len()).map(|i| s.get(i).cloned()).collect());
        }
        Ok(Table { header, rows })
    }

    /// Column `name` of row `i`, shortened.
    pub fn cell(&self, i: usize, name: &str) -> String {
        self.header
            .iter()
            .position(|h| h == name)
            .and_then(|c| self.rows[i][c].as_ref())
            .map(short)
            .unwrap_or_default()
    }

    /// Writes the table in `format`.
    pub fn write(&self, format: ResultsFormat, out: &mut dyn Write) -> Result<()> {
        let io = |e: std::io::Error| Error::Output(e.to_string());
        match format {
            ResultsFormat::Table => {
                let mut t = comfy_table::Table::new();
                t.load_preset(comfy_table::presets::UTF8_BORDERS_ONLY);
                t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
                t.set_header(&self.header);
                for r in &self.rows {
                    t.add_row(r.iter().map(|c| c.as_ref().map(short).unwrap_or_default()).map(|s| truncate(&s, 160)));
                }
                writeln!(out, "{t}").map_err(io)?;
                writeln!(out, "{} row{}", self.rows.len(), if self.rows.len() == 1 { "" } else { "s" }).map_err(io)
            }
            _ => {
                let f = match format {
                    ResultsFormat::Json => QueryResultsFormat::Json,
                    ResultsFormat::Csv => QueryResultsFormat::Csv,
                    ResultsFormat::Tsv => QueryResultsFormat::Tsv,
                    _ => QueryResultsFormat::Xml,
                };
                let vars: Vec<oxigraph::sparql::Variable> = self.header.iter().map(|h| oxigraph::sparql::Variable::new_unchecked(h.clone())).collect();
                let mut w = QueryResultsSerializer::from_format(f).serialize_solutions_to_writer(out, vars.clone()).map_err(io)?;
                for r in &self.rows {
                    w.serialize(vars.iter().zip(r).filter_map(|(v, t)| Some((v.as_ref(), t.as_ref()?.as_ref())))).map_err(io)?;
                }
                w.finish().map_err(io)?;
                Ok(())
            }
        }
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).collect::<String>() + "…"
    }
}

/// Writes any query's results: SELECT as a table or results format, ASK as `true`/`false`
/// (or a results document), CONSTRUCT/DESCRIBE as RDF in `graph_format`.
pub fn write_results(results: QueryResults<'static>, format: ResultsFormat, graph_format: RdfFormat, out: &mut dyn Write) -> Result<()> {
    let io = |e: std::io::Error| Error::Output(e.to_string());
    match results {
        QueryResults::Boolean(b) => match format {
            ResultsFormat::Table => writeln!(out, "{b}").map_err(io),
            f => {
                let rf = match f {
                    ResultsFormat::Json => QueryResultsFormat::Json,
                    ResultsFormat::Csv => QueryResultsFormat::Csv,
                    ResultsFormat::Tsv => QueryResultsFormat::Tsv,
                    _ => QueryResultsFormat::Xml,
                };
                QueryResultsSerializer::from_format(rf).serialize_boolean_to_writer(out, b).map_err(io)?;
                Ok(())
            }
        },
        QueryResults::Graph(triples) => {
            let mut ser = RdfSerializer::from_format(graph_format);
            for (p, iri) in vocab::PREFIXES {
                ser = ser.with_prefix(*p, *iri).map_err(|e| Error::Output(e.to_string()))?;
            }
            let mut w = ser.for_writer(out);
            for t in triples {
                let t = t.map_err(|e| Error::Query(e.to_string()))?;
                w.serialize_triple(&t).map_err(io)?;
            }
            w.finish().map_err(io)?;
            Ok(())
        }
        solutions @ QueryResults::Solutions(_) => Table::from_results(solutions)?.write(format, out),
    }
}

/// An entity of the store matched by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityMatch {
    pub iri: String,
    pub label: String,
    pub kind: String,
}

/// The name-resolution query around one pattern binding `?e` to a label `?l`.
macro_rules! resolve_rq {
    ($labels:literal) => {
        concat!(
            "SELECT DISTINCT ?e ?label ?type ?key WHERE {\n",
            $labels,
            "\n  FILTER (LCASE(STR(?l)) = ?key)
  ?e a ?type .
  FILTER (STRSTARTS(STR(?type), \"https://chipgraph.dev/ontology#\"))
  OPTIONAL { ?e skos:prefLabel ?pref }
  OPTIONAL { ?e rdfs:label ?rl }
  BIND (COALESCE(?pref, ?rl) AS ?label)
}"
        )
    };
}

/// Labels and aliases in every graph.
const RESOLVE_RQ: &str = resolve_rq!("  ?e rdfs:label|skos:prefLabel|skos:altLabel|cg:alias ?l .");

/// Labels in the entities and lexicon graphs only (a few thousand): tried first, as the
/// aliases of every article make [`RESOLVE_RQ`] slow on a large store (seconds over 30,000
/// articles).
const RESOLVE_LABELS_RQ: &str = resolve_rq!(
    "  VALUES ?g { <https://chipgraph.dev/graph/entities> <https://chipgraph.dev/graph/ontology> }
  GRAPH ?g { ?e rdfs:label|skos:prefLabel|skos:altLabel ?l }"
);

/// Resolves a user-typed name to entities through labels and aliases, case-insensitively.
/// The name is bound as a literal, never spliced into the query text.
pub fn resolve(store: &ChipStore, name: &str) -> Result<Vec<EntityMatch>> {
    let key: Term = Literal::new_simple_literal(name.trim().to_lowercase()).into();
    let mut t = Table::from_results(store.query(RESOLVE_LABELS_RQ, &[("key", key.clone())])?)?;
    if t.rows.is_empty() {
        t = Table::from_results(store.query(RESOLVE_RQ, &[("key", key)])?)?;
    }
    let mut out: Vec<EntityMatch> = Vec::new();
    for i in 0..t.rows.len() {
        let iri = match &t.rows[i][0] {
            Some(Term::NamedNode(n)) => n.as_str().to_string(),
            _ => continue,
        };
        if out.iter().any(|m| m.iri == iri) {
            continue;
        }
        out.push(EntityMatch { iri, label: t.cell(i, "label"), kind: t.cell(i, "type").trim_start_matches("cg:").to_string() });
    }
    Ok(out)
}

/// Resolves a name to exactly one entity, or says why it cannot.
pub fn resolve_one(store: &ChipStore, name: &str) -> Result<EntityMatch> {
    let mut m = resolve(store, name)?;
    match m.len() {
        0 => Err(Error::UnknownEntity(name.to_string())),
        1 => Ok(m.remove(0)),
        _ => {
            // A label that equals the name exactly beats aliases.
            if let Some(i) = m.iter().position(|x| x.label.eq_ignore_ascii_case(name.trim())) {
                if m.iter().filter(|x| x.label.eq_ignore_ascii_case(name.trim())).count() == 1 {
                    return Ok(m.remove(i));
                }
            }
            Err(Error::AmbiguousEntity {
                name: name.to_string(),
                choices: m.iter().map(|x| format!("{} ({}, {})", x.label, x.kind, x.iri)).collect(),
            })
        }
    }
}

/// Filters for [`approvals`]: names resolved to entities first.
#[derive(Clone, Debug, Default)]
pub struct ApprovalFilter {
    pub chip: Option<String>,
    pub firm: Option<String>,
    pub by: Option<String>,
}

const PARTS_RQ: &str = "SELECT DISTINCT ?x ?d WHERE { ?d cg:partOf* ?x }";

/// The body with this IRI and every body that is part of it, at any depth.
pub fn parts_of(store: &ChipStore, iri: &str) -> Result<Vec<oxigraph::model::NamedNode>> {
    let x = oxigraph::model::NamedNode::new(iri).map_err(|e| Error::Query(e.to_string()))?;
    let t = Table::from_results(store.query(PARTS_RQ, &[("x", x.clone().into())])?)?;
    let mut out = vec![x];
    for r in &t.rows {
        if let Some(Term::NamedNode(n)) = &r[1] {
            if !out.contains(n) {
                out.push(n.clone());
            }
        }
    }
    Ok(out)
}

/// Runs `examples/queries/approvals.rq`; filters resolve names to entities first and join
/// the query as values of ?chipNode, ?firmNode and ?govNode.
pub fn approvals(store: &ChipStore, filter: &ApprovalFilter) -> Result<Table> {
    let mut rows: Vec<Vec<Term>> = vec![vec![]];
    let mut vars: Vec<&str> = Vec::new();
    for (var, name) in [("chipNode", &filter.chip), ("firmNode", &filter.firm), ("govNode", &filter.by)] {
        let Some(n) = name else { continue };
        let m = resolve_one(store, n)?;
        let values: Vec<oxigraph::model::NamedNode> = if var == "govNode" {
            parts_of(store, &m.iri)?
        } else {
            vec![oxigraph::model::NamedNode::new(m.iri).map_err(|e| Error::Query(e.to_string()))?]
        };
        vars.push(var);
        rows = rows.iter().flat_map(|r| values.iter().map(move |v| {
            let mut r = r.clone();
            r.push(v.clone().into());
            r
        })).collect();
    }
    if vars.is_empty() {
        return Table::from_results(store.query(APPROVALS_RQ, &[])?);
    }
    // One query per combination, each with its nodes bound: a bound node starts the query at
    // its index entries (0.2 s against 20 s for a VALUES join over 90,000 decisions). A bound
    // variable must be projected: the nodes are, and their columns dropped after.
    const HEAD: &str = "SELECT DISTINCT ?firm ?chip ?vendor ?government ?date ?source ?evidence";
    let projected = APPROVALS_RQ.replacen(HEAD, &format!("{HEAD} ?firmNode ?chipNode ?govNode"), 1);
    if projected == APPROVALS_RQ {
        return Err(Error::Query("approvals.rq no longer starts with the expected projection".into()));
    }
    let mut table: Option<Table> = None;
    for row in &rows {
        let bindings: Vec<(&str, Term)> = vars.iter().copied().zip(row.iter().cloned()).collect();
        let mut part = Table::from_results(store.query(&projected, &bindings)?)?;
        part.header.truncate(7);
        for r in &mut part.rows {
            r.truncate(7);
        }
        match &mut table {
            None => table = Some(part),
            Some(t) => t.rows.extend(part.rows),
        }
    }
    let mut table = table.expect("at least one combination");
    // The query's order: firm, chip, date.
    let key = |r: &Vec<Option<Term>>| [0, 1, 4].map(|i| r.get(i).cloned().flatten().map(|t| match t {
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }));
    table.rows.sort_by_key(key);
    table.rows.dedup();
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_iri_is_written_for_its_variable_only() {
        let q = with_iri("SELECT ?r0 WHERE { ?d ?r0 ?seed . ?seedling ?p ?seed }", "seed", "https://chipgraph.dev/id/company/alibaba").unwrap();
        assert_eq!(q, "SELECT ?r0 WHERE { ?d ?r0 <https://chipgraph.dev/id/company/alibaba> . ?seedling ?p <https://chipgraph.dev/id/company/alibaba> }");
    }

    #[test]
    fn what_is_not_an_iri_never_enters_a_query() {
        for bad in ["https://x.test/a> } DROP ALL { <a", "not an iri", "https://x.test/a b"] {
            assert!(with_iri("SELECT * WHERE { ?s ?p ?seed }", "seed", bad).is_err(), "{bad}");
        }
    }
}
