//! Decisions: triggers (verb classes and their nominalisations), the clause around each, the
//! roles filled from the mentions in it, the kind refined from context words, modality from
//! hedges and negation, and coordination expanded into one record per combination.

use super::mentions::{Mention, Source};
use super::sentences::Sentence;
use super::{Context, Decision, Role};
use crate::dates;
use crate::model::{DecisionKind, EntityKind, Modality};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Verb classes. A trigger's family is refined into a [`DecisionKind`] by its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Permit,
    Restrict,
    Sanction,
    Investigate,
    Subsidy,
    Tariff,
    Other,
}

static TRIGGERS: LazyLock<Vec<(Regex, Family)>> = LazyLock::new(|| {
    let r = |p: &str| Regex::new(&format!(r"(?i)\b(?:{p})\b")).unwrap();
    vec![
        (r(r"(?:export\s+)?licen[cs](?:e|ing)\s+(?:restrictions?|requirements?|curbs?|rules?|controls?)|licen[cs]e requirements?|requir\w*\s+(?:to\s+(?:have|obtain|get|seek|apply\s+for)\s+)?(?:an?\s+)?(?:export\s+)?licen[cs]es?|need(?:s|ed)?\s+(?:to\s+(?:have|obtain|get|seek)\s+)?(?:an?\s+)?(?:export\s+)?licen[cs]es?|export controls?|export curbs?|export restrictions?|export bans?"), Family::Restrict),
        (r(r"entity list|unverified list|sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?"), Family::Sanction),
        (r(r"su(?:e|ed|es|ing) to block|lawsuit|(?:take|takes|taking|took|taken) (?:over|control)|seiz(?:e|es|ed|ing)|nationali[sz]\w*|veto(?:es|ed|ing)?|invok(?:e|ed|es|ing)|remov(?:e|ed|es|ing)\s+(?:\d+\s+)?(?:\w+\s+){0,3}from the"), Family::Other),
        (r(r"approv(?:e|es|ed|ing|al|als)|authori[sz](?:e|es|ed|ing|ation|ations)|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|green[- ]?l(?:ight|ights|ighted|it)|clear(?:s|ed|ance)|sign(?:s|ed)? off|licen[cs](?:e|es|ed|ing)|waivers?|exemptions?"), Family::Permit),
        (r(r"ban(?:s|ned|ning)?|bar(?:s|red|ring)|prohibit(?:s|ed|ing|ion|ions)?|restrict(?:s|ed|ing|ion|ions)?|curb(?:s|ed|ing)?|block(?:s|ed|ing)?|tighten(?:s|ed|ing)?|constrict(?:s|ed|ing)?|limit(?:s|ed|ing)?\s+(?:exports?|sales|shipments)|stop\s+(?:procuring|buying|purchasing|using|selling|shipping)|halt(?:s|ed|ing)?\s+(?:sales|shipments|exports|purchases)|cut(?:s|ting)?\s+off|crackdown|embargo(?:es|ed)?|avoid\s+(?:using|buying|purchasing)"), Family::Restrict),
        (r(r"investigat(?:e|es|ed|ing|ion|ions)|prob(?:e|es|ed|ing)|summon(?:s|ed|ing)?|inquir(?:y|ies)|security review|antitrust review|review(?:s|ed|ing)?|audit(?:s|ed|ing)?|violat(?:e|ed|es|ing|ion|ions)"), Family::Investigate),
        (r(r"subsid(?:y|ies|ize|ized|izing|ise|ised|ising)|grants?|granted|award(?:s|ed|ing)?|funding|incentives?|financial support|state aid"), Family::Subsidy),
        (r(r"tariffs?|import dut(?:y|ies)|levies|levy"), Family::Tariff),
    ]
});

