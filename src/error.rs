//! The library's error type. Every variant carries what a user needs to find the problem:
//! the file, the line, the document.

use std::path::PathBuf;

/// Errors of the chipgraph library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be read.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An input could be read but not understood.
    #[error("{origin}: {message}")]
    Parse { origin: String, message: String },
    /// A lexicon or ontology file is not valid Turtle or lacks a required field.
    #[error("lexicon {origin}: {message}")]
    Lexicon { origin: String, message: String },
    /// The RDF store failed.
    #[error("store {path}: {message}")]
    Store { path: String, message: String },
    /// A SPARQL query could not be parsed or evaluated.
    #[error("query: {0}")]
    Query(String),
    /// A name given by the user matched no entity.
    #[error("no entity named {0:?}")]
    UnknownEntity(String),
    /// A name given by the user matched several entities.
    #[error("{name:?} is ambiguous: {}", choices.join(", "))]
    AmbiguousEntity { name: String, choices: Vec<String> },
    /// Writing output failed.
    #[error("output: {0}")]
    Output(String),
    /// An external program (Graphviz) failed or is missing.
    #[error("{0}")]
    External(String),
}

/// Result with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
