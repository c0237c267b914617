//! The one place that mints IRIs.
//!
//! Entity IRIs are stable across articles: they depend only on the entity's kind and
//! canonical name (`https://chipgraph.dev/id/company/nvidia`), so "Nvidia" in ten articles
//! is one node. Decision and evidence IRIs depend on the article and what they say, so
//! re-ingesting an article mints the same IRIs again.

use super::kinds::EntityKind;
use super::vocab;
use oxigraph::model::NamedNode;
use sha2::{Digest, Sha256};

/// Lowercase ASCII slug: letters and digits, words joined by `-`.
///
/// Non-ASCII letters are kept as they are (IRIs allow them); everything else separates words.
///
/// ```
/// assert_eq!(chipgraph::model::iri::slug("U.S. Commerce Department"), "u-s-commerce-department");
/// assert_eq!(chipgraph::model::iri::slug("Ascend 910B"), "ascend-910b");
/// ```
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else if c != '\'' && c != '’' {
            dash = true;
        }
    }
    if out.is_empty() {
        out.push_str("unnamed");
    }
    out
}

/// The IRI of an entity of `kind` whose canonical name is `name`.
pub fn entity_iri(kind: EntityKind, name: &str) -> NamedNode {
    NamedNode::new(format!("{}{}/{}", vocab::ID, kind.segment(), slug(name)))
        .expect("slugs are valid IRI path segments")
}

/// Hex digest of SHA-256.
pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

/// Lowercase hexadecimal of a digest.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(2 * bytes.len()), |mut s, b| {
        write!(s, "{b:02x}").expect("writing to a String");
        s
    })
}

/// The IRI (and named graph name) of an article: its URL when that is a valid http(s) IRI,
/// else one minted from the hash of its text.
pub fn document_iri(url: Option<&str>, content_hash: &str) -> NamedNode {
    if let Some(url) = url {
        let url = url.trim();
        if url.starts_with("http://") || url.starts_with("https://") {
            if let Ok(n) = NamedNode::new(url) {
                return n;
            }
        }
    }
    NamedNode::new(format!("{}sha256-{}", vocab::DOC, &content_hash[..content_hash.len().min(32)]))
        .expect("hex is a valid IRI")
}

/// The IRI of a decision, evidence or relation node: `kind` is `decision`, `evidence` or
/// `relation`, `key` everything that identifies the node within its document.
pub fn node_iri(kind: &str, document: &NamedNode, key: &str) -> NamedNode {
    let h = sha256_hex(format!("{}\u{0}{key}", document.as_str()).as_bytes());
    NamedNode::new(format!("{}{kind}/{}", vocab::ID, &h[..24])).expect("hex is a valid IRI")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_iris_are_stable_and_valid() {
        assert_eq!(
            entity_iri(EntityKind::Company, "Nvidia").as_str(),
            "https://chipgraph.dev/id/company/nvidia"
        );
        assert_eq!(entity_iri(EntityKind::Chip, "RTX Pro 6000D").as_str(), "https://chipgraph.dev/id/chip/rtx-pro-6000d");
        assert_eq!(slug("Nvidia’s"), "nvidias");
        assert_eq!(slug("}\"\n<>"), "unnamed");
    }

    #[test]
    fn document_iri_falls_back_to_hash() {
        let h = sha256_hex(b"text");
        assert_eq!(document_iri(Some("https://ex.test/a"), &h).as_str(), "https://ex.test/a");
        assert!(document_iri(Some("not a url"), &h).as_str().starts_with(vocab::DOC));
        assert!(document_iri(Some("https://bad url/x"), &h).as_str().starts_with(vocab::DOC));
        assert!(document_iri(None, &h).as_str().starts_with(vocab::DOC));
    }
}