static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i);|\s[—–]\s|,\s+(?:while|but|whereas|although|though|which|when|as|after|before|since|following|a day after|days after|weeks after|months after)\b|\s(?:after|before|since|following|while|whereas|although|because)\s").unwrap()
});
static EXPORT_WORDS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(export\w*|sell\w*|sales?|ship\w*|licen[cs]\w*|supply|supplying|deliver\w*|reexport\w*)\b").unwrap());
static PURCHASE_WORDS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(purchas\w*|buy\w*|import\w*|procur\w*|orders?|for use|use by|acquire chips|customers)\b").unwrap());
static MERGER_WORDS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(deal|acquisition|merger|takeover|acquire|acquiring|buyout|transaction)\b").unwrap());
static SANCTION_WORDS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(entity list|sanction\w*|blacklist\w*|unverified list)\b").unwrap());
static MONEY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:US)?\$\s?\d[\d,.]*\s*(?:billion|million|trillion|bn|mln|m|b)?\b|€\s?\d[\d,.]*\s*(?:billion|million|bn)?|\b\d[\d,.]*\s*(?:billion|million)\s+(?:yuan|euros?|dollars|won|yen)|\b\d+(?:\.\d+)?\s?(?:%|percent|per cent)").unwrap());
static SUBSIDY_CONTEXT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\$|€|billion|million|yuan|chips act|chips and science|subsid|funding|grant").unwrap());
static NEGATION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(not|n't|never|no longer|neither|nor|denied|denies|deny|refused|refuses|declined|rejected|rejects)\b|n’t\b").unwrap());
static UNDO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|end(?:s|ed|ing)?|revers(?:e|es|ed|ing)|roll(?:s|ed|ing)? back|withdr(?:aw|ew|awn))\b").unwrap());
static SPECULATIVE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(could|may|might|weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|explor(?:e|es|ed|ing)|possible|possibly|potential(?:ly)?|likely|expected to|threaten(?:s|ed|ing)?|proposals?|propos(?:e|es|ed|ing)|discuss(?:es|ed|ing)?|debat(?:e|es|ed|ing)|whether|if)\b").unwrap());
static PLANNED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(plan(?:s|ned)? to|planning to|(?:is|are|was|were) set to|intend(?:s|ed)? to|preparing to|prepares to|poised to|aim(?:s|ed)? to|seek(?:s|ing)? to|draft)\b").unwrap());
static REPORTED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(people familiar|person familiar|sources? (?:said|say|told|familiar|close)|according to|reported|reports? said|citing|reportedly|told reuters|told bloomberg)\b").unwrap());
/// A lowercase noun after a country name makes it an adjective: "U.S. companies".
static MODIFIED_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:-based|-headquartered|-listed|-made|[-\s]+(?:chip|memory|tech|technology|semiconductor|ai|equipment|internet|cloud|telecom|smartphone)?\s*(?:companies|company|firms?|chipmakers?|makers?|manufacturers?|technology|tech|chips?|markets?|customers|buyers|clients|users|operators|products|suppliers|giants|businesses|entities|industry|sector|semiconductors?|investors|brands|designers?|rivals?|counterparts?|groups?|equipment)\b)").unwrap()
});
static BAN_VERB: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(ban|bans|banned|banning|bar|bars|barred|barring|prohibit\w*|stop\s+\w+|halt\w*\s+\w+|block\w*|avoid\s+\w+|embargo\w*)$").unwrap());
static REMOVAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(remov(?:e|es|ed|ing)|delist(?:s|ed|ing)?|tak(?:e|es|en|ing) off|took off|drop(?:s|ped|ping)? from)\b").unwrap());
static REGULATORS_IN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:regulators?|authorities|officials|watchdogs?|governments?|lawmakers|antitrust enforcers)\s+in\s+(?:the\s+)?$|\b(?:regulators?|authorities|officials|watchdogs?)\s+in\s+(?:the\s+)?\S+\s+and\s+(?:the\s+)?$").unwrap());
static DEAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:['’]s?|\bits|\btheir)\s+(?:proposed\s+|planned\s+|pending\s+|attempted\s+)?(?:\$[\d.,]+\s*(?:billion|million|bn|m)\s+|[\d.,]+\s*(?:billion|million)\s+\w+\s+)?(?:acquisition|purchase|takeover|buyout|merger|deal)\s+(?:of|with|for)\s+").unwrap());
static NOMINAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(approval|approvals|authori[sz]ation|authori[sz]ations|green light|clearance|ban|bans|restriction|restrictions|curbs|crackdown|investigation|probe|inquiry|review|award|grant|subsidy|subsidies|tariffs?|sanctions?|decision|move)$").unwrap());
static LIST_WORDS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(entity list|unverified list|blacklist|sanctions? list)\b").unwrap());
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:['’]s)?\s*(?:,\s*)?(?:on \w+\s+)?(?:said|says|announced|announces|stated|confirmed|declared|noted|added|told|wrote)\b").unwrap());
static DESTINATION_PREP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(to|into|in|against|on|toward|towards|for|with|inside|within|at|including|and|or)\s+(?:the\s+)?$").unwrap());

struct Trigger {
    start: usize,
    end: usize,
    family: Family,
    text: String,
}

fn triggers(sentence: &str) -> Vec<Trigger> {
    let mut found: Vec<Trigger> = Vec::new();
    for (re, family) in TRIGGERS.iter() {
        for m in re.find_iter(sentence) {
            if found.iter().any(|t| t.start < m.end() && m.start() < t.end) {
                continue;
            }
            found.push(Trigger { start: m.start(), end: m.end(), family: *family, text: m.as_str().to_string() });
        }
    }
    found.sort_by_key(|t| t.start);
    found
}

fn clauses(sentence: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for m in CLAUSE_BREAK.find_iter(sentence) {
        if m.start() > start {
            out.push((start, m.start()));
        }
        start = m.start();
    }
    out.push((start, sentence.len()));
    out
}

/// A mention inside the sentence, with its position relative to the sentence.
#[derive(Clone, Copy)]
struct Local<'a> {
    m: &'a Mention,
    start: usize,
    end: usize,
    kind: EntityKind,
}

fn is_state(ctx: &Context, entity: usize) -> bool {
    let e = &ctx.mentions.entities[entity];
    e.kind == EntityKind::Government && e.part_of.is_none()
}

/// Depth in the partOf hierarchy: states 0, their agencies 1, sub-agencies 2.
fn specificity(ctx: &Context, entity: usize) -> usize {
    let e = &ctx.mentions.entities[entity];
    match &e.part_of {
        None => 0,
        Some(p) => 1 + ctx.lexicon.ancestors(p).len(),
    }
}

fn state_iri(ctx: &Context, entity: usize) -> String {
    let e = &ctx.mentions.entities[entity];
    match &e.part_of {
        None => e.iri.clone(),
        Some(p) => ctx.lexicon.state_of(p),
    }
}

/// Finds the decisions of a document: (asserted and reported, the rest).
pub(crate) fn find(ctx: &Context) -> (Vec<Decision>, Vec<Decision>) {
    let mut out: Vec<Decision> = Vec::new();
    for s in ctx.sentences {
        for d in sentence_decisions(ctx, s) {
            // The same decision told twice is one record; told with two different dates
            // it is two ("opened a review in December", "found on Monday").
            let dup = out.iter().any(|e| {
                e.key() == d.key() && e.modality.is_factual() == d.modality.is_factual()
                    && (e.date_text.is_none() || d.date_text.is_none() || e.date == d.date)
            });
            if !dup {
                out.push(d);
            }
        }
    }
    borrow_targets(&mut out);
    // The most specific agent named: a headline's "U.S. licenses …" is the body's "Commerce
    // Department licenses …"; keep the latter only.
    let keys: Vec<(DecisionKind, Option<String>, Option<String>, Option<String>, Option<String>)> = out
        .iter()
        .map(|d| (d.kind, d.agent.as_ref().map(|r| r.iri.clone()), d.subject.as_ref().map(|r| r.iri.clone()), d.object.as_ref().map(|r| r.iri.clone()), d.target.as_ref().map(|r| r.iri.clone())))
        .collect();
    let mut i = 0;
    out.retain(|d| {
        let k = &keys[i];
        i += 1;
        let Some(agent) = &k.1 else { return true };
        !keys.iter().any(|o| {
            o.0 == k.0 && o.2 == k.2 && o.3 == k.3 && o.4 == k.4
                && o.1.as_ref().is_some_and(|a| a != agent && ctx.lexicon.ancestors(a).contains(agent))
        }) || !d.modality.is_factual()
    });
    let (decisions, hedged) = out.into_iter().partition(|d| d.modality.is_factual());
    (decisions, hedged)
}

/// An export decision that names no destination takes the one another decision of the same
/// article gives for the same chip or vendor ("… after Washington had banned the H20").
fn borrow_targets(out: &mut [Decision]) {
    let known: Vec<(Option<Role>, Option<Role>, Role)> = out
        .iter()
        .filter(|d| matches!(d.kind, DecisionKind::ExportRestriction | DecisionKind::ExportLicense))
        .filter_map(|d| Some((d.subject.clone(), d.object.clone(), d.target.clone()?)))
        .collect();
    for d in out.iter_mut() {
        if d.target.is_some() || !matches!(d.kind, DecisionKind::ExportRestriction | DecisionKind::ExportLicense) {
            continue;
        }
        if let Some((_, _, t)) = known.iter().find(|(s, o, _)| {
            (d.object.is_some() && o == &d.object) || (d.object.is_none() && d.subject.is_some() && s == &d.subject)
        }) {
            d.target = Some(t.clone());
        }
    }
}

fn sentence_decisions(ctx: &Context, s: &Sentence) -> Vec<Decision> {
    let text = &ctx.text[s.start..s.end];
    let trig = triggers(text);
    if trig.is_empty() {
        return Vec::new();
    }
    let locals: Vec<Local> = ctx
        .mentions
        .mentions
        .iter()
        .filter(|m| m.start >= s.start && m.end <= s.end)
        .map(|m| Local { m, start: m.start - s.start, end: m.end - s.start, kind: ctx.mentions.entities[m.entity].kind })
        .collect();
    if !locals.iter().any(|l| l.kind == EntityKind::Government) {
        return Vec::new();
    }
    let clause_list = clauses(text);
    let clause_of = |pos: usize| clause_list.iter().copied().find(|(a, b)| pos >= *a && pos < *b).unwrap_or((0, text.len()));
    let clauses_with_triggers: Vec<(usize, usize)> = trig.iter().map(|t| clause_of(t.start)).collect();
    let reported = REPORTED.is_match(text);
    let date = dates::find_date(text, ctx.doc.date);
    let mut out = Vec::new();
    for t in &trig {
        // "the approval is …": a noun with a determiner and no complement refers back to a
        // decision told before; it is not a new one.
        let head = t.text.to_lowercase();
        if NOMINAL.is_match(&head) {
            let before = text[..t.start].trim_end().to_lowercase();
            let after = text[t.end..].trim_start().to_lowercase();
            let det = ["the", "this", "that", "such", "these", "those"].iter().any(|d| before.ends_with(&format!(" {d}")) || before == *d);
            let complement = ["of ", "for ", "to ", "on ", "against ", "into ", "by "].iter().any(|p| after.starts_with(p));
            if det && !complement {
                continue;
            }
        }
        let (ca, cb) = clause_of(t.start);
        let clause = &text[ca..cb];
        let lower = clause.to_lowercase();
        let in_clause = |l: &Local| l.start >= ca && l.end <= cb;
        // A government is a destination or an adjective, or a candidate agent.
        let role_of = |l: &Local| -> GovRole {
            // "with the US Securities and Exchange Commission": look past a qualifying
            // state name to the preposition.
            let qualifier = locals.iter().filter(|o| o.kind == EntityKind::Government && o.end <= l.start && l.start - o.end <= 4 && o.start < l.start).max_by_key(|o| o.end);
            let before = &text[..qualifier.map_or(l.start, |q| q.start)];
            let after = &text[l.end..];
            // ("SEC"): an abbreviation repeating the name before it plays no role of its own.
            let b = before.trim_end_matches(['"', '“', '\'', ' ']);
            if b.ends_with('(') {
                return GovRole::Modifier;
            }
            // "China's Ministry of Commerce": the state qualifies the body that follows.
            if l.m.possessive && locals.iter().any(|o| o.kind == EntityKind::Government && o.start > l.end && o.start - l.end <= 4) {
                return GovRole::Modifier;
            }
            if before.trim_end().ends_with(" by") || before.trim_end().ends_with(" by the") {
                return GovRole::Agent;
            }
            let after_poss = after.trim_start_matches("'s").trim_start_matches("’s");
            if MODIFIED_NOUN.is_match(after_poss) && !l.m.possessive || after.starts_with("-China") || after.starts_with("-U.S.") || after.starts_with("-US") {
                return GovRole::Modifier;
            }
            if REGULATORS_IN.is_match(before) {
                return GovRole::Agent;
            }
            if DESTINATION_PREP.is_match(before) && !before.trim_end().trim_end_matches("the").trim_end().ends_with("due to") {
                return GovRole::Destination;
            }
            GovRole::Agent
        };
        let gov_in = |pred: &dyn Fn(&Local) -> bool| -> Vec<(Local, GovRole)> {
            locals.iter().filter(|l| l.kind == EntityKind::Government && pred(l)).map(|l| (*l, role_of(l))).collect()
        };
        let govs = gov_in(&|_| true);
        let candidates: Vec<Local> = govs.iter().filter(|(_, r)| *r == GovRole::Agent).map(|(l, _)| *l).collect();
        let in_other_trigger_clause = |l: &Local| clauses_with_triggers.iter().any(|&(a, b)| (a, b) != (ca, cb) && l.start >= a && l.end <= b);
        // The subject of the trigger: the first candidate of its clause before it; else one
        // after it (passive "by", "…, its ministry said"); else the main clause's.
        let agent = candidates
            .iter()
            .filter(|l| in_clause(l) && l.end <= t.start)
            .min_by_key(|l| (l.m.source == Source::Coref, l.start))
            .or_else(|| candidates.iter().filter(|l| in_clause(l)).min_by_key(|l| l.start))
            .or_else(|| candidates.iter().filter(|l| !in_other_trigger_clause(l)).min_by_key(|l| l.start.abs_diff(t.start)))
            .copied();
        // The most specific body named: a speaker ("its commerce ministry said") or a body
        // of the chosen agent's state in the same clause replaces the state.
        let agent = agent.map(|a| {
            let a_iri = &ctx.mentions.entities[a.m.entity].iri;
            candidates
                .iter()
                .filter(|l| {
                    let e = &ctx.mentions.entities[l.m.entity];
                    let desc = e.part_of.as_ref().is_some_and(|p| p == a_iri || ctx.lexicon.ancestors(p).contains(a_iri));
                    desc && (in_clause(l) || SPEAKER.is_match(&text[l.end..]))
                })
                .max_by_key(|l| specificity(ctx, l.m.entity))
                .copied()
                .unwrap_or(a)
        });
        let Some(agent) = agent else { continue };
        // "Regulators in the U.K. and the E.U.": coordinated agents act together.
        let mut agents = vec![agent];
        for c in &candidates {
            let last = agents.last().unwrap();
            if c.start > last.end && text[last.end..c.start].trim().trim_start_matches(',').trim() == "and" || c.start > last.end && text[last.end..c.start].trim() == "and the" {
                agents.push(*c);
            }
        }
        let agent_state = state_iri(ctx, agent.m.entity);
        // Roles from the clause, else from the sentence.
        let pick = |kinds: &[EntityKind]| -> Vec<Local> {
            let c: Vec<Local> = locals.iter().filter(|l| kinds.contains(&l.kind) && in_clause(l)).copied().collect();
            if c.is_empty() {
                // Borrow from clauses that have no trigger of their own.
                locals.iter().filter(|l| kinds.contains(&l.kind) && !in_other_trigger_clause(l)).copied().collect()
            } else {
                c
            }
        };
        let objects = dedup(ctx, pick(&[EntityKind::Chip, EntityKind::Product]));
        let companies = dedup(ctx, pick(&[EntityKind::Company]));
        let dest_states: Vec<Local> = dedup(
            ctx,
            govs.iter()
                .filter(|(l, r)| *r == GovRole::Destination && is_state(ctx, l.m.entity) && state_iri(ctx, l.m.entity) != agent_state)
                .map(|(l, _)| *l)
                .collect(),
        );
        let kind = refine(t.family, &t.text, &lower, text, &objects, &companies, &dest_states);
        let Some(mut kind) = kind else { continue };
        // Vendors: designers of the objects (lexicon) or a possessive right before a chip.
        let designer_of = |obj: &Local| -> Option<usize> {
            if let Some(l) = locals.iter().filter(|l| l.kind == EntityKind::Company && l.m.possessive && l.end <= obj.start && obj.start - l.end <= 40).max_by_key(|l| l.end) {
                return Some(l.m.entity);
            }
            let obj_iri = &ctx.mentions.entities[obj.m.entity].iri;
            ctx.mentions.entities.iter().position(|e| {
                e.kind == EntityKind::Company && e.lex.is_some_and(|li| ctx.lexicon.entries[li].designs.iter().any(|d| d == obj_iri))
            }).or_else(|| {
                let li = ctx.lexicon.entries.iter().position(|e| e.designs.iter().any(|d| d == obj_iri))?;
                let _ = li;
                None
            })
        };
        let vendor_ids: HashSet<usize> = objects.iter().filter_map(designer_of).collect();
        let vendor_home = |v: usize| ctx.mentions.entities[v].lex.and_then(|l| ctx.lexicon.entries[l].headquartered_in.clone()).map(|hq| ctx.lexicon.state_of(&hq));
        // A permit for a chip with no word of buying or selling: a state allowing its own
        // vendor's chip licenses an export; a foreign state allowing it authorises purchases.
        if kind == DecisionKind::Approval && !objects.is_empty() && !MERGER_WORDS.is_match(&lower) {
            if let Some(home) = vendor_ids.iter().find_map(|&v| vendor_home(v)) {
                kind = if home == agent_state { DecisionKind::ExportLicense } else { DecisionKind::PurchaseAuthorization };
            }
        }
        // A state restricting its own firms' products controls exports ("Washington banned
        // the H20"); restricting a foreign vendor at home is a ban ("stop buying Micron").
        if kind == DecisionKind::Ban {
            let domestic = vendor_ids.iter().chain(companies.iter().map(|c| &c.m.entity)).any(|&v| {
                ctx.mentions.entities[v].lex.and_then(|l| ctx.lexicon.entries[l].headquartered_in.clone()).is_some_and(|hq| ctx.lexicon.state_of(&hq) == agent_state)
            });
            if domestic {
                kind = DecisionKind::ExportRestriction;
            } else if !BAN_VERB.is_match(&t.text) {
                continue;
            }
        }
        let (subjects, company_targets): (Vec<Option<usize>>, Vec<usize>) = assign_companies(kind, &companies, &vendor_ids);
        let mut targets: Vec<Option<usize>> = company_targets.into_iter().map(Some).collect();
        if matches!(kind, DecisionKind::ExportRestriction | DecisionKind::ExportLicense | DecisionKind::Ban | DecisionKind::Tariff | DecisionKind::Other) && targets.is_empty() {
            targets = dest_states.iter().map(|l| Some(l.m.entity)).collect();
        }
        // A decision with no role but its agent is background ("tightened controls"),
        // except list additions and subsidy programmes, which are news without names.
        let roleless = objects.is_empty() && companies.is_empty() && targets.is_empty();
        if roleless && !(kind == DecisionKind::Subsidy || (matches!(kind, DecisionKind::Sanction | DecisionKind::Other) && LIST_WORDS.is_match(&lower))) {
            continue;
        }
        if targets.is_empty() {
            targets.push(None);
        }
        let object_list: Vec<Option<&Local>> = if objects.is_empty() { vec![None] } else { objects.iter().map(Some).collect() };
        let modality = modality(text, ca, t, reported);
        let amount = MONEY.find(clause).map(|m| m.as_str().trim().to_string());
        let dist = t.start.abs_diff(agent.start) as f32;
        let confidence = (0.9 * ctx.mentions.entities[agent.m.entity].confidence.min(agent.m.source.confidence()) * (1.0 - (dist / 600.0).min(0.3))).clamp(0.05, 0.99);
        // "The deal" names an acquisition told earlier: its buyer and its target.
        let (subjects, targets) = if MERGER_WORDS.is_match(&lower) && companies.len() < 2 && objects.is_empty() {
            match last_deal(ctx, s.start + t.end) {
                Some((buyer, bought)) => (vec![Some(buyer)], vec![Some(bought)]),
                None => (subjects, targets),
            }
        } else {
            (subjects, targets)
        };
        for agent in &agents {
        for obj in &object_list {
            let obj_subjects: Vec<Option<usize>> = match obj.and_then(|o| designer_of(o)) {
                Some(v) => vec![Some(v)],
                None if subjects.iter().any(|s| s.is_some_and(|x| vendor_ids.contains(&x))) && obj.is_some() => vec![None],
                None => subjects.clone(),
            };
            for subj in &obj_subjects {
                for tgt in &targets {
                    if *tgt == *subj && tgt.is_some() {
                        continue;
                    }
                    out.push(Decision {
                        agent: Some(ctx.role(agent.m.entity)),
                        kind,
                        subject: subj.map(|e| ctx.role(e)),
                        object: obj.map(|o| ctx.role(o.m.entity)),
                        target: tgt.map(|e| ctx.role(e)),
                        date: date.as_ref().and_then(|d| d.value),
                        date_text: date.as_ref().map(|d| d.text.clone()),
                        modality,
                        amount: amount.clone(),
                        trigger: t.text.clone(),
                        confidence,
                        evidence: ctx.evidence(s),
                    });
                }
            }
        }
        }
    }
    out
}

struct DealMatch<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

/// The latest acquisition named before `pos` ("Nvidia's acquisition of Mellanox", "its
/// $40 billion purchase of Arm"): (buyer, bought) entity indices.
fn last_deal(ctx: &Context, pos: usize) -> Option<(usize, usize)> {
    deal_in(ctx, 0, pos)
}

/// The last acquisition named in `from..to` of the text: (buyer, bought).
pub(crate) fn deal_in(ctx: &Context, from: usize, to: usize) -> Option<(usize, usize)> {
    let companies: Vec<&Mention> = ctx.mentions.mentions.iter().filter(|m| ctx.mentions.entities[m.entity].kind == EntityKind::Company && m.start >= from.saturating_sub(300)).collect();
    let mut found = None;
    let to = to.min(ctx.text.len());
    for m in DEAL.find_iter(&ctx.text[from..to]) {
        let m = (m.start() + from, m.end() + from, m.as_str());
        let m = DealMatch { start: m.0, end: m.1, text: m.2 };
        let Some(bought) = companies.iter().find(|c| c.start >= m.end && c.start - m.end <= 40) else { continue };
        let buyer = if m.text.starts_with(['\'', '’']) {
            companies.iter().find(|c| c.end == m.start)
        } else {
            companies.iter().filter(|c| c.end <= m.start).max_by_key(|c| c.end)
        };
        if let Some(b) = buyer {
            if b.entity != bought.entity {
                found = Some((b.entity, bought.entity));
            }
        }
    }
    found
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum GovRole {
    Agent,
    Destination,
    Modifier,
}

fn dedup<'a>(ctx: &Context, v: Vec<Local<'a>>) -> Vec<Local<'a>> {
    let mut seen = HashSet::new();
    v.into_iter().filter(|l| seen.insert(ctx.mentions.entities[l.m.entity].iri.clone())).collect()
}

