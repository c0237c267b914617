//! Company relations: designs, manufactures, supplies, buys, sells_to, subsidiary_of,
//! headquartered_in — from possessives ("Nvidia's H200"), the lexicon (who designs which
//! chip), appositions ("Mellanox, a unit of Nvidia"), compounds ("California-based Nvidia",
//! "U.S. chipmaker Micron") and verbs ("Alibaba bought H20 chips").

use super::mentions::Mention;
use super::{Context, Relation, Role};
use crate::model::{EntityKind, RelationKind};
use super::fold::Ci;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Modals and hedges between a subject and its verb.
static HEDGE: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:should|could|would|might|may|whether|if|plans?(?-u:\s)+to|considering|weighing)(?-u:\b)"));
/// Words that open a clause with a subject of its own, ending a verb's window: one
/// precompiled scan (four `str::find` calls, each building its searcher, cost 3% of all
/// extraction).
static CLAUSE_WITH_SUBJECT: LazyLock<aho_corasick::AhoCorasick> =
    LazyLock::new(|| aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostFirst).build([", while ", ", whereas ", ", but ", " while "]).expect("four literals"));
/// "Tokyo Electron licences to ship …", "was allowed to sell", "barred from selling": what a
/// permit would let happen or a bar forbids, not what happens.
static PERMIT_TO: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:(?:licen[cs]es?|permission|approval|permits?|waivers?|authori[sz]ation|allowed|permitted|authori[sz]ed|cleared|licensed)(?-u:\s)+to|(?:barred|banned|prohibited|blocked|stopped|prevented|restricted|forbidden)(?-u:\s)+(?:[a-z]+(?-u:\s)+){0,2}?from)(?-u:\s)+(?:[a-z]+(?-u:\s)+)?$")
});
/// A subject inside a question or a decision's complement: "whether Nvidia …", "licences for
/// Nvidia to sell …", "allowed AMD to ship …", "barred Intel from supplying …".
static WHETHER: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:(?:whether|if)(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+){0,2}|(?:licen[cs]es?|permission|approval|permits?|waivers?|allow(?:s|ed|ing)?|let(?:s|ting)?|bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|authori[sz](?:e|es|ed|ing)|permit(?:s|ted|ting)?|order(?:s|ed|ing)?|told|tell(?:s|ing)?|forc(?:e|es|ed|ing)|grant(?:s|ed|ing)?|gave|give[sn]?|issu(?:e|es|ed|ing))(?-u:\s)+(?:for(?-u:\s)+|to(?-u:\s)+)?(?:the(?-u:\s)+)?)$"));
/// "The three companies", "the two firms": a plural anaphor of a list named before.
pub(crate) static GROUP: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:the|these|those|all|both)(?-u:\s)+(two|three|four|five|six)(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+)?(?:companies|firms|groups|giants|chipmakers|makers|buyers|customers)(?-u:\b)"));
static BUY: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(bought|asked(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+){1,2}to(?-u:\s)+(?:ship|deliver|supply)|buy|buys|buying|purchas(?:e|ed|es|ing)|order(?:ed|s|ing)?|placed orders|stockpil(?:e|ed|es|ing)|snapp(?:ed|ing) up|acquir(?:e|ed|ing) (?:(?-u:\w)+ )?(?:chips|gpus|processors))(?-u:\b)"));
static SELL_TO: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(sold|sells?|selling|ship(?:s|ped|ping)?|deliver(?:s|ed|ing)?|export(?:s|ed|ing)?)(?-u:\b)"));
static SUPPLY: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(suppl(?:y|ies|ied|ying)|supplier (?:to|of)|provid(?:e|es|ed|ing))(?-u:\b)"));
static MAKES_FOR: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(?:produc(?:e|es|ed|ing)|mak(?:e|es|ing)|made|manufactur(?:e|es|ed|ing)|build(?:s|ing)?|buil)(?-u:\s)+(?:[A-Za-z0-9_-]+(?-u:\s)+){0,3}for(?-u:\s)+$"));
static MAKE_BY: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(manufactured|made|produced|fabricated|built|fabbed)(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+){0,3}by(?-u:\s)*$"));
static MAKE: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(manufactures?|manufactured|manufacturing|makes|produces|produced|fabricates|fabricated|builds|(?:mass[- ])?production(?-u:\s)+of)(?-u:\b)"));
static IS_PARENTS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?-u:\s)+is(?-u:\s)+(?:now(?-u:\s)+)?$").unwrap());
static CHILD_NOUN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^['’]s?(?-u:\s)+(?:[A-Za-z0-9_-]+(?-u:\s)+){0,3}(?:unit|arm|subsidiary|division|affiliate)(?-u:\b)").unwrap());
static OWNS: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)^,?(?-u:\s)+(?:the(?-u:\s)+)?(?:(?-u:\w)+(?-u:\s)+)?(?:owner|parent(?:(?-u:\s)+company)?)(?-u:\s)+of(?-u:\s)*$|^,?(?-u:\s)+which(?-u:\s)+owns(?-u:\s)*$|^(?-u:\s)+(?:has(?-u:\s)+|had(?-u:\s)+)?(?:completed|closed|finalized|finalised)(?-u:\s)+(?:its|the)(?-u:\s)+(?:\$[\d.,]+(?-u:\s)*(?:billion|million|bn)(?-u:\s)+)?(?:acquisition|purchase|takeover|buyout)(?-u:\s)+of(?-u:\s)*$"));
static BOUGHT_FROM: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)^(?-u:\s)+from(?-u:\s)+(?:[A-Za-z0-9_.-]+(?-u:\s)+){0,4}$"));
static BUYING: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(?:buy|buying|bought|acquire|acquiring|acquired|purchase|purchasing|purchased)(?-u:\s)+(?:[A-Za-z0-9_.-]+(?-u:\s)+){0,3}$"));
static ITS_PARENT: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)its(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+)?parent(?:(?-u:\s)+company)?,?(?-u:\s)*$"));
/// A part of a firm named before it: "the U.S. business of", "its chip unit of".
/// A business, not goods, as what is sold: "sell the plant to", "sold its stake to".
static ASSET_SOLD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:plant|fab|factory|facility|unit|business|stake|division|operations|assets|subsidiary|shares)(?-u:\b)").unwrap());
static PART_OF_FIRM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)(?:business|businesses|unit|operations|assets|division)(?-u:\s)+of(?-u:\s)+(?:the(?-u:\s)+)?$").unwrap());
static DEAL_OFF: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(block(?-u:\w)*|bar(?:s|red|ring)?|ban(?:s|ned|ning)?|from (?:buying|acquiring|purchasing|taking over)|veto(?:es|ed|ing)?|prohibit(?-u:\w)*|reject(?-u:\w)*|terminat(?-u:\w)*|su(?:e|ed|es|ing)|oppos(?-u:\w)*|propos(?-u:\w)*|plan(?-u:\w)*|pending|abandon(?-u:\w)*|scrap(?-u:\w)*|bid|offer(?-u:\w)*|would|could|talks|seek(?-u:\w)*|challeng(?-u:\w)*|attempt(?-u:\w)*|fail(?:ed)? to (?:buy|acquire))(?-u:\b)"));
static UNIT_OF: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)^,?(?-u:\s)+(?:a|an|the)(?-u:\s)+(?:[A-Za-z0-9_-]+(?-u:\s)+){0,3}(?:unit|subsidiary|division|arm|affiliate|part)(?-u:\s)+of(?-u:\s)*$|^,?(?-u:\s)+(?:which is(?-u:\s)+|that is(?-u:\s)+|is(?-u:\s)+|now(?-u:\s)+)?(?:(?:majority|wholly|fully|partly|partially|jointly)[- ])?(?:owned|controlled)(?-u:\s)+by(?-u:\s)*$|^,?(?-u:\s)+(?:a(?-u:\s)+)?(?:[A-Za-z0-9_-]+(?-u:\s)+)?(?:subsidiary|unit)(?-u:\s)+of(?-u:\s)*$|^,?(?-u:\s)+(?:(?:which|that)(?-u:\s)+)?(?:is(?-u:\s)+)?(?:a|an)(?-u:\s)+(?:[A-Za-z0-9_-]+(?-u:\s)+){0,3}(?:company|firm|chipmaker|maker|manufacturer|supplier|designer|developer|startup|group)(?-u:\s)+(?:(?:majority|wholly|fully|partly|partially|jointly|state)[- ])?owned(?-u:\s)+by(?-u:\s)*$"));
/// "unit", "chip unit", "subsidiary" right after a company named with a possessive before
/// it ("Huawei's HiSilicon unit").
static UNIT_AFTER: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?-u:\s)+(?:(?:chip|chipmaking|chip-design|semiconductor|design|cloud|ai)(?-u:\s)+)?(?:unit|subsidiary|division|arm)(?-u:\b)"));
static OWNER_OF: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)^(?:['’]s?(?-u:\s)+)?(?:\$[\d.]+(?-u:\s)+(?:billion|million)(?-u:\s)+)?(?:acquisition|purchase|takeover|buyout)(?-u:\s)+of(?-u:\s)*$|^(?-u:\s)+(?:acquired|bought|owns|took over)(?-u:\s)*$|^-owned(?-u:\s)*$|^['’]s?(?-u:\s)+(?:[A-Za-z0-9-]+(?-u:\s)+){0,2}(?:subsidiary|unit|division|affiliate)(?-u:\s)*,?(?-u:\s)*$"));
static PARENT: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)^['’]s?(?-u:\s)+(?:parent|owner|parent company)(?-u:\s)*,?(?-u:\s)*$"));
/// After a firm's name: a part of it ("'s NAND business", "’s wafer plant").
static PART_SOLD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^['’]s?(?-u:\s)+(?:[A-Za-z0-9-]+(?-u:\s)+){0,3}(?:business|businesses|unit|division|operations|assets|plants?|fabs?|factory|factories|stake)(?-u:\b)").unwrap());
static BASED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)([A-Z][A-Za-z0-9_.]*(?:[ \t\n\r,]+[A-Z][A-Za-z0-9_.]*){0,2})-(?:based|headquartered)(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+){0,3}$").unwrap());
static BASED_IN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^,?(?-u:\s)+(?:which is(?-u:\s)+)?(?:based|headquartered)(?-u:\s)+in(?-u:\s)+((?:[A-Z][A-Za-z0-9_.]*)(?:,?(?-u:\s)+[A-Z][A-Za-z0-9_.]*){0,2})").unwrap());


/// Compiles every pattern of these rules, so that the cue index (`fold::freeze`) knows them
/// all before the first document.
pub(crate) fn compile_patterns() {
    LazyLock::force(&HEDGE);
    LazyLock::force(&WHETHER);
    LazyLock::force(&PERMIT_TO);
    LazyLock::force(&CLAUSE_WITH_SUBJECT);
    LazyLock::force(&GROUP);
    LazyLock::force(&BUY);
    LazyLock::force(&SELL_TO);
    LazyLock::force(&SUPPLY);
    LazyLock::force(&MAKES_FOR);
    LazyLock::force(&MAKE_BY);
    LazyLock::force(&MAKE);
    LazyLock::force(&OWNS);
    LazyLock::force(&BOUGHT_FROM);
    LazyLock::force(&BUYING);
    LazyLock::force(&ITS_PARENT);
    LazyLock::force(&DEAL_OFF);
    LazyLock::force(&PART_OF_FIRM);
    LazyLock::force(&ASSET_SOLD);
    LazyLock::force(&UNIT_OF);
    LazyLock::force(&OWNER_OF);
    LazyLock::force(&UNIT_AFTER);
    LazyLock::force(&PARENT);
    LazyLock::force(&IS_PARENTS);
    LazyLock::force(&CHILD_NOUN);
    LazyLock::force(&BASED);
    LazyLock::force(&BASED_IN);
    LazyLock::force(&PART_SOLD);
}

/// Finds the relations of a document, one per (subject, predicate, object).
pub(crate) fn find(ctx: &Context) -> Vec<Relation> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let mut add = |out: &mut Vec<Relation>, subject: Role, predicate: RelationKind, object: Role, confidence: f32, sent: &super::sentences::Sentence| {
        if subject.iri == object.iri {
            return;
        }
        if seen.insert((subject.iri.clone(), predicate, object.iri.clone())) {
            out.push(Relation { subject, predicate, object, confidence, evidence: ctx.evidence(sent) });
        }
    };
    let ents = &ctx.mentions.entities;
    let kind = |m: &Mention| ents[m.entity].kind;
    for s in ctx.sentences {
        let local: Vec<&Mention> = ctx.mentions.within(s.start, s.end).iter().collect();
        if local.is_empty() {
            continue;
        }
        for (i, m) in local.iter().enumerate() {
            // Context rules look at a few words around the mention only.
            let before = super::decisions::tail(&ctx.text[s.start..m.start], 100);
            let after = super::decisions::head(&ctx.text[m.end..s.end], 100);
            let next = local.get(i + 1);
            match kind(m) {
                EntityKind::Company => {
                    // "Nvidia's H200": the company designs the chip, unless the lexicon says
                    // it designs other chips and not this one (a foundry's possessive).
                    if m.possessive {
                        if let Some(n) = next.filter(|n| kind(n) == EntityKind::Chip && n.start - m.end <= 40) {
                            let chip_iri = &ents[n.entity].iri;
                            let designs = ents[m.entity].lex.map(|l| &ctx.lexicon.entries[l].designs);
                            let designer_elsewhere = ctx.lexicon.designer_of(chip_iri).is_some_and(|e| e.iri != ents[m.entity].iri);
                            if !designer_elsewhere || designs.is_some_and(|d| d.contains(chip_iri)) {
                                add(&mut out, ctx.role(m.entity), RelationKind::Designs, ctx.role(n.entity), 0.85, s);
                            }
                        }
                    }
                    // "Mellanox, a unit of Nvidia" / "Arm, owned by SoftBank" / "a unit of
                    // China's Wingtech" (a possessive state may stand between).
                    let next_company = local[i + 1..].iter().take(3).find(|n| kind(n) == EntityKind::Company).filter(|n| {
                        local[i + 1..].iter().take_while(|x| x.start < n.start).all(|x| kind(x) == EntityKind::Government && x.possessive)
                    });
                    if let Some(n) = next_company {
                        let between_full = &ctx.text[m.end..n.start];
                        let cut = local[i + 1..].iter().find(|x| x.start < n.start).map_or(n.start, |x| x.start);
                        let between = if cut < n.start { &ctx.text[m.end..cut] } else { between_full };
                        if IS_PARENTS.is_match(between) && CHILD_NOUN.is_match(&ctx.text[n.end..s.end]) {
                            add(&mut out, ctx.role(m.entity), RelationKind::SubsidiaryOf, ctx.role(n.entity), 0.75, s);
                        }
                        if UNIT_OF.is_match(ctx.fold(between)) {
                            add(&mut out, ctx.role(m.entity), RelationKind::SubsidiaryOf, ctx.role(n.entity), 0.8, s);
                        } else if OWNER_OF.is_match(ctx.fold(between)) {
                            if !PART_SOLD.is_match(&ctx.text[n.end..s.end]) {
                                add(&mut out, ctx.role(n.entity), RelationKind::SubsidiaryOf, ctx.role(m.entity), 0.75, s);
                            }
                        } else if PARENT.is_match(ctx.fold(between)) {
                            add(&mut out, ctx.role(m.entity), RelationKind::SubsidiaryOf, ctx.role(n.entity), 0.8, s);
                        } else if OWNS.is_match(ctx.fold(between)) {
                            if !PART_SOLD.is_match(&ctx.text[n.end..s.end]) {
                                add(&mut out, ctx.role(n.entity), RelationKind::SubsidiaryOf, ctx.role(m.entity), 0.75, s);
                            }
                        } else if matches!(between.trim_end(), "'s" | "’s") && UNIT_AFTER.is_match(ctx.fold(&ctx.text[n.end..s.end])) {
                            // "Huawei's HiSilicon unit": the unit is the possessor's.
                            add(&mut out, ctx.role(n.entity), RelationKind::SubsidiaryOf, ctx.role(m.entity), 0.8, s);
                        } else if BOUGHT_FROM.is_match(ctx.fold(between)) && BUYING.is_match(ctx.fold(before)) {
                            // "buying Arm from SoftBank": the seller owns it.
                            add(&mut out, ctx.role(m.entity), RelationKind::SubsidiaryOf, ctx.role(n.entity), 0.7, s);
                        }
                    }
                    // "… to its Chinese parent company, Wingtech": the company named last before.
                    if ITS_PARENT.is_match(ctx.fold(before)) {
                        // Mentions are sorted and do not overlap: the last one before is the
                        // latest ending.
                        let earlier = &ctx.mentions.mentions[..ctx.mentions.mentions.partition_point(|x| x.start < m.start)];
                        if let Some(child) = earlier.iter().rev().find(|x| x.end <= m.start && x.entity != m.entity && ents[x.entity].kind == EntityKind::Company) {
                            add(&mut out, ctx.role(child.entity), RelationKind::SubsidiaryOf, ctx.role(m.entity), 0.65, s);
                        }
                    }
                    // "California-based Nvidia".
                    if let Some(c) = BASED.captures(before).filter(|_| before.contains("-based") || before.contains("-headquartered")) {
                        let place = c[1].trim_end_matches(',').to_string();
                        let role = place_role(ctx, &local, m.start - before.len() + c.get(1).unwrap().start(), &place);
                        add(&mut out, ctx.role(m.entity), RelationKind::HeadquarteredIn, role, 0.8, s);
                    }
                    if let Some(c) = BASED_IN.captures(after).filter(|_| after.contains("based in") || after.contains("headquartered in")) {
                        let place = c[1].to_string();
                        let role = place_role(ctx, &local, m.end + c.get(1).unwrap().start(), &place);
                        add(&mut out, ctx.role(m.entity), RelationKind::HeadquarteredIn, role, 0.8, s);
                    }
                    // Nationality ("U.S. chipmaker Micron", "South Korea's SK Hynix", "Dutch
                    // firm ASML") is not a headquarters: only "-based" and "based in" are read.
                    // "SMIC … produces processors for Huawei".
                    let object = object_before_and(ctx, m);
                    for n in local[i + 1..].iter().filter(|n| kind(n) == EntityKind::Company && !object) {
                        let between = &ctx.text[m.end..n.start];
                        if between.len() < 80 && MAKES_FOR.is_match(ctx.fold(between)) && !between.contains(['.', ';']) {
                            add(&mut out, ctx.role(m.entity), RelationKind::Supplies, ctx.role(n.entity), 0.65, s);
                        }
                    }
                    verb_relations(ctx, &local, i, s, &mut |subj, pred, obj, conf| add(&mut out, subj, pred, obj, conf, s));
                }
                EntityKind::Chip => {
                    // "… the Blackwell chips, manufactured by TSMC".
                    if let Some(n) = next.filter(|n| kind(n) == EntityKind::Company) {
                        if MAKE_BY.is_match(ctx.fold(&ctx.text[m.end..n.start])) {
                            add(&mut out, ctx.role(n.entity), RelationKind::Manufactures, ctx.role(m.entity), 0.8, s);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    // "The three companies had asked Nvidia to ship …": the list of three named before.
    for s in ctx.sentences {
        let folded = ctx.folded.slice(s.start, s.end);
        // GROUP's closing nouns are its cues: a sentence with none is answered by the index.
        for c in GROUP.captures_iter(folded) {
            let whole = c.get(0).expect("match");
            let n = ["two", "three", "four", "five", "six"].iter().position(|w| *w == &c[1]).map_or(0, |k| k + 2);
            let (start, end) = (s.start + whole.start(), s.start + whole.end());
            let Some(list) = listed_before(ctx, start, n) else { continue };
            let after: Vec<&Mention> = ctx.mentions.within(end, s.end).iter().collect();
            verbs_after(ctx, &after, list, (start, end), s, false, &mut |subj, pred, obj, conf| add(&mut out, subj, pred, obj, conf * 0.9, s));
        }
    }
    // "Nvidia's acquisition of Mellanox", "its acquisition of Mellanox": a completed deal
    // makes a subsidiary; a blocked, proposed or pending one does not.
    for s in ctx.sentences {
        let text = &ctx.text[s.start..s.end];
        if DEAL_OFF.is_match(ctx.fold(text)) {
            continue;
        }
        if let Some((buyer, bought)) = super::decisions::deal_in(ctx, s.start, s.end) {
            // "bought Intel's NAND business": a part of the firm changes hands, not the firm.
            // So does "the U.S. business of Aixtron".
            let a_part = ctx.mentions.within(s.start, s.end).iter().any(|m| m.entity == bought && (PART_SOLD.is_match(&ctx.text[m.end..s.end]) || PART_OF_FIRM.is_match(&ctx.text[s.start..m.start])));
            if !a_part {
                add(&mut out, ctx.role(bought), RelationKind::SubsidiaryOf, ctx.role(buyer), 0.7, s);
            }
        }
    }
    // The lexicon knows who designs which chip: a chip and its designer named in the same
    // article are related, with the first sentence naming both as evidence.
    for (ci, chip) in ents.iter().enumerate() {
        if chip.kind != EntityKind::Chip {
            continue;
        }
        for (di, firm) in ents.iter().enumerate() {
            let Some(l) = firm.lex else { continue };
            if firm.kind != EntityKind::Company || !ctx.lexicon.entries[l].designs.contains(&chip.iri) {
                continue;
            }
            let both = ctx.sentences.iter().find(|s| {
                let has = |e: usize| ctx.mentions.within(s.start, s.end).iter().any(|m| m.entity == e);
                has(ci) && has(di)
            });
            let sent = both.or_else(|| ctx.sentences.iter().find(|s| ctx.mentions.within(s.start, s.end).iter().any(|m| m.entity == ci)));
            if let Some(sent) = sent {
                add(&mut out, ctx.role(di), RelationKind::Designs, ctx.role(ci), if both.is_some() { 0.9 } else { 0.75 }, sent);
            }
        }
    }
    out
}

/// The last list of exactly `n` companies named before `pos` ("ByteDance, Alibaba, and
/// Tencent"), within a few paragraphs.
fn listed_before(ctx: &Context, pos: usize, n: usize) -> Option<Vec<usize>> {
    Some(list_before(ctx, pos, n)?.iter().map(|m| m.entity).collect())
}

/// The mentions of the last list of exactly `n` companies named before `pos`.
pub(crate) fn list_before<'a>(ctx: &Context<'a>, pos: usize, n: usize) -> Option<Vec<&'a Mention>> {
    let ents = &ctx.mentions.entities;
    let before: Vec<&Mention> = ctx.mentions.within(pos.saturating_sub(3000), pos).iter().collect();
    let joined = |a: &Mention, b: &Mention| matches!(ctx.text[a.end..b.start].trim(), "," | "and" | ", and" | "&");
    let mut k = before.len();
    while k > 0 {
        k -= 1;
        if ents[before[k].entity].kind != EntityKind::Company {
            continue;
        }
        // The run of companies ending at k.
        let mut first = k;
        while first > 0 && ents[before[first - 1].entity].kind == EntityKind::Company && joined(before[first - 1], before[first]) {
            first -= 1;
        }
        let run: Vec<&Mention> = before[first..=k].to_vec();
        if run.len() == n && run.iter().map(|m| m.entity).collect::<HashSet<_>>().len() == n {
            return Some(run);
        }
        k = first;
    }
    None
}

/// A place named in a compound: a known government when it is one, else a place IRI minted
/// from the name (kind Government: states, provinces and cities are all places here).
fn place_role(ctx: &Context, local: &[&Mention], pos: usize, place: &str) -> Role {
    if let Some(m) = local.iter().find(|m| m.start <= pos && pos < m.end && ctx.mentions.entities[m.entity].kind == EntityKind::Government) {
        return ctx.role(m.entity);
    }
    // "based in Veldhoven in the Netherlands", "Hsinchu, Taiwan": the state named right after
    // the town.
    let end = pos + place.len();
    let state_after = local.iter().find(|m| {
        let e = &ctx.mentions.entities[m.entity];
        m.start >= end && m.start <= end + 12 && e.kind == EntityKind::Government && e.part_of.is_none() && matches!(ctx.text.get(end..m.start).map(str::trim_end), Some(",") | Some(" in") | Some(" in the"))
    });
    if let Some(m) = state_after {
        return ctx.role(m.entity);
    }
    let name = place.split(',').next_back().unwrap_or(place).trim().to_string();
    Role { iri: crate::model::iri::entity_iri(EntityKind::Government, &name).into_string(), name }
}

/// "supplies memory chips to Apple and also makes processors for Google": a firm after a
/// preposition is an object, and a verb joined by "and" after it is the subject's, not its.
fn object_before_and(ctx: &Context, m: &Mention) -> bool {
    if !ctx.text[m.end..].starts_with(" and ") {
        return false;
    }
    let before = ctx.text[..m.start].trim_end();
    ["to", "for", "from", "with", "by", "of"].iter().any(|p| before.strip_suffix(p).is_some_and(|b| b.ends_with(' ')))
}

/// Relations carried by a verb between a company and what follows it in the same clause:
/// "Alibaba bought H20 chips", "Nvidia sold its chips to China", "TSMC makes the B200".
fn verb_relations(ctx: &Context, local: &[&Mention], i: usize, s: &super::sentences::Sentence, emit: &mut dyn FnMut(Role, RelationKind, Role, f32)) {
    let m = local[i];
    let ents = &ctx.mentions.entities;
    if i > 0 {
        // Only the first company of a list drives the verb.
        let prev = local[i - 1];
        let gap = ctx.text[prev.end..m.start].trim();
        if ents[prev.entity].kind == EntityKind::Company && (gap.is_empty() || gap == "," || gap == "and" || gap == ", and") {
            return;
        }
    }
    if object_before_and(ctx, m) {
        return;
    }
    verbs_after(ctx, &local[i + 1..], vec![m.entity], (m.start, m.end), s, true, emit);
}

/// The verbs after `subjects` (spanning `subject_start..from`) and what they relate the subjects to.
/// `more_subjects`: companies listed right after join the subjects ("ByteDance, Alibaba and
/// Tencent bought …").
fn verbs_after(ctx: &Context, after: &[&Mention], mut subjects: Vec<usize>, (subject_start, from): (usize, usize), s: &super::sentences::Sentence, more_subjects: bool, emit: &mut dyn FnMut(Role, RelationKind, Role, f32)) {
    let ents = &ctx.mentions.entities;
    // The company must be the subject: the verb follows it within a short window, with no
    // other company or clause break between.
    let rest = &ctx.text[from..s.end];
    let window_end = rest.find([';', '.', '—']).unwrap_or(rest.len()).min(120);
    let window_end = (0..=window_end).rev().find(|&k| rest.is_char_boundary(k)).unwrap_or(0);
    // "…, while Samsung sells HBM3E chips to AMD": a clause with a subject of its own.
    let window_end = CLAUSE_WITH_SUBJECT.find(&rest[..window_end]).map_or(window_end, |m| m.start());
    let window = &rest[..window_end];
    let later: Vec<&&Mention> = after.iter().filter(|n| n.end <= from + window_end).collect();
    let mut verb_zone = window;
    let mut idx = 0;
    let mut last_end = from;
    while more_subjects && idx < later.len() && ents[later[idx].entity].kind == EntityKind::Company {
        let gap = &ctx.text[last_end..later[idx].start];
        if gap.trim().trim_matches(',').trim().is_empty() || gap.trim() == "and" || gap.trim() == ", and" {
            subjects.push(later[idx].entity);
            verb_zone = &ctx.text[later[idx].end..from + window_end];
            last_end = later[idx].end;
            idx += 1;
        } else {
            break;
        }
    }
    // A verb in a question or a hedge relates nothing ("whether Nvidia should keep selling
    // to China"), nor does a noun ("the export of its H20 to China", a permit's object).
    let hedged = |v: &regex::Match| HEDGE.is_match(ctx.fold(&verb_zone[..v.start()])) || PERMIT_TO.is_match(ctx.fold(&verb_zone[..v.start()])) || WHETHER.is_match(ctx.fold(super::decisions::tail(&ctx.text[s.start..subject_start], 60)));
    let nominal = |v: &regex::Match| {
        let before = verb_zone[..v.start()].trim_end();
        // "stopped taking orders for the H20": orders taken are sales, not purchases.
        let orders_taken = verb_zone[v.range()].starts_with("order") && ["taking", "take", "takes", "took", "taken", "accepting", "accepted", "receiving", "received", "fulfilling", "filling"].iter().any(|w| before.ends_with(w));
        ["the", "its", "their"].iter().any(|d| before == *d || before.strip_suffix(d).is_some_and(|b| b.ends_with(' '))) || verb_zone[v.end()..].starts_with(" of ") || orders_taken
    };
    let verb_at = |re: &Ci| re.find(ctx.fold(verb_zone)).filter(|v| v.start() < 60 && !hedged(v) && !nominal(v)).map(|v| v.end());
    let objects: Vec<&&Mention> = later[idx..].to_vec();
    if let Some(v) = verb_at(&BUY) {
        let cut = verb_zone.as_ptr() as usize - ctx.text.as_ptr() as usize + v;
        for o in objects.iter().filter(|o| o.start >= cut && ents[o.entity].kind == EntityKind::Chip) {
            for &sub in &subjects {
                emit(ctx.role(sub), RelationKind::Buys, ctx.role(o.entity), 0.75);
            }
        }
    }
    if let Some(v) = verb_at(&SELL_TO) {
        let cut = verb_zone.as_ptr() as usize - ctx.text.as_ptr() as usize + v;
        for o in objects.iter().filter(|o| o.start >= cut) {
            let before = ctx.text[..o.start].trim_end();
            let k = ents[o.entity].kind;
            let listed = objects.iter().any(|p| p.end <= o.start && matches!(ctx.text[p.end..o.start].trim(), "and" | "," | ", and" | "or") && ctx.text[..p.start].trim_end().ends_with(" to"));
            // "agreed to sell the plant to Silex": a business sold changes hands; no goods
            // are supplied.
            let asset_sold = ASSET_SOLD.is_match(&ctx.text[cut..o.start]);
            if (before.ends_with(" to") || before.ends_with(" to the") || listed) && matches!(k, EntityKind::Company | EntityKind::Government) && !asset_sold {
                for &sub in &subjects {
                    emit(ctx.role(sub), RelationKind::SellsTo, ctx.role(o.entity), 0.7);
                }
            }
        }
    }
    if let Some(v) = verb_at(&SUPPLY) {
        let cut = verb_zone.as_ptr() as usize - ctx.text.as_ptr() as usize + v;
        for o in objects.iter().filter(|o| o.start >= cut && o.start < cut + 60) {
            let k = ents[o.entity].kind;
            let to = ctx.text[..o.start].trim_end().ends_with(" to");
            if k == EntityKind::Company && (to || o.start < cut + 20) || matches!(k, EntityKind::Chip | EntityKind::Product) {
                for &sub in &subjects {
                    emit(ctx.role(sub), RelationKind::Supplies, ctx.role(o.entity), 0.7);
                }
            }
        }
    }
    if let Some(v) = verb_at(&MAKE) {
        let cut = verb_zone.as_ptr() as usize - ctx.text.as_ptr() as usize + v;
        for o in objects.iter().filter(|o| o.start >= cut && o.start < cut + 40 && ents[o.entity].kind == EntityKind::Chip) {
            for &sub in &subjects {
                emit(ctx.role(sub), RelationKind::Manufactures, ctx.role(o.entity), 0.7);
            }
        }
    }
}
