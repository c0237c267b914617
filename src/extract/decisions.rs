//! Decisions: triggers (verb classes and their nominalisations), the clause around each, the
//! roles filled from the mentions in it, the kind refined from context words, modality from
//! hedges and negation, and coordination expanded into one record per combination.

use super::mentions::{Mention, Source};
use super::sentences::Sentence;
use super::{Context, Decision, Role};
use crate::dates;
use crate::model::{DecisionKind, EntityKind, Modality};
use super::fold::{Ci, Folded};
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

static TRIGGERS: LazyLock<Vec<(Ci, Family)>> = LazyLock::new(|| {
    let r = |p: &str| Ci::new(&format!(r"(?-u:\b)(?:{p})(?-u:\b)"));
    vec![
        (r(r"(?:export(?-u:\s)+)?licen[cs](?:e|ing)(?-u:\s)+(?:restrictions?|requirements?|curbs?|rules?|controls?)|(?:licen[cs]es?|permits?)(?-u:\s)+(?:would|will|is|was|are|were)(?-u:\s)+(?:now(?-u:\s)+)?(?:be(?-u:\s)+)?(?:now(?-u:\s)+)?required|(?:were|was|been|are|is)(?-u:\s)+(?:halted|suspended)|licen[cs]e requirements?|licen[cs]es?(?-u:\s)+required|(?:must|have(?-u:\s)+to|has(?-u:\s)+to|will(?-u:\s)+have(?-u:\s)+to)(?-u:\s)+(?:now(?-u:\s)+)?(?:obtain|get|seek|apply(?-u:\s)+for)(?-u:\s)+(?:an?(?-u:\s)+)?(?:[a-z.-]+(?-u:\s)+){0,2}(?:licen[cs]es?|permits?)|(?:requir|forc|compel|oblig|demand)(?-u:\w)*(?-u:\s)+(?:(?:[a-z0-9_.-]+(?-u:\s)+){0,6}to(?-u:\s)+(?:have|obtain|get|seek|apply(?-u:\s)+for)(?-u:\s)+)?(?:an?(?-u:\s)+)?(?:[a-z.-]+(?-u:\s)+){0,2}(?:licen[cs]es?|permits?)|need(?:s|ed)?(?-u:\s)+(?:to(?-u:\s)+(?:have|obtain|get|seek)(?-u:\s)+)?(?:an?(?-u:\s)+)?(?:[a-z.-]+(?-u:\s)+){0,2}(?:licen[cs]es?|permits?)|export controls?|export curbs?|export restrictions?|export bans?|(?:placed|put|brought)(?-u:\s)+(?:[^\s.;]+(?-u:\s)+){0,12}?under(?-u:\s)+(?:export(?-u:\s)+)?(?:licen[cs]ing|licen[cs]e(?-u:\s)+requirements?|controls?)|subject(?-u:\s)+to(?-u:\s)+(?:export(?-u:\s)+)?licen[cs]ing|(?:round|wave|regime|system)(?-u:\s)+of(?-u:\s)+(?:export(?-u:\s)+)?licen[cs]ing|(?:export(?-u:\s)+)?licen[cs]ing(?-u:\s)+(?:regime|system|scheme)|(?:extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|impos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing))(?-u:\s)+(?:(?:its|the|export|new)(?-u:\s)+)*licen[cs]ing"), Family::Restrict),
        (r(&format!(r"entity list|unverified list|control list|{LIST_OF_FIRMS}|sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?")), Family::Sanction),
        (r(r"su(?:e|ed|es|ing)(?-u:\s)+(?:[^.;]{0,40}?(?-u:\s))?to(?-u:\s)+block|(?:order|forc|requir|compel)(?:s|ed|ing|e|es)?(?-u:\s)+(?:\S+(?-u:\s)+){1,6}to(?-u:\s)+(?:sell|divest|unwind|dispose(?-u:\s)+of|give(?-u:\s)+up)|divest(?:ment|iture)(?-u:\s)+order|(?:order|forc|requir|compel)(?:s|ed|ing|e|es)?(?-u:\s)+(?:the(?-u:\s)+|a(?-u:\s)+)?(?:partial(?-u:\s)+|full(?-u:\s)+)?(?:divestment|divestiture|sale|unwinding)(?-u:\s)+of|lawsuit|(?:take|takes|taking|took|taken) (?:over|control)|seiz(?:e|es|ed|ing)|nationali[sz](?-u:\w)*|veto(?:es|ed|ing)?|invok(?:e|ed|es|ing)|remov(?:e|ed|es|ing)(?-u:\s)+(?:\d+(?-u:\s)+)?(?:(?-u:\w)+(?-u:\s)+){0,3}from the"), Family::Other),
        (r(r"approv(?:e|es|ed|ing|al|als)|authori[sz](?:e|es|ed|ing|ation|ations)|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|green[- ]?l(?:ight|ights|ighted|it)|clear(?:s|ed|ance)|sign(?:s|ed)? off|licen[cs](?:e|es|ed|ing)|waivers?|exemptions?|(?:requests?|applications?)(?-u:\s)+(?:from(?-u:\s)+(?:[a-z0-9&.-]+(?-u:\s)+){1,4})?to(?-u:\s)+(?:sell|ship|export|supply|resume)|(?:validated(?-u:\s)+end[- ]user|veu)(?-u:\s)+(?:status|authori[sz]ations?|designations?|program(?:me)?s?)|go-ahead|go(?-u:\s)+ahead|cleared(?-u:\s)+the(?-u:\s)+way|let(?:s|ting)?(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+){1,2}(?:ship|sell|export|buy|import|resume)|(?:gave|given|give|gives)(?-u:\s)+(?:its(?-u:\s)+|the(?-u:\s)+|a(?-u:\s)+)?(?:nod|blessing)"), Family::Permit),
        (r(&[r"(?:phas(?:e|es|ed|ing)(?-u:\s)+out|replac(?:e|es|ed|ing)|rip(?:s|ped|ping)?(?-u:\s)+out)(?-u:\s)+(?:(?:all|the|their|its|any)(?-u:\s)+)?", FOREIGN_GOODS_WORDS, r"|ban(?:s|ned|ning)?|bar(?:s|red|ring)|prohibit(?:s|ed|ing|ion|ions)?|restrict(?:s|ed|ing|ion|ions)?|curb(?:s|ed|ing)?|block(?:s|ed|ing)?|tighten(?:s|ed|ing)?|constrict(?:s|ed|ing)?|(?:limit(?:s|ed|ing)?|cap(?:s|ped|ping)?)(?-u:\s)+(?:on(?-u:\s)+)?(?:exports?|sales|shipments)|stop(?-u:\s)+(?:[a-z]+ing(?-u:\s)+(?:and|or)(?-u:\s)+)?(?:procuring|buying|purchasing|using|testing|deploying|selling|shipping|exporting|ordering|supplying|importing|placing(?-u:\s)+orders)|cancel(?:s|led|ling|ed|ing)?(?-u:\s)+(?:(?:all|their|its|existing|pending)(?-u:\s)+)?orders|(?:halt|suspend|paus(?:e|es|ed|ing))(?:s|ed|ing)?(?-u:\s)+(?:(?:all|new|further|their|its|the)(?-u:\s)+)?(?:[a-z0-9-]+(?-u:\s)+){0,2}?(?:sales|shipments|exports|purchases|deliveries|orders|imports|testing|use|deployment|procurement)|cut(?:s|ting)?(?-u:\s)+(?:[a-z.-]+(?-u:\s)+){0,3}?off(?-u:\s)+from|cut(?:s|ting)?(?-u:\s)+off|controls?(?-u:\s)+(?:on|over)|(?:rare[- ]earths?|minerals?|metals?|gallium|germanium|antimony|graphite|tungsten|chip|chips|semiconductor|technology|tech)(?-u:\s)+controls|crackdown|embargo(?:es|ed)?|avoid(?-u:\s)+(?:using|buying|purchasing)|discourag(?:e|es|ed|ing)(?-u:\s)+(?:[a-z0-9-]+(?-u:\s)+){0,3}?from(?-u:\s)+(?:using|buying|purchasing|ordering|procuring)|discourag(?:e|es|ed|ing)(?-u:\s)+(?:the(?-u:\s)+|any(?-u:\s)+|further(?-u:\s)+|new(?-u:\s)+)?(?:purchases|use|orders|imports)(?-u:\s)+of"].concat()), Family::Restrict),
        (r(r"investigat(?:e|es|ed|ing|ion|ions)|checks?(?-u:\s)+on|scrutin(?:y|i[sz]e|i[sz]es|i[sz]ed|i[sz]ing)|prob(?:e|es|ed|ing)|summon(?:s|ed|ing)?|subpoena(?:s|ed)?|inquir(?:y|ies)|security review|antitrust review|(?:national(?-u:\s)+)?(?:security|antitrust|competition|regulatory)(?-u:\s)+assessments?|call(?:s|ed|ing)?(?-u:\s)+in(?-u:\s)+(?:the|its|a|an)(?-u:\s)+(?:[a-z-]+(?-u:\s)+)?(?:deal|takeover|acquisition|purchase|merger|transaction)|review(?:s|ed|ing)?|audit(?:s|ed|ing)?|violat(?:e|ed|es|ing|ion|ions)|breach(?:ed|es|ing)?|inspect(?:s|ed|ing|ion|ions)|fined|(?:imposed|imposes|impose)(?-u:\s)+(?:a(?-u:\s)+)?fines?|penalt(?:y|ies)"), Family::Investigate),
        (r(r"subsid(?:y|ies|ize|ized|izing|ise|ised|ising)|(?:provid(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|commit(?:s|ted|ting)?|giv(?:e|es|en|ing)|gave|offer(?:s|ed|ing)?)(?-u:\s)+(?:[a-z.&-]{3,}(?-u:\s)+){0,3}?(?:(?:up(?-u:\s)+to|about|around|almost|nearly|roughly|some|more(?-u:\s)+than|over|an(?-u:\s)+additional|a(?-u:\s)+further|another)(?-u:\s)+)?(?:[$€£¥₹](?-u:\s)?\d[\d,.]*(?:(?-u:\s)*(?:trillion|billion|million|bn|crore))?|\d[\d,.]*(?-u:\s)*(?:trillion|billion|million|bn|crore)?(?-u:\s)*(?:yen|yuan|won|euros?|dollars|pounds|rupees))|grants?|granted|award(?:s|ed|ing)?|funding|incentives?|financial support|state aid|(?:in|of)(?-u:\s)+(?:(?:additional|further|extra|new|fresh|direct|government|state)(?-u:\s)+)?support|support(?-u:\s)+(?:package|measures?|program(?:me)?)|(?:to(?-u:\s)+support|supporting)(?-u:\s)+(?:its|the|their|domestic|local)(?-u:\s)+(?:[a-z-]+(?-u:\s)+)?(?:chip|semiconductor|chipmaking|ai)(?-u:\s)+(?:industry|sector|makers|firms|companies)|aid(?-u:\s)+package|tax(?-u:\s)+credits?|(?:low-interest|concessional|subsidi[sz]ed|policy|state)(?-u:\s)+loans?|chips(?-u:\s)+(?:and(?-u:\s)+science(?-u:\s)+)?act"), Family::Subsidy),
        (r(r"tariffs?|import dut(?:y|ies)|(?:anti-dumping|antidumping|countervailing|anti-subsidy|punitive|retaliatory|customs)(?-u:\s)+dut(?:y|ies)|dut(?:y|ies)(?-u:\s)+on|\d+(?:\.\d+)?(?:%|(?-u:\s)?per(?-u:\s)?cent|(?-u:\s)?percent)(?-u:\s)+(?:[a-z-]+(?-u:\s)+)?dut(?:y|ies)|levies|levy"), Family::Tariff),
    ]
});

/// "granted conditional approval", "granted Nvidia a licence": a permit given (up to three
/// words between).
static GRANTED_PERMIT: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^grant(?:s|ed|ing)?(?-u:\s)+(?:\S+(?-u:\s)+){0,3}(?:approvals?|clearances?|licen[cs]es?|permission|permits?|waivers?|exemptions?|authori[sz]ations?)(?-u:\b)"));
/// What a deal still needs: "(whose clearance) the transaction required".
static DEAL_NEEDS: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?-u:\s)+(?:the(?-u:\s)+|its(?-u:\s)+)?(?:deal|transaction|acquisition|merger|takeover|purchase)(?-u:\s)+(?:still(?-u:\s)+|had(?-u:\s)+|has(?-u:\s)+)?(?:required|requires|needed|needs|lacked|lacks|awaited|awaits|was(?-u:\s)+waiting(?-u:\s)+for)(?-u:\b)"));
/// A date right after a preposition: "2022", "July", "last year", "the end of March".
static DATE_OPENER: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?-u:\s)*(?:\d{4}(?-u:\b)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?-u:\s)+\d|(?:january|february|march|april|june|july|august|september|october|november|december)(?-u:\b)|last(?-u:\s)+(?:year|month|week)|early|late|mid-|then(?-u:\b)|the(?-u:\s)+(?:end|start|beginning|middle)(?-u:\s)+of)"));
/// A measure referred back to, after an undoing verb ([`UNDO`]): "(lifted) that ban",
/// "(scrapped) the rule".
static MEASURE_REFERRED: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?-u:\s)+(?:that|those|the|this|these|its|their)(?-u:\s)+(?:[a-z-]+(?-u:\s)+)?(?:ban|bans|restrictions?|requirements?|curbs?|controls?|rules?|measures?|tariffs?|sanctions?|order)(?-u:\b)"));
/// The fine words of the inquiry triggers.
static FINE: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?:fined|(?:imposed|imposes|impose)(?-u:\s)+(?:a(?-u:\s)+)?fines?|penalt)"));

