//! Vocabulary constants: every ontology term the code uses, in one place.
//!
//! A test (`every_term_is_declared_in_the_ontology`) checks each `cg:` constant against
//! `ontology/chipgraph.ttl`, so the code and the ontology cannot drift apart.

use oxigraph::model::NamedNodeRef;

/// The ontology namespace.
pub const CG: &str = "https://chipgraph.dev/ontology#";
/// Base of entity, decision and evidence IRIs.
pub const ID: &str = "https://chipgraph.dev/id/";
/// Base of document IRIs minted from content hashes.
pub const DOC: &str = "https://chipgraph.dev/doc/";

macro_rules! terms {
    ($($(#[$m:meta])* $name:ident = $iri:expr;)*) => {
        $($(#[$m])* pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked($iri);)*
    };
}

macro_rules! cg_terms {
    ($($(#[$m:meta])* $name:ident = $local:literal;)*) => {
        $($(#[$m])* pub const $name: NamedNodeRef<'static> =
            NamedNodeRef::new_unchecked(concat!("https://chipgraph.dev/ontology#", $local));)*
        /// Every `cg:` term the code uses, with its local name (for the ontology test).
        pub const CG_TERMS: &[(&str, NamedNodeRef<'static>)] = &[$(($local, $name)),*];
    };
}

cg_terms! {
    ENTITY = "Entity";
    COMPANY = "Company";
    CHIP = "Chip";
    GOVERNMENT = "Government";
    PERSON = "Person";
    PRODUCT = "Product";
    MEDIA_OUTLET = "MediaOutlet";
    DECISION = "Decision";
    EXPORT_RESTRICTION = "ExportRestriction";
    EXPORT_LICENSE = "ExportLicense";
    PURCHASE_AUTHORIZATION = "PurchaseAuthorization";
    APPROVAL = "Approval";
    BAN = "Ban";
    INVESTIGATION = "Investigation";
    SANCTION = "Sanction";
    TARIFF = "Tariff";
    SUBSIDY = "Subsidy";
    OTHER_DECISION = "OtherDecision";
    ARTICLE = "Article";
    EVIDENCE_CLASS = "Evidence";
    RELATION_ASSERTION = "RelationAssertion";
    AGENT = "agent";
    SUBJECT = "subject";
    OBJECT = "object";
    TARGET = "target";
    EVIDENCE = "evidence";
    SOURCE_DOCUMENT = "sourceDocument";
    MENTIONS = "mentions";
    DESIGNS = "designs";
    MANUFACTURES = "manufactures";
    SUPPLIES = "supplies";
    BUYS = "buys";
    SELLS_TO = "sellsTo";
    SUBSIDIARY_OF = "subsidiaryOf";
    HEADQUARTERED_IN = "headquarteredIn";
    PART_OF = "partOf";
    DECISION_DATE = "decisionDate";
    DATE_TEXT = "dateText";
    MODALITY = "modality";
    CONFIDENCE = "confidence";
    SENTENCE = "sentence";
    START_OFFSET = "startOffset";
    END_OFFSET = "endOffset";
    CONTENT_HASH = "contentHash";
    GRAPH_HASH = "graphHash";
    ALIAS = "alias";
    DEMONYM = "demonym";
    AMOUNT = "amount";
    ACTS_FOR = "actsFor";
    KEEPS_LIST = "keepsList";
    ADMINISTERS = "administers";
}

terms! {
    RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    RDF_SUBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject";
    RDF_PREDICATE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate";
    RDF_OBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object";
    RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel";
    SKOS_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel";
    OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
    DCT_TITLE = "http://purl.org/dc/terms/title";
    SCHEMA_URL = "http://schema.org/url";
    SCHEMA_DATE_PUBLISHED = "http://schema.org/datePublished";
    PROV_GENERATED_AT_TIME = "http://www.w3.org/ns/prov#generatedAtTime";
    XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";
    XSD_DATE_TIME = "http://www.w3.org/2001/XMLSchema#dateTime";
    XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer";
    XSD_DOUBLE = "http://www.w3.org/2001/XMLSchema#double";
}

/// The named graph that holds the ontology and the lexicon.
pub const ONTOLOGY_GRAPH: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://chipgraph.dev/graph/ontology");

/// The named graph that holds what is known of entities themselves: type, label, parent
/// body, links. Articles add to it; it is never half an article, since nothing in it depends
/// on one article.
pub const ENTITIES_GRAPH: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://chipgraph.dev/graph/entities");

/// Prefixes used when printing Turtle, TriG and SPARQL.
pub const PREFIXES: &[(&str, &str)] = &[
    ("cg", CG),
    ("company", "https://chipgraph.dev/id/company/"),
    ("chip", "https://chipgraph.dev/id/chip/"),
    ("gov", "https://chipgraph.dev/id/government/"),
    ("person", "https://chipgraph.dev/id/person/"),
    ("product", "https://chipgraph.dev/id/product/"),
    ("decision", "https://chipgraph.dev/id/decision/"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("schema", "http://schema.org/"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("wd", "http://www.wikidata.org/entity/"),
];

/// The ontology, as Turtle, embedded in the binary.
pub const ONTOLOGY_TTL: &str = include_str!("../../ontology/chipgraph.ttl");
/// The built-in lexicon (gazetteer), as Turtle, embedded in the binary.
pub const LEXICON_TTL: &str = include_str!("../../ontology/lexicon.ttl");

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::{NamedOrBlankNode, Term};
    use std::collections::HashSet;

    #[test]
    fn every_term_is_declared_in_the_ontology() {
        let owl = "http://www.w3.org/2002/07/owl#";
        let declared: HashSet<String> = RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(ONTOLOGY_TTL.as_bytes())
            .map(|q| q.expect("ontology parses"))
            .filter(|q| q.predicate == RDF_TYPE)
            .filter(|q| match &q.object {
                Term::NamedNode(n) => {
                    [format!("{owl}Class"), format!("{owl}ObjectProperty"),
                     format!("{owl}DatatypeProperty"), format!("{owl}TransitiveProperty")]
                        .contains(&n.as_str().to_string())
                }
                _ => false,
            })
            .filter_map(|q| match q.subject {
                NamedOrBlankNode::NamedNode(n) => Some(n.into_string()),
                _ => None,
            })
            .collect();
        for (local, term) in CG_TERMS {
            assert!(declared.contains(term.as_str()), "cg:{local} is not declared in ontology/chipgraph.ttl");
        }
    }

    #[test]
    fn every_declared_term_has_a_label_and_comment() {
        let quads: Vec<_> = RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(ONTOLOGY_TTL.as_bytes())
            .map(|q| q.unwrap())
            .collect();
        for (local, term) in CG_TERMS {
            let has = |p: &str| quads.iter().any(|q| {
                matches!(&q.subject, NamedOrBlankNode::NamedNode(n) if n.as_str() == term.as_str())
                    && q.predicate.as_str() == p
            });
            assert!(has(RDFS_LABEL.as_str()), "cg:{local} has no rdfs:label");
            assert!(has("http://www.w3.org/2000/01/rdf-schema#comment"), "cg:{local} has no rdfs:comment");
        }
    }
}