/// The decision kind of a trigger, from its family and the words of its clause.
fn refine(family: Family, _trigger: &str, clause: &str, sentence: &str, objects: &[Local], companies: &[Local], dest_states: &[Local]) -> Option<DecisionKind> {
    Some(match family {
        Family::Permit => {
            if SUBSIDY_CONTEXT.is_match(clause) && Regex::new(r"(?i)subsid|grant|award|funding|program").unwrap().is_match(clause) && !EXPORT_WORDS.is_match(clause) {
                DecisionKind::Subsidy
            } else if MERGER_WORDS.is_match(clause) && objects.is_empty() {
                DecisionKind::Approval
            } else if objects.is_empty() && companies.is_empty() {
                return None;
            } else if MERGER_WORDS.is_match(clause) && objects.is_empty() {
                DecisionKind::Approval
            } else if PURCHASE_WORDS.is_match(clause) {
                DecisionKind::PurchaseAuthorization
            } else if EXPORT_WORDS.is_match(clause) || !dest_states.is_empty() {
                DecisionKind::ExportLicense
            } else if !objects.is_empty() && companies.len() > 1 {
                DecisionKind::PurchaseAuthorization
            } else if !objects.is_empty() {
                // Decided by the agent's state against the vendor's: see `home_permit`.
                DecisionKind::Approval
            } else if objects.is_empty() && companies.is_empty() {
                return None;
            } else {
                DecisionKind::Approval
            }
        }
        Family::Restrict | Family::Sanction => {
            if REMOVAL.is_match(clause) && LIST_WORDS.is_match(clause) {
                DecisionKind::Other
            } else if SANCTION_WORDS.is_match(clause) {
                DecisionKind::Sanction
            } else if clause.contains("tariff") {
                DecisionKind::Tariff
            } else if EXPORT_WORDS.is_match(clause) {
                if dest_states.is_empty() && !companies.is_empty() && objects.is_empty() && Regex::new(r"(?i)exports? to\b").unwrap().is_match(clause) {
                    DecisionKind::Sanction
                } else {
                    DecisionKind::ExportRestriction
                }
            } else if objects.is_empty() && companies.is_empty() && dest_states.is_empty() {
                return None;
            } else {
                DecisionKind::Ban
            }
        }
        Family::Investigate => {
            if companies.is_empty() && objects.is_empty() && !MERGER_WORDS.is_match(clause) {
                return None;
            }
            DecisionKind::Investigation
        }
        Family::Subsidy => {
            if !SUBSIDY_CONTEXT.is_match(sentence) {
                return None;
            }
            DecisionKind::Subsidy
        }
        Family::Tariff => DecisionKind::Tariff,
        Family::Other => {
            if companies.is_empty() && objects.is_empty() && !LIST_WORDS.is_match(clause) && !MERGER_WORDS.is_match(clause) {
                return None;
            }
            DecisionKind::Other
        }
    })
}