static CLAUSE_BREAK: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?i);|(?-u:\s)+and(?-u:\s)+(?:may|might|could|would|will|plans?(?-u:\s)+to|is(?-u:\s)+(?:weighing|considering|expected))(?-u:\b)|,(?-u:\s)+(?:while|but|whereas|although|though|which|when|as|after|before|since|following|a day after|days after|weeks after|months after|prompting|forcing|leading|spurring|pushing|so)(?-u:\b)|(?-u:\s)(?:after|before|since|following|while|whereas|although|because)(?-u:\s)|(?-u:\s)(?:under|in|by)(?-u:\s)+which(?-u:\s)|(?-u:\s)for(?-u:\s)+[a-z]+ing(?-u:\b)")
});
static EXPORT_WORDS: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(export(?-u:\w)*|sell(?-u:\w)*|sales?|ship(?-u:\w)*|licen[cs](?-u:\w)*|supply|supplying|deliver(?-u:\w)*|reexport(?-u:\w)*|validated(?-u:\s)+end[- ]users?|veu|off(?-u:\s)+from|destined(?-u:\s)+for|bound(?-u:\s)+for)(?-u:\b)"));
static PURCHASE_WORDS: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(purchas(?-u:\w)*|buy(?:s|ing)?|bought|import(?-u:\w)*|procur(?-u:\w)*|orders?|for use|use by|acquire chips)(?-u:\b)"));
static MERGER_WORDS: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(deal|acquisition|merger|takeover|acquire|acquiring|buyout|transaction|bid for|sale of|divestment|divestiture)(?-u:\b)"));
/// "its list of strategic high-tech commodity entities": a list of firms by another name.
const LIST_OF_FIRMS: &str = r"list(?-u:\s)+of(?-u:\s)+(?:[a-z-]+(?-u:\s)+){0,4}(?:entities|companies|firms|end[- ]users)";
/// "would no longer be approved", "will no longer license": refused from now on.
static NO_LONGER: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)no(?-u:\s)+longer(?-u:\s)+(?:be(?-u:\s)+)?$|(?-u:\b)(?:will|shall)(?:,[^,]{0,30},)?(?-u:\s)+not(?-u:\s)+be(?-u:\s)+$"));
/// Goods let in: "(not permitted) to enter", "(not allowed) into".
static NOT_ENTER: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?-u:\s)+(?:to(?-u:\s)+(?:enter|be(?-u:\s)+imported)|into)(?-u:\b)"));
/// "added … to the list", "placed on its list": a list referred back to.
static TO_THE_LIST: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:add(?:s|ed|ing)?|plac(?:e|es|ed|ing)|put(?:s|ting)?)(?-u:\s)+(?:[^.;]{0,100}?(?-u:\s))?(?:to|on)(?-u:\s)+(?:the|its|that|this)(?-u:\s)+list(?-u:\b)"));
/// The names of lists of firms.
static LIST_NAMED: LazyLock<Ci> = LazyLock::new(|| Ci::new(&format!(r"(?-u:\b)(?:entity list|unverified list|end[- ]user list|blacklist|{LIST_OF_FIRMS})(?-u:\b)")));
static SANCTION_WORDS: LazyLock<Ci> = LazyLock::new(|| Ci::new(&format!(r"(?i)(?-u:\b)(entity list|sanction(?-u:\w)*|blacklist(?-u:\w)*|unverified list|{LIST_OF_FIRMS})(?-u:\b)")));
static QUANTITY: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(?:(?:more than|over|about|around|up to|nearly|some|at least)(?-u:\s)+)?(?:\d[\d,.]*(?:(?-u:\s)+(?:million|thousand|billion))?|several(?-u:\s)+(?:hundred(?-u:\s)+)?(?:thousand|million)|(?:hundreds|tens) of thousands of|one million|a million)(?-u:\s)+(?:[A-Z][A-Za-z0-9_-]*(?-u:\s)+){0,3}(?:chips|gpus|processors|units|accelerators|wafers|machines|systems)(?-u:\b)"));
static MONEY: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?:US)?\$(?-u:\s)?\d[\d,.]*(?-u:\s)*(?:billion|million|trillion|bn|mln|m|b)?(?-u:\b)|€(?-u:\s)?\d[\d,.]*(?-u:\s)*(?:billion|million|bn)?|(?-u:\b)\d[\d,.]*(?-u:\s)*(?:trillion|billion|million)(?-u:\s)+(?:yuan|euros?|dollars|won|yen|rupees)|(?-u:\b)\d+(?:\.\d+)?(?-u:\s)?(?:%|percent|per cent)"));
/// "subsid(y|ies|ise|ize…)", never "subsidiary".
static SUBSIDY_CONTEXT: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)\$|€|₹|billion|million|trillion|crore|yuan|chips act|chips and science|subsid(?:y|ies|is|iz)|funding|tax credit"));
static SUBSIDY_NOUN: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)subsid(?:y|ies|is|iz)|grant|award|funding|funded|program|state aid|aid package|aid measure|tax credit|(?:fiscal|financial) support|incentives|(?:euro|dollar|yen|won|yuan|pound|rupee)(?-u:\s)+(?:[a-z-]+(?-u:\s)+)?(?:measure|scheme|package)"));
static BUY_COMPANY: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(purchase|purchases|acquisition|takeover|buy|buying|bought|acquire|acquired|merger|merge)(?-u:\b)"));
/// "to 140 companies, including (chip equipment maker)": a list member takes the role of
/// the group it is drawn from.
static TO_GROUP_INCLUDING: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)to(?-u:\s)+(?:more(?-u:\s)+than(?-u:\s)+|over(?-u:\s)+|about(?-u:\s)+|nearly(?-u:\s)+)?(?:[\d,]+|dozens(?-u:\s)+of|several|some|a(?-u:\s)+number(?-u:\s)+of)?(?-u:\s)*(?:(?-u:\w)+(?-u:\s)+){0,3}(?:companies|firms|entities|groups|customers|businesses|chipmakers|makers),?(?-u:\s)+(?:including|such(?-u:\s)+as|like|among(?-u:\s)+them)(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+){0,3}$"));
/// "The approach would also apply to AMD and Intel", "AMD said it had received a similar
/// notice covering its MI308": a decision told before, carried over to new parties.
static CARRY_OVER: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:appl(?:y|ies|ied|ying)(?-u:\s)+(?:also(?-u:\s)+|equally(?-u:\s)+)?to|extend(?:s|ed|ing)?(?-u:\s)+(?:(?:it|them|(?:the|this|that|its)(?-u:\s)+(?:same(?-u:\s)+|similar(?-u:\s)+)?(?:treatment|approach|policy|arrangement|rules?|exemptions?|waivers?|licen[cs]es?|permission|ban|curbs|restrictions|terms))(?-u:\s)+)?to|(?:the(?-u:\s)+)?same(?-u:\s)+(?:goes|is(?-u:\s)+true|holds)(?-u:\s)+for|(?:received|got)(?-u:\s)+(?:a|the)(?-u:\s)+similar(?-u:\s)+(?:notice|letter|order|requirement|instruction)s?)(?-u:\b)"));
/// The members of a list just changed: "The companies include", "Those added included",
/// "Among them are".
static LIST_MEMBERS: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"^(?:(?:the|those|these)(?-u:\s)+(?:[a-z-]+(?-u:\s)+)?(?:companies|firms|entities|organi[sz]ations|businesses|groups|additions)(?-u:\s)+(?:(?:added|listed|named|targeted|affected)(?-u:\s)+)?|they(?-u:\s)+|(?:those|the(?-u:\s)+ones)(?-u:\s)+(?:added|listed|named|targeted)(?-u:\s)+)(?:include|includes|included)(?-u:\b)|^among(?-u:\s)+(?:them|those(?-u:\s)+(?:added|listed|named|targeted)|the(?-u:\s)+(?:[a-z-]+(?-u:\s)+)?(?:companies|firms|entities|organi[sz]ations))(?-u:\s)+(?:are|were)(?-u:\b)")
});
/// "… announced the requirement", "issued the rules": a body making public a decision told
/// just before.
static ANNOUNCED: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:announced|issued|imposed|introduced|unveiled|published)(?-u:\s)+(?:the|this|that|these|those)(?-u:\s)+(?:new(?-u:\s)+)?(?:requirements?|bans?|measures?|decisions?|rules?|restrictions?|orders?|curbs|controls|polic(?:y|ies)|directives?)(?-u:\b)")
});
/// End-use checks are an export control, not an inquiry into a firm.
static END_USE: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)end[- ]?us(?:e|es|er|ers|age)(?-u:\b)"));
static EXPORTS_TO: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)exports? to(?-u:\b)"));
/// Goods from a state: "imported from China", "duties on solar glass from Malaysia".
static FROM_ORIGIN: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(?:imported|imports|goods|products|shipments|made|sourced)(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+){0,2}from(?-u:\s)+(?:the(?-u:\s)+)?$|(?-u:\b)(?:on|into)(?-u:\s)+(?:[a-z-]+(?-u:\s)+){0,2}(?:goods|products|chips|semiconductors|equipment|wafers|components|glass|steel|aluminium|aluminum|polysilicon|graphite|panels|cells|modules|batteries|magnets|materials|parts|devices|tools)(?-u:\s)+from(?-u:\s)+(?:the(?-u:\s)+)?$"));
static PARENT_OF: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?:unit|subsidiary|division|arm|affiliate|parent|owner)(?-u:\s)+of(?-u:\s)*$|owned(?-u:\s)+by(?-u:\s)*$|parent(?:(?-u:\s)+company)?,?(?-u:\s)*$"));
/// Opinion, not decision: analysts and experts on what curbs would do.
static OPINION: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(?:analysts?|economists?|experts?|investors?|observers?|critics)(?-u:\b)(?:(?-u:\s)+(?-u:\w)+){0,3}(?-u:\s)+(?:said|say|says|expect|expects|estimate|estimates|wrote|warn|warned|noted|argue|argued)(?-u:\b)"));
static NEGATION: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(not|n't|never|no longer|neither|nor|denied|denies|deny|refused|refuses|declined|rejected|rejects|without|yet(?-u:\s)+to|await(?:s|ed|ing)?|fail(?:s|ed|ing)?(?-u:\s)+to(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+)?(?:secure|win|get|obtain|receive))(?-u:\b)|n’t(?-u:\b)|(?-u:\b)fail(?:s|ed|ing)?(?-u:\s)+to(?-u:\s)+$"));
static UNDO: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|scrap(?:ped|ping)|scraps?(?-u:\s)+(?:the|its|their|a|an|plans?)|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|end(?:s|ed|ing)?|revers(?:e|es|ed|ing)|roll(?:s|ed|ing)? back|withdr(?:aw|ew|awn)|suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|drop(?:s|ped|ping)?(?-u:\s)+(?:its|the|their|a)|abandon(?:s|ed|ing)?)(?-u:\b)"));
/// Undoing a permit: "revoked licences", "suspended the approval".
static REASON: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?-u:\s)+for(?-u:\s)+[a-z]+ing(?-u:\b)").unwrap());
static DEAL_VERB: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:acquired|bought|took(?-u:\s)+over|purchased|from(?-u:\s)+(?:buying|acquiring|purchasing|taking(?-u:\s)+over)|(?:(?:agreed|agrees|plans?|planned|seeks?|sought|offered|offers)(?:(?-u:\s)+(?:in|on|last|earlier|this)(?-u:\s)+[a-z]+(?:(?-u:\s)+\d{4})?)?|(?:agreement|deal|bid|offer|attempt|proposal)s?)(?-u:\s)+to(?-u:\s)+(?:buy|acquire|purchase|take(?-u:\s)+over)|(?:completed|closed)(?-u:\s)+(?:its|the)(?-u:\s)+(?:acquisition|purchase|takeover)(?-u:\s)+of)(?-u:\s)+(?:(?:chip(?-u:\s)*)?(?:designer|maker|company|firm|rival|startup)(?-u:\s)+|(?:the(?-u:\s)+)?(?:[A-Za-z.-]+(?-u:\s)+)?(?:business|businesses|unit|operations|assets|division)(?-u:\s)+of(?-u:\s)+)?"));
static POSSESSIVE_GAP: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^['’]s?(?-u:\s)+(?:(?:proposed|planned|pending|attempted)(?-u:\s)+)?(?:(?:us)?\$[\d.,]+(?-u:\s)*(?:billion|million|bn|m)?(?-u:\s)+)?$"));
static DECISION_NOUN_AFTER: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?-u:\s)+(?:export(?-u:\s)+|trade(?-u:\s)+|chip(?-u:\s)+|sales(?-u:\s)+|investment(?-u:\s)+)?(?:curbs|controls|restrictions|sanctions|bans?|tariffs|crackdown|blacklist|embargo)(?-u:\b)"));
static DEAL_NOUN_AFTER: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?-u:\s)+(?:acquisition|deal|merger|takeover|purchase|buyout)(?-u:\b)"));
static DEAL_OF: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:acquisition|purchase|takeover|buyout|divestment|divestiture)(?-u:\s)+of(?-u:\s)+(?:the(?-u:\s)+)?"));
static DEAL_ANAPHORA: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(?:the|this|that)(?-u:\s)+(?:deal|acquisition|merger|transaction|takeover|purchase)(?-u:\b)"));
/// "making chips for Sophgo", "produce processors for the company": the firm a maker works
/// for is a buyer.
static MADE_FOR: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:mak|produc|manufactur|fabricat|build|design)(?:e|es|ed|ing)?(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+){0,3}for(?-u:\s)+(?:the(?-u:\s)+)?$"));
/// Nouns for goods after a nationality, perhaps with two words between: "Chinese goods",
/// "Japanese imports", "Chinese legacy chips".
static GOODS_NOUN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?-u:\s)+(?:(?:-made|made|-origin)(?-u:\s)+)?(?:[a-z][a-z-]*(?-u:\s)+){0,2}(?:goods|imports|products|chips|semiconductors|exports|equipment|wafers|components)(?-u:\b)").unwrap());
/// Nouns for buyers after a nationality: "Chinese customers", "Indian tech firms".
static BUYER_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?-u:\s)+(?:(?:tech|technology|internet|cloud|ai|chip|state-owned|private)(?-u:\s)+)?(?:customers|buyers|clients|companies|firms|users|entities|groups|businesses|chipmakers|makers|manufacturers|developers|purchasers|importers)(?-u:\b)").unwrap()
});
static SELL_VERB: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(sell|sells|selling|sold|sales|ship|ships|shipping|shipped|shipments?|export|exports|exporting|exported|supply|supplying|supplied|deliver\w*)(?-u:\b)"));
static REVOKE: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(revok(?:e|es|ed|ing)|strip(?:s|ped|ping)?|rescind(?:s|ed|ing)?|withdr(?:aw|ew|awn|awing)|suspend(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|pull(?:s|ed|ing)?)(?-u:\b)"));
/// A permit taken away, told after it in the passive: "(status) … would be revoked".
static REVOKED_AFTER: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^[^;]{0,60}?(?-u:\b)(?:would|will|was|were|is|are|has|have|had)(?:(?-u:\s)+(?:be|been|being))?(?-u:\s)+(?:revoked|withdrawn|rescinded|cancell?ed|canceled|pulled|suspended)(?-u:\b)"));
/// Hedges: "could" and "may" keep their case ("May" is a month); the rest folds.
static SPECULATIVE_MODAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)(?:[Cc]ould|may|might)(?-u:\b)").unwrap());
static SPECULATIVE: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:(?:introduc(?:e|es|ed|ing)|fil(?:e|es|ed|ing)|draft(?:s|ed|ing)?)(?-u:\s)+(?:an?(?-u:\s)+)?(?:[a-z-]+(?-u:\s)+)?(?:bill|legislation)|weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|explor(?:e|es|ed|ing)|possible|possibly|potential(?:ly)?|likely|expect(?:s|ed|ing)?(?-u:\s)+(?:[a-z.-]+(?-u:\s)+){0,3}?to|threaten(?:s|ed|ing)?|proposals?|propos(?:e|es|ed|ing)|discuss(?:es|ed|ing)?|debat(?:e|es|ed|ing)|whether|if|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?(?-u:\s)+(?:on|for)|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|demand(?:s|ed|ing)?)(?-u:\b)"));
/// "accused Beijing of flooding markets with goods backed by state subsidies": what the
/// accuser says another did, no decision of its own (unless an "and" starts another verb).
static ACCUSED_OF: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)accus(?:e|es|ed|ing)(?-u:\s)+[^,;.]{0,60}?(?-u:\s)of(?-u:\s)[^,;]*$"));
static PLANNED: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(plan(?:s|ned)? to|planning to|(?:is|are|was|were) set to|intend(?:s|ed)? to|preparing to|prepares to|poised to|aim(?:s|ed)? to|seek(?:s|ing)? to|draft)(?-u:\b)"));
static REPORTED: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(people familiar|person familiar|people briefed|person briefed|people with knowledge|person with knowledge|sources? (?:said|say|told|familiar|close)|according to|reported|reports? said|citing (?:people|sources|a person|officials|unnamed|two|three|several)|reportedly|told reuters|told bloomberg)(?-u:\b)"));
/// A lowercase noun after a country name makes it an adjective: "U.S. companies".
pub(crate) static MODIFIED_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:-based|-headquartered|-listed|-made|-origin|-designed|-built|-developed|[- \t\n\r]+(?:chip|memory|tech|technology|semiconductor|ai|equipment|internet|cloud|telecom|smartphone)?(?-u:\s)*(?:companies|company|firms?|chipmakers?|makers?|manufacturers?|technology|tech|chips?|markets?|customers|buyers|clients|users|operators|products|suppliers|giants|businesses|entities|industry|sector|semiconductors?|investors|brands|designers?|rivals?|counterparts?|groups?|equipment|items|goods|software|tools|components|sales|revenues?|operations|exposure|factories|plants?|fabs?|origin|content)(?-u:\b))").unwrap()
});
static BAN_VERB: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)^(ban|bans|banned|banning|bar|bars|barred|barring|prohibit(?-u:\w)*|stop(?-u:\s)+(?-u:\w)+(?:(?-u:\s)+(?:and|or)(?-u:\s)+(?-u:\w)+)?|(?:halt|suspend|paus)(?-u:\w)*(?:(?-u:\s)+[a-z0-9-]+){1,4}|block(?-u:\w)*|avoid(?-u:\s)+(?-u:\w)+|discourag(?-u:\w)*(?:(?-u:\s)+[a-z0-9-]+){1,6}|embargo(?-u:\w)*|(?:phas|replac|rip)(?-u:\w)*(?:(?-u:\s)+[a-z0-9.-]+){1,6})$"));
/// Words that take something off a list.
const REMOVAL_WORDS: &str = r"remov(?:e|es|ed|ing)|delist(?:s|ed|ing)?|tak(?:e|es|en|ing) off|took off|drop(?:s|ped|ping)? from";
static REMOVAL: LazyLock<Ci> = LazyLock::new(|| Ci::new(&format!(r"(?i)(?-u:\b)({REMOVAL_WORDS})(?-u:\b)")));
static REGULATORS_IN: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(?:regulators?|authorities|officials|watchdogs?|governments?|lawmakers|antitrust enforcers)(?-u:\s)+in(?-u:\s)+(?:the(?-u:\s)+)?$|(?-u:\b)(?:regulators?|authorities|officials|watchdogs?)(?-u:\s)+in(?-u:\s)+(?:the(?-u:\s)+)?\S+(?:(?-u:\s)+\S+){0,2}(?-u:\s)+and(?-u:\s)+(?:the(?-u:\s)+)?$"));
static DEAL: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?:['’]s?|(?-u:\b)its|(?-u:\b)their)(?-u:\s)+(?:(?:proposed|planned|pending|attempted|hostile|unsolicited)(?-u:\s)+)?(?:(?:roughly|about|around|nearly|almost|some|approximately)(?-u:\s)+)?(?:\$[\d.,]+(?-u:\s)*(?:billion|million|bn|m)(?-u:\s)+|[\d.,]+(?-u:\s)*(?:billion|million)(?-u:\s)+(?-u:\w)+(?-u:\s)+)?(?:(?:19|20)\d\d(?-u:\s)+)?(?:(?:hostile|unsolicited|rival|failed|revised|sweetened|all-cash|friendly)(?-u:\s)+)?(?:acquisition|purchase|takeover|buyout|merger|deal|bid)(?-u:\s)+(?:of|with|for)(?-u:\s)+"));
static NOMINAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(licen[cs]es?|permits?|waivers?|exemptions?|approval|approvals|authori[sz]ation|authori[sz]ations|green light|clearance|ban|bans|restriction|restrictions|curbs|crackdown|investigation|probe|inquiry|review|summons|award|grant|subsidy|subsidies|tariffs?|sanctions?|decision|move)$").unwrap());
static PARTICIPLE_NOUN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?-u:\s)+(?:commercial(?-u:\s)+|foreign(?-u:\s)+|chinese(?-u:\s)+|domestic(?-u:\s)+)?(?:customers|buyers|clients|users|companies|firms|entities|vendors|suppliers|products|devices|list|lists|parties|end[- ]users)(?-u:\b)").unwrap());
static BUSINESS_NOUN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:[ -](?:chip|chips|memory|flash|storage))?[ -](?:business|businesses|unit|division|operations|assets|plant|plants|fab|fabs|factory|factories|facility|facilities)(?-u:\b)").unwrap());
static GUIDANCE: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^urg(?:e|es|ed|ing)(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+){0,2}(?:companies|firms|businesses|operators|enterprises|chipmakers|buyers|customers|users|platforms)(?-u:\b)"));
/// "Humain will buy …", "Alibaba was cleared to purchase …", "G42, an AI developer, has
/// ordered …": a firm that buys what a decision lets go (or stops) is the firm the goods
/// go to, whichever clause tells it.
static BUYER_SUBJECT: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"^(?:,(?-u:\s)+(?:a|an|the|its)(?-u:\s)+[^,;.]{1,60},)?(?-u:\s)+(?:(?:will|would|can|could|may|might|is|are|was|were|has|have|had|also|now|then|later|still|plans?|planned|intends?|intended|expects?|expected|agreed|agrees|set|to|going|able|allowed|permitted|cleared|approved|authori[sz]ed|be|been)(?-u:\s)+){0,4}(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|order|orders|ordered|ordering|import|imports|imported|importing|receive|receives|received|take(?-u:\s)+delivery)(?-u:\b)")
});
/// "Microsoft received approval to ship Nvidia chips to the UAE": a firm that receives leave
/// to sell is the exporter, not a buyer.
static LEAVE_TO_SELL: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"^(?-u:\s)+(?:(?:an?|the|its|u\.s\.|export|government|federal|regulatory|official|special)(?-u:\s)+){0,3}(?:approvals?|licen[cs]es?|permission|permits?|authori[sz]ations?|green(?-u:\s)+light|waivers?|clearance)(?-u:\s)+(?:from(?-u:\s)+[^,;.]{1,60}?(?-u:\s)+)?to(?-u:\s)+(?:ship|export|sell|supply|send|deliver)(?-u:\b)")
});

/// Whether the firm whose mention ends where `after` begins buys: "Alibaba has received
/// H200 chips", "ByteDance was cleared to buy".
fn buyer_subject(after: Folded) -> bool {
    let Some(m) = BUYER_SUBJECT.find(after.head(80)) else { return false };
    !(m.as_str().ends_with("received") || m.as_str().ends_with("receives") || m.as_str().ends_with("receive")) || !LEAVE_TO_SELL.is_match(after.slice(m.end(), after.len()).head(120))
}

