#![doc = include_str!("../README.md")]
//!
//! The library is one module per pipeline stage:
//! [`ingest`] → [`extract`] → [`model`] → [`store`] → [`graph`] → [`query`] / [`export`].

pub mod dates;
pub mod error;
pub mod export;
pub mod graph;

pub mod extract;

pub mod ingest;
pub mod model;
pub mod query;
pub mod store;

pub use error::{Error, Result};
