//! The data model: kinds, vocabulary, IRIs, and the mapping of an extraction to RDF quads.
//!
//! This is the only module that mints IRIs ([`iri`]) and the only one that knows how an
//! [`Extraction`](crate::extract::Extraction) becomes triples ([`rdf`]).

pub mod iri;
pub mod kinds;
pub mod rdf;
pub mod vocab;

pub use kinds::{DecisionKind, EntityKind, Modality, RelationKind};