/// "… to buy 5G chips from", "purchases of equipment from the": goods bought from the firm
/// named next.
static BOUGHT_FROM: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:buy|buying|bought|purchase|purchases|purchasing|purchased|import|imports|importing|imported|order|orders|ordering|ordered|sourc(?:e|es|ing|ed))(?-u:\s)+(?:[^,;.]{0,60}?(?-u:\s))?from(?-u:\s)+(?:the(?-u:\s)+)?$")
});
/// "urged the", "called on", "pressed": a body asked to decide comes next.
static URGED: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?(?-u:\s)+on|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|push(?:es|ed|ing)?)(?-u:\s)+(?:the(?-u:\s)+)?$")
});
/// "the deal between", "a merger of": the two firms named next are its parties.
static DEAL_BETWEEN: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:deal|merger|tie-up|combination|transaction)(?-u:\s)+(?:between|of)(?-u:\s)+(?:the(?-u:\s)+)?"));
/// "the sale of": the firm (or a part of it) sold comes next, its buyer after "to".
static SALE_OF: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:sale|sell-off|divestment)(?-u:\s)+of(?-u:\s)+(?:the(?-u:\s)+)?(?:(?:a|its|their)(?-u:\s)+(?:[\d.]+%(?-u:\s)+|controlling(?-u:\s)+|majority(?-u:\s)+|minority(?-u:\s)+)?(?:stake|holding|interest)(?-u:\s)+in(?-u:\s)+(?:the(?-u:\s)+)?)?"));
/// Between the firm sold and its buyer, a buyer named after "to": in apposition ("to a
/// Chinese-owned buyer, Y") or by the firm behind it ("to a subsidiary of China's Sai
/// Microelectronics", "to a fund backed by Wise Road"; an apposition may come between: "of
/// LPE, a maker of reactors, to a unit of …"), or right after "to", past a state's
/// possessive ("of LPE, a maker of reactors, to China's Shenzhen Investment").
static SOLD_TO_NAMED: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"^[^,;]*(?-u:\b)to(?-u:\s)+(?:(?:a|an|the)(?-u:\s)+)?(?:[a-z0-9-]+(?-u:\s)+){0,3}(?:buyer|purchaser|company|firm|group|investor|rival|chipmaker|owner),(?-u:\s)*$|^(?:[^,;]*,[^,;]*,)?[^,;]*(?-u:\b)to(?-u:\s)+(?:a|an|the)(?-u:\s)+(?:[a-z0-9-]+(?-u:\s)+){0,2}(?:subsidiary|unit|affiliate|arm|division|consortium|fund|vehicle|company|firm|group)(?-u:\s)+(?:of|led(?-u:\s)+by|backed(?-u:\s)+by|controlled(?-u:\s)+by|owned(?-u:\s)+by)(?-u:\s)+(?:the(?-u:\s)+)?(?:\S+['’]s(?-u:\s)+)?$|^(?:,[^,;]*,)?(?-u:\s)+to(?-u:\s)+(?:the(?-u:\s)+)?(?:\S+['’]s(?-u:\s)+)?$")
});
/// A participle that lets or bars: "allowed", "barred" (in "was allowed to sell").
static PASSIVE_LET: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?:allowed|permitted|cleared|licensed|authori[sz]ed|approved|barred|banned|blocked|prohibited|restricted)$"));
/// Selling abroad right after it: "to sell", "to resume shipments of", "from shipping".
static SELL_AFTER: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?-u:\s)+(?:to(?-u:\s)+(?:sell|ship|export|supply|deliver|resume(?-u:\s)+(?:sales|shipments|exports|selling|shipping))|from(?-u:\s)+(?:selling|shipping|exporting|supplying|delivering))(?-u:\b)"));
/// Between a vendor and a permit it received: "said it had received", "has obtained
/// export", "was granted".
static RECEIVED_PERMIT: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"^(?-u:\s)+(?:said(?-u:\s)+(?:on(?-u:\s)+[a-z]+(?-u:\s)+)?(?:that(?-u:\s)+)?(?:it|the(?-u:\s)+company)(?-u:\s)+)?(?:(?:has|had|have|was|were|been|now|also|finally)(?-u:\s)+)*(?:received|obtained|secured|won|got|granted|given)(?-u:\s)+(?:(?:export|the|a|an|new|some|government|necessary|required|its|all)(?-u:\s)+)*$")
});
/// After a permit: what it is for ("for some shipments to", "for exports of").
static FOR_SHIPMENTS: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?-u:\s)+for(?-u:\s)+(?:[a-z]+(?-u:\s)+){0,2}(?:shipments|exports|sales|deliveries)(?-u:\b)"));
/// Only auxiliaries and negation between a subject and its participle.
static AUXILIARIES: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?:(?-u:\s)+(?:will|would|could|may|might|can|cannot|has|have|had|is|are|was|were|be|been|being|not|n't|[a-z]+n['’]t|no|longer|now|also|still|yet|again|formally|officially))*(?-u:\s)+$"));
/// A licence or permit word in a trigger ("require permits", "licence requirement").
static LICENCE_WORD: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"licen[cs]|permit"));
/// The goods a restriction names right after it, by their kind: "export controls on lithium
/// battery technology", "limits on exports of the critical minerals".
static RESTRICTED_GOODS: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"^(?-u:\s)+(?:on|over|of)(?-u:\s)+(?:(?:exports?|sales|shipments|imports?)(?-u:\s)+of(?-u:\s)+)?(?:(?:the|some|certain|more|its|their)(?-u:\s)+)?(?:[a-z0-9-]+(?-u:\s)+){0,4}(?:technolog(?:y|ies)|equipment|materials|minerals|metals|chips|semiconductors|tools|items|goods|products|components|software|machines|machinery|elements|earths|batteries|wafers|gpus|processors)(?-u:\b)")
});
/// Goods a ban names by their foreign origin: "stop buying foreign chips", "phase out
/// American processors".
static FOREIGN_GOODS: LazyLock<Ci> = LazyLock::new(|| Ci::new(&format!(r"(?-u:\b){FOREIGN_GOODS_WORDS}(?-u:\b)")));
/// Goods named by a foreign origin, for [`FOREIGN_GOODS`] and the phase-out trigger.
const FOREIGN_GOODS_WORDS: &str = r"(?:foreign|american|u\.s\.|us|imported|western)(?:-made)?(?-u:\s)+(?:[a-z-]+(?-u:\s)+){0,2}(?:chips|processors|semiconductors|gpus|servers|equipment|components|software|products)";
/// A suit or bid whose aim follows: "lawsuit to (block)", "its bid to (block)".
static AIM_OF_SUIT: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:lawsuits?|suits?|case|complaint|bid|effort|attempt|move)(?-u:\s)+to(?-u:\s)+$"));
/// "requiring exporters to obtain approval", "will need to seek a licence", "requires a trade
/// permit for": a permit one must get.
static REQUIRED_PERMIT: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:(?:requir(?:e|es|ed|ing)|need(?:s|ed)?|must|forc(?:e|es|ed|ing))(?-u:\s)+(?:[a-z-]+(?-u:\s)+){0,4}?(?:to(?-u:\s)+)?(?:obtain|seek|get|secure|apply(?-u:\s)+for)|requir(?:e|es|ed|ing)|need(?:s|ed)?)(?-u:\s)+(?:(?:an?|the|prior|government|official|special|export|trade)(?-u:\s)+)*$")
});
/// Firms ordered to get a permit, however many are named between: "ordered Synopsys,
/// Cadence and Siemens EDA, a unit of Siemens, to obtain licences before selling …".
static ORDERED_PERMIT: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:order(?:s|ed|ing)?|instruct(?:s|ed|ing)?|told|tells?|direct(?:s|ed|ing)?)(?-u:\s)[^.;]{0,160}?(?-u:\s)to(?-u:\s)+(?:obtain|seek|get|secure|apply(?-u:\s)+for)(?-u:\s)+(?:(?:an?|the|prior|government|official|special|export|trade)(?-u:\s)+)*$")
});
/// A permit named last: "… to obtain a trade permit".
static PERMIT_NOUN_END: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:licen[cs]es?|permits?|approvals?|authori[sz]ations?|permission|waivers?)$"));
/// "… before shipping": a clause that tells what a permit is needed for.
static BEFORE_DOING: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^,?(?-u:\s)+(?:before|prior(?-u:\s)+to)(?-u:\s)+[a-z]+ing(?-u:\b)"));
/// "without a licence", "without prior approval", "unless they obtain a": a permit as the
/// condition of a restriction.
static WITHOUT_PERMIT: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:without|unless(?-u:\s)+(?:[a-z]+(?-u:\s)+){0,2}(?:obtain|obtains|get|gets|receive|receives|secure|secures|have|has))(?-u:\s)+(?:(?:a|an|the|prior|government|official|special|export|u\.s\.)(?-u:\s)+)*$")
});
/// A report denied: "reports that … were denied", "denied reports that …".
static DENIED_REPORT: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:(?:denied|dismissed|rejected|refuted|disputed)(?-u:\s)+(?:(?:the|a|media|press|news|earlier)(?-u:\s)+)*reports?(?-u:\s)+that|reports?(?-u:\s)+that(?:(?-u:\s)+[a-z0-9'’,.-]+){1,30}?(?-u:\s)+(?:was|were|has(?-u:\s)+been|have(?-u:\s)+been)(?-u:\s)+(?:denied|dismissed|rejected|refuted))(?-u:\b)")
});
/// "from funding", "from receiving federal": what comes after is the act forbidden.
static FORBIDDEN_ACT: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)from(?-u:\s)+(?:[a-z]+ing(?-u:\s)+)?(?:[a-z-]+(?-u:\s)+){0,2}$"));
/// "reviewing whether to …", "considering how to …": a decision deliberated.
static DELIBERATION: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?-u:\s)+(?:whether|how|if)(?-u:\s)+(?:or(?-u:\s)+not(?-u:\s)+)?(?:to|it(?-u:\s)+should)(?-u:\b)"));
/// A request to sell, as a trigger: "request from Applied Materials to resume".
static REQUEST: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?:requests?|applications?)(?-u:\s)"));
/// Selling off what one owns: the end of a divestment order ("ordered X to sell").
static DIVEST_VERB: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:sell|divest|dispose(?-u:\s)+of|give(?-u:\s)+up|unwind)$"));
/// A trade-remedy inquiry: into goods and where they come from, not into a firm.
static TRADE_REMEDY: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:anti-?dumping|dumping|anti-?subsidy|countervailing|anti-circumvention|anti-?discrimination|section(?-u:\s)+(?:201|232|301|337)|unfair(?-u:\s)+trade|trade(?-u:\s)+practices)(?-u:\b)"));
/// A measure made public, not one administered or tightened over the years.
static MEASURE_ANNOUNCED: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:announc(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|issu(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|roll(?:s|ed|ing)?(?-u:\s)+out|finali[sz](?:e|es|ed|ing)|publish(?:es|ed|ing)?)(?-u:\b)")
});
/// Chips named by their kind ("AI chips", "advanced semiconductors", "GPUs").
static CHIP_GOODS: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:chips|semiconductors|gpus|processors|accelerators)(?-u:\b)"));
/// "complies with all U.S.", "in compliance with the", "abide by": rules obeyed follow.
static COMPLIES_WITH: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:compl(?:y|ies|ied|ying)(?-u:\s)+with|compliance(?-u:\s)+with|abid(?:e|es|ing)(?-u:\s)+by|adher(?:e|es|ed|ing)(?-u:\s)+to|obey(?:s|ed|ing)?)(?-u:\s)+(?:(?:all|the|its|their|applicable|relevant|existing|current)(?-u:\s)+)*(?:[a-z.-]+(?-u:\s)+){0,2}$")
});
/// Buying in a trigger: "halt orders", "stop buying", "pause purchases".
static BUYING_WORD: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:orders|ordering|purchases|purchasing|buying|procuring|imports|importing)(?-u:\b)"));
/// Words every deal phrase has: one scan of a sentence instead of one per word.
/// Goods named right after a firm: "Micron chips", "Nvidia products".
static GOODS_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?-u:\s)+(?:[a-z0-9-]+(?-u:\s)+)?(?:chips?|products?|processors?|semiconductors?|equipment|gpus?|accelerators?|memory|tools|software|components|parts|devices|wafers|servers)(?-u:\b)").unwrap());
static DEAL_CUES: LazyLock<Ci> = LazyLock::new(|| {
    // Literals only: the cue index answers for them (`may_occur`), the regex never runs.
    Ci::new(r"cquisition|urchase|akeover|uyout|erger|deal|bid|cquire|ought|ook over|sale of|tie-up|ransaction|divest|uying|cquiring|urchasing|aking over")
});
/// A restriction named by its noun: "curbs", "restrictions".
static RESTRICTION_NOUN: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?:curbs|restrictions|controls|sanctions|measures)$"));
/// What a restriction is aimed at comes next: " on ", " against Chinese tech giant ".
static AIMED_AT: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"^(?-u:\s)+(?:on|against|targeting)(?-u:\s)+(?:(?:chinese|the)(?-u:\s)+)?(?:(?:tech|telecom|telecoms|chip|technology)(?-u:\s)+)?(?:(?:giant|company|firm|chipmaker|group)(?-u:\s)+)?$")
});
/// "supply Huawei (with …)": the firm right after the verb is the buyer.
/// "cut China off from (chips)": the party cut off is where the goods no longer go.
/// "local alternatives from", "rivals such as": a firm offered instead of the goods decided on.
static ALTERNATIVE_TO: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:alternatives?|substitutes?|replacements?|rivals?|competitors?)(?-u:\s)+(?:from|such(?-u:\s)+as|like|made(?-u:\s)+by|including)(?-u:\s)+(?:the(?-u:\s)+)?$"));
/// "'s main Chinese rival": a firm's possessive that names another firm by its relation.
static RIVAL_OF: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^['’]s(?-u:\s)+(?:[a-z-]+(?-u:\s)+){0,3}(?:rivals?|competitors?|peers?|counterparts?|challengers?)(?-u:\b)"));
/// "'s campaign", "'s efforts": a state's policy named by its possessive.
static POLICY_NOUN: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^['’]s(?-u:\s)+(?:[a-z-]+(?-u:\s)+)?(?:campaign|efforts?|push|drive|polic(?:y|ies)|strategy|approach|stance|position|lead|demands?|pressure|requests?|concerns?|calls?|goals?|agenda)(?-u:\b)"));
/// "sold in the country by U.S. memory chipmaker": the firm named next sells (or makes) the goods.
static SOLD_BY: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:sold|made|supplied|produced|manufactured|designed|offered|shipped)(?-u:\s)+(?:[^\s,;]+(?-u:\s)+){0,4}?by(?-u:\s)+(?:[^\s,;]+(?-u:\s)+){0,4}$"));
/// "had given their", "granted its": a verb of giving before a determiner and a permit noun.
static GIVEN_PERMIT: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:gave|give|gives|given|giving|grant(?:s|ed|ing)?|issu(?:e|es|ed|ing))(?-u:\s)+(?:its|their|the|his|her)(?-u:\s)+(?:formal(?-u:\s)+|final(?-u:\s)+|unconditional(?-u:\s)+|conditional(?-u:\s)+)?$"));
/// " of the Catania ": what lies between a permit and the subsidy it permits.
static OF_THE_FUNDING: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?-u:\s)+(?:of|for)(?-u:\s)+(?:(?:the|a|an|its|their|this|that)(?-u:\s)+)?(?:[a-z0-9.,$€-]+(?-u:\s)+){0,3}$"));
/// "'s largest contract chipmaker,": a firm described by its state's possessive, in apposition.
static FIRM_DESCRIBED: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^['’]s(?-u:\s)+(?:[a-z-]+(?-u:\s)+){1,3}(?:chipmakers?|chip(?-u:\s)+makers?|companies|company|firms?|makers?|manufacturers?|foundry|foundries|suppliers?|designers?|champions?|giants?|groups?)(?-u:\s)*[,.;)—]"));
static CUT_BEFORE: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)cut(?:s|ting)?(?-u:\s)+$"));
fn cut_off(folded_before: Folded, after: &str) -> bool {
    after.starts_with(" off from ") && CUT_BEFORE.is_match(folded_before)
}
static SUPPLY_DIRECT: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:supply|supplies|supplying|supplied)(?-u:\s)+$"));
/// Verbs of deciding or reacting that open a clause after its subject.
const CLAUSE_VERBS: &str = "said|announced|imposed|retaliated|responded|placed|added|banned|barred|blocked|approved|cleared|launched|opened|ordered|told|issued|granted|restricted|followed|unveiled|expanded|tightened|introduced|matched|countered";
/// ", and" then a subject of one to three words and one of [`CLAUSE_VERBS`].
static COORDINATED_CLAUSE: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(&format!(r",(?-u:\s)+and(?-u:\s)+(?:[a-z][a-z.’'-]*(?-u:\s)+){{1,3}}(?:also(?-u:\s)+|then(?-u:\s)+|later(?-u:\s)+)?(?:{CLAUSE_VERBS})(?-u:\b)"))
});
/// Right after a name: one of [`CLAUSE_VERBS`], the name is its subject.
static SUBJECT_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:['’]s)?(?-u:\s)+(?:(?:also|then|later|has|have|had|will|both|jointly|each)(?-u:\s)+){{0,2}}(?:{CLAUSE_VERBS})(?-u:\b)")).unwrap()
});
/// A verb of adding to a list, before the list's name.
/// Words that put something on a list.
const LIST_ADD_WORDS: &str = r"add(?:s|ed|ing)?|plac(?:e|es|ed|ing)|put(?:s|ting)?|includ(?:e|es|ed|ing)";
static LIST_ADDITION: LazyLock<Ci> = LazyLock::new(|| Ci::new(&format!(r"(?-u:\b)(?:{LIST_ADD_WORDS})(?-u:\b)")));
/// "… since it was added to": the clause's firm is a pronoun.
static ADDED_PRONOUN: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(&format!(r"^(?:,(?-u:\s)*)?(?-u:\s)*(?:(?:since|after|when|because|as|until|before|once)(?-u:\s)+)?it(?-u:\s)+(?:(?:has|had|have)(?-u:\s)+)?(?:was|were|been|is|got)(?-u:\s)+(?:(?:also|first|formally|officially)(?-u:\s)+)?(?:{LIST_ADD_WORDS})(?-u:\s)"))
});
/// "… from enforcing", "from imposing": what a restrained body may not do.
static RESTRAINED_FROM: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?-u:\s)+from(?-u:\s)+(?:enforc|implement|impos|apply|applying|carry|carrying|proceed|moving|collect|revok|cancel|terminat|ending|withhold|cutting|blocking|restricting|banning)"));
/// Goods added to a control list: "added 23 items to its export control list".
static GOODS_LISTED: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(&format!(r"(?-u:\b)(?:{LIST_ADD_WORDS})(?-u:\s)+(?:[a-z0-9,-]+(?-u:\s)+){{0,3}}(?:items|products|technologies|types|kinds|categories|goods|materials|tools|equipment),?(?-u:\s)+(?:[a-z0-9,-]+(?-u:\s)+){{0,5}}?(?:to|on)(?-u:\s)+(?:its|the|a)(?-u:\s)+(?:[a-z-]+(?-u:\s)+){{0,2}}control(?-u:\s)+list"))
});
/// A list changed, in any words: added, placed, moved, designated, named to it, taken off.
static LIST_CHANGE: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(&format!(
        r"(?-u:\b)(?:{LIST_ADD_WORDS}|{REMOVAL_WORDS}|additions?|placement|inclusion|removal|mov(?:e|es|ed|ing)|designat(?:e|es|ed|ing|ion)|list(?:s|ed|ing)|nam(?:e|es|ed|ing)|land(?:s|ed)?(?-u:\s)+on)(?-u:\b)"
    ))
});
static LIST_WORDS: LazyLock<Ci> = LazyLock::new(|| Ci::new(&format!(r"(?i)(?-u:\b)(entity list|unverified list|control list|blacklist|sanctions? list|{LIST_OF_FIRMS})(?-u:\b)")));
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:['’]s)?(?-u:\s)*(?:,(?-u:\s)*)?(?:on (?-u:\w)+(?-u:\s)+)?(?:said|says|announced|announces|stated|confirmed|declared|noted|added|told|wrote)(?-u:\b)").unwrap());
/// "from August 1", "effective Dec. 2", "starting in March": the day a measure takes effect.
static TAKES_EFFECT: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:from|effective|starting|beginning|as(?-u:\s)+of)(?-u:\s)+(?:(?:on|in)(?-u:\s)+)?(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|march|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)(?-u:\s)+\d")
});
/// "to bar", "would bar": the bare verb after an infinitive's "to" or a modal; "the rules
/// bar": after a plural measure.
static BARE_BAR: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:to|will|would|could|must|may|might|shall|also|rules|regulations|measures|restrictions|controls|laws)(?-u:\s)+bar(?-u:\b)"));
/// "that had been", "which were previously": a relative clause in the passive, right before
/// a permit's participle.
/// "the chips (that)" before a firm and the permit it has: goods described by a relative clause.
static GOODS_DESCRIBED: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:chips?|processors?|gpus?|accelerators?|products?|models?|versions?|tools|machines|systems|equipment)(?-u:\s)+(?:(?:that|which)(?-u:\s)+)?$")
});
static PERMITTED_BEFORE: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:that|which)(?-u:\s)+(?:(?:had|have|has|were|was|are|is|been|previously|earlier|once|already|until(?-u:\s)+now)(?-u:\s)+){1,3}$")
});
/// Money told as received ("was awarded", "will receive", "secured"), not only named
/// ("CHIPS Act subsidies were slow to arrive").
static AWARD_RECEIVED: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"(?-u:\b)(?:awarded|awarding|granted|granting|receiv(?:e|es|ed|ing)|won|wins|win|secur(?:e|es|ed|ing)|got|gets|finali[sz](?:e|es|ed|ing)|given|promised|offered)(?-u:\b)")
});
/// "chips smuggled from Hong Kong", "shipped from Malaysia": where goods passed through on
/// their way, neither the body that acts nor the destination.
static TRANSIT_FROM: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:smuggled|shipped|sent|diverted|transshipped|rerouted|routed|re-exported|flown)(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+){0,2}from(?-u:\s)+(?:the(?-u:\s)+)?$"));
/// "chips made in the United States": where goods come from. The origin of goods exported is
/// no destination; of goods imported or taxed it is what the measure targets.
static MADE_IN: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:made|manufactured|produced|fabricated|built|designed|developed|assembled)(?-u:\s)+in(?-u:\s)+(?:the(?-u:\s)+)?$"));
static IMPORT_WORDS: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:import(?:s|ed|ing)?|tariffs?|dut(?:y|ies)|levies|levy)(?-u:\b)"));
/// A clause that refers back to a measure told before, as the subject of its trigger ("The
/// rule also restricts …", "The package, released as two rules, also restricts …"), or its
/// frame ("Under the rule, exports … need a licence"), or a passive continued by "also" ("…
/// were also placed under licensing").
const MEASURE_ANAPHOR: &str = r"(?:the|these|those|this|its|their)(?-u:\s)+(?:(?:new|latest|updated|revised|expanded|same|final|interim|sweeping)(?-u:\s)+)?(?:rules?|regulations?|measures?|restrictions|curbs|controls|order|policy|package|requirements?|guidance|directive|decree|framework|notice)";
static REFERS_BACK: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(&format!(
        r"^(?:[^,]*,(?-u:\s)+)?{MEASURE_ANAPHOR}(?:,[^,]*,)?(?-u:\s)+(?:(?:also|will|would|further|now|additionally|effectively|still)(?-u:\s)+)*$|(?:^|(?-u:\s))under(?-u:\s)+{MEASURE_ANAPHOR}(?-u:\b)|(?-u:\b)(?:(?:was|were|is|are|be|been)(?-u:\s)+also|also(?-u:\s)+(?:was|were|been))(?-u:\s)+$"
    ))
});
/// A measure named, or "also": a sentence that may refer back to the measure told before.
static MEASURE_NAMED: LazyLock<Ci> = LazyLock::new(|| Ci::new(&format!(r"(?-u:\b){MEASURE_ANAPHOR}(?-u:\b)|(?-u:\b)also(?-u:\b)")));
/// A deal prohibited outright ("blocked", "vetoed the sale") …
static DEAL_PROHIBITED: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"^(?:block(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|veto(?:es|ed|ing)?|bar(?:s|red|ring)?|ban(?:s|ned|ning)?)(?-u:\b)"));
/// … not challenged, tried or recommended ("sued to block", "moved to block").
static DEAL_CHALLENGED: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?-u:\b)(?:su(?:e|es|ed|ing)|lawsuit|suit|complaint|challeng(?:e|es|ed|ing)|court|judge|mov(?:e|es|ed|ing)|seek(?:s|ing)?|sought|tr(?:y|ies|ied|ying)|recommend(?:s|ed|ing)?|threaten(?:s|ed|ing)?)(?-u:\b)"));
/// Money right after a permit's verb, then what it is for ("approved a further 200 billion yen
/// for Rapidus", "€5 billion of state aid", "a tranche of up to 590 billion yen for", "a 2
/// billion euro measure by Italy"): a sum granted, not a plant or a deal priced.
static MONEY_GRANTED: LazyLock<Ci> = LazyLock::new(|| {
    Ci::new(r"^(?-u:\s)+(?:(?:a|an|another)(?-u:\s)+)?(?:(?:(?:further|additional|extra|new|second|third|fresh)(?-u:\s)+)?(?:tranche|instal?lment|round)(?-u:\s)+of(?-u:\s)+)?(?:(?:further|additional|extra|new|total(?-u:\s)+of|up(?-u:\s)+to|nearly|about|roughly|some|more(?-u:\s)+than|over)(?-u:\s)+)*(?:(?:us)?[$€£¥](?-u:\s)?\d[\d,.]*(?-u:\s)*(?:trillion|billion|million|bn)?|\d[\d,.]*(?-u:\s)*(?:trillion|billion|million|bn)?(?-u:\s)*(?:yen|yuan|won|euros?|dollars|pounds|rupees))(?:(?-u:\s)+more)?(?:(?-u:\s)+(?:state(?-u:\s)+aid(?-u:\s)+)?(?:measure|scheme|package|grant|aid|subsidy|award))?(?-u:\s)*(?:\(|(?:in|of|for|to|by)(?-u:\b))")
});
static DESTINATION_PREP: LazyLock<Ci> = LazyLock::new(|| Ci::new(r"(?i)(?-u:\b)(to|into|in|against|on|toward|towards|for|with|inside|within|at|including|and|or)(?-u:\s)+(?:the(?-u:\s)+)?$"));


/// Compiles every pattern of these rules, so that the cue index (`fold::freeze`) knows them
/// all before the first document.
pub(crate) fn compile_patterns() {
    LazyLock::force(&TRIGGERS);
    for re in [&BUYER_NOUN, &MODIFIED_NOUN, &NOMINAL, &PARTICIPLE_NOUN, &REASON, &SPEAKER, &SPECULATIVE_MODAL] {
        LazyLock::force(re);
    }
    LazyLock::force(&TRIGGER_SCAN);
    LazyLock::force(&CUT_BEFORE);
    LazyLock::force(&ALTERNATIVE_TO);
    LazyLock::force(&RIVAL_OF);
    LazyLock::force(&FIRM_DESCRIBED);
    LazyLock::force(&OF_THE_FUNDING);
    LazyLock::force(&GIVEN_PERMIT);
    LazyLock::force(&SOLD_BY);
    LazyLock::force(&POLICY_NOUN);
    LazyLock::force(&GOODS_DESCRIBED);
    LazyLock::force(&NO_LONGER);
    LazyLock::force(&NOT_ENTER);
    LazyLock::force(&ACCUSED_OF);
    LazyLock::force(&GOODS_AFTER);
    LazyLock::force(&ORDERED_PERMIT);
    LazyLock::force(&TO_THE_LIST);
    LazyLock::force(&LIST_NAMED);
    LazyLock::force(&CLAUSE_BREAK);
    LazyLock::force(&FINE);
    LazyLock::force(&MEASURE_REFERRED);
    LazyLock::force(&DATE_OPENER);
    LazyLock::force(&DEAL_NEEDS);
    LazyLock::force(&GRANTED_PERMIT);
    LazyLock::force(&EXPORT_WORDS);
    LazyLock::force(&PURCHASE_WORDS);
    LazyLock::force(&MERGER_WORDS);
    LazyLock::force(&SANCTION_WORDS);
    LazyLock::force(&QUANTITY);
    LazyLock::force(&MONEY);
    LazyLock::force(&SUBSIDY_CONTEXT);
    LazyLock::force(&SUBSIDY_NOUN);
    LazyLock::force(&BUY_COMPANY);
    LazyLock::force(&TO_GROUP_INCLUDING);
    LazyLock::force(&CARRY_OVER);
    LazyLock::force(&END_USE);
    LazyLock::force(&ANNOUNCED);
    LazyLock::force(&EXPORTS_TO);
    LazyLock::force(&FROM_ORIGIN);
    LazyLock::force(&RECEIVED_PERMIT);
    LazyLock::force(&FOR_SHIPMENTS);
    LazyLock::force(&MADE_IN);
    LazyLock::force(&TRANSIT_FROM);
    LazyLock::force(&AWARD_RECEIVED);
    LazyLock::force(&PERMITTED_BEFORE);
    LazyLock::force(&BARE_BAR);
    LazyLock::force(&TAKES_EFFECT);
    LazyLock::force(&IMPORT_WORDS);
    LazyLock::force(&PARENT_OF);
    LazyLock::force(&OPINION);
    LazyLock::force(&NEGATION);
    LazyLock::force(&UNDO);
    LazyLock::force(&DEAL_VERB);
    LazyLock::force(&POSSESSIVE_GAP);
    LazyLock::force(&DECISION_NOUN_AFTER);
    LazyLock::force(&DEAL_NOUN_AFTER);
    LazyLock::force(&DEAL_ANAPHORA);
    LazyLock::force(&DEAL_OF);
    LazyLock::force(&SELL_VERB);
    LazyLock::force(&MADE_FOR);
    LazyLock::force(&REVOKE);
    LazyLock::force(&REVOKED_AFTER);
    LazyLock::force(&SPECULATIVE);
    LazyLock::force(&PLANNED);
    LazyLock::force(&REPORTED);
    LazyLock::force(&BAN_VERB);
    LazyLock::force(&REMOVAL);
    LazyLock::force(&REGULATORS_IN);
    LazyLock::force(&DEAL);
    LazyLock::force(&LIST_WORDS);
    LazyLock::force(&BUSINESS_NOUN);
    LazyLock::force(&GUIDANCE);
    LazyLock::force(&SUPPLY_DIRECT);
    LazyLock::force(&BUYER_SUBJECT);
    LazyLock::force(&LEAVE_TO_SELL);
    LazyLock::force(&BOUGHT_FROM);
    LazyLock::force(&URGED);
    LazyLock::force(&DEAL_BETWEEN);
    LazyLock::force(&SALE_OF);
    LazyLock::force(&SOLD_TO_NAMED);
    LazyLock::force(&PASSIVE_LET);
    LazyLock::force(&SELL_AFTER);
    LazyLock::force(&AUXILIARIES);
    LazyLock::force(&LICENCE_WORD);
    LazyLock::force(&CHIP_GOODS);
    LazyLock::force(&RESTRICTED_GOODS);
    LazyLock::force(&MEASURE_ANNOUNCED);
    LazyLock::force(&FOREIGN_GOODS);
    LazyLock::force(&TRADE_REMEDY);
    LazyLock::force(&AIM_OF_SUIT);
    LazyLock::force(&FORBIDDEN_ACT);
    LazyLock::force(&DENIED_REPORT);
    LazyLock::force(&WITHOUT_PERMIT);
    LazyLock::force(&REQUIRED_PERMIT);
    LazyLock::force(&BEFORE_DOING);
    LazyLock::force(&LIST_MEMBERS);
    LazyLock::force(&GOODS_LISTED);
    LazyLock::force(&RESTRAINED_FROM);
    LazyLock::force(&PERMIT_NOUN_END);
    LazyLock::force(&DELIBERATION);
    LazyLock::force(&DIVEST_VERB);
    LazyLock::force(&REQUEST);
    LazyLock::force(&COMPLIES_WITH);
    LazyLock::force(&BUYING_WORD);
    LazyLock::force(&DEAL_CUES);
    LazyLock::force(&RESTRICTION_NOUN);
    LazyLock::force(&AIMED_AT);
    LazyLock::force(&COORDINATED_CLAUSE);
    LazyLock::force(&SUBJECT_OF);
    LazyLock::force(&GOODS_NOUN);
    LazyLock::force(&LIST_ADDITION);
    LazyLock::force(&ADDED_PRONOUN);
    LazyLock::force(&LIST_CHANGE);
    LazyLock::force(&DESTINATION_PREP);
    LazyLock::force(&REFERS_BACK);
    LazyLock::force(&MEASURE_NAMED);
    LazyLock::force(&DEAL_PROHIBITED);
    LazyLock::force(&DEAL_CHALLENGED);
    LazyLock::force(&MONEY_GRANTED);
}

struct Trigger {
    start: usize,
    end: usize,
    family: Family,
    text: String,
}

/// The trigger families as one multi-pattern automaton: one scan of a sentence finds the
/// triggers of all eight, where a scan per family cost four times as much (measured on the
/// sentences that reach this stage). Of two overlapping triggers the one that starts first
/// is kept, and of two that start at one place the family listed first (before, the family
/// listed first won any overlap; no output changed on 196 inputs, 305 probe sentences and
/// 4,000 variants).
static TRIGGER_SCAN: LazyLock<regex_automata::meta::Regex> = LazyLock::new(|| {
    let patterns: Vec<&str> = TRIGGERS.iter().map(|(re, _)| re.as_str()).collect();
    regex_automata::meta::Regex::new_many(&patterns).expect("the trigger patterns compile together")
});

