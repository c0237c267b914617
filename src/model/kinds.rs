//! Enums for the kinds of things the graph holds, with their contract names (the JSON of
//! `chipgraph extract`) and their ontology classes and properties.

use super::vocab;
use oxigraph::model::NamedNodeRef;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    Company,
    Chip,
    Government,
    Person,
    Product,
    /// News media and wires: sources, never actors. Not reported as entities.
    #[serde(rename = "MediaOutlet")]
    Media,
}

impl EntityKind {
    /// All kinds, in the order used for display.
    pub const ALL: [EntityKind; 6] = [
        EntityKind::Company,
        EntityKind::Chip,
        EntityKind::Government,
        EntityKind::Person,
        EntityKind::Product,
        EntityKind::Media,
    ];

    /// The name used in the JSON contract ("Company", "Chip" …).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Company => "Company",
            EntityKind::Chip => "Chip",
            EntityKind::Government => "Government",
            EntityKind::Person => "Person",
            EntityKind::Product => "Product",
            EntityKind::Media => "MediaOutlet",
        }
    }

    /// The path segment of this kind's entity IRIs.
    pub fn segment(self) -> &'static str {
        match self {
            EntityKind::Company => "company",
            EntityKind::Chip => "chip",
            EntityKind::Government => "government",
            EntityKind::Person => "person",
            EntityKind::Product => "product",
            EntityKind::Media => "media",
        }
    }

    /// The ontology class.
    pub fn class(self) -> NamedNodeRef<'static> {
        match self {
            EntityKind::Company => vocab::COMPANY,
            EntityKind::Chip => vocab::CHIP,
            EntityKind::Government => vocab::GOVERNMENT,
            EntityKind::Person => vocab::PERSON,
            EntityKind::Product => vocab::PRODUCT,
            EntityKind::Media => vocab::MEDIA_OUTLET,
        }
    }

    /// The kind whose ontology class has this IRI.
    pub fn from_class(iri: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.class().as_str() == iri)
    }

    /// Parses a contract name, case-insensitively.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of a government decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DecisionKind {
    ExportRestriction,
    ExportLicense,
    PurchaseAuthorization,
    Approval,
    Ban,
    Investigation,
    Sanction,
    Tariff,
    Subsidy,
    Other,
}

impl DecisionKind {
    /// All kinds.
    pub const ALL: [DecisionKind; 10] = [
        DecisionKind::ExportRestriction,
        DecisionKind::ExportLicense,
        DecisionKind::PurchaseAuthorization,
        DecisionKind::Approval,
        DecisionKind::Ban,
        DecisionKind::Investigation,
        DecisionKind::Sanction,
        DecisionKind::Tariff,
        DecisionKind::Subsidy,
        DecisionKind::Other,
    ];

    /// The name used in the JSON contract.
    pub fn as_str(self) -> &'static str {
        match self {
            DecisionKind::ExportRestriction => "ExportRestriction",
            DecisionKind::ExportLicense => "ExportLicense",
            DecisionKind::PurchaseAuthorization => "PurchaseAuthorization",
            DecisionKind::Approval => "Approval",
            DecisionKind::Ban => "Ban",
            DecisionKind::Investigation => "Investigation",
            DecisionKind::Sanction => "Sanction",
            DecisionKind::Tariff => "Tariff",
            DecisionKind::Subsidy => "Subsidy",
            DecisionKind::Other => "Other",
        }
    }

    /// The ontology class (a subclass of `cg:Decision`).
    pub fn class(self) -> NamedNodeRef<'static> {
        match self {
            DecisionKind::ExportRestriction => vocab::EXPORT_RESTRICTION,
            DecisionKind::ExportLicense => vocab::EXPORT_LICENSE,
            DecisionKind::PurchaseAuthorization => vocab::PURCHASE_AUTHORIZATION,
            DecisionKind::Approval => vocab::APPROVAL,
            DecisionKind::Ban => vocab::BAN,
            DecisionKind::Investigation => vocab::INVESTIGATION,
            DecisionKind::Sanction => vocab::SANCTION,
            DecisionKind::Tariff => vocab::TARIFF,
            DecisionKind::Subsidy => vocab::SUBSIDY,
            DecisionKind::Other => vocab::OTHER_DECISION,
        }
    }

    /// The kind whose ontology class has this IRI.
    pub fn from_class(iri: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.class().as_str() == iri)
    }

    /// Parses a contract name, case-insensitively.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str().eq_ignore_ascii_case(s))
    }

    /// True for the kinds that permit something (approvals, licences, authorisations).
    pub fn is_permit(self) -> bool {
        matches!(
            self,
            DecisionKind::ExportLicense | DecisionKind::PurchaseAuthorization | DecisionKind::Approval
        )
    }
}

impl fmt::Display for DecisionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How firmly a text states a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated as a fact by the article.
    Asserted,
    /// Attributed to sources ("people familiar with the matter said", "Reuters reported").
    Reported,
    /// Announced as intended but not yet taken ("plans to", "is set to").
    Planned,
    /// Possible, considered, weighed ("could", "is weighing").
    Speculative,
    /// Denied or undone ("has not approved", "lifted the ban").
    Negated,
}

impl Modality {
    /// All modalities.
    pub const ALL: [Modality; 5] = [
        Modality::Asserted,
        Modality::Reported,
        Modality::Planned,
        Modality::Speculative,
        Modality::Negated,
    ];

    /// The lowercase name stored in RDF and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Reported => "reported",
            Modality::Planned => "planned",
            Modality::Speculative => "speculative",
            Modality::Negated => "negated",
        }
    }

    /// Parses a name, case-insensitively.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str().eq_ignore_ascii_case(s))
    }

    /// True when the decision counts as taken (asserted or reported).
    pub fn is_factual(self) -> bool {
        matches!(self, Modality::Asserted | Modality::Reported)
    }
}

impl fmt::Display for Modality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A relation between a company and another entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    Designs,
    Manufactures,
    Supplies,
    Buys,
    SellsTo,
    SubsidiaryOf,
    HeadquarteredIn,
}

impl RelationKind {
    /// All relation kinds.
    pub const ALL: [RelationKind; 7] = [
        RelationKind::Designs,
        RelationKind::Manufactures,
        RelationKind::Supplies,
        RelationKind::Buys,
        RelationKind::SellsTo,
        RelationKind::SubsidiaryOf,
        RelationKind::HeadquarteredIn,
    ];

    /// The predicate name used in the JSON contract ("sells_to" …).
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Designs => "designs",
            RelationKind::Manufactures => "manufactures",
            RelationKind::Supplies => "supplies",
            RelationKind::Buys => "buys",
            RelationKind::SellsTo => "sells_to",
            RelationKind::SubsidiaryOf => "subsidiary_of",
            RelationKind::HeadquarteredIn => "headquartered_in",
        }
    }

    /// The ontology property.
    pub fn property(self) -> NamedNodeRef<'static> {
        match self {
            RelationKind::Designs => vocab::DESIGNS,
            RelationKind::Manufactures => vocab::MANUFACTURES,
            RelationKind::Supplies => vocab::SUPPLIES,
            RelationKind::Buys => vocab::BUYS,
            RelationKind::SellsTo => vocab::SELLS_TO,
            RelationKind::SubsidiaryOf => vocab::SUBSIDIARY_OF,
            RelationKind::HeadquarteredIn => vocab::HEADQUARTERED_IN,
        }
    }

    /// The relation whose property has this IRI.
    pub fn from_property(iri: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.property().as_str() == iri)
    }
}

impl fmt::Display for RelationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