/// Splits the companies of a clause into subjects (vendors) and targets (buyers, listed
/// firms, acquired firms) by decision kind.
fn assign_companies(kind: DecisionKind, companies: &[Local], vendors: &HashSet<usize>) -> (Vec<Option<usize>>, Vec<usize>) {
    let ids: Vec<usize> = companies.iter().map(|l| l.m.entity).collect();
    let non_vendors: Vec<usize> = ids.iter().copied().filter(|i| !vendors.contains(i)).collect();
    let vendor_list: Vec<Option<usize>> = ids.iter().copied().filter(|i| vendors.contains(i)).map(Some).collect();
    let or_none = |v: Vec<Option<usize>>| if v.is_empty() { vec![None] } else { v };
    match kind {
        DecisionKind::PurchaseAuthorization => (or_none(vendor_list), non_vendors),
        DecisionKind::Sanction => (vec![None], ids),
        DecisionKind::Approval | DecisionKind::Other if vendors.is_empty() && ids.len() >= 2 => {
            (vec![Some(ids[0])], ids[1..].to_vec())
        }
        _ => (or_none(ids.into_iter().map(Some).collect()), Vec::new()),
    }
}

fn modality(sentence: &str, clause_start: usize, t: &Trigger, reported: bool) -> Modality {
    let before = &sentence[clause_start..t.start];
    let near = &sentence[t.start.saturating_sub(40).max(clause_start)..t.start];
    let near = if sentence.is_char_boundary(t.start.saturating_sub(40).max(clause_start)) { near } else { before };
    if NEGATION.is_match(near) || (matches!(t.text.to_lowercase().as_str(), s if s.starts_with("ban") || s.starts_with("restrict") || s.starts_with("curb") || s.contains("control")) && UNDO.is_match(near)) {
        return Modality::Negated;
    }
    if SPECULATIVE.is_match(before) {
        return Modality::Speculative;
    }
    if PLANNED.is_match(before) {
        return Modality::Planned;
    }
    if reported {
        Modality::Reported
    } else {
        Modality::Asserted
    }
}