fn triggers(sentence: &str, folded: Folded) -> Vec<Trigger> {
    // The cue index answers most sentences: no family's cue, no trigger.
    if !TRIGGERS.iter().any(|(re, _)| re.may_occur(folded)) {
        return Vec::new();
    }
    let mut found: Vec<Trigger> = Vec::new();
    for m in TRIGGER_SCAN.find_iter(folded.as_str()) {
        // "an anti-subsidy probe": the word names what is inquired into, not a subsidy.
        if folded.as_str()[..m.start()].ends_with("anti-") {
            continue;
        }
        // "granted conditional approval to AMD's takeover": what is granted is a permit, not
        // money; the permit word that follows is the trigger.
        if TRIGGERS[m.pattern().as_usize()].1 == Family::Subsidy && GRANTED_PERMIT.is_match(folded.slice(m.start(), folded.len()).head(60)) {
            continue;
        }
        let mut start = m.start();
        // "suspended its ban on exports": the pause undoes the ban named in it, the trigger.
        let matched = &folded.as_str()[m.range()];
        if ["halt", "suspend", "paus"].iter().any(|v| matched.starts_with(v)) {
            let noun_at = matched.match_indices(' ').map(|(i, _)| i + 1).find(|&i| matches!(matched[i..].split(' ').next(), Some("ban" | "bans" | "embargo" | "curbs" | "restrictions" | "controls")));
            if let Some(i) = noun_at {
                start += i;
            }
        }
        found.push(Trigger { start, end: m.end(), family: TRIGGERS[m.pattern().as_usize()].1, text: sentence[start..m.end()].to_string() });
    }
    // "to bar shipments", "would bar Huawei": the bare verb, which the families leave out
    // (as a noun, "raise the bar", it restricts nothing).
    let before = found.len();
    for m in BARE_BAR.find_iter(folded) {
        // The match ends with the verb.
        let verb = m.end() - "bar".len()..m.end();
        if !found.iter().any(|t| t.start < verb.end && verb.start < t.end) {
            found.push(Trigger { start: verb.start, end: verb.end, family: Family::Restrict, text: sentence[verb].to_string() });
        }
    }
    if found.len() > before {
        found.sort_by_key(|t| t.start);
    }
    found
}

fn clauses(sentence: Folded) -> Vec<(usize, usize)> {
    // "… to obtain a permit before shipping AI chips": a permit's purpose, told by a gerund
    // after "before", belongs to the permit's clause.
    let purpose_of_permit = |b: usize| BEFORE_DOING.is_match(sentence.slice(b, sentence.len())) && PERMIT_NOUN_END.is_match(sentence.slice(0, b).tail(30));
    // "has barred Nvidia since 2022 from selling …": a preposition before a date opens no
    // clause. ", so direct shipments … had slowed" does.
    let before_a_date = |m: &regex::Match| {
        let word = m.as_str().trim_start_matches([',', ' ', '\t', '\n']).trim_end();
        (matches!(word, "since" | "after" | "before" | "following") && DATE_OPENER.is_match(sentence.slice(m.end(), sentence.len()).head(24)))
            // ", so far,": an adverb, no consequence.
            || (word == "so" && sentence.as_str()[m.end()..].starts_with(" far"))
    };
    let mut breaks: Vec<usize> = CLAUSE_BREAK.find_iter(sentence).filter(|m| !before_a_date(m)).map(|m| m.start()).filter(|&b| !purpose_of_permit(b)).collect();
    // "…, and Beijing retaliated with …": a clause with a subject of its own. A passive
    // ("…, and YMTC was added") is more likely the end of a list; a pronoun ("…, and it
    // barred …") continues the first clause's subject.
    let no_new_subject = |s: &str| {
        s.split_whitespace().nth(2).is_some_and(|w| matches!(w, "it" | "they" | "he" | "she" | "we")) || s.split_whitespace().any(|w| matches!(w, "was" | "were" | "is" | "are" | "been" | "be"))
    };
    let before = breaks.len();
    breaks.extend(COORDINATED_CLAUSE.find_iter(sentence).filter(|m| !no_new_subject(m.as_str())).map(|m| m.start()));
    if breaks.len() > before {
        breaks.sort_unstable();
        breaks.dedup();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for b in breaks {
        if b > start {
            out.push((start, b));
        }
        start = b;
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
    /// Right after "sell/ship/export … to": a buyer.
    sold_to: bool,
    /// For governments and officials: agent, destination or modifier.
    role: GovRole,
    /// The parent in an apposition ("a unit of Wingtech"): takes no role.
    parent: bool,
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
        Some(p) => 1 + ctx.lexicon.ancestors_of(p).count(),
    }
}

fn state_iri(ctx: &Context, entity: usize) -> String {
    let e = &ctx.mentions.entities[entity];
    match &e.part_of {
        None => e.iri.clone(),
        Some(p) => ctx.lexicon.state_of(p),
    }
}

/// Whether body `x` is part of `y`, by the lexicon or, for a body found by a pattern ("South
/// Korea's Ministry of Economy and Finance"), by the state the article gives it.
fn part_of(ctx: &Context, x: &str, y: &str) -> bool {
    ctx.lexicon.is_part_of(x, y)
        || ctx.mentions.entity_by_iri(x).filter(|e| e.lex.is_none()).and_then(|e| e.part_of.as_deref()).is_some_and(|p| p == y || ctx.lexicon.is_part_of(p, y))
}

/// "The department lifted that ban this month", "only to lift the requirement in July": the
/// restriction told just before (`last`), undone, is an `Other` decision of the body named
/// (else of the restriction's agent), with the restriction's roles and the hedges of its verb.
fn undone_by_anaphora(ctx: &Context, s: &Sentence, last: &[&Decision]) -> Vec<Decision> {
    let Some(&previous) = last.first() else { return Vec::new() };
    let folded = ctx.folded.slice(s.start, s.end);
    // The verb's match may end with the determiner ("scraps the"): the measure is read from
    // the determiner on.
    let measure_at = |u: &regex::Match| u.as_str().rfind(' ').filter(|&k| matches!(&u.as_str()[k + 1..], "the" | "its" | "their")).map_or(u.end(), |k| u.start() + k);
    let Some(m) = UNDO.find_iter(folded).find(|u| MEASURE_REFERRED.is_match(folded.slice(measure_at(u), folded.len()))) else { return Vec::new() };
    let text = &ctx.text[s.start..s.end];
    let verb = Trigger { start: m.start(), end: m.end(), family: Family::Permit, text: text[m.range()].to_string() };
    if NEGATION.is_match(folded.slice(near_start(text, 0, m.start()), m.start())) {
        return Vec::new();
    }
    let modality = modality(text, folded, 0, &verb, REPORTED.is_match(folded));
    // The body that undoes: the last named before the verb, else the restriction's agent.
    let body = ctx.mentions.within(s.start, s.start + m.start()).iter().rev().find(|x| ctx.mentions.entities[x.entity].kind == EntityKind::Government).map(|x| ctx.role(x.entity));
    let agent = body.filter(|b| previous.agent.as_ref().is_none_or(|a| a == b || part_of(ctx, &b.iri, &a.iri) || part_of(ctx, &a.iri, &b.iri))).or_else(|| previous.agent.clone());
    let date = dates::find_date(text, ctx.doc.date);
    vec![Decision {
        agent,
        kind: DecisionKind::Other,
        subject: previous.subject.clone(),
        object: previous.object.clone(),
        target: previous.target.clone(),
        date: date.as_ref().and_then(|d| d.value),
        date_text: date.as_ref().map(|d| d.text.clone()),
        modality,
        amount: None,
        trigger: verb.text,
        confidence: 0.5,
        evidence: ctx.evidence(s),
    }]
}

/// Finds the decisions of a document: (asserted and reported, the rest).
pub(crate) fn find(ctx: &Context) -> (Vec<Decision>, Vec<Decision>) {
    let mut out: Vec<Decision> = Vec::new();
    // The agent of the latest measure told, by sentence: "The Commerce Department unveiled
    // new limits … The rule also restricts exports of the H100 to Malaysia" (the rule's
    // restriction is the department's).
    let mut latest_agent: Option<(usize, Role)> = None;
    // The latest restriction in force told, by sentence, for an undoing referred back to it.
    let mut last_restriction: Option<(usize, Decision)> = None;
    for (i, s) in ctx.sentences.iter().enumerate() {
        let discourse = latest_agent.as_ref().filter(|(at, _)| i - at <= 2).map(|(_, r)| r);
        let (mut found, told) = sentence_decisions(ctx, s, discourse);
        // "… granted Nvidia licences and may extend the same treatment to AMD's MI308".
        if !found.is_empty() {
            let more = carried_over(ctx, s, &out, &found);
            found.extend(more);
        }
        // A caption ending in a colon over table rows or bullets ("Companies added to the
        // Entity List on Dec. 2:"): each row completes the caption's sentence.
        if ctx.text[s.start..s.end].trim_end().ends_with(':') {
            let n = ctx.sentences[i + 1..].iter().take_while(|r| is_row(ctx, r)).count();
            let rows = if n == 0 { Vec::new() } else { caption_row_decisions(ctx, s, &ctx.sentences[i + 1..i + 1 + n]) };
            if !rows.is_empty() {
                found = rows;
            }
        }
        if found.is_empty() {
            found = carried_over(ctx, s, &out, &[]);
        }
        // "The department lifted that ban in July": a measure told before, undone.
        if found.is_empty() {
            found.extend(undone_by_anaphora(ctx, s, &last_restriction.iter().filter(|(at, _)| i - at <= 3).map(|(_, d)| d).collect::<Vec<_>>()));
        }
        if let Some((_, d)) = found.iter().rev().filter(|d| d.modality.is_factual() && matches!(d.kind, DecisionKind::ExportRestriction | DecisionKind::Ban | DecisionKind::Sanction | DecisionKind::Tariff)).map(|d| (i, d)).next() {
            last_restriction = Some((i, d.clone()));
        }
        if let Some(a) = found.iter().rev().filter(|d| d.modality != Modality::Negated).find_map(|d| d.agent.clone()).or(told) {
            latest_agent = Some((i, a));
        }
        for d in found {
            // The same decision told twice is one record; told with two different dates
            // it is two ("opened a review in December", "found on Monday").
            // A headline's undated record takes the date the body tells it with.
            match out.iter_mut().find(|e| told_twice(e, &d)) {
                Some(e) => {
                    if e.date_text.is_none() && d.date_text.is_some() {
                        e.date = d.date;
                        e.date_text = d.date_text;
                    }
                }
                None => out.push(d),
            }
        }
        announced_by(ctx, i, &mut out);
    }
    same_recipient(&mut out);
    borrow_targets(&mut out);
    infer_destinations(ctx, &mut out);
    // Borrowed and inferred roles can make two records one.
    let mut kept: Vec<Decision> = Vec::with_capacity(out.len());
    for d in out {
        if !kept.iter().any(|e| told_twice(e, &d)) {
            kept.push(d);
        }
    }
    let mut out = kept;
    // The same decision told less completely elsewhere in the article ("allowed firms to buy
    // the H200" after "approved purchases of the H200 by Alibaba") adds nothing.
    // The agents may differ in specificity ("the Commerce Department took steps to restrict
    // chips to China" beside "the U.S. restricted Nvidia's A100 to China").
    let related = |x: &Option<Role>, y: &Option<Role>| match (x, y) {
        (Some(x), Some(y)) => x == y || part_of(ctx, &x.iri, &y.iri) || part_of(ctx, &y.iri, &x.iri),
        _ => x == y,
    };
    let less = |a: &Decision, b: &Decision| {
        (less_complete(a, b) || (a.agent != b.agent && related(&a.agent, &b.agent) && fewer_roles(a, b)))
            && a.modality.is_factual() == b.modality.is_factual()
            && (a.date.is_none() || a.date == b.date)
            // "added 36 entities" beside "added YMTC": the unnamed rest is news of its own.
            && (a.subject.is_some() || a.object.is_some() || a.target.is_some())
    };
    let keep: Vec<bool> = out.iter().map(|a| !out.iter().any(|b| less(a, b))).collect();
    let mut flags = keep.into_iter();
    out.retain(|_| flags.next().unwrap_or(true));
    // The most specific agent named: a headline's "U.S. licenses …" is the body's "Commerce
    // Department licenses …"; keep the latter only.
    let headline_start = ctx.sentences.first().map(|s| ctx.offsets.char_at(s.start));
    let headline = |d: &Decision| headline_start == Some(d.evidence.start);
    let drop: Vec<bool> = out
        .iter()
        .map(|d| {
            let Some(agent) = d.agent.as_ref().filter(|_| d.modality.is_factual()) else { return false };
            let within = |x: &Option<Role>, y: &Option<Role>| x.is_none() || x == y;
            out.iter().any(|o| {
                let same_roles = o.subject == d.subject && o.object == d.object && o.target == d.target;
                // Or fewer roles than a factual record of the body ("The administration is
                // tightening curbs on China" before "the Commerce Department restricted …").
                // A headline's state as the target stands for its firms ("China tells tech
                // firms to stop buying …" before "… has told ByteDance and Alibaba").
                let firm_of = headline(d) && d.target.as_ref().zip(o.target.as_ref()).is_some_and(|(x, y)| ctx.lexicon.home_state(&y.iri).is_some_and(|h| h == x.iri));
                let fewer_roles = o.modality.is_factual() && within(&d.subject, &o.subject) && within(&d.object, &o.object) && (within(&d.target, &o.target) || firm_of);
                // Told with two dates, two decisions ("required licences in 2023" and "banned
                // exports on Tuesday").
                let same_time = d.date.is_none() || o.date.is_none() || d.date == o.date;
                o.kind == d.kind && (same_roles || fewer_roles) && same_time
                    && o.agent.as_ref().is_some_and(|a| a.iri != agent.iri && part_of(ctx, &a.iri, &agent.iri))
            })
        })
        .collect();
    let mut drop = drop.into_iter();
    out.retain(|_| !drop.next().unwrap_or(false));
    let (decisions, hedged) = out.into_iter().partition(|d| d.modality.is_factual());
    (decisions, hedged)
}

/// "Beijing has told operators to stop buying Micron chips. China's internet watchdog
/// announced the requirement on Sunday": the body that announces a decision told in the two
/// sentences before is its agent, when the agent named there is the state or body it is
/// part of; an undated decision takes the announcement's date.
fn announced_by(ctx: &Context, i: usize, out: &mut [Decision]) {
    let s = &ctx.sentences[i];
    let Some(m) = ANNOUNCED.find(ctx.folded.slice(s.start, s.end)) else { return };
    let Some(body) = ctx.mentions.within(s.start, s.start + m.start()).iter().rev().map(|x| x.entity).find(|&e| {
        let e = &ctx.mentions.entities[e];
        e.kind == EntityKind::Government && e.part_of.is_some()
    }) else {
        return;
    };
    let entity = &ctx.mentions.entities[body];
    let mut above: Vec<String> = entity.part_of.iter().cloned().collect();
    if let Some(p) = &entity.part_of {
        above.extend(ctx.lexicon.ancestors(p));
    }
    let told: Vec<usize> = ctx.sentences[i.saturating_sub(2)..i].iter().map(|p| ctx.offsets.char_at(p.start)).collect();
    let role = ctx.role(body);
    let mut date = None;
    for d in out.iter_mut() {
        if !(d.modality.is_factual() && told.contains(&d.evidence.start) && d.agent.as_ref().is_some_and(|a| above.contains(&a.iri))) {
            continue;
        }
        d.agent = Some(role.clone());
        if d.date_text.is_none() {
            let found = date.get_or_insert_with(|| dates::find_date(&ctx.text[s.start..s.end], ctx.doc.date));
            if let Some(dm) = found {
                d.date = dm.value;
                d.date_text = Some(dm.text.clone());
            }
        }
    }
}

/// The same decision told twice: the same roles and factuality, and no two different dates.
fn told_twice(e: &Decision, d: &Decision) -> bool {
    e.key() == d.key() && e.modality.is_factual() == d.modality.is_factual() && (e.date_text.is_none() || d.date_text.is_none() || e.date == d.date)
}

/// An export decision with no destination, in an article about one foreign state's trade
/// ("… before the US cut off shipments", in a story on Chinese buyers), is about that state:
/// the state named most often besides the agent's, if it is named at least twice and more
/// than all others together. Inferred, so the confidence drops by a fifth.
fn infer_destinations(ctx: &Context, out: &mut [Decision]) {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for m in &ctx.mentions.mentions {
        // "U.S.-made chips": the goods' origin, not where they go.
        let origin = ["-made", "-origin", "-designed", "-built"].iter().any(|w| ctx.text[m.end..].starts_with(w));
        if is_state(ctx, m.entity) && !origin {
            match counts.iter_mut().find(|(e, _)| *e == m.entity) {
                Some(c) => c.1 += 1,
                None => counts.push((m.entity, 1)),
            }
        }
    }
    for d in out.iter_mut() {
        // A requirement with no role at all ("permits for exports of AI chips") applies to
        // every destination.
        let roleless = d.subject.is_none() && d.object.is_none();
        if d.target.is_some() || roleless || !d.modality.is_factual() || !matches!(d.kind, DecisionKind::ExportRestriction | DecisionKind::ExportLicense) {
            continue;
        }
        let Some(agent) = &d.agent else { continue };
        let home = ctx.lexicon.state_iri(&agent.iri);
        let foreign: Vec<&(usize, usize)> = counts.iter().filter(|(e, _)| ctx.mentions.entities[*e].iri != home).collect();
        let total: usize = foreign.iter().map(|(_, n)| n).sum();
        // The first named wins a tie.
        if let Some(&&(e, n)) = foreign.iter().max_by_key(|(e, n)| (*n, std::cmp::Reverse(*e))) {
            if n >= 2 && 2 * n > total {
                d.target = Some(ctx.role(e));
                d.confidence *= 0.8;
            }
        }
    }
}

/// The decisions of a caption read together with each of its rows, as one sentence per
/// row: the caption gives the trigger, the row the parties.
fn caption_row_decisions(ctx: &Context, caption: &Sentence, rows: &[Sentence]) -> Vec<Decision> {
    let cap = ctx.text[caption.start..caption.end].trim_end();
    let shift = cap.len() + 1;
    // The document's entities, copied once for all the rows of the caption.
    let mut mentions = ctx.mentions.with_mentions(Vec::new());
    let mut out = Vec::new();
    for row in rows {
        // "- In late May, the Commerce Department told EDA vendors …": a row that is a
        // sentence of its own, with its own decision, does not complete the caption; the
        // main loop reads it alone.
        if !sentence_decisions(ctx, row, None).0.is_empty() {
            continue;
        }
        let text = format!("{cap} {}", &ctx.text[row.start..row.end]);
        mentions.mentions = ctx
            .mentions
            .within(caption.start, caption.start + cap.len())
            .iter()
            .map(|m| Mention { start: m.start - caption.start, end: m.end - caption.start, ..m.clone() })
            .chain(ctx.mentions.within(row.start, row.end).iter().map(|m| Mention { start: m.start - row.start + shift, end: m.end - row.start + shift, ..m.clone() }))
            .collect();
        let folded = super::fold::FoldedText::new(&text);
        let offsets = super::CharOffsets::new(&text);
        let whole = [Sentence { start: 0, end: text.len() }];
        let sub = Context { text: &text, doc: ctx.doc, sentences: &whole, mentions: &mentions, lexicon: ctx.lexicon, offsets: &offsets, folded: folded.view(), deals: std::cell::OnceCell::new() };
        let (mut found, _) = sentence_decisions(&sub, &whole[0], None);
        // The evidence quotes the document from the caption to the row (the rows between
        // included), or the row alone under a long table.
        let span = if row.end - caption.start <= 2000 { Sentence { start: caption.start, end: row.end } } else { *row };
        let evidence = ctx.evidence(&span);
        for d in &mut found {
            d.evidence = evidence.clone();
        }
        out.extend(found);
    }
    out
}

/// A table row as ingest writes it ("Company: Piotech; Listed by: BIS.") or a bullet.
fn is_row(ctx: &Context, r: &Sentence) -> bool {
    let t = ctx.text[r.start..r.end].trim();
    t.starts_with(['-', '*', '•', '–']) || (t.contains("; ") && t.split("; ").all(|cell| cell.contains(": ")))
}

/// "The approach would also apply to AMD and Intel": a sentence with no decision of its own
/// that carries the last decision over to the companies it names.
/// `earlier`: the article's decisions so far; `here`: this sentence's own.
fn carried_over(ctx: &Context, s: &Sentence, earlier: &[Decision], here: &[Decision]) -> Vec<Decision> {
    let Some(last) = earlier.iter().chain(here).rev().find(|d| {
        d.modality.is_factual() && matches!(d.kind, DecisionKind::ExportLicense | DecisionKind::ExportRestriction | DecisionKind::PurchaseAuthorization | DecisionKind::Ban | DecisionKind::Sanction | DecisionKind::Tariff)
    }) else {
        return Vec::new();
    };
    let folded = ctx.folded.slice(s.start, s.end);
    // "… added 140 companies to the Entity List. They include Naura and Piotech": the firms
    // of a listing told without names.
    let members = || if last.kind == DecisionKind::Sanction && last.target.is_none() { LIST_MEMBERS.find(folded) } else { None };
    let Some(m) = CARRY_OVER.find(folded).or_else(members) else { return Vec::new() };
    let text = &ctx.text[s.start..s.end];
    // Within the sentence that told it, only what comes after the decision's own words.
    if last.evidence.start == ctx.offsets.char_at(s.start) && text.find(last.trigger.as_str()).is_none_or(|p| p > m.start()) {
        return Vec::new();
    }
    let modality = if SPECULATIVE_MODAL.is_match(&text[..m.start()]) || SPECULATIVE.is_match(folded.slice(0, m.start())) { Modality::Speculative } else { last.modality };
    let evidence = ctx.evidence(s);
    let mut out: Vec<Decision> = Vec::new();
    let after: Vec<&Mention> = ctx.mentions.within(s.start, s.end).iter().filter(|c| c.start >= s.start + m.end()).collect();
    // Chips named: each with its vendor ("AMD's MI308").
    for chip in after.iter().filter(|c| matches!(ctx.mentions.entities[c.entity].kind, EntityKind::Chip | EntityKind::Product)) {
        let vendor = after.iter().filter(|v| v.possessive && v.end <= chip.start && chip.start - v.end <= 40 && ctx.mentions.entities[v.entity].kind == EntityKind::Company).map(|v| ctx.role(v.entity)).next_back()
            .or_else(|| ctx.lexicon.designer_of(&ctx.mentions.entities[chip.entity].iri).map(Role::from));
        let object = ctx.role(chip.entity);
        if last.object.as_ref() == Some(&object) {
            continue;
        }
        let mut d = last.clone();
        d.object = Some(object);
        if vendor.is_some() {
            d.subject = vendor;
        }
        d.modality = modality;
        d.trigger = text[m.start()..m.end()].to_string();
        d.confidence *= 0.8;
        d.evidence = evidence.clone();
        out.push(d);
    }
    for c in after.iter().filter(|c| ctx.mentions.entities[c.entity].kind == EntityKind::Company) {
        let role = ctx.role(c.entity);
        if [&last.subject, &last.target].iter().any(|r| r.as_ref() == Some(&role)) || out.iter().any(|d| d.subject.as_ref() == Some(&role) || d.target.as_ref() == Some(&role)) {
            continue;
        }
        // A vendor takes the vendor's place (its own chips unnamed); any other firm, the
        // buyer's or listed firm's.
        let vendor = ctx.mentions.entities[c.entity].lex.is_some_and(|l| !ctx.lexicon.entries[l].designs.is_empty());
        let mut d = last.clone();
        if vendor && d.kind != DecisionKind::Sanction {
            d.subject = Some(role);
            d.object = None;
        } else {
            d.target = Some(role);
        }
        d.modality = modality;
        d.trigger = text[m.start()..m.end()].to_string();
        d.confidence *= 0.8;
        d.evidence = evidence.clone();
        out.push(d);
    }
    out
}

/// "… will provide up to 732 billion yen to JASM. The ministry had already granted 476
/// billion yen for the first plant": a sum granted to no one named, by the body that has just
/// granted one, goes to the same recipient. Only within 2,000 characters, so that a subsidy
/// told much later keeps its own silence.
fn same_recipient(out: &mut [Decision]) {
    // Recipients as named, so that none passes on one it was given.
    let named: Vec<bool> = out.iter().map(|d| d.subject.is_some()).collect();
    for i in 0..out.len() {
        let d = &out[i];
        if d.kind != DecisionKind::Subsidy || !d.modality.is_factual() || d.subject.is_some() || d.object.is_some() || d.target.is_some() {
            continue;
        }
        let Some(agent) = d.agent.as_ref() else { continue };
        let recipient = out[..i]
            .iter()
            .rev()
            .zip(named[..i].iter().rev())
            .take_while(|(e, _)| e.evidence.start + 2000 >= d.evidence.start)
            .find(|&(e, &named)| named && e.kind == DecisionKind::Subsidy && e.modality.is_factual() && e.agent.as_ref().is_some_and(|a| a.iri == agent.iri))
            .and_then(|(e, _)| e.subject.clone());
        if recipient.is_some() {
            out[i].subject = recipient;
        }
    }
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

/// The decisions of one sentence, and the agent of the last measure it tells (kept or not: a
/// measure with no role, "issued new restrictions", is still what "the rule" refers to).
fn sentence_decisions(ctx: &Context, s: &Sentence, discourse: Option<&Role>) -> (Vec<Decision>, Option<Role>) {
    let text = &ctx.text[s.start..s.end];
    let folded = ctx.folded.slice(s.start, s.end);
    // Most sentences decide nothing: no government or official named, no work.
    let ms = ctx.mentions.within(s.start, s.end);
    // A government, or an official who acts for one.
    let may_act = |m: &Mention| {
        let e = &ctx.mentions.entities[m.entity];
        e.kind == EntityKind::Government || (e.kind == EntityKind::Person && e.lex.and_then(|i| ctx.lexicon.entries[i].acts_for.as_ref()).is_some_and(|b| ctx.lexicon.get(b).is_some()))
    };
    // Or a list a body keeps ("was added to the Entity List"): its keeper decided.
    // Or a programme a body runs ("in CHIPS Act funding"): its administrator decided.
    let programme = || TRIGGERS.iter().any(|(re, f)| *f == Family::Subsidy && re.may_occur(folded)) && ctx.lexicon.administrator_in(folded.as_str()).is_some();
    // Or a vendor and buyers named by their nationality ("Lam obtained licences to ship
    // tools to Chinese customers"): the vendor's home state may have decided.
    let nationality = || {
        let n = &ctx.mentions.nationalities;
        n.get(n.partition_point(|&(a, _, _)| a < s.start)).is_some_and(|&(a, _, _)| a < s.end) && ms.iter().any(|m| ctx.mentions.entities[m.entity].kind == EntityKind::Company)
    };
    // Or a measure told just before and referred back to ("Under the rule, sales of …").
    let refers_back = || discourse.is_some() && MEASURE_NAMED.is_match(folded);
    if !ms.iter().any(may_act) && !folded.contains(" list") && !programme() && !nationality() && !refers_back() {
        return (Vec::new(), None);
    }
    let mut trig = triggers(text, folded);
    // "were among the companies added by BIS to the list": a list of firms named before
    // (in the 5,000 bytes before the sentence), referred back to.
    if !trig.iter().any(|t| t.family == Family::Sanction) {
        if let Some(m) = TO_THE_LIST.find(folded) {
            let before = ctx.folded.slice(s.start.saturating_sub(5000), s.start);
            if LIST_NAMED.is_match(before) {
                // The trigger is the word "list": the agent may stand between it and the verb.
                let list = m.end() - "list".len()..m.end();
                trig.push(Trigger { start: list.start, end: list.end, family: Family::Sanction, text: text[list].to_string() });
                trig.sort_by_key(|t| t.start);
            }
        }
    }
    if trig.is_empty() {
        return (Vec::new(), None);
    }
    // Each mention with its place in the sentence; "the three companies" stands, at its own
    // place, for each company of the list of three named before it.
    let mut placed: Vec<(&Mention, usize, usize)> = ctx.mentions.within(s.start, s.end).iter().map(|m| (m, m.start - s.start, m.end - s.start)).collect();
    // GROUP's closing nouns are its cues: a sentence with none is answered by the index.
    let named = placed.len();
    for c in super::relations::GROUP.captures_iter(folded) {
        let whole = c.get(0).expect("match");
        let n = ["two", "three", "four", "five", "six"].iter().position(|w| *w == &c[1]).map_or(0, |k| k + 2);
        for m in super::relations::list_before(ctx, s.start + whole.start(), n).into_iter().flatten() {
            placed.push((m, whole.start(), whole.end()));
        }
    }
    if placed.len() > named {
        placed.sort_by_key(|&(_, start, _)| start);
    }
    let locals: Vec<Local> = placed
        .into_iter()
        .map(|(m, start, end)| {
            let before = tail(&text[..start], 60);
            let folded_before = folded.slice(0, start).tail(60);
            let sold_to = SUPPLY_DIRECT.is_match(folded_before)
                || (SELL_VERB.is_match(folded_before) && ((before.ends_with(" to ") || before.ends_with(" to the ")) || TO_GROUP_INCLUDING.is_match(folded.slice(0, start).tail(120))))
                || (before.ends_with(" for ") || before.ends_with(" for the ")) && MADE_FOR.is_match(folded_before)
                || (ctx.mentions.entities[m.entity].kind == EntityKind::Company && buyer_subject(folded.slice(end, folded.len())))
                || cut_off(folded_before, head(&text[end..], 12));
            Local { m, start, end, kind: ctx.mentions.entities[m.entity].kind, sold_to, role: GovRole::Modifier, parent: false }
        })
        .collect();
    // The role of each government mention and whether a mention is an appositive parent
    // do not depend on the trigger: computed once per sentence.
    let roles: Vec<GovRole> = locals.iter().map(|l| if l.kind == EntityKind::Government || l.kind == EntityKind::Person { gov_role(text, folded, &locals, l) } else { GovRole::Modifier }).collect();
    let mut roles = roles;
    // "Regulators in Japan, South Korea, Taiwan, Ireland and Israel signed off": every body
    // of a list opened by "regulators in" acts, however long the list.
    let mut i = 0;
    while i < locals.len() {
        let opens = roles[i] == GovRole::Agent && locals[i].kind == EntityKind::Government && REGULATORS_IN.is_match(folded.slice(0, locals[i].start).tail(80));
        let mut j = i + 1;
        if opens {
            while j < locals.len() && locals[j].kind == EntityKind::Government && matches!(text[locals[j - 1].end..locals[j].start].trim(), "," | "and" | ", and" | "and the" | ", the" | ", and the") {
                roles[j] = GovRole::Agent;
                j += 1;
            }
        }
        i = j;
    }
    // "a settlement with the Bureau of Industry and Security, which imposed a civil penalty":
    // a body that a relative clause opens with a decision of its own (its trigger within
    // the clause's first five words) is that decision's agent, whatever the preposition
    // before it.
    for (l, r) in locals.iter().zip(roles.iter_mut()) {
        if l.kind != EntityKind::Government || *r == GovRole::Agent {
            continue;
        }
        let after = &folded.as_str()[l.end..];
        let Some(rest) = after.strip_prefix(", which ").or_else(|| after.strip_prefix(", who ")) else { continue };
        let at = l.end + (after.len() - rest.len()) - 1;
        let opens_with = |t: &Trigger| t.start > at && t.start - at <= 40 && folded.as_str()[at..t.start].split_whitespace().count() <= 4 && !folded.as_str()[at..t.start].contains([',', ';', '(', '"']);
        if trig.iter().any(opens_with) {
            *r = GovRole::Agent;
        }
    }
    let mut locals = locals;
    for (l, r) in locals.iter_mut().zip(roles) {
        l.role = r;
        l.parent = matches!(l.kind, EntityKind::Company | EntityKind::Chip | EntityKind::Product) && is_parent_apposition(folded, l);
    }
    // "export controls to ASML's DUV machines": a possessive vendor before the goods is
    // their maker, not the buyer they go to.
    for i in 0..locals.len() {
        let qualifies_goods = locals[i].m.possessive && locals.get(i + 1).is_some_and(|n| matches!(n.kind, EntityKind::Chip | EntityKind::Product) && n.start - locals[i].end <= 40);
        if qualifies_goods {
            locals[i].sold_to = false;
        }
    }
    let locals = locals;
    // Officials decide for their body ("President Trump blocked …" is the state's decision).
    let acts_for = |l: &Local| -> Option<Role> {
        if l.kind != EntityKind::Person {
            return None;
        }
        let body = ctx.mentions.entities[l.m.entity].lex.and_then(|i| ctx.lexicon.entries[i].acts_for.clone())?;
        let e = ctx.lexicon.get(&body)?;
        Some(Role::from(e))
    };
    let clause_list = clauses(folded);
    let clause_of = |pos: usize| clause_list.iter().copied().find(|(a, b)| pos >= *a && pos < *b).unwrap_or((0, text.len()));
    let clauses_with_triggers: Vec<(usize, usize)> = trig.iter().map(|t| clause_of(t.start)).collect();
    let reason_clauses: Vec<(usize, usize)> = clause_list.iter().copied().filter(|&(a, b)| REASON.is_match(&text[a..b])).collect();
    let reported = REPORTED.is_match(folded);
    let opinion = OPINION.is_match(folded);
    let evidence = ctx.evidence(s);
    let sentence_date = std::cell::OnceCell::new();
    let sentence_date = || sentence_date.get_or_init(|| dates::find_date(text, ctx.doc.date)).clone();
    // A date in the trigger's own clause dates it ("completed the deal on Monday, after
    // winning approval last month"); else the sentence's.
    let mut clause_dates: Vec<((usize, usize), Option<dates::DateMention>)> = Vec::new();
    // Amounts likewise: the clause's, else the sentence's; each read once.
    let mut clause_amounts: Vec<((usize, usize), Option<String>)> = Vec::new();
    let sentence_amount: std::cell::OnceCell<Option<String>> = std::cell::OnceCell::new();
    // Agent candidates: governments in an agent position and officials (the same for
    // every trigger of the sentence).
    let candidates: Vec<(Local, Role)> = locals
        .iter()
        .filter(|l| l.role == GovRole::Agent)
        .filter_map(|l| Some((*l, if l.kind == EntityKind::Government { ctx.role(l.m.entity) } else { acts_for(l)? })))
        .collect();
    // The agent of a measure told just before, as a mention at no place: the agent of a
    // clause that refers back to it.
    let discourse_mention: Option<(Mention, Role)> = discourse.and_then(|r| {
        let entity = ctx.mentions.entities.iter().position(|e| e.iri == r.iri)?;
        Some((Mention { start: s.start, end: s.start, entity, source: Source::Coref, possessive: false }, r.clone()))
    });
    let mut out: Vec<Decision> = Vec::new();
    let mut told_agent: Option<Role> = None;
    // "A judge blocked the Commerce Department from enforcing the rule": a body restrained
    // from acting by someone who is no government decides nothing in that clause.
    let restrained: Vec<(usize, usize)> = trig
        .iter()
        .filter(|t| t.family == Family::Restrict)
        .filter(|t| {
            locals.iter().find(|l| l.start >= t.end).is_some_and(|l| {
                matches!(l.kind, EntityKind::Government) && matches!(text[t.end..l.start].trim(), "" | "the") && RESTRAINED_FROM.is_match(folded.slice(l.end, folded.len()))
            })
        })
        .map(|t| clause_of(t.start))
        .collect();
    for (ti, t) in trig.iter().enumerate() {
        if restrained.contains(&clause_of(t.start)) {
            continue;
        }
        // "the Foreign Investment Review Board": a word of a name triggers nothing.
        if locals.iter().any(|l| l.start <= t.start && t.end <= l.end) {
            continue;
        }
        // "its lawsuit to block the deal": the block is the suit's aim, told by the suit.
        if t.family == Family::Restrict && folded.slice(t.start, t.end).as_str().starts_with("block") && AIM_OF_SUIT.is_match(folded.slice(near_start(text, 0, t.start), t.start)) {
            continue;
        }
        // "prohibit investors from funding Chinese companies", "barred from receiving federal
        // grants": the act a restriction forbids is no decision of its own.
        if t.family != Family::Restrict && trig[..ti].iter().any(|p| p.family == Family::Restrict) && FORBIDDEN_ACT.is_match(folded.slice(near_start(text, 0, t.start), t.start)) {
            continue;
        }
        // "bar shipments of Nvidia chips that had been allowed before": what a restriction now
        // bars, described by the permit it had; no decision of its own.
        if t.family == Family::Permit && trig[..ti].iter().any(|p| p.family == Family::Restrict) && PERMITTED_BEFORE.is_match(folded.slice(near_start(text, 0, t.start), t.start)) {
            continue;
        }
        // "the chip Nvidia had been allowed to sell in China": a permit in a relative clause
        // that describes the goods named before it is told in passing, no decision.
        if t.family == Family::Permit {
            let before = locals.iter().rev().find(|l| l.end <= t.start);
            if before.is_some_and(|l| l.kind == EntityKind::Company && AUXILIARIES.is_match(folded.slice(l.end, t.start)) && GOODS_DESCRIBED.is_match(folded.slice(0, l.start).tail(40))) {
                continue;
            }
        }
        // "the Commission's approval of the Catania grant": a permit of a subsidy is that
        // subsidy, which the next trigger tells.
        if t.family == Family::Permit && trig.get(ti + 1).is_some_and(|n| n.family == Family::Subsidy && OF_THE_FUNDING.is_match(folded.slice(t.end, n.start))) {
            continue;
        }
        // "are reviewing whether to let ByteDance buy": deliberating a decision is no inquiry.
        if t.family == Family::Investigate && DELIBERATION.is_match(folded.slice(t.end, folded.len())) {
            continue;
        }
        // "complies with all U.S. export control regulations": rules obeyed, no decision told.
        if COMPLIES_WITH.is_match(folded.slice(near_start(text, 0, t.start), t.start)) {
            continue;
        }
        // "barring TSMC from making chips for it without a licence": the permit is the
        // condition of a restriction, not a decision of its own.
        if t.family == Family::Permit && WITHOUT_PERMIT.is_match(folded.slice(near_start(text, 0, t.start), t.start)) {
            continue;
        }
        // "tightened licensing for shipments of photoresists": a permit regime a restriction
        // right before acts on is restricted, not granted.
        if t.family == Family::Permit && ti > 0 && trig[ti - 1].family == Family::Restrict && clause_of(trig[ti - 1].start) == clause_of(t.start) && !text[trig[ti - 1].end..t.start].contains(',') && text[trig[ti - 1].end..t.start].split_whitespace().count() <= 2 {
            continue;
        }
        // "export controls that cut Chinese firms off from …": a relative clause telling
        // what the restriction just named does; it is that restriction, not a second one.
        if t.family == Family::Restrict && ti > 0 && matches!(trig[ti - 1].family, Family::Restrict | Family::Sanction) && matches!(text[trig[ti - 1].end..t.start].trim().trim_start_matches(',').trim_start(), "that" | "which") {
            continue;
        }
        // "approved customers", "licensed vendors": a participle used as an adjective.
        if t.family == Family::Permit && t.text.ends_with("ed") && PARTICIPLE_NOUN.is_match(&text[t.end..]) {
            continue;
        }
        // "the approval is …", "its approval was subject to conditions": a noun with a
        // determiner and no complement refers back to a decision told before; it is not a new
        // one.
        if NOMINAL.is_match(folded.slice(t.start, t.end).as_str()) {
            let before = folded.slice(0, t.start).as_str().trim_end();
            let after = folded.slice(t.end, folded.len()).as_str().trim_start();
            let det = ["the", "this", "that", "such", "these", "those", "its", "their"].iter().any(|d| before.strip_suffix(d).is_some_and(|b| b.is_empty() || b.ends_with(' ')));
            // So is a body's possessive ("China's clearance had been seen as hostage …").
            let det = det || locals.iter().any(|l| l.kind == EntityKind::Government && l.m.possessive && l.end <= t.start && text[l.end..t.start].trim_start_matches(['\'', '’', 's']).trim().is_empty());
            let complement = ["of ", "for ", "to ", "on ", "against ", "into ", "by "].iter().any(|p| after.starts_with(p));
            // "had given their approval", "granted its clearance": the permit is given here.
            let given = GIVEN_PERMIT.is_match(folded.slice(0, t.start).tail(40));
            if det && !complement && !given {
                continue;
            }
        }
        let (ca, cb) = clause_of(t.start);
        // "an investigation into whether Nvidia breached …": a second word of inquiry in the
        // clause names the matter inquired into, not a second decision.
        if t.family == Family::Investigate && trig[..ti].iter().any(|p| p.family == Family::Investigate && clause_of(p.start) == (ca, cb)) {
            continue;
        }
        // "an investigation into U.S. measures, including export controls and tariffs": what
        // is inquired into is no decision of the inquirer. One qualified by its own body ("a
        // probe into U.S. tariffs") is that body's, told in passing.
        // "U.S. export controls", "Washington's ban": the body that qualifies a nominal
        // trigger is its agent.
        let adjacent = candidates.iter().find(|(l, _)| l.end <= t.start && t.start - l.end <= 4 && text[l.end..t.start].trim_start_matches(['\'', '’', 's']).trim().is_empty()).cloned();
        // Unless a body acts in it with a verb of its own ("into its purchase of Mellanox, a
        // deal SAMR had approved").
        let own_agent = |after: usize| candidates.iter().any(|(l, _)| l.start > after && l.end <= t.start && t.start - l.end <= 12 && text[l.end..t.start].split_whitespace().all(|w| ["had", "has", "have", "also", "already", "previously", "earlier"].contains(&w)));
        if t.family != Family::Investigate
            && adjacent.is_none()
            && trig[..ti].iter().any(|p| p.family == Family::Investigate && clause_of(p.start) == (ca, cb) && folded.slice(p.end, t.start).as_str().trim_start().starts_with("into ") && !own_agent(p.end))
        {
            continue;
        }
        let clause = &text[ca..cb];
        let lower = folded.slice(ca, cb);
        let in_clause = |l: &Local| l.start >= ca && l.end <= cb;
        // The trigger's own stretch of the clause: from the previous trigger to the next.
        let prev_end = trig[..ti].iter().rev().find(|p| clause_of(p.start) == (ca, cb)).map_or(ca, |p| p.end);
        let next_start = trig[ti + 1..].iter().find(|n| clause_of(n.start) == (ca, cb)).map_or(cb, |n| n.start);
        let in_scope = |l: &Local| l.start >= prev_end && l.end <= next_start;
        // Roles may be borrowed from clauses without a trigger, but not from a reason
        // ("… for supplying Huawei"): those count as taken.
        let in_other_trigger_clause = |l: &Local| {
            clauses_with_triggers.iter().chain(reason_clauses.iter()).any(|&(a, b)| (a, b) != (ca, cb) && l.start >= a && l.end <= b)
        };
        let role_of = |l: &Local| l.role;
        // The subject of the trigger: the first candidate of its stretch before it; else of
        // its clause before it; else one after it (passive "by", "…, its ministry said");
        // else the main clause's.
        let first = |pred: &dyn Fn(&Local) -> bool| candidates.iter().filter(|(l, _)| pred(l)).min_by_key(|(l, _)| (l.m.source == Source::Coref, l.start)).cloned();
        // "TSMC halted shipments to Sophgo after the Commerce Department found …": a company
        // right before the trigger is its subject and acts on its own; a body named in
        // another clause did not decide it.
        let company_subject = || {
            locals
                .iter()
                .filter(|l| in_clause(l) && l.end <= t.start)
                .max_by_key(|l| l.end)
                .is_some_and(|l| l.kind == EntityKind::Company && !l.m.possessive && text[l.end..t.start].split_whitespace().count() <= 2)
        };
        let agent = adjacent
            .clone()
            .or_else(|| first(&|l| l.start >= prev_end && l.end <= t.start))
            .or_else(|| first(&|l| in_clause(l) && l.end <= t.start))
            .or_else(|| first(&|l| in_clause(l)))
            .or_else(|| if company_subject() { None } else { candidates.iter().filter(|(l, _)| !in_other_trigger_clause(l)).min_by_key(|(l, _)| l.start.abs_diff(t.start)).cloned() });
        let agent = match agent {
            Some(agent) => agent,
            None => {
                let told = out.len();
                // "YMTC was added to the Entity List": an addition told without its agent is the
                // decision of the body that keeps the list.
                if t.family == Family::Sanction {
                    let modality = if opinion { Modality::Speculative } else { modality(text, folded, ca, t, reported) };
                    out.extend(added_to_a_kept_list(ctx, s, t, (ca, cb), &locals, modality));
                }
                // "Micron was awarded 6.1 billion dollars in CHIPS Act funding": an award told
                // by its programme's name is the decision of the body that runs it.
                if t.family == Family::Subsidy {
                    let modality = if opinion { Modality::Speculative } else { modality(text, folded, ca, t, reported) };
                    out.extend(award_by_a_known_programme(ctx, s, t, (ca, cb), &locals, modality));
                }
                // "Nvidia will not be allowed to sell its B30A chip to China": a vendor let (or
                // barred) to sell abroad, by no one named, is so by its home state.
                if matches!(t.family, Family::Permit | Family::Restrict) {
                    let modality = if opinion { Modality::Speculative } else { modality(text, folded, ca, t, reported) };
                    out.extend(let_sell_by_home_state(ctx, s, t, (ca, cb), &locals, modality, discourse));
                }
                // "The rule also restricts exports of the H100 to Malaysia": a clause that refers
                // back to a measure told in the two sentences before is that measure's agent's.
                let refers_back = || REFERS_BACK.is_match(folded.slice(ca, t.start)) || REFERS_BACK.is_match(folded.slice(0, t.start));
                match discourse_mention.as_ref().filter(|_| out.len() == told && refers_back()) {
                    Some((m, role)) => (Local { m, start: ca, end: ca, kind: EntityKind::Government, sold_to: false, role: GovRole::Agent, parent: false }, role.clone()),
                    None => continue,
                }
            }
        };
        // The most specific body named: a speaker ("its commerce ministry said") or a body
        // of the chosen agent's state in the same clause replaces the state.
        let agent = candidates
            .iter()
            .filter(|(l, r)| {
                let desc = ctx.mentions.entities[l.m.entity].part_of.as_ref().is_some_and(|p| p == &agent.1.iri || ctx.lexicon.is_part_of(p, &agent.1.iri));
                r.iri != agent.1.iri && desc && (in_clause(l) || SPEAKER.is_match(&text[l.end..]))
            })
            .max_by_key(|(l, _)| specificity(ctx, l.m.entity))
            .cloned()
            .unwrap_or(agent);
        // "lawmakers urged the Commerce Department to add CXMT to the Entity List": the body
        // urged would decide; those urging it decide nothing.
        let agent = candidates
            .iter()
            .find(|(l, _)| l.start > agent.0.end && l.end <= t.start && URGED.is_match(folded.slice(agent.0.end, l.start)) && text[l.end..t.start].trim_start().starts_with("to "))
            .cloned()
            .unwrap_or(agent);
        // "Regulators in the U.K. and the E.U.": coordinated agents act together. The agent
        // chosen may close the list ("Regulators in South Korea and Japan cleared …"): the
        // bodies joined to it before it come first.
        let mut agents = Vec::new();
        let mut first = agent.0;
        while let Some(c) = candidates.iter().filter(|(l, _)| l.end <= first.start).max_by_key(|(l, _)| l.end) {
            let gap = text[c.0.end..first.start].trim();
            if !(matches!(gap, "and" | ", and" | "and the") || (gap == "," && !agents.is_empty())) {
                break;
            }
            agents.push(c.clone());
            first = c.0;
        }
        agents.reverse();
        agents.push(agent.clone());
        // "Regulators in the United States, Japan and Taiwan approve …": bodies after a comma
        // join only when an "and" closes the list.
        let mut pending: Vec<(Local, Role)> = Vec::new();
        for c in &candidates {
            let last = &pending.last().unwrap_or(agents.last().unwrap()).0;
            let gap = if c.0.start > last.end { text[last.end..c.0.start].trim() } else { "" };
            // "the European Commission and the UK's Competition and Markets Authority": the
            // state that qualifies the next body is no gap.
            let qualifier = locals.iter().find(|q| q.kind == EntityKind::Government && q.m.possessive && q.start > last.end && q.end <= c.0.start && c.0.start - q.end <= 4);
            let gap = qualifier.map_or(gap, |q| text[last.end..q.start].trim());
            if gap == "and" || gap == ", and" || gap == "and the" {
                agents.append(&mut pending);
                agents.push(c.clone());
            } else if gap == "," {
                pending.push(c.clone());
            }
        }
        let agent_state = ctx.lexicon.state_of(&agent.1.iri);
        let agent_state = if ctx.lexicon.get(&agent.1.iri).is_some() { agent_state } else { state_iri(ctx, agent.0.m.entity) };
        // Roles: from the trigger's stretch, else its clause, else clauses without triggers.
        let pick = |kinds: &[EntityKind]| -> Vec<Local> {
            // "curb exports of chipmaking tools, in line with U.S. controls on China": after
            // another decision of the clause, a noun its body qualifies takes no role from
            // before the body.
            let noun = || {
                let words = folded.slice(t.start, t.end);
                let mut at = 0;
                NOMINAL.is_match(words.as_str())
                    || words.as_str().split(' ').any(|w| {
                        let hit = RESTRICTION_NOUN.is_match(words.slice(at, at + w.len()));
                        at += w.len() + 1;
                        hit
                    })
            };
            let after_body = adjacent.as_ref().filter(|_| prev_end > ca && noun()).map_or(0, |(a, _)| a.start);
            let ok = |l: &&Local| kinds.contains(&l.kind) && !l.parent && !names_a_business(text, l) && l.start >= after_body;
            let v: Vec<Local> = locals.iter().filter(|l| ok(l) && in_scope(l)).copied().collect();
            if !v.is_empty() {
                return v;
            }
            // The clause after it when the next trigger is a word or three away ("approved
            // export licences for the H20"): two words of one decision. Else what lies past
            // the next trigger is that trigger's.
            let gap = &text[t.end..next_start];
            if next_start < cb && gap.split_whitespace().count() <= 3 && !gap.contains(',') && !gap.split_whitespace().any(|w| matches!(w, "and" | "or" | "but" | "then")) {
                let v: Vec<Local> = locals.iter().filter(|l| ok(l) && in_clause(l) && l.start >= prev_end).copied().collect();
                if !v.is_empty() {
                    return v;
                }
            }
            // An inquiry names what it looks into in its own clause ("shares of ASML fell after
            // the government said it would review export rules" is no inquiry into ASML).
            if t.family == Family::Investigate {
                return Vec::new();
            }
            locals.iter().filter(|l| ok(l) && !in_other_trigger_clause(l)).copied().collect()
        };
        let mut objects = dedup(ctx, pick(&[EntityKind::Chip, EntityKind::Product]));
        // "pushed them towards local alternatives from Huawei": a firm named as the
        // alternative to the goods decided on plays no role in the decision, nor does each
        // firm listed after it ("from Huawei and Cambricon").
        let companies: Vec<Local> = {
            let mut alternative_until = None;
            let mut kept = Vec::new();
            for l in dedup(ctx, pick(&[EntityKind::Company])) {
                let listed = alternative_until.is_some_and(|end: usize| end <= l.start && matches!(text[end..l.start].trim(), "," | "and" | ", and" | "or"));
                // "YMTC, Micron's main Chinese rival": the firm the rival is named by is no party.
                let rival_of = l.m.possessive && RIVAL_OF.is_match(folded.slice(l.end, folded.len()).head(40));
                // "a TSMC-led chip plant", "a Nvidia-backed start-up": a firm made an adjective.
                let adjective = ["-led", "-backed", "-owned", "-controlled", "-funded", "-run"].iter().any(|x| text[l.end..].starts_with(x));
                if rival_of || adjective {
                    continue;
                }
                if listed || ALTERNATIVE_TO.is_match(folded.slice(0, l.start).tail(40)) {
                    alternative_until = Some(l.end);
                } else {
                    kept.push(l);
                }
            }
            kept
        };
        let dest_states: Vec<Local> = dedup(
            ctx,
            locals
                .iter()
                .filter(|l| l.kind == EntityKind::Government && role_of(l) == GovRole::Destination && is_state(ctx, l.m.entity) && state_iri(ctx, l.m.entity) != agent_state)
                .filter(|l| in_clause(l) || !in_other_trigger_clause(l))
                .copied()
                .collect(),
        );
        let Some(mut kind) = refine(t.family, lower, folded.slice(prev_end, next_start), folded, &objects, &companies, &dest_states) else { continue };
        // "fined Intel 376 million euros", "would impose a penalty of": a fine punishes what
        // the inquiry found, a sanction on the firm, which stays its subject (no listing).
        let fine = kind == DecisionKind::Investigation && !companies.is_empty() && FINE.is_match(folded.slice(t.start, t.end));
        if fine {
            kind = DecisionKind::Sanction;
        }
        // "approved Synopsys's $35 billion acquisition of Ansys, … the chip-design software
        // industry": a deal between two named firms right after the permit is what it
        // permits, whatever goods the sentence names further on.
        let deal_permitted = t.family == Family::Permit && !objects.is_empty() && matches!(kind, DecisionKind::PurchaseAuthorization | DecisionKind::ExportLicense) && MERGER_WORDS.is_match(folded.slice(t.end, cb).head(80)) && deal_parties_in(ctx, s.start + t.end, s.start + cb.min(t.end + 120)).is_some();
        if deal_permitted {
            kind = DecisionKind::Approval;
        }
        // A sum approved for a firm is a subsidy.
        if kind == DecisionKind::Approval && t.family == Family::Permit && !MERGER_WORDS.is_match(lower) && MONEY_GRANTED.is_match(folded.slice(t.end, cb)) {
            kind = DecisionKind::Subsidy;
        }
        // "blocked Broadcom's bid for Qualcomm", "vetoed the sale of LPE": a deal prohibited
        // outright is banned; a suit or a move to block it ("sued to block") is not final.
        // Its roles are read as a deal's (buyer, bought); the kind is set on the record.
        let deal_banned = kind == DecisionKind::Other && (t.family == Family::Restrict || folded.slice(t.start, t.end).as_str().starts_with("veto")) && objects.is_empty() && MERGER_WORDS.is_match(lower) && DEAL_PROHIBITED.is_match(folded.slice(t.start, t.end)) && !DEAL_CHALLENGED.is_match(folded.slice(ca, t.start));
        // Vendors: a possessive company right before the chip, else its designer in the
        // lexicon (named in the article or not).
        let designer_of = |obj: &Local| -> Option<Role> {
            if let Some(l) = locals.iter().filter(|l| l.kind == EntityKind::Company && l.m.possessive && l.end <= obj.start && obj.start - l.end <= 40).max_by_key(|l| l.end) {
                return Some(ctx.role(l.m.entity));
            }
            let e = ctx.lexicon.designer_of(&ctx.mentions.entities[obj.m.entity].iri)?;
            Some(Role::from(e))
        };
        let mut vendors: Vec<Role> = objects.iter().filter_map(designer_of).collect();
        let home_of = |iri: &str| ctx.lexicon.home_state(iri);
        // "denied Huawei's request for a licence to buy 5G chips from Qualcomm": goods bought
        // from a firm make it the vendor and the other firms its buyers; no takeover is told.
        let mut companies = companies;
        if let Some(vendor) = companies.iter().find(|c| BOUGHT_FROM.is_match(folded.slice(0, c.start).tail(100))).map(|c| ctx.role(c.m.entity)) {
            if kind == DecisionKind::Approval && !MERGER_WORDS.is_match(lower) {
                kind = DecisionKind::PurchaseAuthorization;
            }
            if kind == DecisionKind::PurchaseAuthorization && home_of(&vendor.iri).is_some_and(|h| h == agent_state) {
                kind = DecisionKind::ExportLicense;
            }
            for c in companies.iter_mut() {
                c.sold_to = ctx.mentions.entities[c.m.entity].iri != vendor.iri;
            }
            vendors.push(vendor);
        }
        // A permit for a chip with no word of buying or selling: a state allowing its own
        // vendor's chip licenses an export; a foreign state allowing it authorises purchases.
        // "waivers to bring U.S. chipmaking equipment into their China plants": goods named
        // as the agent's own state's, permitted to others, are exports.
        let own_goods = || {
            objects.iter().any(|o| locals.iter().any(|l| l.kind == EntityKind::Government && l.end <= o.start && o.start - l.end <= 2 && state_iri(ctx, l.m.entity) == agent_state))
        };
        if t.family == Family::Permit && matches!(kind, DecisionKind::Approval | DecisionKind::PurchaseAuthorization) && own_goods() {
            kind = DecisionKind::ExportLicense;
        }
        if kind == DecisionKind::Approval && !objects.is_empty() && !MERGER_WORDS.is_match(lower) {
            if let Some(home) = vendors.iter().find_map(|v| home_of(&v.iri)) {
                kind = if home == agent_state { DecisionKind::ExportLicense } else { DecisionKind::PurchaseAuthorization };
            }
        }
        // "Beijing is expected to approve Nvidia's H200 sales": a state letting in a foreign
        // vendor's chips, bound for no other state, authorises their purchase.
        if kind == DecisionKind::ExportLicense
            && t.family == Family::Permit
            && !vendors.is_empty()
            && vendors.iter().all(|v| home_of(&v.iri).is_some_and(|h| h != agent_state))
            && dest_states.iter().all(|d| state_iri(ctx, d.m.entity) == agent_state)
            && !own_goods()
        {
            kind = DecisionKind::PurchaseAuthorization;
        }
        // Revoking a waiver to ship ("revoked the waivers that let Samsung ship tools to its
        // plants in China") withdraws an export licence, even when the shipping is told in
        // another clause than the trigger's; the revocation is read below.
        if kind == DecisionKind::Approval && t.family == Family::Permit && EXPORT_WORDS.is_match(folded) && !MERGER_WORDS.is_match(folded) && REVOKE.is_match(folded.slice(near_start(text, ca, t.start), t.start)) {
            kind = DecisionKind::ExportLicense;
        }
        // A state restricting its own firms' chips controls exports ("Washington banned the
        // H20"); restricting a foreign vendor at home is a ban ("stop buying Micron").
        if kind == DecisionKind::Ban {
            let domestic = !objects.is_empty() && vendors.iter().any(|v| home_of(&v.iri).is_some_and(|h| h == agent_state));
            // "the administration's curbs on Huawei": restrictions aimed at firms list them.
            let aimed_at: Vec<Local> = companies.iter().filter(|c| c.start >= t.end && AIMED_AT.is_match(folded.slice(t.end, c.start))).copied().collect();
            // "curbs on gallium", "rare earth controls": materials and tools named with no
            // vendor, restricted by a state and not bought by it, are kept from leaving.
            let materials = || {
                companies.is_empty()
                    && !objects.is_empty()
                    && objects.iter().all(|o| o.kind == EntityKind::Product && designer_of(o).is_none())
                    && !PURCHASE_WORDS.is_match(lower)
            };
            if domestic || materials() {
                kind = DecisionKind::ExportRestriction;
            } else if RESTRICTION_NOUN.is_match(folded.slice(t.start, t.end)) && objects.is_empty() && !aimed_at.is_empty() {
                kind = DecisionKind::Sanction;
                companies = aimed_at;
            } else if !BAN_VERB.is_match(folded.slice(t.start, t.end)) {
                continue;
            }
        }
        // "revoked licences for Huawei": a foreign firm an export licence is for is the one
        // supplied (a firm of the agent's own state would be the vendor).
        if matches!(kind, DecisionKind::ExportLicense | DecisionKind::ExportRestriction) && !companies.iter().any(|c| c.sold_to) {
            for c in companies.iter_mut() {
                let before = folded.slice(0, c.start).tail(30).as_str();
                let foreign = home_of(&ctx.mentions.entities[c.m.entity].iri).is_some_and(|h| h != agent_state);
                if foreign && !c.m.possessive && (before.ends_with(" for ") || before.ends_with(" for the ")) && LICENCE_WORD.is_match(folded.slice(0, c.start).tail(30)) {
                    c.sold_to = true;
                }
            }
        }
        let vendor_iris: HashSet<&str> = vendors.iter().map(|v| v.iri.as_str()).collect();
        let (mut subjects, mut targets) = assign_companies(ctx, if fine { DecisionKind::Investigation } else { kind }, &companies, &vendor_iris, REMOVAL.is_match(lower));
        // "ordered Nexperia to sell at least 86% of Newport Wafer Fab": the firm ordered to
        // divest is the subject, the firm it sells is the target.
        if kind == DecisionKind::Other && DIVEST_VERB.is_match(folded.slice(t.start, t.end)) && companies.iter().any(|c| c.end <= t.end) && companies.iter().any(|c| c.start >= t.end) {
            subjects = companies.iter().filter(|c| c.end <= t.end).map(|c| Some(ctx.role(c.m.entity))).collect();
            targets = companies.iter().filter(|c| c.start >= t.end).map(|c| ctx.role(c.m.entity)).collect();
        }
        // "the three companies were told to pause the orders": firms named before a halt to
        // buying, with no vendor named, are the buyers it stops (a firm after it, "stop buying
        // Micron chips", is the vendor; so is one that sells or makes them, "products sold in
        // the country by Micron … must stop buying them").
        let seller = |c: &Local| SOLD_BY.is_match(folded.slice(0, c.start).tail(80));
        if kind == DecisionKind::Ban && vendor_iris.is_empty() && targets.is_empty() && BUYING_WORD.is_match(folded.slice(t.start, t.end)) && companies.iter().all(|c| c.end <= t.start && !seller(c)) {
            targets = subjects.drain(..).flatten().collect();
            subjects = vec![None];
        }
        // A trade-remedy inquiry targets the goods' origin ("… imported from the United
        // States", "Chinese legacy chips").
        // So does an inquiry into a state, or its policy, with no firm or goods named ("an
        // investigation into China's drive to dominate legacy chips").
        let origin_targeted = kind == DecisionKind::Investigation && (TRADE_REMEDY.is_match(lower) || (companies.is_empty() && objects.is_empty()));
        if (origin_targeted || matches!(kind, DecisionKind::ExportRestriction | DecisionKind::ExportLicense | DecisionKind::Ban | DecisionKind::Tariff | DecisionKind::Other)) && targets.is_empty() {
            targets = dest_states.iter().map(|l| ctx.role(l.m.entity)).collect();
        }
        // "ship MI308 chips to Chinese customers": buyers named by their nationality only.
        if matches!(kind, DecisionKind::ExportRestriction | DecisionKind::ExportLicense) && targets.is_empty() {
            if let Some(st) = buyers_by_nationality(ctx, s, t.end.max(prev_end), cb, &agent_state) {
                targets = vec![st];
            }
        }
        // "tariffs on Chinese goods": goods named by their origin only.
        if (kind == DecisionKind::Tariff || origin_targeted) && targets.is_empty() {
            if let Some(st) = goods_by_nationality(ctx, s, t.end.max(prev_end), cb, &agent_state) {
                targets = vec![st];
            }
        }
        // A state barring a foreign vendor bars its own buyers ("required operators to stop
        // buying from Micron"): the target is the agent's state.
        if kind == DecisionKind::Ban && targets.is_empty() && subjects.iter().any(Option::is_some) {
            if let Some(st) = ctx.lexicon.get(&agent_state) {
                targets = vec![Role::from(st)];
            }
        }
        // "blocked Orion Holdings from buying Pulsic": a takeover barred, by its buyer and
        // the firm bought.
        // What the firm bought makes, named in an apposition ("Pulsic, a developer of chip
        // design software"), is no object of the ban.
        if kind == DecisionKind::Ban {
            if let Some((buyer, bought)) = deal_parties_in(ctx, s.start + t.start, s.start + cb) {
                subjects = vec![Some(ctx.role(buyer))];
                targets = vec![ctx.role(bought)];
                objects.clear();
            }
        }
        // "The deal" names an acquisition told before: its buyer and its target.
        // The deal may be named in another clause than the trigger ("terminated its
        // acquisition of Tower after failing to win approval").
        let deal_words = MERGER_WORDS.is_match(lower) || bare_purchase(lower) || (companies.len() >= 2 && (BUY_COMPANY.is_match(lower) || MERGER_WORDS.is_match(folded) || BUY_COMPANY.is_match(folded)));
        if deal_words && (objects.is_empty() || deal_permitted) && matches!(kind, DecisionKind::Approval | DecisionKind::Other | DecisionKind::Investigation) {
            // Across sentences only for an anaphoric "the deal" ("the acquisition of ERS
            // Electronic" names its own).
            let anaphora = DEAL_ANAPHORA.find_iter(lower).any(|m| !lower.slice(m.end(), lower.len()).as_str().starts_with(" of "));
            let deal = deal_parties_in(ctx, s.start, s.end)
                .or_else(|| compound_deal(ctx, s, &companies))
                .or_else(|| if companies.len() < 2 && anaphora { deals_before(ctx, s.start + t.end).pop() } else { None });
            if let Some((buyer, bought)) = deal {
                subjects = vec![Some(ctx.role(buyer))];
                targets = vec![ctx.role(bought)];
            } else if let [bought] = companies.as_slice() {
                // "blocked the acquisition of ERS Electronic by an unnamed investor": the one
                // firm named, as what is bought, is the target.
                let tail = folded.slice(0, bought.start).tail(40);
                let before = tail.as_str().trim_end();
                if (before.ends_with(" of") || before.ends_with(" of the")) && (DEAL_OF.is_match(tail) || SALE_OF.is_match(tail)) {
                    subjects = vec![None];
                    targets = vec![ctx.role(bought.m.entity)];
                }
            }
        }
        // A decision with no role but its agent is background ("tightened controls"),
        // except list additions and subsidy programmes, which are news without names.
        let roleless = objects.is_empty() && subjects.iter().all(Option::is_none) && targets.is_empty();
        // "requiring foreign companies to obtain approval to ship magnets": a permit made
        // mandatory restricts exports (the kind changes below).
        let required_permit = t.family == Family::Permit && matches!(kind, DecisionKind::ExportLicense | DecisionKind::Approval) && (REQUIRED_PERMIT.is_match(folded.slice(near_start(text, ca, t.start), t.start)) || ORDERED_PERMIT.is_match(folded.slice(ca, t.start))) && EXPORT_WORDS.is_match(folded.slice(t.end, cb));
        // The exceptions, asked only of a decision with no role (each runs patterns).
        let news_without_names = || {
            let verbal_sanction = kind == DecisionKind::Sanction && folded.slice(t.start, t.end).as_str().starts_with("sanctioned");
            let priced_tariff = kind == DecisionKind::Tariff && MONEY.is_match(lower);
            // "will require permits for exports of U.S.-made AI chips": a licence
            // requirement on chips named by their kind only is news of its own.
            // So is a permit made mandatory for them ("requires a trade permit for any
            // export of AI chips"), which restricts exports (below).
            let chip_licensing = || {
                let restriction = kind == DecisionKind::ExportRestriction && t.family == Family::Restrict && LICENCE_WORD.is_match(folded.slice(t.start, t.end));
                (restriction || required_permit) && CHIP_GOODS.is_match(folded.slice(t.end, cb))
            };
            // A list changed in the sentence ("added 36 entities … to the Entity List",
            // "removed 27 entities from the list"), not a list kept ("keeps an entity list").
            let listing_change = || matches!(kind, DecisionKind::Sanction | DecisionKind::Other) && LIST_WORDS.is_match(lower) && LIST_CHANGE.is_match(folded);
            // "added 23 items to its export control list": goods listed are controlled.
            let goods_listed = || kind == DecisionKind::ExportRestriction && GOODS_LISTED.is_match(lower);
            // "announced export controls on lithium battery technology": a restriction on
            // goods named by their kind, made public, is news of its own; one administered
            // or tightened over the years ("has tightened export controls on AI chips
            // several times") is background.
            let goods_restricted = || kind == DecisionKind::ExportRestriction && t.family == Family::Restrict && RESTRICTED_GOODS.is_match(folded.slice(t.end, cb)) && MEASURE_ANNOUNCED.is_match(lower);
            // "ordered carriers to phase out foreign processors": a ban on goods of foreign
            // origin, named by their kind.
            let foreign_goods_banned = || kind == DecisionKind::Ban && FOREIGN_GOODS.is_match(folded.slice(t.start, cb));
            // "will restrict exports of two metals from August 1": a measure given the day it
            // takes effect is news of its own.
            let takes_effect = || matches!(kind, DecisionKind::ExportRestriction | DecisionKind::Ban | DecisionKind::Tariff) && t.family == Family::Restrict && TAKES_EFFECT.is_match(folded.slice(t.end, cb));
            kind == DecisionKind::Subsidy || verbal_sanction || priced_tariff || chip_licensing() || listing_change() || goods_listed() || goods_restricted() || foreign_goods_banned() || takes_effect()
        };
        told_agent = Some(agent.1.clone());
        if roleless && !news_without_names() {
            continue;
        }
        // Listing a company is about the company, not the chips it makes.
        let listing = LIST_WORDS.is_match(folded.slice(t.start, t.end));
        // A list named with no change to it ("keeps an entity list of end users", "screens
        // its customers against the list") tells no decision.
        if listing && kind == DecisionKind::Sanction && !LIST_CHANGE.is_match(folded) {
            continue;
        }
        let objects: Vec<Local> = if kind == DecisionKind::Sanction && (!targets.is_empty() || listing) { Vec::new() } else { objects };
        let targets: Vec<Option<Role>> = if targets.is_empty() { vec![None] } else { targets.into_iter().map(Some).collect() };
        let object_list: Vec<Option<&Local>> = if objects.is_empty() { vec![None] } else { objects.iter().map(Some).collect() };
        let mut modality = if opinion { Modality::Speculative } else { modality(text, folded, ca, t, reported) };
        // "milder measures, such as approving the purchase subject to conditions, would not
        // have sufficed": an option named as an example was not taken.
        if modality.is_factual() && folded.slice(t.start, t.end).as_str().ends_with("ing") && [" such as", " like", " including"].iter().any(|p| folded.slice(0, t.start).as_str().trim_end().ends_with(p)) {
            modality = Modality::Speculative;
        }
        // "the last authority whose clearance the transaction required": a permit a deal
        // needs is not yet given.
        // So is one it "still requires".
        if t.family == Family::Permit && modality.is_factual() && (DEAL_NEEDS.is_match(folded.slice(t.end, cb).head(60)) || (kind == DecisionKind::Approval && !required_permit && REQUIRED_PERMIT.is_match(folded.slice(near_start(text, ca, t.start), t.start)))) {
            modality = Modality::Planned;
        }
        // "denied a request from Applied Materials to resume shipments": a request tells a
        // decision only when it is turned down (one granted is told by its own verb).
        if REQUEST.is_match(folded.slice(t.start, t.end)) && modality != Modality::Negated {
            continue;
        }
        if required_permit {
            kind = DecisionKind::ExportRestriction;
        }
        // Revoking a licence restricts exports ("revoked licences that let Intel supply
        // Huawei"); revoking another permit undoes it.
        // So does taking a firm out of a permit's programme ("removing Samsung's and SK
        // Hynix's plants from its validated end-user programme").
        let removed_from = || {
            let before = folded.slice(ca, t.start);
            ["from its ", "from the "].iter().any(|p| before.as_str().ends_with(p)) && REMOVAL.is_match(before)
        };
        // Or told in the passive after it ("the validated end-user status of its Nanjing plant
        // would be revoked").
        let revoked_after = || REVOKED_AFTER.is_match(folded.slice(t.end, cb));
        if t.family == Family::Permit && (REVOKE.is_match(folded.slice(near_start(text, ca, t.start), t.start)) || removed_from() || revoked_after()) && modality != Modality::Negated {
            match kind {
                DecisionKind::ExportLicense => kind = DecisionKind::ExportRestriction,
                DecisionKind::PurchaseAuthorization => kind = DecisionKind::Ban,
                _ => modality = Modality::Negated,
            }
        }
        // "exports … to American buyers would no longer be approved", "exports of gallium to
        // the United States will, in principle, not be permitted": a permit refused from now
        // on is a restriction in force.
        if t.family == Family::Permit && modality == Modality::Negated && matches!(kind, DecisionKind::ExportLicense | DecisionKind::PurchaseAuthorization) {
            let near = folded.slice(near_start(text, ca, t.start), t.start);
            // "the H200 was not permitted to enter China": goods kept out, an import ban.
            let kept_out = || NOT_ENTER.is_match(folded.slice(t.end, cb));
            if (NO_LONGER.is_match(near) || kept_out()) && NEGATION.find_iter(near).count() == 1 {
                kind = if kind == DecisionKind::ExportLicense { DecisionKind::ExportRestriction } else { DecisionKind::Ban };
                modality = if reported { Modality::Reported } else { Modality::Asserted };
            }
        }
        let amount = match clause_amounts.iter().find(|(c, _)| *c == (ca, cb)) {
            Some((_, a)) => a.clone(),
            None => {
                let a = amounts(clause, lower).or_else(|| sentence_amount.get_or_init(|| amounts(text, folded)).clone());
                clause_amounts.push(((ca, cb), a.clone()));
                a
            }
        };
        let date = match clause_dates.iter().find(|(c, _)| *c == (ca, cb)) {
            Some((_, d)) => d.clone(),
            None => {
                // The sentence's date, unless it lies in another decision's clause ("imposed
                // curbs in 2023, while the Netherlands required licences").
                // Nor one in a relative clause, which dates what it tells ("ordered the sale of
                // the fab, which had been bought in 2021").
                let theirs = |d: &dates::DateMention| {
                    clauses_with_triggers.iter().any(|&(a, b)| (a, b) != (ca, cb) && d.start >= a && d.end <= b)
                        || clause_list.iter().any(|&(a, b)| (a, b) != (ca, cb) && d.start >= a && d.end <= b && folded.slice(a, b).as_str().starts_with(", which"))
                };
                let d = if (ca, cb) == (0, text.len()) { None } else { dates::find_date(clause, ctx.doc.date) }.or_else(|| sentence_date().filter(|d| !theirs(d)));
                clause_dates.push(((ca, cb), d.clone()));
                d
            }
        };
        let dist = t.start.abs_diff(agent.0.start) as f32;
        let confidence = (0.9 * ctx.mentions.entities[agent.0.m.entity].confidence.min(agent.0.m.source.confidence()) * (1.0 - (dist / 600.0).min(0.3))).clamp(0.05, 0.99);
        // "lifted its ban on …", "rescinded a rule that capped exports": the measure undone is
        // negated, and the undoing is a decision of its own (`Other`), as hedged as its verb.
        let undoing = if modality == Modality::Negated && matches!(t.family, Family::Restrict | Family::Sanction) && matches!(kind, DecisionKind::ExportRestriction | DecisionKind::Ban | DecisionKind::Sanction | DecisionKind::Tariff) {
            let near_at = near_start(text, ca, t.start);
            UNDO.find(folded.slice(near_at, t.start)).filter(|u| !NEGATION.is_match(folded.slice(near_at, near_at + u.start()))).map(|u| {
                let verb = Trigger { start: near_at + u.start(), end: near_at + u.end(), family: Family::Permit, text: text[near_at + u.start()..near_at + u.end()].to_string() };
                if opinion { Modality::Speculative } else { self::modality(text, folded, ca, &verb, reported) }
            })
        } else {
            None
        };
        for (_, agent_role) in &agents {
            for obj in &object_list {
                let obj_subjects: Vec<Option<Role>> = match obj.and_then(&designer_of) {
                    Some(v) => vec![Some(v)],
                    None if obj.is_some() && subjects.iter().flatten().any(|s| vendor_iris.contains(s.iri.as_str())) => vec![None],
                    None => subjects.clone(),
                };
                for subj in &obj_subjects {
                    for tgt in &targets {
                        if tgt.is_some() && tgt == subj {
                            continue;
                        }
                        out.push(Decision {
                            agent: Some(agent_role.clone()),
                            kind: if deal_banned { DecisionKind::Ban } else { kind },
                            subject: subj.clone(),
                            object: obj.map(|o| ctx.role(o.m.entity)),
                            target: tgt.clone(),
                            date: date.as_ref().and_then(|d| d.value),
                            date_text: date.as_ref().map(|d| d.text.clone()),
                            modality,
                            amount: amount.clone(),
                            trigger: t.text.clone(),
                            confidence,
                            evidence: evidence.clone(),
                        });
                        if let Some(undo_modality) = undoing {
                            let mut undone = out.last().expect("just pushed").clone();
                            undone.kind = DecisionKind::Other;
                            undone.modality = undo_modality;
                            out.push(undone);
                        }
                    }
                }
            }
        }
    }
    // "added Huawei and SMIC … in 2019 and 2020, respectively".
    if out.len() >= 2 && text.contains("respectively") {
        hand_out_dates(ctx, text, &locals, &mut out);
    }
    // "awarded Samsung $6.4 billion, TSMC $6.6 billion and Micron $6.1 billion".
    if out.len() >= 2 && out.iter().any(|d| d.amount.as_deref().is_some_and(|a| a.contains("; "))) {
        hand_out_amounts(ctx, text, &locals, &mut out);
    }
    // Two triggers of one decision ("issuing licences to Nvidia, permitting the export of
    // its H20 to China") give a partial record and a full one: keep the full one. And a
    // listing told with its effect ("placed Huawei on its control list, requiring firms to
    // obtain permits to ship to it"): the restriction on the listed firm is the listing.
    let listed = |a: &Decision, firm: &Option<Role>| {
        firm.is_some() && out.iter().any(|b| b.kind == DecisionKind::Sanction && b.agent == a.agent && b.target == *firm && b.modality == a.modality)
    };
    let keep: Vec<bool> = out
        .iter()
        .map(|a| {
            let effect_of_listing = matches!(a.kind, DecisionKind::ExportRestriction | DecisionKind::Ban) && a.object.is_none() && (listed(a, &a.subject) || listed(a, &a.target));
            !effect_of_listing && !out.iter().any(|b| less_complete(a, b) && a.modality == b.modality)
        })
        .collect();
    (out.into_iter().zip(keep).filter_map(|(d, k)| k.then_some(d)).collect(), told_agent)
}

/// Firms added to a list whose keeper the lexicon knows (`cg:keepsList`), in a clause that
/// names no agent: one `Sanction` per firm, by the keeper, with a lower confidence (the
/// agent is inferred, not read).
fn added_to_a_kept_list(ctx: &Context, s: &Sentence, t: &Trigger, (ca, cb): (usize, usize), locals: &[Local], modality: Modality) -> Vec<Decision> {
    let text = &ctx.text[s.start..s.end];
    let folded = ctx.folded.slice(s.start, s.end);
    let clause = folded.slice(ca, cb);
    if !LIST_ADDITION.is_match(folded.slice(ca, t.start)) || REMOVAL.is_match(clause) {
        return Vec::new();
    }
    // The list's name may begin a word or two before the trigger ("Unreliable Entity List").
    let word_starts = text[..t.start].trim_end().rmatch_indices(' ').map(|(i, _)| i + 1).take(2);
    let keeper = word_starts.chain([t.start]).find_map(|p| ctx.lexicon.keeper_of_list(&text[p..]));
    // "added to Taiwan's strategic high-tech commodities entity list": the list of the body
    // named before it, whatever body keeps a list of that name in the lexicon.
    let owner = locals.iter().rev().find(|l| {
        let between = &text[l.end.min(t.start)..t.start];
        l.kind == EntityKind::Government && l.m.possessive && l.start >= ca && l.end <= t.start && between.split_whitespace().count() <= 5 && !between.contains([',', ';'])
    });
    // The body named is the agent, even when a part of it keeps the list ("placed on the U.S.
    // Commerce Department's Entity List" is the department's, not its bureau's).
    let agent = match (keeper, owner) {
        (_, Some(o)) => ctx.role(o.m.entity),
        (Some(k), None) => Role::from(k),
        (None, None) => return Vec::new(),
    };
    let date = dates::find_date(text, ctx.doc.date);
    let evidence = ctx.evidence(s);
    let mut firms = dedup(ctx, locals.iter().filter(|l| l.kind == EntityKind::Company && !l.parent && l.start >= ca && l.end <= cb).copied().collect());
    // "Huawei has been cut off since it was added to the Entity List": the pronoun stands
    // for the firm the sentence opens with.
    if firms.is_empty() && ADDED_PRONOUN.is_match(folded.slice(ca, t.start)) {
        let opener = locals.first().filter(|l| l.kind == EntityKind::Company && l.end <= ca && text[..l.start].split_whitespace().count() <= 1);
        firms.extend(opener.copied());
    }
    firms
        .iter()
        .map(|l| ctx.role(l.m.entity))
        .map(|firm| Decision {
            agent: Some(agent.clone()),
            kind: DecisionKind::Sanction,
            subject: None,
            object: None,
            target: Some(firm),
            date: date.as_ref().and_then(|d| d.value),
            date_text: date.as_ref().map(|d| d.text.clone()),
            modality,
            amount: None,
            trigger: t.text.clone(),
            confidence: 0.6,
            evidence: evidence.clone(),
        })
        .collect()
}

/// Firms awarded money under a programme whose administrator the lexicon knows
/// (`cg:administers`), in a clause that names no agent: one `Subsidy` per firm, by the
/// administrator, with a lower confidence (the agent is inferred, not read).
fn award_by_a_known_programme(ctx: &Context, s: &Sentence, t: &Trigger, (ca, cb): (usize, usize), locals: &[Local], modality: Modality) -> Vec<Decision> {
    let text = &ctx.text[s.start..s.end];
    let folded = ctx.folded.slice(s.start, s.end);
    if !AWARD_RECEIVED.is_match(folded.slice(ca, cb)) {
        return Vec::new();
    }
    let Some(administrator) = ctx.lexicon.administrator_in(folded.slice(ca, cb).as_str()) else { return Vec::new() };
    let date = dates::find_date(text, ctx.doc.date);
    let amount = amounts(&text[ca..cb], folded.slice(ca, cb));
    let evidence = ctx.evidence(s);
    let firms = dedup(ctx, locals.iter().filter(|l| l.kind == EntityKind::Company && !l.parent && l.start >= ca && l.end <= cb).copied().collect());
    firms
        .iter()
        .map(|l| Decision {
            agent: Some(Role::from(administrator)),
            kind: DecisionKind::Subsidy,
            subject: Some(ctx.role(l.m.entity)),
            object: None,
            target: None,
            date: date.as_ref().and_then(|d| d.value),
            date_text: date.as_ref().map(|d| d.text.clone()),
            modality,
            amount: amount.clone(),
            trigger: t.text.clone(),
            confidence: 0.6,
            evidence: evidence.clone(),
        })
        .collect()
}

/// A vendor told let (or barred) to sell abroad in the passive, with no agent in its
/// clause ("Nvidia will not be allowed to sell its B30A chip to China", "AMD was barred from
/// shipping MI308s to China"): the export decision of the vendor's home state (from the
/// lexicon), at a lower confidence (the agent is inferred, not read).
fn let_sell_by_home_state(ctx: &Context, s: &Sentence, t: &Trigger, (ca, cb): (usize, usize), locals: &[Local], modality: Modality, discourse: Option<&Role>) -> Vec<Decision> {
    let text = &ctx.text[s.start..s.end];
    let folded = ctx.folded.slice(s.start, s.end);
    // "AMD said it had received licences to export its MI308 to China": a permit the vendor
    // received to sell abroad, from no one named.
    let received = t.family == Family::Permit && PERMIT_NOUN_END.is_match(folded.slice(t.start, t.end)) && (SELL_AFTER.is_match(folded.slice(t.end, cb)) || FOR_SHIPMENTS.is_match(folded.slice(t.end, cb)));
    let let_sell = PASSIVE_LET.is_match(folded.slice(t.start, t.end)) && SELL_AFTER.is_match(folded.slice(t.end, cb));
    if !(let_sell || received) {
        return Vec::new();
    }
    // The vendor is the subject: the mention right before the trigger, auxiliaries between
    // (or, for a permit received, the verb of receiving).
    let Some(vendor) = locals.iter().filter(|l| l.start >= ca && l.end <= t.start).max_by_key(|l| l.end) else { return Vec::new() };
    let between = folded.slice(vendor.end, t.start);
    let linked = if let_sell { AUXILIARIES.is_match(between) } else { RECEIVED_PERMIT.is_match(between) };
    if vendor.kind != EntityKind::Company || vendor.m.possessive || !linked {
        return Vec::new();
    }
    let vendor_role = ctx.role(vendor.m.entity);
    let Some(home) = ctx.lexicon.home_state(&vendor_role.iri) else { return Vec::new() };
    let Some(home) = ctx.lexicon.get(&home) else { return Vec::new() };
    let after = |l: &&Local| l.start >= t.end && l.end <= cb;
    let mut targets: Vec<Role> = dedup(ctx, locals.iter().filter(after).filter(|l| l.kind == EntityKind::Government && l.role == GovRole::Destination && is_state(ctx, l.m.entity)).copied().collect())
        .iter()
        .map(|l| ctx.role(l.m.entity))
        .filter(|r| r.iri != home.iri)
        .collect();
    // "… for shipments to Chinese customers": buyers named by their nationality only.
    if targets.is_empty() {
        targets.extend(buyers_by_nationality(ctx, s, t.end, cb, &home.iri));
    }
    if targets.is_empty() {
        return Vec::new();
    }
    let objects: Vec<Option<Role>> = dedup(ctx, locals.iter().filter(after).filter(|l| matches!(l.kind, EntityKind::Chip | EntityKind::Product)).copied().collect()).iter().map(|l| Some(ctx.role(l.m.entity))).collect();
    let objects = if objects.is_empty() { vec![None] } else { objects };
    let kind = if t.family == Family::Permit { DecisionKind::ExportLicense } else { DecisionKind::ExportRestriction };
    let date = dates::find_date(text, ctx.doc.date);
    let evidence = ctx.evidence(s);
    // "The Commerce Department began issuing licences for Nvidia … AMD has also been granted
    // licences": a body of the home state that decided just before is the one named.
    let agent = discourse.filter(|r| ctx.lexicon.is_part_of(&r.iri, &home.iri)).cloned().unwrap_or_else(|| Role::from(home));
    let mut out = Vec::new();
    for object in &objects {
        for target in &targets {
            out.push(Decision {
                agent: Some(agent.clone()),
                kind,
                subject: Some(vendor_role.clone()),
                object: object.clone(),
                target: Some(target.clone()),
                date: date.as_ref().and_then(|d| d.value),
                date_text: date.as_ref().map(|d| d.text.clone()),
                modality,
                amount: None,
                trigger: t.text.clone(),
                confidence: 0.5,
                evidence: evidence.clone(),
            });
        }
    }
    out
}

/// The first mention in the sentence of a role's entity.
fn mention_of<'l, 'a>(ctx: &Context, locals: &'l [Local<'a>], r: &Role) -> Option<&'l Local<'a>> {
    locals.iter().find(|l| ctx.mentions.entities[l.m.entity].iri == r.iri)
}

/// Each firm's own amount, named right after it ("awarded Samsung $6.4 billion, TSMC $6.6
/// billion …"), replaces the sentence's list of amounts, when every record has one and they
/// are not all the same.
fn hand_out_amounts(ctx: &Context, text: &str, locals: &[Local], out: &mut [Decision]) {
    let own = |r: &Option<Role>| -> Option<String> {
        let r = r.as_ref()?;
        let l = mention_of(ctx, locals, r)?;
        let after = &text[l.end..];
        let m = MONEY.find(ctx.fold(after))?;
        after[..m.start()].trim().is_empty().then(|| after[m.range()].trim().to_string())
    };
    let amounts: Vec<Option<String>> = out.iter().map(|d| own(&d.subject).or_else(|| own(&d.target))).collect();
    if amounts.iter().all(Option::is_some) && amounts.iter().any(|a| a != &amounts[0]) {
        for (d, a) in out.iter_mut().zip(amounts) {
            d.amount = a;
        }
    }
}

/// "respectively": the records of one decision that differ in one role get the sentence's
/// listed dates in the order their role fillers are named. Nothing changes unless there are
/// as many dates as records, the roles are named in distinct places, and one agent and kind
/// decided them all.
fn hand_out_dates(ctx: &Context, text: &str, locals: &[Local], out: &mut [Decision]) {
    let dates = dates::find_date_list(text, ctx.doc.date);
    if dates.len() != out.len() || out.iter().any(|d| d.kind != out[0].kind || d.agent != out[0].agent) {
        return;
    }
    let slot = |d: &Decision, k: usize| match k {
        0 => d.subject.clone(),
        1 => d.object.clone(),
        _ => d.target.clone(),
    };
    let varying: Vec<usize> = (0..3).filter(|&k| out.iter().any(|d| slot(d, k) != slot(&out[0], k))).collect();
    let [k] = varying[..] else { return };
    let mut order: Vec<(usize, usize)> = Vec::new();
    for (i, d) in out.iter().enumerate() {
        let Some(r) = slot(d, k) else { return };
        let Some(at) = mention_of(ctx, locals, &r).map(|l| l.start) else { return };
        order.push((at, i));
    }
    order.sort_unstable();
    if order.windows(2).any(|w| w[0].0 == w[1].0) {
        return;
    }
    for ((_, i), date) in order.into_iter().zip(dates) {
        out[i].date = date.value;
        out[i].date_text = Some(date.text);
    }
}

/// "Intel's NAND business", "its memory-chip unit": a chip or product name that qualifies a
/// business sold or bought names no chip of the decision.
fn names_a_business(text: &str, l: &Local) -> bool {
    matches!(l.kind, EntityKind::Chip | EntityKind::Product) && BUSINESS_NOUN.is_match(&text[l.end..])
}

/// `a` tells the same decision as `b` (kind, agent) with fewer roles: each of its roles is
/// empty or equal to `b`'s, and at least one differs.
fn less_complete(a: &Decision, b: &Decision) -> bool {
    a.agent == b.agent && fewer_roles(a, b)
}

/// [`less_complete`] whatever the agents.
fn fewer_roles(a: &Decision, b: &Decision) -> bool {
    let within = |x: &Option<Role>, y: &Option<Role>| x.is_none() || x == y;
    a.kind == b.kind
        && within(&a.subject, &b.subject)
        && within(&a.object, &b.object)
        && within(&a.target, &b.target)
        && (a.subject != b.subject || a.object != b.object || a.target != b.target)
}

/// Money, shares and quantities a decision's words carry ("$7.86 billion", "a 25% cut",
/// "more than 400,000 Nvidia H200 chips"), joined with "; ".
fn amounts(text: &str, folded: Folded) -> Option<String> {
    // Every amount has a digit, a currency sign or a number word.
    let numeric = text.bytes().any(|b| b.is_ascii_digit() || b == b'$') || text.contains('€');
    if !numeric && !["several", "hundreds", "tens of", "million"].iter().any(|w| text.contains(w)) {
        return None;
    }
    let mut found: Vec<(usize, String)> = MONEY.find_iter(folded).map(|m| (m.start(), text[m.range()].trim().to_string())).collect();
    for m in QUANTITY.find_iter(folded) {
        // A quantity overlapping a sum is the sum read again ("up to 6.1 billion dollars
        // in CHIPS Act funding" is no count of chips).
        if !found.iter().any(|(s, f)| m.start() < s + f.len() && *s < m.end()) {
            found.push((m.start(), text[m.range()].trim().to_string()));
        }
    }
    found.sort();
    found.dedup_by(|a, b| a.1 == b.1);
    (!found.is_empty()).then(|| found.into_iter().map(|(_, f)| f).collect::<Vec<_>>().join("; "))
}

/// The role a government mention plays around a trigger.
fn gov_role(text: &str, folded: Folded, locals: &[Local], l: &Local) -> GovRole {
    // ("SEC"): an abbreviation repeating the name before it plays no role of its own.
    if tail(&text[..l.start], 8).trim_end_matches(['"', '“', '\'', ' ']).ends_with('(') {
        return GovRole::Modifier;
    }
    // "with the US Securities and Exchange Commission": look past a qualifying state name
    // to the preposition.
    let qualifier = locals
        .iter()
        .filter(|o| o.kind == EntityKind::Government && o.end <= l.start && l.start - o.end <= 4 && o.start < l.start && !text[o.end..l.start].contains([',', ';']))
        .max_by_key(|o| o.end);
    let before_end = qualifier.map_or(l.start, |q| q.start);
    let before = tail(&text[..before_end], 80);
    let folded_before = folded.slice(0, before_end).tail(80);
    let after = head(&text[l.end..], 80);
    // "China's Ministry of Commerce": the state qualifies the body that follows.
    if l.m.possessive && locals.iter().any(|o| matches!(o.kind, EntityKind::Government | EntityKind::Company) && o.start > l.end && o.start - l.end <= 4) {
        return GovRole::Modifier;
    }
    if before.trim_end().ends_with(" by") || before.trim_end().ends_with(" by the") || before.trim_end().ends_with(" by:") {
        return GovRole::Agent;
    }
    // A table's "Country: China" cell places a listed party; it decides nothing.
    if ["country:", "nationality:", "location:", "headquarters:", "based in:"].iter().any(|h| folded_before.as_str().trim_end().ends_with(h)) {
        return GovRole::Modifier;
    }
    let after_poss = after.trim_start_matches("'s").trim_start_matches("’s");
    // "U.S.-China", "U.S.-origin", "China-bound": half of a compound.
    let compound = after.starts_with('-') && after[1..].starts_with(|c: char| c.is_alphabetic());
    // "aligned with U.S. curbs on China": the state that qualifies a decision noun made it,
    // whatever the preposition before.
    if DECISION_NOUN_AFTER.is_match(folded.slice(l.end + (after.len() - after_poss.len()), folded.len()).head(40)) {
        return GovRole::Agent;
    }
    if MODIFIED_NOUN.is_match(after_poss) && !l.m.possessive || compound {
        return GovRole::Modifier;
    }
    // "SMIC, China's largest contract chipmaker": a state's possessive that describes a firm.
    if l.m.possessive && FIRM_DESCRIBED.is_match(folded.slice(l.end, folded.len()).head(60)) {
        return GovRole::Modifier;
    }
    if before.contains(" in ") && REGULATORS_IN.is_match(folded_before) {
        return GovRole::Agent;
    }
    if before.contains(" in ") && MADE_IN.is_match(folded_before) && !IMPORT_WORDS.is_match(folded) {
        return GovRole::Modifier;
    }
    if before.contains("from") && TRANSIT_FROM.is_match(folded_before) {
        return GovRole::Modifier;
    }
    // "…, and Beijing retaliated with …": a body joined by "and" that a verb follows is the
    // subject of a clause of its own, not one more destination of a list.
    // "called on the Treasury Department to …": the body urged is asked to act.
    if URGED.is_match(folded_before) {
        return GovRole::Agent;
    }
    if cut_off(folded_before, after) {
        return GovRole::Destination;
    }
    let joined = before.trim_end().trim_end_matches("the").trim_end();
    let opens_clause = (joined.ends_with(" and") || joined.ends_with(" or")) && SUBJECT_OF.is_match(after);
    // "closer to Washington's campaign": a state's policy is no place goods go to.
    let policy = l.m.possessive && ["to", "towards", "toward", "with"].iter().any(|p| joined.strip_suffix(p).is_some_and(|b| b.is_empty() || b.ends_with(' '))) && POLICY_NOUN.is_match(folded.slice(l.end, folded.len()).head(40));
    if (DESTINATION_PREP.is_match(folded_before) && !joined.ends_with("due to") && !opens_clause && !policy) || (before.contains("from") && FROM_ORIGIN.is_match(folded_before)) {
        return GovRole::Destination;
    }
    GovRole::Agent
}

/// "Nexperia, a unit of China's Wingtech": the parent in an apposition takes no role.
fn is_parent_apposition(folded: Folded, l: &Local) -> bool {
    let whole = folded.slice(0, l.start).tail(80);
    let before = whole.as_str().trim_end();
    if !(before.contains("of") || before.contains("by") || before.contains("parent")) {
        return false;
    }
    let before = before.strip_suffix("'s").or(before.strip_suffix("’s")).map(|b| b.rsplit_once(' ').map_or("", |x| x.0)).unwrap_or(before);
    PARENT_OF.is_match(whole.within(before))
}

/// The last `n` bytes of `s` (on a character boundary): the end-anchored context rules
/// only look at the last words before a mention.
pub(crate) fn tail(s: &str, n: usize) -> &str {
    let mut i = s.len().saturating_sub(n);
    while !s.is_char_boundary(i) {
        i += 1;
    }
    &s[i..]
}

/// The first `n` bytes of `s` (on a character boundary).
pub(crate) fn head(s: &str, n: usize) -> &str {
    let mut i = n.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum GovRole {
    Agent,
    Destination,
    Modifier,
}

fn dedup<'a>(_ctx: &Context, v: Vec<Local<'a>>) -> Vec<Local<'a>> {
    let mut seen = HashSet::new();
    v.into_iter().filter(|l| seen.insert(l.m.entity)).collect()
}

/// The decision kind of a trigger, from its family and the words of its clause.
fn refine(family: Family, clause: Folded, stretch: Folded, sentence: Folded, objects: &[Local], companies: &[Local], dest_states: &[Local]) -> Option<DecisionKind> {
    // "cleared the purchase last month": a purchase referred back to with no goods named is
    // a deal told before.
    let merger = objects.is_empty() && (MERGER_WORDS.is_match(clause) || bare_purchase(clause));
    Some(match family {
        Family::Permit => {
            let deal = merger || (objects.is_empty() && companies.len() >= 2 && BUY_COMPANY.is_match(clause));
            // A deal's price is no subsidy ("granted conditional approval to AMD's $35 billion
            // purchase of Xilinx").
            if !deal && SUBSIDY_CONTEXT.is_match(clause) && SUBSIDY_NOUN.is_match(clause) && !EXPORT_WORDS.is_match(clause) {
                DecisionKind::Subsidy
            } else if deal {
                DecisionKind::Approval
            } else if objects.is_empty() && companies.is_empty() && dest_states.is_empty() {
                return None;
            } else if EXPORT_WORDS.is_match(clause) && (!dest_states.is_empty() || companies.iter().any(|c| c.sold_to) || !PURCHASE_WORDS.is_match(clause)) {
                // A firm sold to ("sell chips to Huawei for use in laptops") makes it an
                // export whatever the goods are for.
                DecisionKind::ExportLicense
            } else if PURCHASE_WORDS.is_match(clause) {
                DecisionKind::PurchaseAuthorization
            } else if !dest_states.is_empty() {
                DecisionKind::ExportLicense
            } else if !objects.is_empty() && companies.len() > 1 {
                DecisionKind::PurchaseAuthorization
            } else {
                // Decided by the agent's state against the vendor's in the caller.
                DecisionKind::Approval
            }
        }
        Family::Restrict | Family::Sanction => {
            if REMOVAL.is_match(clause) && LIST_WORDS.is_match(clause) {
                DecisionKind::Other
            } else if SANCTION_WORDS.is_match(stretch) || (objects.is_empty() && !companies.is_empty() && (family == Family::Sanction || stretch.contains("control list"))) {
                // Firms put on a control list (or on "the list" named before) are listed;
                // goods put on it are controlled.
                DecisionKind::Sanction
            } else if merger {
                // Blocking a deal: a veto or a suit, not a trade measure.
                DecisionKind::Other
            } else if clause.contains("tariff") {
                DecisionKind::Tariff
            } else if EXPORT_WORDS.is_match(clause) {
                // Exports to named firms (not to a chip's vendor) curbed: a listing of firms.
                if objects.is_empty() && !companies.is_empty() && EXPORTS_TO.is_match(clause) && (dest_states.is_empty() || companies.iter().any(|c| c.sold_to)) {
                    DecisionKind::Sanction
                } else {
                    DecisionKind::ExportRestriction
                }
            } else if objects.is_empty() && companies.is_empty() && dest_states.is_empty() {
                // "ordered carriers to stop buying foreign chips": goods named by origin.
                if FOREIGN_GOODS.is_match(stretch) {
                    DecisionKind::Ban
                } else {
                    return None;
                }
            } else {
                DecisionKind::Ban
            }
        }
        Family::Investigate => {
            // "an anti-dumping investigation into legacy chips imported from the United
            // States": goods and their origin, no firm named.
            let state_inquired = !dest_states.is_empty() && clause.contains(" into ");
            if companies.is_empty() && objects.is_empty() && !MERGER_WORDS.is_match(clause) && !TRADE_REMEDY.is_match(clause) && !state_inquired {
                return None;
            }
            // "a stricter review of end-use for graphite shipped to the U.S."
            if END_USE.is_match(clause) && EXPORT_WORDS.is_match(sentence) {
                return Some(DecisionKind::ExportRestriction);
            }
            // "graphite exports would face stricter reviews": goods reviewed on their way
            // out, no firm inquired into, is an export control.
            if companies.is_empty() && !TRADE_REMEDY.is_match(clause) && EXPORT_WORDS.is_match(clause) {
                return Some(DecisionKind::ExportRestriction);
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

/// The state of the first buyers named by nationality ("to Chinese customers", "to the
/// Indian firms") in `from..to` of the sentence, other than `agent_state`.
fn buyers_by_nationality(ctx: &Context, s: &Sentence, from: usize, to: usize, agent_state: &str) -> Option<Role> {
    by_nationality(ctx, s, (from, to), agent_state, &[" to"], &BUYER_NOUN)
}

/// The state of the first goods named by their origin only ("tariffs on Chinese goods",
/// "on all Japanese imports") in `from..to` of the sentence, other than `agent_state`.
fn goods_by_nationality(ctx: &Context, s: &Sentence, from: usize, to: usize, agent_state: &str) -> Option<Role> {
    by_nationality(ctx, s, (from, to), agent_state, &[" on", " imports of", " shipments of", " into"], &GOODS_NOUN)
}

/// A demonym in `span` of the sentence, after `prep` (and "the", "all"), before a noun of
/// `noun`: its state, unless it is `agent_state`.
///
/// A state's name used the same way ("tariffs on U.S. chips") counts as its demonym.
fn by_nationality(ctx: &Context, s: &Sentence, span: (usize, usize), agent_state: &str, preps: &[&str], noun: &Regex) -> Option<Role> {
    let (from, to) = (s.start + span.0, s.start + span.1);
    let named = ctx.mentions.within(from, to).iter().filter(|m| !m.possessive && is_state(ctx, m.entity)).map(|m| (m.start, m.end, ctx.role(m.entity)));
    let demonyms = ctx.mentions.nationalities.iter().filter(|&&(a, b, _)| a >= from && b <= to).map(|&(a, b, st)| (a, b, Role::from(&ctx.lexicon.entries[st])));
    let mut found: Vec<(usize, usize, Role)> = demonyms.chain(named).collect();
    found.sort_by_key(|f| f.0);
    found.into_iter().find_map(|(a, b, role)| {
        let before = ctx.text[..a].strip_suffix(' ')?;
        let before = before.strip_suffix(" the").or_else(|| before.strip_suffix(" all")).unwrap_or(before);
        (preps.iter().any(|p| before.ends_with(p)) && role.iri != agent_state && noun.is_match(&ctx.text[b..s.end])).then_some(role)
    })
}

/// Splits the companies of a clause into subjects (vendors) and targets (buyers, listed
/// firms) by decision kind.
fn assign_companies(ctx: &Context, kind: DecisionKind, companies: &[Local], vendors: &HashSet<&str>, removal: bool) -> (Vec<Option<Role>>, Vec<Role>) {
    let roles: Vec<Role> = companies.iter().map(|l| ctx.role(l.m.entity)).collect();
    let (vendor_list, others): (Vec<Role>, Vec<Role>) = roles.iter().cloned().partition(|r| vendors.contains(r.iri.as_str()));
    let or_none = |v: Vec<Role>| if v.is_empty() { vec![None] } else { v.into_iter().map(Some).collect() };
    // The firms sold (or made) to are targets; the others, subjects.
    let split_sold_to = || {
        let (to, rest): (Vec<&Local>, Vec<&Local>) = companies.iter().partition(|l| l.sold_to);
        let rest: Vec<Role> = rest.iter().map(|l| ctx.role(l.m.entity)).collect();
        (or_none(rest), to.iter().map(|l| ctx.role(l.m.entity)).collect())
    };
    match kind {
        // Buyers are targets; so are the firms a ban on buying addresses.
        DecisionKind::PurchaseAuthorization => (or_none(vendor_list), others),
        DecisionKind::Ban if !vendors.is_empty() => (or_none(vendor_list), others),
        DecisionKind::Sanction => (vec![None], roles),
        DecisionKind::Other if removal => (vec![None], roles),
        // "licences to sell chips to Huawei": the firm sold to is the target; so is the firm
        // a vendor is barred from making chips for ("barred TSMC from making chips for
        // Sophgo"), when the vendor is named too.
        DecisionKind::ExportLicense | DecisionKind::ExportRestriction => split_sold_to(),
        // "investigating Applied Materials over shipments to SMIC": the firm inquired into
        // is the vendor, the firm it shipped to the target.
        DecisionKind::Ban | DecisionKind::Investigation if companies.iter().any(|l| l.sold_to) && companies.iter().any(|l| !l.sold_to) => split_sold_to(),
        _ => (or_none(roles), Vec::new()),
    }
}

struct DealMatch<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

/// The last acquisition told in `from..to` of the text: (buyer, bought).
pub(crate) fn deal_in(ctx: &Context, from: usize, to: usize) -> Option<(usize, usize)> {
    deals_in(ctx, from, to).pop()
}

/// The acquisitions told in `from..to`, in text order: (buyer, bought). Nouns ("Nvidia's
/// $40 billion takeover of Arm") and verbs ("when it acquired Mellanox", "agreed to buy").
/// Not the phrases that only name a deal's parties ("the deal between …").
pub(crate) fn deals_in(ctx: &Context, from: usize, to: usize) -> Vec<(usize, usize)> {
    kept_deals(&deals_at(ctx, from, to), false)
}

/// The parties of the last deal named in `from..to`, by any phrase: (buyer, bought).
fn deal_parties_in(ctx: &Context, from: usize, to: usize) -> Option<(usize, usize)> {
    kept_deals(&deals_at(ctx, from, to), true).pop()
}

/// "the purchase" not followed by "of" (nor "orders"): a deal referred back to, not goods
/// bought.
fn bare_purchase(clause: Folded) -> bool {
    DEAL_ANAPHORA.find_iter(clause).any(|m| {
        let next = clause.as_str()[m.end()..].trim_start_matches([' ', ',']);
        m.as_str().ends_with("purchase") && !next.starts_with("of ") && !next.starts_with("order") && !next.starts_with("agreement")
    })
}

/// The (buyer, bought) of the phrases not superseded by another, in text order; with
/// `parties`, the phrases that only name a deal's parties too.
fn kept_deals(found: &[DealAt], parties: bool) -> Vec<(usize, usize)> {
    found.iter().filter(|d| (parties || !d.parties_only) && !superseded(d, found)).map(|d| (d.buyer, d.bought)).collect()
}

/// The acquisitions told before `pos` (their words end by it), in text order: (buyer,
/// bought). Read from the whole document's deals, found once: asking each sentence's
/// question of the text before it would make a long document quadratic.
fn deals_before(ctx: &Context, pos: usize) -> Vec<(usize, usize)> {
    let all = ctx.deals.get_or_init(|| deals_at(ctx, 0, ctx.text.len()));
    let before: Vec<DealAt> = all.iter().copied().filter(|d| d.end <= pos).collect();
    kept_deals(&before, true)
}

/// An acquisition phrase: where its words lie, its buyer and the firm bought (entities).
#[derive(Clone, Copy, Debug)]
pub(crate) struct DealAt {
    start: usize,
    end: usize,
    buyer: usize,
    bought: usize,
    /// "the deal between X and Y", "the sale of X's plant to Y": names the parties of a
    /// deal under review or blocked; tells no deal done.
    parties_only: bool,
    /// Found by "the takeover of X by Y": yields to any other phrase naming X bought
    /// (and to an earlier one of its own kind).
    by_phrase: bool,
}

fn superseded(d: &DealAt, all: &[DealAt]) -> bool {
    d.by_phrase && all.iter().any(|o| o.bought == d.bought && (!o.by_phrase || o.start < d.start))
}

/// Every acquisition phrase in `from..to`, in text order.
fn deals_at(ctx: &Context, from: usize, to: usize) -> Vec<DealAt> {
    // Every deal phrase has one of these words: most sentences are passed over here.
    if ctx.text.get(from..to.min(ctx.text.len())).is_none() || !DEAL_CUES.may_occur(ctx.folded.slice(from, to.min(ctx.text.len()))) {
        return Vec::new();
    }
    let to = to.min(ctx.text.len());
    let mut found: Vec<DealAt> = Vec::new();
    // The companies near a phrase, by binary search: a long document has thousands.
    let companies = |a: usize, b: usize| ctx.mentions.within(a.max(from.saturating_sub(300)), b.min(to + 60).min(ctx.text.len())).iter().filter(|m| ctx.mentions.entities[m.entity].kind == EntityKind::Company);
    for v in DEAL_VERB.find_iter(ctx.folded.slice(from, to)) {
        let (start, end) = (v.start() + from, v.end() + from);
        let Some(bought) = companies(end, end + 240).find(|c| c.start >= end && c.start - end <= 40) else { continue };
        // "bought 485,000 Hopper chips from Nvidia": goods bought from a firm, not the firm.
        if ctx.text[end..bought.start].contains(" from ") || ctx.mentions.within(end, bought.start).iter().any(|m| matches!(ctx.mentions.entities[m.entity].kind, EntityKind::Chip | EntityKind::Product)) {
            continue;
        }
        // "from buying Nvidia's H20", "from buying Micron chips": the firm's goods.
        if bought.possessive || GOODS_AFTER.is_match(ctx.folded.slice(bought.end, ctx.text.len()).head(40).as_str()) || ctx.mentions.within(bought.end, (bought.end + 3).min(ctx.text.len())).iter().any(|m| matches!(ctx.mentions.entities[m.entity].kind, EntityKind::Chip | EntityKind::Product)) {
            continue;
        }
        let buyer = companies(start.saturating_sub(280), start + 1).rev().find(|c| c.end <= start).filter(|c| start - c.end <= 80);
        // "Newport Wafer Fab, which had been bought by Nexperia": the passive turns the
        // parties round.
        let passive = matches!(ctx.text[end..bought.start].trim(), "by" | "by the");
        if let Some(b) = buyer.filter(|b| b.entity != bought.entity) {
            let (buyer, bought) = if passive { (bought.entity, b.entity) } else { (b.entity, bought.entity) };
            found.push(DealAt { start, end, buyer, bought, by_phrase: passive, parties_only: false });
        }
    }
    for m in DEAL.find_iter(ctx.folded.slice(from, to)) {
        let m = DealMatch { start: m.start() + from, end: m.end() + from, text: &ctx.text[m.start() + from..m.end() + from] };
        let Some(bought) = companies(m.end, m.end + 240).find(|c| c.start >= m.end && c.start - m.end <= 40) else { continue };
        let buyer = if m.text.starts_with(['\'', '’']) {
            companies(m.start.saturating_sub(200), m.start + 1).find(|c| c.end == m.start)
        } else {
            companies(0, m.start + 1).rev().find(|c| c.end <= m.start)
        };
        if let Some(b) = buyer {
            if b.entity != bought.entity {
                found.push(DealAt { start: m.start, end: m.end, buyer: b.entity, bought: bought.entity, by_phrase: false, parties_only: false });
            }
        }
    }
    // "the takeover of LPE by Shenzhen Investment": the buyer after "by".
    for m in DEAL_OF.find_iter(ctx.folded.slice(from, to)) {
        let end = m.end() + from;
        let Some(bought) = companies(end, end + 240).find(|c| c.start >= end && c.start - end <= 40) else { continue };
        let Some(buyer) = companies(bought.end, bought.end + 300).find(|c| c.start >= bought.end && matches!(ctx.text[bought.end..c.start].trim(), "by" | "by the")) else { continue };
        if buyer.entity != bought.entity {
            found.push(DealAt { start: m.start() + from, end, buyer: buyer.entity, bought: bought.entity, by_phrase: true, parties_only: false });
        }
    }
    // "the deal between Synopsys and Ansys": the first named buys the second.
    for m in DEAL_BETWEEN.find_iter(ctx.folded.slice(from, to)) {
        let end = m.end() + from;
        let mut after = companies(end, end + 400);
        let Some(buyer) = after.next().filter(|c| c.start - end <= 10) else { continue };
        let Some(bought) = after.next().filter(|c| matches!(ctx.text[buyer.end..c.start].trim(), "and" | "and the" | "with" | "with the")) else { continue };
        if buyer.entity != bought.entity {
            found.push(DealAt { start: m.start() + from, end, buyer: buyer.entity, bought: bought.entity, by_phrase: false, parties_only: true });
        }
    }
    // "the sale of Elmos Semiconductor's wafer plant to Sai Microelectronics": the firm sold
    // to buys.
    for m in SALE_OF.find_iter(ctx.folded.slice(from, to)) {
        let end = m.end() + from;
        let mut after = companies(end, end + 400);
        let Some(bought) = after.next().filter(|c| c.start - end <= 10) else { continue };
        let Some(buyer) = after.next().filter(|c| {
            let gap = ctx.text[bought.end..c.start].trim_end();
            c.start - bought.end <= 80
                && (((gap.ends_with(" to") || gap.ends_with(" to the")) && !gap.contains([',', ';'])) || SOLD_TO_NAMED.is_match(ctx.folded.slice(bought.end, c.start)))
        }) else {
            continue;
        };
        if buyer.entity != bought.entity {
            found.push(DealAt { start: m.start() + from, end, buyer: buyer.entity, bought: bought.entity, by_phrase: false, parties_only: true });
        }
    }
    found.sort_by_key(|f| f.start);
    found
}

/// "the Mellanox acquisition": a company named before a deal noun is the one bought; its
/// buyer is the one a deal told earlier in the article names.
fn compound_deal(ctx: &Context, s: &Sentence, companies: &[Local]) -> Option<(usize, usize)> {
    let bought = companies.iter().find(|l| DEAL_NOUN_AFTER.is_match(ctx.folded.slice(s.start + l.end, s.end)))?;
    // "the Synopsys-Ansys merger": the first of a hyphened pair is the buyer.
    if let Some(buyer) = companies.iter().find(|c| c.end < bought.start && matches!(&ctx.text[s.start + c.end..s.start + bought.start], "-" | "–" | "/")) {
        return Some((buyer.m.entity, bought.m.entity));
    }
    // "Synopsys' $35 billion Ansys deal": the possessive before it is the buyer.
    if let Some(buyer) = companies.iter().filter(|c| c.m.possessive && c.end <= bought.start && c.m.entity != bought.m.entity).max_by_key(|c| c.end) {
        if POSSESSIVE_GAP.is_match(ctx.folded.slice(s.start + buyer.end, s.start + bought.start)) {
            return Some((buyer.m.entity, bought.m.entity));
        }
    }
    let bought = bought.m.entity;
    deals_before(ctx, s.start).into_iter().rev().find(|(_, t)| *t == bought)
}


/// Where the words that negate or undo a trigger may start: 40 bytes before it, within its
/// clause.
fn near_start(sentence: &str, clause_start: usize, trigger: usize) -> usize {
    let mut from = trigger.saturating_sub(40).max(clause_start);
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// "ahead of expected restrictions", "looming U.S. curbs", "risks violating U.S. rules": a
/// decision only awaited, feared or risked, told by a word at most two words before its
/// trigger; "would have capped": one that did not happen.
fn hedged_right_before(before: &str) -> bool {
    const AWAITED: [&str; 5] = ["expected", "anticipated", "looming", "impending", "feared"];
    const RISKED: [&str; 4] = ["risk", "risks", "risked", "risking"];
    let mut words = before.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    // "a rule that would have capped exports": what did not happen (a counterfactual).
    let counterfactual = || {
        let mut w = before.split_whitespace().rev().skip_while(|w| w.eq_ignore_ascii_case("been") || w.eq_ignore_ascii_case("also"));
        w.next().is_some_and(|h| h.eq_ignore_ascii_case("have")) && w.next().is_some_and(|m| ["would", "could", "might", "should"].iter().any(|x| x.eq_ignore_ascii_case(m)))
            || before.trim_end().to_ascii_lowercase().ends_with("would've")
    };
    let second = words.next().unwrap_or("");
    // "how it would respond to any chip tariffs": "any" names no decision taken.
    let any = last.eq_ignore_ascii_case("any") || (second.eq_ignore_ascii_case("any") && last.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
    RISKED.iter().chain(&AWAITED).any(|a| a.eq_ignore_ascii_case(last)) || [second].into_iter().chain(words.take(1)).any(|w| AWAITED.iter().any(|a| a.eq_ignore_ascii_case(w))) || any || counterfactual()
}

fn modality(sentence: &str, folded: Folded, clause_start: usize, t: &Trigger, reported: bool) -> Modality {
    let before = &sentence[clause_start..t.start];
    let folded_before = folded.slice(clause_start, t.start);
    let near = folded.slice(near_start(sentence, clause_start, t.start), t.start);
    // Undoing a restriction, or a seizure or veto ("reversed its decision to take control of
    // Nexperia"), negates it.
    let restrictive = matches!(t.family, Family::Restrict | Family::Sanction | Family::Other);
    let undo = if restrictive { UNDO.find(near) } else { None };
    match undo {
        // "will not lift its ban": an undoing denied leaves the restriction standing.
        Some(u) if NEGATION.is_match(near.slice(0, u.start())) => {}
        Some(_) => return Modality::Negated,
        None if NEGATION.is_match(near) => return Modality::Negated,
        None => {}
    }
    // "Reports that China had banned the H20 were denied", "dismissed reports that …": a
    // decision told only by reports its agent denies.
    if DENIED_REPORT.is_match(folded) {
        return Modality::Negated;
    }
    // "urged local companies to avoid …": a body urging firms gives guidance; urging another
    // body ("lawmakers urged the department to ban …") only calls for a decision.
    let speculative = SPECULATIVE.find_iter(folded_before).any(|m| !(m.as_str().starts_with("urg") && GUIDANCE.is_match(folded_before.slice(m.start(), folded_before.len()))));
    let accused = ACCUSED_OF.find(folded_before).is_some_and(|m| !m.as_str().contains(" and "));
    if SPECULATIVE_MODAL.is_match(before) || speculative || accused || hedged_right_before(before) {
        return Modality::Speculative;
    }
    if PLANNED.is_match(folded_before) {
        return Modality::Planned;
    }
    if reported {
        Modality::Reported
    } else {
        Modality::Asserted
    }
}
