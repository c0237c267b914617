//! Entity mentions: lexicon labels (one Aho-Corasick automaton), patterns for names the
//! lexicon does not know (corporate suffixes, chip model numbers, "Ministry of …", titled
//! people), descriptors ("Chinese regulators", "its commerce ministry") and coreference
//! ("the company", "the agency", "the chip").

use super::lexicon::Lexicon;
use super::near::{Keyword, NearKeyword};
use crate::model::{iri, EntityKind};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// How a mention was found; it sets the confidence of what is built on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Lexicon,
    Pattern,
    Descriptor,
    Coref,
}

impl Source {
    /// Confidence that the mention names the entity it is linked to.
    pub fn confidence(self) -> f32 {
        match self {
            Source::Lexicon => 0.95,
            Source::Descriptor => 0.85,
            Source::Pattern => 0.7,
            Source::Coref => 0.6,
        }
    }
}

/// Compiles the name patterns now rather than inside the first document read.
pub(crate) fn compile_patterns() {
    LazyLock::force(&COMPANY_SUFFIX);
    LazyLock::force(&FILING_AFTER);
    LazyLock::force(&FILING_WITH);
    LazyLock::force(&COMPANY_CUE);
    LazyLock::force(&COMPANY_APPOSITION);
    LazyLock::force(&MEMBERS_NAMED);
    LazyLock::force(&LISTED_NAME);
    LazyLock::force(&DEAL_TARGET);
    LazyLock::force(&DEAL_BUYER);
    LazyLock::force(&DEAL_BARRED);
    LazyLock::force(&CHIP);
    LazyLock::force(&CHIP_CUE);
    LazyLock::force(&GOV_PATTERN);
    LazyLock::force(&PERSON_TITLE);
    LazyLock::force(&PERSON_APPOSITION);
    LazyLock::force(&ADJECTIVAL_NOUN);
    LazyLock::force(&COREF);
    LazyLock::force(&ITS_GOODS);
    LazyLock::force(&DESCRIPTOR_OPENERS);
}

/// A span of the document that names an entity.
#[derive(Clone, Debug)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// Index into [`Mentions::entities`].
    pub entity: usize,
    pub source: Source,
    /// Followed by "'s" / "’s".
    pub possessive: bool,
}

/// An entity of one document.
#[derive(Clone, Debug)]
pub struct DocEntity {
    pub iri: String,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: BTreeSet<String>,
    pub part_of: Option<String>,
    /// Index of the lexicon entry, when the entity is known.
    pub lex: Option<usize>,
    pub confidence: f32,
}

/// Every mention of a document and the entities they name.
#[derive(Clone, Debug, Default)]
pub struct Mentions {
    pub entities: Vec<DocEntity>,
    pub mentions: Vec<Mention>,
    /// IRI → index in `entities`.
    by_iri: HashMap<String, usize>,
    /// Demonyms used as adjectives ("Chinese customers"): (start, end, lexicon entry of the
    /// state). Not mentions (the state is not named as an actor), but a destination rule
    /// reads them ("ship chips to Chinese customers" goes to China).
    pub nationalities: Vec<(usize, usize, usize)>,
    /// (start, end, index in `mentions`) of every mention pushed, and the longest one's
    /// length: the overlap and neighbour questions asked while recognising are range
    /// queries, not scans (a long document has thousands of mentions).
    spans: BTreeSet<(usize, usize, usize)>,
    longest: usize,
}

/// What a label names: a lexicon entry, or a body the lexicon lacks but whose state it
/// knows ("the Dutch trade ministry").
#[derive(Clone, Debug)]
enum Target {
    Entry(usize),
    Synthetic { name: String, part_of: String },
    /// "Chinese": names its state only as part of a descriptor ("Chinese regulators").
    Demonym(usize),
}

struct Label {
    target: Target,
    text: String,
    source: Source,
}

/// Finds entity mentions. Built once from a lexicon, shared by all threads.
pub struct Recognizer {
    automaton: AhoCorasick,
    /// Bytes a label can begin with, in either case.
    first_bytes: [bool; 256],
    /// The first words of the labels ([`first_word_key`]): a word start whose word is none of
    /// them begins no label, and the automaton is not asked.
    first_words: HashSet<u64>,
    labels: Vec<Label>,
    /// Lowercased label → lexicon entries, for looking descriptors up.
    by_label: HashMap<String, Vec<usize>>,
    /// Lowercased demonym or state name → state entry.
    states: HashMap<String, usize>,
    /// "its commerce ministry": a descriptor whose state comes from the context.
    ministry: Regex,
    /// What may follow a state's name to make a descriptor ("'s market regulator").
    descriptor: Regex,
    agency_of: HashMap<(usize, &'static str), usize>,
    ministry_of: HashMap<(usize, &'static str, &'static str), Target>,
    /// Each state's cabinet: the lexicon's ("Chinese cabinet" is the State Council), else a
    /// body of the state named by its demonym ("German cabinet").
    cabinet_of: HashMap<usize, Target>,
    /// States whose government is called an administration ("the Biden administration"):
    /// "the administration" is one of them when one is named.
    administrations: HashSet<String>,
}

/// "Hong Kong-based", "Cayman-registered": a place made an adjective, before a firm's name.
const PLACE_ADJECTIVE: &[&str] = &["-based", "-registered", "-headquartered", "-listed", "-owned", "-backed", "-controlled"];
const LEGAL_SUFFIXES: &[&str] = &[
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "limited", "llc",
    "plc", "ag", "se", "nv", "n.v.", "sa", "s.a.", "gmbh", "kk", "holdings", "holding",
];

static COMPANY_SUFFIX: LazyLock<NearKeyword> = LazyLock::new(|| {
    // A name of up to four words, then its suffix (the keyword).
    let suffix = r"(Inc\.?|Corp\.?|Corporation|Co\.,?(?-u:\s)+Ltd\.?|Co\.?|Ltd\.?|Limited|LLC|PLC|plc|AG|SE|N\.V\.|GmbH|Holdings?|Technologies|Technology|Semiconductors?|Microelectronics|Microsystems|Electronics|Systems|Industries|Labs|Fund|Capital|Partners|Ventures)(?-u:\b)\.?";
    NearKeyword::new(
        &format!(r"(?-u:\b)((?:[A-Z][A-Za-z0-9_&.\-]*(?-u:\s)+){{0,3}}[A-Z][A-Za-z0-9_&\-]*),?(?-u:\s)+{suffix}"),
        Keyword::Pattern(Regex::new(suffix).expect("suffix")),
        4,
        |c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'&' | b'.' | b'-'),
        |c| c.is_ascii_whitespace() || c == b',',
    )
});

/// A whole-document pattern with no literal to search for first, built from a head and a
/// closing part that every match contains (a corporate suffix, ", a … firm", ", … minister").
/// A document without the closing part has no match and skips the scan, the lazy DFA over
/// every byte: most documents have none.
struct Gated {
    re: Regex,
    gate: Regex,
}

impl Gated {
    fn new(head: &str, tail: &str) -> Gated {
        Gated { re: Regex::new(&format!("{head}{tail}")).expect("gated pattern"), gate: Regex::new(tail).expect("gate") }
    }

    fn captures_iter<'r, 't>(&'r self, text: &'t str) -> regex::CaptureMatches<'r, 't> {
        self.re.captures_iter(if self.gate.is_match(text) { text } else { &text[..0] })
    }
}

static COMPANY_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:chipmaker|chip maker|chip designer|chip firm|chip company|chip equipment maker|equipment maker|memory maker|memory chipmaker|foundry|startup|start-up|AI firm|AI company|tech firm|technology company|supplier)s?(?-u:\s)+((?:[A-Z][A-Za-z0-9_\-]*)(?:(?-u:\s)+[A-Z][A-Za-z0-9_\-]*){0,2})").unwrap()
});
static COMPANY_APPOSITION: LazyLock<Gated> = LazyLock::new(|| {
    Gated::new(
        r"(?-u:\b)([A-Z][A-Za-z0-9_&:\-]*(?:(?-u:\s)+[A-Z][A-Za-z0-9_&\-]*){0,2})",
        r",(?-u:\s)+(?:a|an)(?-u:\s)+(?:[A-Za-z0-9_-]+(?-u:\s)+){0,4}(?:firm|company|chipmaker|maker|designer|manufacturer|supplier|startup|foundry|developer|provider|group|conglomerate)(?-u:\b)",
    )
});
/// "14 foreign organisations, including TechInsights and Dedrone", "Those added include …":
/// a list of firms named after the plural noun that counts them (the names follow the
/// match).
static MEMBERS_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:companies|firms|entities|organi[sz]ations|businesses|chipmakers|suppliers|customers|manufacturers|developers|subsidiaries|affiliates),?(?-u:\s)+(?:including|such(?-u:\s)+as|among(?-u:\s)+them)(?-u:\s)+|(?-u:\b)(?:Those|These|They|The(?-u:\s)+(?:[a-z-]+(?-u:\s)+)?(?:companies|firms|entities|organi[sz]ations|businesses|additions))(?-u:\s)+(?:(?:added|listed|named|targeted)(?-u:\s)+)?(?:include|includes|included)(?-u:\s)+|(?-u:\b)Among(?-u:\s)+them(?-u:\s)+(?:are|were)(?-u:\s)+").unwrap()
});
/// Where the names of [`MEMBERS_NAMED`] lists begin. Every match holds "includ", "such" or
/// "mong", and starts less than 80 bytes before it unless one of its words or runs of spaces
/// is freakishly long (such a list is missed): the pattern is tried only around those words.
/// A scan of the whole text with its many literals cost 3 instructions per byte more.
fn members_named(text: &str) -> Vec<usize> {
    let mut starts: Vec<usize> = Vec::new();
    for key in ["includ", "such", "mong"] {
        for p in memchr::memmem::find_iter(text.as_bytes(), key) {
            // From a word start at most 80 bytes before the keyword to 30 bytes after it.
            let mut a = p.saturating_sub(80);
            while a > 0 && !(text.is_char_boundary(a) && text.as_bytes()[a - 1].is_ascii_whitespace()) {
                a -= 1;
            }
            let mut b = (p + key.len() + 30).min(text.len());
            while !text.is_char_boundary(b) {
                b += 1;
            }
            starts.extend(MEMBERS_NAMED.find_iter(&text[a..b]).filter(|m| a + m.start() <= p && p < a + m.end()).map(|m| a + m.end()));
        }
    }
    starts.sort_unstable();
    starts.dedup();
    starts
}

/// One capitalised name of up to three words at the start of the text.
static LISTED_NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[A-Z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*){0,2}").unwrap());
/// The firm bought: "acquisition of Xilinx", "purchase of Taiwan's Silicon Motion" (a
/// state's possessive before it: group 1), "bid for Qualcomm".
static DEAL_TARGET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:acquisition|purchase|takeover|buyout)(?-u:\s)+of|(?:bid|offer)(?-u:\s)+for|merger(?-u:\s)+with)(?-u:\s)+(?:([A-Z][A-Za-z.]*)['’]s(?-u:\s)+)?([A-Z][A-Za-z0-9_&:\-]*(?:(?-u:\s)+[A-Z][A-Za-z0-9_&\-]*){0,2})").unwrap()
});
/// The firm a buyer is barred from buying: "blocked Orion Holdings from acquiring Pulsic"
/// (not its goods: "from buying Micron chips", checked after).
static DEAL_BARRED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)from (?:buying|acquiring|purchasing|taking over)(?-u:\s)+([A-Z][A-Za-z0-9_&\-]*(?:(?-u:\s)+[A-Z][A-Za-z0-9_&\-]*){0,2})(?:[.,;:]|(?-u:\s)+(?:a|an|the|for|in|on|at|and|which|because|citing|over)(?-u:\b)|$)").unwrap()
});
/// The buyer, in the 80 bytes before a [`DEAL_TARGET`] phrase: "MaxLinear's $3.8 billion
/// (purchase of …)", "Broadcom's hostile (bid for …)". Tried only there: a scan of the whole
/// text for the possessive cost 10 instructions per byte.
static DEAL_BUYER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([A-Z][A-Za-z0-9_&\-]*(?:(?-u:\s)+[A-Z][A-Za-z0-9_&\-]*){0,2})['’]s(?-u:\s)+(?:(?:proposed|planned|pending|attempted|hostile|unsolicited)(?-u:\s)+)?(?:(?:roughly|about|around|nearly|some)(?-u:\s)+)?(?:\$[\d.,]+(?-u:\s)*(?:billion|million|bn|m)(?-u:\s)+)?$").unwrap()
});
static CHIP: LazyLock<NearKeyword> = LazyLock::new(|| {
    // A family name and a model number, or a model code: the digits are the keyword.
    NearKeyword::new(
        r"(?-u:\b)(?:(?:Ascend|Kunlun|Gaudi|Instinct|Kirin|MLU|Siyuan|RTX(?:(?-u:\s)+Pro)?|Radeon|Xeon|Snapdragon|Trainium|Inferentia|Maia|Dimensity|Exynos|Tensor|Hopper|Blackwell|Rubin)(?-u:\s)+[A-Z]{0,3}[0-9]{1,4}[A-Z]{0,2}|[A-Z]{1,3}[0-9]{2,4}[A-Z]{0,2})(?-u:\b)",
        Keyword::Digit,
        2,
        |c| c.is_ascii_alphabetic(),
        |c| c.is_ascii_whitespace(),
    )
});
static CHIP_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(chips?|gpus?|processors?|accelerators?|semiconductors?|silicon|graphics cards?|ai chips?)(?-u:\b)").unwrap()
});
static GOV_PATTERN: LazyLock<NearKeyword> = LazyLock::new(|| {
    // Up to three capitalised words, then the body's head noun (the keyword).
    NearKeyword::new(
        r"(?-u:\b)(?:(?:[A-Z][a-z]+|U\.S\.|US|EU|UK)(?-u:\s)+){0,3}(?:Ministry|Department|Bureau|Commission|Administration|Agency|Authority|Office)(?-u:\s)+(?:of|for)(?-u:\s)+(?:the(?-u:\s)+)?[A-Z][a-z]+(?:(?-u:\s)+(?:and(?-u:\s)+|of(?-u:\s)+|for(?-u:\s)+)?[A-Z][a-z]+){0,4}|(?-u:\b)(?:[A-Z][a-z]+(?-u:\s)+){1,3}(?:Ministry|Commission|Agency|Authority|Regulator|Administration|Bureau|Office)(?-u:\b)",
        Keyword::Pattern(Regex::new("Ministry|Department|Bureau|Commission|Administration|Agency|Authority|Office|Regulator").expect("body nouns")),
        3,
        |c| c.is_ascii_alphabetic() || c == b'.',
        |c| c.is_ascii_whitespace(),
    )
});
static PERSON_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:President|Vice President|Premier|Vice Premier|Prime Minister|Secretary|Minister|secretary|minister|Chairman|Chairwoman|Chair|CEO|Chief Executive|chief executive|Chief Executive Officer|chief executive officer|founder|spokesperson|spokesman|spokeswoman|Senator|Sen\.|Rep\.|Representative|Under Secretary|Undersecretary|Assistant Secretary|Commissioner|Governor|Director|Administrator|Ambassador|Trade Representative|Chancellor)(?-u:\s)+((?:[A-Z][a-z]+|[A-Z]\.)(?:[ \t\n\r\-](?:[A-Z][a-z]+|[A-Z]\.)){1,2})(?-u:\b)").unwrap()
});
static PERSON_APPOSITION: LazyLock<Gated> = LazyLock::new(|| {
    Gated::new(
        r"(?-u:\b)([A-Z][a-z]+(?:(?-u:\s)[A-Z]\.)?(?-u:\s)[A-Z][a-z]+)",
        r",(?-u:\s)+(?:the(?-u:\s)+|its(?-u:\s)+|a(?-u:\s)+)?(?:[A-Za-z0-9_.’']+(?-u:\s)+){0,3}(?:chief executive|CEO|minister|secretary|spokesperson|spokesman|spokeswoman|president|chairman|founder|director|commissioner)(?-u:\b)",
    )
});
/// Nouns after a body's name that make the name an adjective ("military applications").
static ADJECTIVAL_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t\n\r-]+(?:applications|uses?|end[- ]us(?:e|es|ers?)|purposes|capabilities|moderni[sz]ation|programs?|programmes?|ties|links|ambitions|-era|universit(?:y|ies)|academ(?:y|ies)|institutes?|schools?|colleges?|hospitals?|contractors?|suppliers?|customers?|users?|units?|facilit(?:y|ies)|laborator(?:y|ies)|labs?|research)(?-u:\b)").unwrap()
});
static COREF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)(?-u:\s)+(company|firm|chipmaker|chip maker|chip designer|group|manufacturer|[Aa]gency|regulator|[Mm]inistry|[Dd]epartment|[Cc]ommission|[Bb]ureau|watchdog|[Aa]dministration|[Cc]abinet|[Gg]overnment|chips?|processors?|GPUs?|accelerators?)(?-u:\b)").unwrap()
});
/// "its products", "its chips": goods of a firm named before.
static ITS_GOODS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)its(?-u:\s)+(?:products|chips|processors|memory|GPUs|accelerators|semiconductors)(?-u:\b)").unwrap());
/// "a filing with the U.S. Securities and Exchange Commission": the body a filing (the
/// document) is made with, named right before the mention with no clause break between.
static FILING_WITH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)filings?(?-u:\s)+(?:made(?-u:\s)+)?(?:with|to)(?-u:\s)+[^,;:]{0,60}$").unwrap());
/// "Nvidia's SEC filing", "Securities and Exchange Commission filings".
static FILING_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"^["”)]*(?-u:\s)+(?:regulatory(?-u:\s)+)?filings?(?-u:\b)"#).unwrap());

/// Whether `text[start..end]` mentions a body in passing, naming no actor of the news: the
/// body a filing is made with ("in a regulatory filing with the SEC", "Nvidia's SEC
/// filing"), a venue of disclosure and a source like a wire service; or the people of a
/// legislature ("US lawmakers called for …"), who debate and urge but are not the body.
pub(crate) fn passing_mention(text: &str, start: usize, end: usize) -> bool {
    let surface = &text[start..end];
    if ["lawmakers", "legislators"].iter().any(|w| surface.len() > w.len() && surface.as_bytes()[surface.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())) {
        return true;
    }
    let before = super::decisions::tail(&text[..start], 120);
    // Within the sentence: after the last full stop and space.
    let before = before.rfind(". ").map_or(before, |i| &before[i + 2..]);
    // Most mentions have no filing near them: a substring test spares the patterns.
    let after = super::decisions::head(&text[end..], 40);
    let near = |s: &str| s.contains("iling") || s.contains("ILING");
    (near(before) && FILING_WITH.is_match(before)) || (near(after) && FILING_AFTER.is_match(after))
}

/// Words that look like names at the start of a match but are not.
const STOP_START: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "For", "As", "Its", "His", "Her", "Their", "This", "That",
    "But", "And", "Of", "By", "With", "From", "To", "After", "Before", "Under", "While", "When",
    "Some", "Many", "Other", "Both", "Such", "Chinese", "American", "Dutch", "Japanese", "Korean",
    "Taiwanese", "European", "Global", "New", "Top", "Leading", "Major", "Several", "U.S.",
];
const NOT_CHIPS: &[&str] = &["G7", "G20", "F35", "F16", "CO2", "MH17", "COP26", "COP28", "A380", "B737", "S500"];

/// The leading run of ASCII letters and digits of `bytes`, lowercased, as a key: its first
/// eight bytes and its length capped at nine (a longer run shares the key of any run with the
/// same first eight bytes, which only lets more words through). `None` for an empty run.
fn first_word_key(bytes: &[u8]) -> Option<u64> {
    // Eight bytes at a time (this runs at every word start): per byte, the high bit of
    // `alnum` marks an ASCII letter or digit, found by adding to each byte what carries a
    // byte of the range into the high bit and no byte above it.
    let Some(word) = bytes.first_chunk::<8>() else { return first_word_key_bytewise(bytes) };
    let x = u64::from_le_bytes(*word);
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let ones = |b: u8| u64::from(b) * 0x0101_0101_0101_0101;
    // Within `lo..=hi`, for the low seven bits of each byte (no carry between bytes).
    let within = |v: u64, lo: u8, hi: u8| ((v & LOW7) + ones(0x80 - lo)) & !((v & LOW7) + ones(0x7f - hi)) & HIGH;
    let ascii = !x & HIGH;
    let upper = within(x, b'A', b'Z') & ascii;
    let lower = within(x, b'a', b'z') & ascii;
    let digit = within(x, b'0', b'9') & ascii;
    let alnum = upper | lower | digit;
    // The run: bytes before the first that is not a letter or digit.
    let len = ((!alnum & HIGH).trailing_zeros() / 8) as usize;
    if len == 0 {
        return None;
    }
    // Lowercase (0x20 onto each capital), keep the run, first byte highest.
    let folded = x | upper >> 2;
    let run = if len == 8 { folded } else { folded & ((1u64 << (8 * len)) - 1) };
    let key = run.swap_bytes() >> (8 * (8 - len));
    let len = if len == 8 && bytes.get(8).is_some_and(u8::is_ascii_alphanumeric) { 9 } else { len };
    Some(key ^ (len as u64) << 59)
}

/// [`first_word_key`] one byte at a time: for the last bytes of a text.
fn first_word_key_bytewise(bytes: &[u8]) -> Option<u64> {
    let (mut key, mut len) = (0u64, 0usize);
    for &b in bytes.iter().take(9) {
        if !b.is_ascii_alphanumeric() {
            break;
        }
        if len < 8 {
            key = key << 8 | u64::from(b.to_ascii_lowercase());
        }
        len += 1;
    }
    if len == 0 {
        return None;
    }
    // Eight bytes fill the key; the length tells "intel" from "\0\0\0intel".
    Some(key ^ (len.min(9) as u64) << 59)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl Recognizer {
    /// Builds the automaton over every label of the lexicon.
    pub fn new(lex: &Lexicon) -> Self {
        let mut labels: Vec<Label> = Vec::new();
        let mut seen: HashSet<String> = HashSet::default();
        let mut by_label: HashMap<String, Vec<usize>> = HashMap::default();
        let mut states = HashMap::default();
        let mut add = |labels: &mut Vec<Label>, t: &str, target: Target, source: Source| {
            let t = t.trim();
            if t.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                return;
            }
            for v in [t.to_string(), t.replace('\'', "’"), t.replace('’', "'")] {
                // The first owner of a surface form keeps it: lexicon labels before the
                // descriptors generated from them.
                if seen.insert(v.to_lowercase()) {
                    labels.push(Label { target: target.clone(), text: v, source });
                }
            }
        };
        for (i, e) in lex.entries.iter().enumerate() {
            if e.kind.is_none() {
                continue;
            }
            let mut names = vec![e.name.as_str()];
            for a in &e.alt_labels {
                names.push(a);
                if let Some(rest) = a.strip_prefix("the ").or(a.strip_prefix("The ")) {
                    names.push(rest);
                }
            }
            for n in names {
                add(&mut labels, n, Target::Entry(i), Source::Lexicon);
                by_label.entry(n.replace('’', "'").to_lowercase()).or_default().push(i);
            }
            if e.kind == Some(EntityKind::Government) && e.part_of.is_none() {
                states.insert(e.name.to_lowercase(), i);
                for d in &e.demonyms {
                    states.insert(d.to_lowercase(), i);
                }
                for a in &e.alt_labels {
                    states.entry(a.to_lowercase()).or_insert(i);
                }
            }
        }
        // Demonyms join the automaton; alone they name nothing, before a descriptor head
        // ("Chinese regulators") they name their state (see `descriptor_after`).
        let mut agency_of: HashMap<(usize, &'static str), usize> = HashMap::default();
        let mut ministry_of: HashMap<(usize, &'static str, &'static str), Target> = HashMap::default();
        let mut cabinet_of: HashMap<usize, Target> = HashMap::default();
        let administrations: HashSet<String> = lex
            .entries
            .iter()
            .filter(|e| e.kind == Some(EntityKind::Government) && e.part_of.is_none() && e.alt_labels.iter().any(|a| a.ends_with(" administration")))
            .map(|e| e.iri.clone())
            .collect();
        let mut state_ids: Vec<usize> = states.values().copied().collect();
        state_ids.sort_unstable();
        state_ids.dedup();
        for &st in &state_ids {
            let e = &lex.entries[st];
            for d in &e.demonyms {
                add(&mut labels, d, Target::Demonym(st), Source::Descriptor);
            }
            for (kw, keys) in AGENCY_KEYWORDS {
                let found = lex.entries.iter().position(|x| {
                    x.kind == Some(EntityKind::Government) && x.part_of.is_some() && keys.iter().any(|k| x.name.contains(k)) && lex.state_of(&x.iri) == e.iri
                });
                if let Some(x) = found {
                    agency_of.insert((st, kw), x);
                }
            }
            for topic in MINISTRY_TOPICS {
                for head in ["ministry", "department"] {
                    ministry_of.insert((st, topic, head), Self::ministry_target(lex, &by_label, st, topic, head));
                }
            }
            let state = &lex.entries[st];
            let demonym = state.demonyms.first().cloned().unwrap_or_else(|| state.name.clone());
            let body = state.demonyms.iter().chain([&state.name]).find_map(|d| by_label.get(&format!("{d} cabinet").to_lowercase())?.iter().copied().find(|&e| e != st && lex.state_of(&lex.entries[e].iri) == state.iri));
            cabinet_of.insert(st, body.map_or_else(|| Target::Synthetic { name: format!("{demonym} cabinet"), part_of: state.iri.clone() }, Target::Entry));
        }
        // A contiguous NFA: on this corpus as fast as the DFA (measured), half the start-up
        // time and far less memory.
        let mut first_bytes = [false; 256];
        for l in &labels {
            let b = l.text.as_bytes()[0];
            first_bytes[usize::from(b.to_ascii_lowercase())] = true;
            first_bytes[usize::from(b.to_ascii_uppercase())] = true;
        }
        let first_words: HashSet<u64> = labels.iter().filter_map(|l| first_word_key(l.text.as_bytes())).collect();
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(labels.iter().map(|l| l.text.as_str()))
            .expect("labels build an automaton");
        let topics = MINISTRY_TOPICS.join("|");
        let ministry = Regex::new(&format!(r"(?i)(?-u:\b)(its|the|the(?-u:\s)+(?:country|nation|island)['’]s)(?-u:\s)+({topics})(?-u:\s)+(ministry|department)(?-u:\b)")).expect("ministry regex");
        let keywords: Vec<&str> = AGENCY_KEYWORDS.iter().map(|(k, _)| *k).collect();
        let descriptor = Regex::new(&format!(
            r"(?i)^(?:['’]s)?(?-u:\s)+(?:({})|({})(?-u:\s)+(ministry|department|minister)|({})(?-u:\s)+({}))(?-u:\b)",
            DESCRIPTOR_HEADS.join("|"),
            MINISTRY_TOPICS.join("|"),
            keywords.join("|"),
            AGENCY_HEADS.join("|"),
        ))
        .expect("descriptor regex");
        Recognizer { automaton, first_bytes, first_words, labels, by_label, states, ministry, descriptor, agency_of, ministry_of, cabinet_of, administrations }
    }

    /// The descriptor that follows a state's name at `end`, if any: where it ends and what it
    /// names.
    fn descriptor_after(&self, text: &str, end: usize, state: usize) -> Option<(usize, Target)> {
        let rest = &text[end..];
        let mut cut = rest.len().min(64);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        // Most states are followed by no descriptor: the next word decides without the regex.
        let after = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("’s")).unwrap_or(rest);
        let word = after.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
        if word.len() == after.len() {
            return None;
        }
        let word = letter_run(word);
        if !DESCRIPTOR_OPENERS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
            return None;
        }
        let c = self.descriptor.captures(&rest[..cut])?;
        let whole = end + c.get(0)?.end();
        if let Some(head) = c.get(1) {
            // "the German cabinet", "Italy's cabinet": a body of its state, which decides as
            // the government of the day.
            if head.as_str().eq_ignore_ascii_case("cabinet") {
                return self.cabinet_of.get(&state).cloned().map(|t| (whole, t));
            }
            return Some((whole, Target::Entry(state)));
        }
        if let (Some(topic), Some(head)) = (c.get(2), c.get(3)) {
            let key = (state, *MINISTRY_TOPICS.iter().find(|t| t.eq_ignore_ascii_case(topic.as_str()))?, if head.as_str().eq_ignore_ascii_case("department") { "department" } else { "ministry" });
            return self.ministry_of.get(&key).cloned().map(|t| (whole, t));
        }
        let kw = c.get(4)?;
        let kw = AGENCY_KEYWORDS.iter().find(|(k, _)| k.eq_ignore_ascii_case(kw.as_str()))?.0;
        self.agency_of.get(&(state, kw)).map(|&e| (whole, Target::Entry(e)))
    }

    /// Whether `e` is a state's cabinet: the lexicon's ("State Council") or one named by its
    /// demonym ("German cabinet").
    fn is_cabinet(&self, lex: &Lexicon, e: &DocEntity) -> bool {
        self.cabinet_of.values().any(|t| match t {
            Target::Entry(i) => e.lex == Some(*i) || lex.entries[*i].iri == e.iri,
            Target::Synthetic { name, part_of } => e.name == *name && e.part_of.as_ref() == Some(part_of),
            Target::Demonym(_) => false,
        })
    }

    /// The body a "<state> <topic> ministry" names: the lexicon's, else a synthetic one.
    fn ministry_target(lex: &Lexicon, by_label: &HashMap<String, Vec<usize>>, state: usize, topic: &str, head: &str) -> Target {
        let st = &lex.entries[state];
        // An adjective names the ministry by its noun: "the economic ministry" is the
        // Ministry of Economic Affairs (or of the Economy), "the foreign ministry" the
        // Ministry of Foreign Affairs.
        let topics: &[&str] = match topic {
            "economic" => &["economic affairs", "economy", "economic"],
            "economy" => &["economy", "economic affairs"],
            "foreign" => &["foreign affairs", "foreign"],
            "defense" => &["defense", "defence"],
            "defence" => &["defence", "defense"],
            _ => std::slice::from_ref(&topic),
        };
        let head = title_case(head);
        // The other head after the one written: "the U.S. commerce ministry" is the Commerce
        // Department, "China's commerce department" the Ministry of Commerce.
        let other = if head == "Department" { "Ministry" } else { "Department" };
        let mut names = Vec::new();
        for head in [head.as_str(), other] {
            for topic in topics.iter().map(|t| title_case(t)) {
                names.push(format!("{head} of {topic}"));
                names.push(format!("{topic} {head}"));
                for d in st.demonyms.iter().chain([&st.name]) {
                    names.push(format!("{d} {head} of {topic}"));
                    names.push(format!("{d} {topic} {head}"));
                    names.push(format!("{d}'s {head} of {topic}"));
                }
            }
        }
        for n in &names {
            if let Some(&e) = by_label.get(&n.to_lowercase()).and_then(|c| c.iter().find(|&&e| lex.state_of(&lex.entries[e].iri) == st.iri)) {
                return Target::Entry(e);
            }
        }
        let demonym = st.demonyms.first().cloned().unwrap_or_else(|| st.name.clone());
        Target::Synthetic { name: format!("{demonym} {head} of {}", title_case(topics[0])), part_of: st.iri.clone() }
    }

    /// The longest label at each word start ("U.S.-China" has two), left to right: (start,
    /// end, label). A label that ends inside a word ("Intel" in "Intelsat") is passed over
    /// and the scan goes on at the next word start; a label that ends on a word boundary
    /// is taken whole and the scan goes on after it.
    ///
    /// Anchored searches at word starts only: a third faster than an unanchored scan over
    /// every byte (measured, 4.8 → 3.4 ns/byte), since labels never begin inside a word.
    fn label_hits<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let b = text.as_bytes();
        let mut p = 0;
        std::iter::from_fn(move || {
            while p < b.len() {
                let at = p;
                p += 1;
                // A word start: no letter, digit or underscore before (a hyphen may be).
                if !self.first_bytes[b[at] as usize] {
                    continue;
                }
                let within_word = at > 0
                    && match b[at - 1] {
                        b'-' => false,
                        prev if prev.is_ascii() => prev.is_ascii_alphanumeric() || prev == b'_',
                        _ => text[..at].chars().next_back().is_some_and(is_word_char),
                    };
                if within_word {
                    continue;
                }
                // A label matched here (case aside) begins with the same run of ASCII letters
                // and digits as the text: the label continues past its run with the byte the
                // text has there, or ends where a word must end. Most words begin no label.
                if first_word_key(&b[at..]).is_some_and(|k| !self.first_words.contains(&k)) {
                    continue;
                }
                let Some(hit) = self.automaton.find(aho_corasick::Input::new(text).span(at..b.len()).anchored(aho_corasick::Anchored::Yes)) else { continue };
                if !text[hit.end()..].chars().next().is_some_and(is_word_char) {
                    p = hit.end();
                }
                return Some((at, hit.end(), hit.pattern().as_usize()));
            }
            None
        })
    }

    /// Finds every mention in `text`.
    pub fn recognize(&self, lex: &Lexicon, text: &str, sentences: &[super::sentences::Sentence]) -> Mentions {
        let mut m = Mentions::default();
        let boundary_ok = |s: usize, e: usize| {
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            before.is_none_or(|c| !is_word_char(c) || c == '-') && after.is_none_or(|c| !is_word_char(c))
        };
        // 1. Lexicon labels and the descriptors generated from them.
        for (s, e, label) in self.label_hits(text) {
            if !boundary_ok(s, e) {
                continue;
            }
            let label = &self.labels[label];
            let surface = &text[s..e];
            if !case_compatible(&label.text, surface) {
                continue;
            }
            // A state's name or demonym followed by a descriptor head names the state or
            // one of its bodies: "Chinese regulators", "China's market regulator".
            let state = match &label.target {
                Target::Demonym(st) => Some(*st),
                Target::Entry(i) if lex.entries[*i].kind == Some(EntityKind::Government) && lex.entries[*i].part_of.is_none() => Some(*i),
                _ => None,
            };
            if let Some(st) = state {
                if let Some((end, target)) = self.descriptor_after(text, e, st) {
                    if !case_compatible(&label.text, surface) || m.overlaps(s, end) {
                        continue;
                    }
                    if let Some(idx) = m.entity_for_target(lex, &target) {
                        m.push(text, s, end, idx, Source::Descriptor);
                    }
                    continue;
                }
            }
            // "Chinese military applications", "Biden-era controls": a name used as an
            // adjective names no actor.
            if let Target::Entry(i) = &label.target {
                let kind = lex.entries[*i].kind;
                let adjectival = match kind {
                    Some(EntityKind::Person) => text[e..].starts_with("-era") || text[e..].starts_with("-style"),
                    Some(EntityKind::Government) if lex.entries[*i].part_of.is_some() => ADJECTIVAL_NOUN.is_match(&text[e..]),
                    _ => false,
                };
                if adjectival {
                    continue;
                }
            }
            // "Commerce Secretary …": a bare one-word government label before a title is
            // the title, not the body.
            if let Target::Entry(i) = &label.target {
                if lex.entries[*i].kind == Some(EntityKind::Government) && !label.text.contains(' ') {
                    let rest = text[e..].trim_start();
                    if ["Secretary", "Minister", "Undersecretary", "Under Secretary", "Assistant Secretary", "Deputy Secretary", "Deputy Minister", "Vice Minister", "Spokes"].iter().any(|t| rest.starts_with(t)) {
                        continue;
                    }
                    // "the Ministry of Commerce": the topic of some state's ministry, not the
                    // body the bare word names ("Commerce" for the U.S. department).
                    // A state's name there is the state ("the commerce ministry of China").
                    if lex.entries[*i].part_of.is_some() && ["Ministry of ", "Minister of ", "ministry of "].iter().any(|p| text[..s].ends_with(p)) {
                        continue;
                    }
                }
            }
            if let Target::Demonym(st) = label.target {
                m.nationalities.push((s, e, st));
            }
            // "Taipei has acted before: the Ministry of Economic Affairs banned …": a ministry
            // named with no state is of the state of the sentence (named first in it, else
            // last before), when the lexicon knows that state's ministry of the same topic.
            let retarget = match &label.target {
                Target::Entry(i) => self.bare_ministry_of_context(lex, &label.text, *i, text, s, sentences, &m),
                _ => None,
            };
            if let Some(idx) = m.entity_for_target(lex, retarget.as_ref().unwrap_or(&label.target)) {
                m.push(text, s, e, idx, label.source);
            }
        }
        // 2. "its commerce ministry", "the country's trade ministry": the state is the
        // sentence's subject, else the last named.
        for c in self.ministry.captures_iter(text) {
            let whole = c.get(0).unwrap();
            if m.overlaps(whole.start(), whole.end()) {
                continue;
            }
            let sent_start = sentences.partition_point(|s| s.start <= whole.start()).checked_sub(1).map_or(0, |k| sentences[k].start);
            // "the commerce ministry of China": the state named after it.
            let after = text[whole.end()..].strip_prefix(" of ").map(|r| r.strip_prefix("the ").unwrap_or(r));
            let named_after = after.and_then(|r| m.state_starting_at(text.len() - r.len()));
            let Some(state) = named_after.or_else(|| m.first_state_between(sent_start, whole.start())).or_else(|| m.last_state_before(whole.start())) else { continue };
            let target = Self::ministry_target(lex, &self.by_label, state, &c[2].to_lowercase(), &c[3].to_lowercase());
            if let Some(idx) = m.entity_for_target(lex, &target) {
                m.push(text, whole.start(), whole.end(), idx, Source::Descriptor);
            }
        }
        // 3. Patterns for names the lexicon does not know.
        self.patterns(lex, text, sentences, &mut m);
        // 4. Short forms of firms named in full before ("Applied" for Applied Materials).
        self.short_forms(text, sentences, &mut m);
        // 5. Coreference.
        self.coref(lex, text, sentences, &mut m);
        // Later stages rely on mentions that do not overlap: keep the first (the longer
        // on a tie) of any overlapping pair.
        m.mentions.sort_by_key(|x| (x.start, std::cmp::Reverse(x.end)));
        let mut last_end = 0;
        m.mentions.retain(|x| {
            let keep = x.start >= last_end;
            if keep {
                last_end = x.end;
            }
            keep
        });
        // The spans index the mentions as pushed: no use once they are sorted and pruned.
        m.spans.clear();
        m
    }

    /// "Applied Materials … according to Applied's filings": news shortens a firm's name to
    /// its first word once it has been named in full. The word must be capitalised, no
    /// label of its own (a place, another firm), the first word of no other firm of the
    /// article, and not open a sentence (where any word is capitalised) nor run on into
    /// another capitalised word (a longer name).
    fn short_forms(&self, text: &str, sentences: &[super::sentences::Sentence], m: &mut Mentions) {
        fn first_word(name: &str) -> Option<&str> {
            let (w, rest) = name.split_once(' ')?;
            let ok = !rest.is_empty() && w.len() >= 4 && w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(|c| c.is_ascii_lowercase());
            ok.then_some(w)
        }
        let mut candidates: Vec<(String, usize)> = Vec::new();
        for (i, e) in m.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Company) {
            let Some(w) = first_word(&e.name) else { continue };
            let lower = w.to_lowercase();
            if SHORT_FORM_STOP.contains(&w) || self.by_label.contains_key(&lower) || self.states.contains_key(&lower) {
                continue;
            }
            candidates.push((w.to_string(), i));
        }
        // A word two firms open with names neither.
        let shared: Vec<String> = candidates.iter().filter(|(w, i)| candidates.iter().any(|(v, j)| v == w && j != i)).map(|(w, _)| w.clone()).collect();
        for (w, entity) in candidates.into_iter().filter(|(w, _)| !shared.contains(w)) {
            let Some(first) = m.mentions.iter().filter(|x| x.entity == entity).map(|x| x.end).min() else { continue };
            let hits: Vec<usize> = memchr::memmem::find_iter(&text.as_bytes()[first..], w.as_bytes()).map(|p| first + p).collect();
            for at in hits {
                let end = at + w.len();
                let before_ok = text[..at].chars().next_back().is_none_or(|c| !is_word_char(c) && c != '-');
                let rest = &text[end..];
                let after_ok = rest.chars().next().is_none_or(|c| !is_word_char(c) && c != '-');
                // "Applied Materials" itself, "Applied Digital": a longer name.
                let runs_on = rest.strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
                let sentence = sentences.partition_point(|s| s.start <= at).checked_sub(1).map(|k| sentences[k]);
                let opens = sentence.is_some_and(|s| text[s.start..at].trim_start_matches(['"', '“', '‘', '\'', ' ']).is_empty());
                if before_ok && after_ok && !runs_on && !opens && !m.overlaps(at, end) {
                    m.push(text, at, end, entity, Source::Coref);
                }
            }
        }
    }

    fn patterns(&self, lex: &Lexicon, text: &str, sentences: &[super::sentences::Sentence], m: &mut Mentions) {
        for c in COMPANY_SUFFIX.captures_iter(text) {
            let whole = c.get(0).unwrap();
            let head = c.get(1).unwrap();
            // "Hong Kong-based Orion Holdings": the place and its adjective are no part of the
            // name.
            let h = head.as_str();
            let cut = h.split_whitespace().rev().skip(1).find(|w| PLACE_ADJECTIVE.iter().any(|a| w.ends_with(a))).map(|w| {
                let cut = w.as_ptr() as usize - h.as_ptr() as usize + w.len();
                cut + h[cut..].len() - h[cut..].trim_start().len()
            });
            let (ws, head) = match cut {
                Some(cut) => (head.start() + cut, &text[head.start() + cut..head.end()]),
                None => (whole.start(), head.as_str()),
            };
            let we = whole.end();
            let first = head.split_whitespace().next().unwrap_or("");
            if STOP_START.contains(&first) || m.overlaps(ws, we) {
                continue;
            }
            // "the National University of Defense Technology": the end of a longer name
            // (capitalised words joined by "of"), not a firm of its own.
            if text[..ws].strip_suffix("of ").is_some_and(|b| b.trim_end().rsplit(char::is_whitespace).next().is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))) {
                continue;
            }
            let suffix = c[2].trim_end_matches('.').to_ascii_lowercase();
            let name = if LEGAL_SUFFIXES.iter().any(|s| s.trim_end_matches('.') == suffix || suffix.starts_with("co")) {
                head.to_string()
            } else {
                format!("{} {}", head, &c[2])
            };
            if looks_governmental(&name) {
                continue;
            }
            let i = m.entity_for_pattern(EntityKind::Company, &name);
            m.push(text, ws, we, i, Source::Pattern);
        }
        for c in COMPANY_CUE.captures_iter(text) {
            let g = c.get(1).unwrap();
            let name = trim_trailing_stop(g.as_str());
            if name.is_empty() || STOP_START.contains(&name) || m.overlaps(g.start(), g.start() + name.len()) || looks_governmental(name) {
                continue;
            }
            if self.by_label.contains_key(&name.to_lowercase()) || CHIP.re.is_match(name) {
                continue;
            }
            let i = m.entity_for_pattern(EntityKind::Company, name);
            m.push(text, g.start(), g.start() + name.len(), i, Source::Pattern);
        }
        let deal_names = DEAL_TARGET.captures_iter(text).flat_map(|c| {
            // "Taiwan's Silicon Motion": the firm after the state; "Toshiba's memory unit":
            // the firm whose business it is.
            let bought = match c.get(1) {
                Some(p) if self.states.contains_key(&p.as_str().to_lowercase()) => c.get(2),
                Some(p) => Some(p),
                None => c.get(2),
            };
            let at = c.get(0).unwrap().start();
            let mut from = at.saturating_sub(80);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let buyer = DEAL_BUYER.captures(&text[from..at]).and_then(|b| b.get(1)).map(|g| (from + g.start(), from + g.end()));
            [bought.map(|g| (g.start(), g.end())), buyer]
        });
        let names = COMPANY_APPOSITION.captures_iter(text).filter_map(|c| c.get(1)).map(|g| (g.start(), g.end())).chain(deal_names.flatten()).chain(DEAL_BARRED.captures_iter(text).filter_map(|c| c.get(1)).map(|g| (g.start(), g.end())));
        for (start, end) in names {
            let name = trim_trailing_stop(&text[start..end]);
            if name.is_empty() || STOP_START.contains(&name) || m.overlaps(start, start + name.len()) || looks_governmental(name) {
                continue;
            }
            if self.by_label.contains_key(&name.to_lowercase()) || self.states.contains_key(&name.to_lowercase()) || CHIP.re.is_match(name) {
                continue;
            }
            let i = m.entity_for_pattern(EntityKind::Company, name);
            m.push(text, start, start + name.len(), i, Source::Pattern);
        }
        // The names in a list after "companies, including": unknown ones are firms.
        for at in members_named(text) {
            let mut at = at;
            for _ in 0..12 {
                let Some(g) = LISTED_NAME.find(&text[at..]) else { break };
                let (start, name) = (at + g.start(), trim_trailing_stop(g.as_str()));
                let known = self.by_label.contains_key(&name.to_lowercase()) || self.states.contains_key(&name.to_lowercase());
                // "Bank of America", "University of Tokyo": a longer name, not read here.
                if text[at + g.end()..].starts_with(" of ") {
                    break;
                }
                if !(name.is_empty() || known || STOP_START.contains(&name) || m.overlaps(start, start + name.len()) || looks_governmental(name) || CHIP.re.is_match(name)) {
                    let i = m.entity_for_pattern(EntityKind::Company, name);
                    m.push(text, start, start + name.len(), i, Source::Pattern);
                }
                // The next name follows a comma or "and"/"or"; anything else ends the list.
                let rest = &text[at + g.end()..];
                let Some(sep) = [", and ", ", or ", ", ", " and ", " or "].iter().find(|p| rest.starts_with(**p)) else { break };
                at += g.end() + sep.len();
            }
        }
        for g in CHIP.find_iter(text) {
            if m.overlaps(g.start(), g.end()) || NOT_CHIPS.contains(&g.as_str()) {
                continue;
            }
            // A bare model number needs a chip word, a known chip or a vendor near it.
            let window = floor_window(text, g.start().saturating_sub(80), (g.end() + 80).min(text.len())).unwrap_or(g.as_str());
            let near_vendor = m.starting_in(g.start().saturating_sub(3 + m.longest), g.start() + 1).any(|x| {
                x.end <= g.start() && g.start() - x.end <= 3 && m.entities[x.entity].kind == EntityKind::Company
            });
            if !(g.as_str().contains(' ') || CHIP_CUE.is_match(window) || near_vendor) {
                continue;
            }
            let name = g.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
            let i = m.entity_for_pattern(EntityKind::Chip, &name);
            m.push(text, g.start(), g.end(), i, Source::Pattern);
        }
        for g in GOV_PATTERN.find_iter(text) {
            let s = g.as_str();
            let first = s.split_whitespace().next().unwrap_or("");
            let (start, name) = if STOP_START.contains(&first) && first != "Chinese" && first != "Dutch" && first != "Japanese" && first != "Korean" && first != "Taiwanese" && first != "European" && first != "American" && first != "U.S." {
                let rest = s[first.len()..].trim_start();
                (g.end() - rest.len(), rest)
            } else {
                (g.start(), s)
            };
            if name.split_whitespace().count() < 2 || m.overlaps(start, g.end()) {
                continue;
            }
            // "Taiwan's International Trade Administration": a body so named only after its
            // state's possessive ("the Trump Administration", "Foreign Office" are no
            // agencies of their own).
            if ["Administration", "Bureau", "Office"].iter().any(|h| name.ends_with(h)) && !name.contains(" of ") && !name.contains(" for ") {
                let before = text[..start].trim_end();
                let state_poss = before.strip_suffix("'s").or(before.strip_suffix("’s")).and_then(|b| b.rsplit(|c: char| c.is_whitespace()).next()).is_some_and(|w| self.states.contains_key(&w.to_lowercase()));
                if !state_poss {
                    continue;
                }
            }
            // "the Ministry of Commerce in Beijing": the ministry of the state named after it.
            if let Some(target) = self.ministry_in_state(lex, text, name, g.end(), m).or_else(|| self.ministry_of_context(lex, text, name, start, sentences, m)) {
                if let Some(idx) = m.entity_for_target(lex, &target) {
                    m.push(text, start, g.end(), idx, Source::Descriptor);
                    continue;
                }
            }
            let i = m.entity_for_pattern(EntityKind::Government, name);
            if m.entities[i].part_of.is_none() {
                m.entities[i].part_of = self.state_in_name(lex, name).or_else(|| {
                    // "China's Ministry of …": the possessive state right before.
                    let before = text[..start].trim_end();
                    let before = before.strip_suffix("'s").or(before.strip_suffix("’s"))?;
                    let word = before.rsplit(|c: char| c.is_whitespace()).next()?;
                    self.states.get(&word.to_lowercase()).map(|&e| lex.entries[e].iri.clone())
                });
            }
            m.push(text, start, g.end(), i, Source::Pattern);
        }
        let mut surnames: Vec<(String, usize)> = Vec::new();
        for c in PERSON_TITLE.captures_iter(text).chain(PERSON_APPOSITION.captures_iter(text)) {
            let g = c.get(1).unwrap();
            if m.overlaps(g.start(), g.end()) {
                // Already known (lexicon); remember the surname all the same.
                continue;
            }
            let name = g.as_str();
            if name.split_whitespace().any(|w| STOP_START.contains(&w) || self.states.contains_key(&w.to_lowercase())) {
                continue;
            }
            let i = m.entity_for_pattern(EntityKind::Person, name);
            m.push(text, g.start(), g.end(), i, Source::Pattern);
        }
        for (i, e) in m.entities.iter().enumerate() {
            if e.kind == EntityKind::Person {
                if let Some(last) = e.name.split_whitespace().last() {
                    if last.len() > 3 {
                        surnames.push((last.to_string(), i));
                    }
                }
            }
        }
        for (surname, i) in surnames {
            let mut from = 0;
            while let Some(p) = text[from..].find(&surname) {
                let s = from + p;
                let e = s + surname.len();
                from = e;
                if text[..s].chars().next_back().is_some_and(is_word_char) || text[e..].chars().next().is_some_and(is_word_char) || m.overlaps(s, e) {
                    continue;
                }
                m.push(text, s, e, i, Source::Pattern);
            }
        }
    }

    /// "Ministry of Commerce" followed by "in" and a state: that state's ministry (from the
    /// lexicon when it has it).
    fn ministry_in_state(&self, lex: &Lexicon, text: &str, name: &str, end: usize, m: &Mentions) -> Option<Target> {
        let (head, topic) = name.split_once(" of ")?;
        if !matches!(head, "Ministry" | "Department") || topic.contains(' ') {
            return None;
        }
        let after = text[end..].strip_prefix(" in ")?;
        let at = text.len() - after.len();
        let state = m.state_starting_at(at)?;
        Some(Self::ministry_target(lex, &self.by_label, state, &topic.to_lowercase(), &head.to_lowercase()))
    }

    /// "the Ministry of Commerce said …", no state in the name nor right before it: the
    /// ministry of the state the sentence names first, else of the state named last before
    /// ("BEIJING … China will require permits, the Ministry of Commerce said"). Only a
    /// ministry: a state whose body of that topic is a department (the U.S.) has no such
    /// ministry, and the name is left to the pattern.
    fn ministry_of_context(&self, lex: &Lexicon, text: &str, name: &str, start: usize, sentences: &[super::sentences::Sentence], m: &Mentions) -> Option<Target> {
        let topic = match name.split_once(" of ") {
            Some(("Ministry", topic)) => topic,
            _ => name.strip_suffix(" Ministry")?,
        };
        if topic.contains(' ') || self.state_in_name(lex, name).is_some() {
            return None;
        }
        let state = context_state(text, start, sentences, m)?;
        let target = Self::ministry_target(lex, &self.by_label, state, &topic.to_lowercase(), "ministry");
        let named = match &target {
            Target::Entry(e) => lex.entries[*e].name.contains("Ministry"),
            Target::Synthetic { name, .. } => name.contains("Ministry"),
            _ => false,
        };
        named.then_some(target)
    }

    /// The lexicon's ministry of the sentence's state for a bare ministry label ("Ministry of
    /// Economic Affairs") that names another state's; see `recognize`.
    #[allow(clippy::too_many_arguments)]
    fn bare_ministry_of_context(&self, lex: &Lexicon, label: &str, entry: usize, text: &str, start: usize, sentences: &[super::sentences::Sentence], m: &Mentions) -> Option<Target> {
        let topic = label.strip_prefix("Ministry of ").or_else(|| label.strip_prefix("ministry of "))?;
        let own = &lex.entries[entry];
        if own.kind != Some(EntityKind::Government) || own.part_of.is_none() || self.state_in_name(lex, label).is_some() {
            return None;
        }
        let state = context_state(text, start, sentences, m)?;
        if lex.state_of(&own.iri) == lex.entries[state].iri {
            return None;
        }
        match Self::ministry_target(lex, &self.by_label, state, &topic.to_lowercase(), "ministry") {
            Target::Entry(e) if lex.entries[e].name.contains("Ministry") => Some(Target::Entry(e)),
            _ => None,
        }
    }

    fn state_in_name(&self, lex: &Lexicon, name: &str) -> Option<String> {
        name.split(|c: char| c.is_whitespace())
            .map(|w| w.trim_end_matches("'s").trim_end_matches("’s").to_lowercase())
            .find_map(|w| self.states.get(&w))
            .map(|&e| lex.entries[e].iri.clone())
    }

    fn coref(&self, lex: &Lexicon, text: &str, sentences: &[super::sentences::Sentence], m: &mut Mentions) {
        let mut added = Vec::new();
        for c in COREF.captures_iter(text) {
            let whole = c.get(0).unwrap();
            if m.overlaps(whole.start(), whole.end()) {
                continue;
            }
            let head = c[1].to_lowercase();
            // "the administration": the state named last in the 20,000 bytes before whose
            // government is called so ("the Trump administration"), if one is; a state that
            // only qualifies ("sell in China") is passed over for it.
            if head == "administration" {
                let named = m.latest_before(whole.start(), |e| e.kind == EntityKind::Government && self.administrations.contains(lex.state_iri(&e.iri)));
                if let Some(st) = named.and_then(|e| lex.position(lex.state_iri(&m.entities[e].iri))) {
                    let ent = m.entity_for_lex(lex, st);
                    added.push((whole.start(), whole.end(), ent));
                    continue;
                }
            }
            // "The cabinet also barred …": the cabinet named last in the 20,000 bytes before,
            // if one was; else the state, as for "the government" (below).
            if head == "cabinet" {
                if let Some(ent) = m.latest_before(whole.start(), |e| self.is_cabinet(lex, e)) {
                    added.push((whole.start(), whole.end(), ent));
                    continue;
                }
            }
            let want: &dyn Fn(&DocEntity) -> bool = match head.as_str() {
                "company" | "firm" | "chipmaker" | "chip maker" | "chip designer" | "group" | "manufacturer" => &|e| e.kind == EntityKind::Company,
                // An armed force or a legislature is no agency.
                "agency" | "regulator" | "watchdog" | "bureau" | "commission" => &|e| {
                    e.kind == EntityKind::Government && e.part_of.is_some() && !["Army", "Military", "military", "Navy", "Air Force", "Armed Forces", "Congress", "Parliament", "Senate", "House of", "Court"].iter().any(|w| e.name.contains(w))
                },
                "ministry" => &|e| e.kind == EntityKind::Government && e.name.contains("Ministry"),
                "department" => &|e| e.kind == EntityKind::Government && e.name.contains("Department"),
                // The state of the body named last ("the Commerce Department … the
                // administration"): mapped to the state below.
                "administration" | "cabinet" | "government" => &|e| e.kind == EntityKind::Government,
                _ => &|e| e.kind == EntityKind::Chip,
            };
            // The antecedent: in the same sentence, the latest fitting mention; else the first
            // (the subject) of the nearest earlier sentence that has one. Possessives
            // ("Nvidia's H200") qualify a noun and are passed over when another fits.
            let k = sentences.partition_point(|s| s.start <= whole.start());
            let here = k.checked_sub(1).map_or(0, |k| sentences[k].start);
            // In the order they were pushed, as a scan of all mentions would list them.
            let mut near: Vec<usize> = m.spans.range((whole.start().saturating_sub(1200 + m.longest), 0, 0)..(whole.start(), 0, 0)).map(|&(_, _, i)| i).collect();
            near.sort_unstable();
            let fits: Vec<&Mention> = near
                .into_iter()
                .map(|i| &m.mentions[i])
                .filter(|x| x.end <= whole.start() && whole.start() - x.end < 1200 && x.source != Source::Coref)
                .filter(|x| want(&m.entities[x.entity]))
                // "the cabinet", "the government": a state that acts, not one that qualifies
                // a firm ("a subsidiary of China's Sai Microelectronics").
                // Nor one that qualifies a noun ("ASML's China revenue").
                .filter(|x| !(matches!(head.as_str(), "cabinet" | "government") && (x.possessive || super::decisions::MODIFIED_NOUN.is_match(&text[x.end..]))))
                .collect();
            let pick = |v: Vec<&Mention>, latest: bool| -> Option<usize> {
                let plain: Vec<&&Mention> = v.iter().filter(|x| !x.possessive).collect();
                let pool: Vec<&&Mention> = if plain.is_empty() { v.iter().collect() } else { plain };
                if latest { pool.iter().max_by_key(|x| x.end) } else { pool.iter().min_by_key(|x| x.start) }.map(|x| x.entity)
            };
            let same: Vec<&Mention> = fits.iter().copied().filter(|x| x.start >= here).collect();
            let antecedent = if !same.is_empty() {
                pick(same, true)
            } else {
                let prev = sentences[..k].iter().rev().find(|s| s.start < here && fits.iter().any(|x| x.start >= s.start && x.end <= s.end));
                prev.and_then(|p| pick(fits.iter().copied().filter(|x| x.start >= p.start && x.end <= p.end).collect(), false))
            };
            // None within reach: the one entity that fits, named before in the article ("the
            // ministry" three paragraphs after the only ministry named). Within 20,000 bytes,
            // so that a long document costs a bounded scan per descriptor.
            let antecedent = antecedent.or_else(|| {
                let mut earlier = m
                    .spans
                    .range((whole.start().saturating_sub(20_000), 0, 0)..(whole.start(), 0, 0))
                    .map(|&(_, _, i)| &m.mentions[i])
                    .filter(|x| x.end <= whole.start() && x.source != Source::Coref && want(&m.entities[x.entity]))
                    .map(|x| x.entity);
                let first = earlier.next()?;
                earlier.all(|e| e == first).then_some(first)
            });
            let antecedent = match antecedent {
                Some(ent) if matches!(head.as_str(), "administration" | "cabinet" | "government") => match m.entities[ent].part_of.clone() {
                    None => Some(ent),
                    Some(parent) => lex.position(&lex.state_of(&parent)).map(|st| m.entity_for_lex(lex, st)),
                },
                other => other,
            };
            if let Some(ent) = antecedent {
                added.push((whole.start(), whole.end(), ent));
            }
        }
        // "It summoned Nvidia …": a sentence-initial "It" is the previous sentence's subject
        // when that is a government or a company.
        // So is an "it" right after an opening adverbial of up to four words ("Last week, it
        // finalized …").
        // The descriptors resolved above, then the "It"s resolved below: two runs, each in
        // text order, searched by start.
        let descriptors = added.len();
        for (k, sent) in sentences.iter().enumerate().skip(1) {
            let st = &text[sent.start..sent.end];
            // Looked for in the first 60 bytes only: four words and a comma.
            let head = super::decisions::head(st, 60);
            let after_adverbial = || head.split_once(", it ").filter(|(a, _)| a.split_whitespace().count() <= 4 && !a.contains(['"', '“', '(']) && a.starts_with(|c: char| c.is_ascii_uppercase())).map(|(a, _)| a.len() + 2);
            let at = if st.starts_with("It ") || st.starts_with("It’s ") || st.starts_with("It's ") {
                0
            } else if let Some(at) = after_adverbial() {
                at
            } else {
                continue;
            };
            let prev = &sentences[k - 1];
            let subject = m
                .spans
                .range((prev.start, 0, 0)..(prev.end, 0, 0))
                .map(|&(_, _, i)| (i, &m.mentions[i]))
                .filter(|(_, x)| x.end <= prev.end && x.source != Source::Coref && !x.possessive)
                .min_by_key(|(i, x)| (x.start, *i))
                .map(|(_, x)| (x.start, x.entity));
            // A descriptor resolved above may be that subject ("The regulator has not blocked
            // every deal. It approved …").
            let first_in_prev = |run: &[(usize, usize, usize)]| {
                let i = run.partition_point(|&(s, _, _)| s < prev.start);
                run.get(i).filter(|&&(s, e, _)| e <= prev.end && s < sent.start).map(|&(s, _, ent)| (s, ent))
            };
            let described = first_in_prev(&added[..descriptors]).into_iter().chain(first_in_prev(&added[descriptors..])).min();
            let subject = match (subject, described) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            }
            .filter(|&(_, ent)| matches!(m.entities[ent].kind, EntityKind::Government | EntityKind::Company));
            if let Some((start, ent)) = subject {
                // Only when the subject opens the sentence ("The Cyberspace Administration … is").
                if text[prev.start..start].split_whitespace().count() <= 1 {
                    added.push((sent.start + at, sent.start + at + 2, ent));
                }
            }
        }
        // "… from buying its products": the firm whose goods they are, named last in the
        // sentence, else first in the sentence before.
        for c in ITS_GOODS.find_iter(text) {
            let at = c.start();
            if m.overlaps(at, at + 3) {
                continue;
            }
            let company = |x: &&Mention| m.entities[x.entity].kind == EntityKind::Company && x.source != Source::Coref;
            let k = sentences.partition_point(|s| s.start <= at);
            let here = k.checked_sub(1).map_or(0, |k| sentences[k].start);
            let same = m.starting_in(here, at).filter(|x| x.end <= at).filter(company).max_by_key(|x| x.end);
            let antecedent = same.or_else(|| {
                let prev = k.checked_sub(2).map(|k| &sentences[k])?;
                m.starting_in(prev.start, prev.end).filter(|x| x.end <= prev.end).filter(company).min_by_key(|x| x.start)
            });
            if let Some(x) = antecedent {
                added.push((at, at + 3, x.entity));
            }
        }
        for (s, e, ent) in added {
            m.push(text, s, e, ent, Source::Coref);
        }
    }
}

/// The state a body named at `start` with no state of its own belongs to: the one the
/// sentence names first, else the one named last before; none after a possessive ("Acme's
/// Ministry of …" is no state's).
fn context_state(text: &str, start: usize, sentences: &[super::sentences::Sentence], m: &Mentions) -> Option<usize> {
    let before = text[..start].trim_end();
    if before.ends_with("'s") || before.ends_with("’s") {
        return None;
    }
    let sent_start = sentences.partition_point(|s| s.start <= start).checked_sub(1).map_or(0, |k| sentences[k].start);
    m.first_state_between(sent_start, start).or_else(|| m.last_state_before(start))
}

/// Capitalised words that open firms' names but, alone, name something else or nothing in
/// particular ("General" Motors, "National" Instruments, "Advanced" Micro Devices).
const SHORT_FORM_STOP: &[&str] = &[
    "General", "National", "United", "American", "Advanced", "International", "Global", "First", "Western", "Eastern",
    "Northern", "Southern", "Central", "Royal", "Digital", "Semiconductor", "Silicon", "Micro",
    "Taiwan", "China", "Japan", "Korea", "Hong", "North", "South", "East", "West", "New", "Great", "Deutsche", "Super",
    "Bank", "Capital", "Group", "Holdings", "Technologies", "Electronics", "Systems", "Investment", "Fund", "Private",
    "State", "Federal", "Industrial", "Export", "Trade", "Market", "Prime", "Union",
];

/// The first words a descriptor can open with (see `Recognizer::descriptor_after`).
static DESCRIPTOR_OPENERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&str> = DESCRIPTOR_HEADS.iter().chain(MINISTRY_TOPICS).chain(AGENCY_KEYWORDS.iter().map(|(k, _)| k)).map(|a| letter_run(a)).collect();
    v.sort_unstable();
    v.dedup();
    v
});
const DESCRIPTOR_HEADS: &[&str] = &["authorities", "regulators", "government", "cabinet", "officials", "administration", "customs", "lawmakers", "leaders"];
const AGENCY_HEADS: &[&str] = &["regulator", "watchdog", "authority", "agency", "administration", "bureau", "office"];
/// Descriptive words of agencies and the words their names contain.
const AGENCY_KEYWORDS: &[(&str, &[&str])] = &[
    ("market", &["Market Regulation", "Competition", "Fair Trade", "Trade Commission"]),
    ("antitrust", &["Market Regulation", "Competition", "Fair Trade", "Trade Commission", "Antitrust", "Cartel"]),
    ("competition", &["Market Regulation", "Competition", "Fair Trade", "Trade Commission", "Cartel"]),
    ("cartel", &["Cartel"]),
    ("cyberspace", &["Cyberspace"]),
    ("internet", &["Cyberspace", "Internet"]),
    ("securities", &["Securities"]),
    ("customs", &["Customs"]),
    ("export control", &["Industry and Security", "Export Control"]),
    ("export-control", &["Industry and Security", "Export Control"]),
    ("investment", &["Investment", "Foreign Investment"]),
];
const MINISTRY_TOPICS: &[&str] = &[
    "commerce", "trade", "industry", "foreign", "finance", "economy", "economic affairs", "economic",
    "technology", "science", "defense", "defence", "state security",
];

/// The leading ASCII letters of `s`.
fn letter_run(s: &str) -> &str {
    &s[..s.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(s.len())]
}

fn floor_window(text: &str, mut s: usize, mut e: usize) -> Option<&str> {
    while s > 0 && !text.is_char_boundary(s) {
        s -= 1;
    }
    while e < text.len() && !text.is_char_boundary(e) {
        e += 1;
    }
    text.get(s..e)
}

fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn trim_trailing_stop(s: &str) -> &str {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut n = words.len();
    while n > 0 && STOP_START.contains(&words[n - 1]) {
        n -= 1;
    }
    if n == 0 {
        return "";
    }
    let last = words[n - 1];
    let end = s.find(last).map(|p| p + last.len()).unwrap_or(s.len());
    &s[..end]
}

fn looks_governmental(name: &str) -> bool {
    ["Ministry", "Department", "Bureau", "Commission", "Administration", "Agency", "Authority", "Office", "Council", "Congress", "Parliament", "Government"]
        .iter()
        .any(|w| name.split_whitespace().any(|x| x == *w))
}

/// A label that starts with an uppercase letter matches only text that does too, and an
/// all-caps acronym ("US", "BIS", "ARM") only text in capitals: "us" and "arm" are words.
fn case_compatible(label: &str, surface: &str) -> bool {
    let l0 = label.chars().find(|c| c.is_alphabetic());
    let s0 = surface.chars().find(|c| c.is_alphabetic());
    if let (Some(l), Some(s)) = (l0, s0) {
        if l.is_uppercase() && !s.is_uppercase() {
            return false;
        }
    }
    let mut letters = label.chars().filter(|c| c.is_alphabetic()).peekable();
    let short_acronym = letters.peek().is_some() && label.chars().filter(|c| c.is_alphabetic()).count() <= 5 && letters.all(char::is_uppercase);
    !short_acronym || surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}

impl Mentions {
    /// The mentions inside `start..end`, found by binary search (mentions are sorted by
    /// start and do not overlap).
    pub fn within(&self, start: usize, end: usize) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.start < start);
        let b = self.mentions.partition_point(|m| m.start < end);
        let slice = &self.mentions[a..b];
        // The last one may run past `end`.
        match slice.last() {
            Some(m) if m.end > end => &slice[..slice.len() - 1],
            _ => slice,
        }
    }

    /// The entity of the last mention (not a coreference) that ends before `at`, within the
    /// 20,000 bytes before it, whose entity satisfies `fits`.
    fn latest_before(&self, at: usize, fits: impl Fn(&DocEntity) -> bool) -> Option<usize> {
        self.spans
            .range((at.saturating_sub(20_000), 0, 0)..(at, 0, 0))
            .map(|&(_, _, i)| &self.mentions[i])
            .filter(|x| x.end <= at && x.source != Source::Coref && fits(&self.entities[x.entity]))
            .max_by_key(|x| x.end)
            .map(|x| x.entity)
    }

    /// The document entity a label's target names; `None` for a bare demonym.
    fn entity_for_target(&mut self, lex: &Lexicon, target: &Target) -> Option<usize> {
        match target {
            Target::Entry(i) => Some(self.entity_for_lex(lex, *i)),
            Target::Synthetic { name, part_of } => {
                let i = self.entity_for_pattern(EntityKind::Government, name);
                self.entities[i].part_of = Some(part_of.clone());
                Some(i)
            }
            Target::Demonym(_) => None,
        }
    }

    fn entity_for_lex(&mut self, lex: &Lexicon, entry: usize) -> usize {
        // A document names a few dozen entities: a scan beats hashing an IRI.
        if let Some(i) = self.entities.iter().position(|x| x.lex == Some(entry)) {
            return i;
        }
        let e = &lex.entries[entry];
        if let Some(&i) = self.by_iri.get(&e.iri) {
            return i;
        }
        self.by_iri.insert(e.iri.clone(), self.entities.len());
        self.entities.push(DocEntity {
            iri: e.iri.clone(),
            name: e.name.clone(),
            kind: e.kind.unwrap_or(EntityKind::Company),
            aliases: BTreeSet::new(),
            part_of: e.part_of.clone(),
            lex: Some(entry),
            confidence: Source::Lexicon.confidence(),
        });
        self.entities.len() - 1
    }

    fn entity_for_pattern(&mut self, kind: EntityKind, name: &str) -> usize {
        let iri = iri::entity_iri(kind, name).into_string();
        if let Some(&i) = self.by_iri.get(&iri) {
            return i;
        }
        self.by_iri.insert(iri.clone(), self.entities.len());
        self.entities.push(DocEntity {
            iri,
            name: name.to_string(),
            kind,
            aliases: BTreeSet::new(),
            part_of: None,
            lex: None,
            confidence: Source::Pattern.confidence(),
        });
        self.entities.len() - 1
    }

    /// The same entities (and nationalities) with other mentions: a piece of the document
    /// read on its own (a caption with one of its rows).
    pub(crate) fn with_mentions(&self, mentions: Vec<Mention>) -> Mentions {
        Mentions { entities: self.entities.clone(), mentions, nationalities: self.nationalities.clone(), ..Mentions::default() }
    }

    /// The entity with this IRI, if the document names it.
    pub(crate) fn entity_by_iri(&self, iri: &str) -> Option<&DocEntity> {
        self.by_iri.get(iri).map(|&i| &self.entities[i])
    }

    fn overlaps(&self, s: usize, e: usize) -> bool {
        self.starting_in(s.saturating_sub(self.longest), e).any(|x| s < x.end)
    }

    /// The mentions pushed so far that start in `a..b`, in order of start.
    fn starting_in(&self, a: usize, b: usize) -> impl Iterator<Item = &Mention> + '_ {
        let range = if a < b { (a, 0, 0)..(b, 0, 0) } else { (a, 0, 0)..(a, 0, 0) };
        self.spans.range(range).map(|&(_, _, i)| &self.mentions[i])
    }

    /// The lexicon entry of the first state named wholly within `from..to`.
    fn first_state_between(&self, from: usize, to: usize) -> Option<usize> {
        self.spans
            .range((from, 0, 0)..(to, 0, 0))
            .filter(|&&(_, e, _)| e <= to)
            .filter_map(|&(s, _, i)| Some((s, i, self.state_entry(&self.mentions[i])?)))
            .min_by_key(|&(s, i, _)| (s, i))
            .map(|(_, _, l)| l)
    }

    /// The lexicon entry of the state named last before `pos` (the latest ending).
    fn last_state_before(&self, pos: usize) -> Option<usize> {
        let mut best: Option<(usize, usize, usize)> = None;
        for &(s, e, i) in self.spans.range(..(pos, 0, 0)).rev() {
            // Nothing starting this early can end after the best found.
            if best.is_some_and(|(be, _, _)| s + self.longest < be) {
                break;
            }
            if e > pos {
                continue;
            }
            if let Some(l) = self.state_entry(&self.mentions[i]) {
                if best.is_none_or(|(be, bi, _)| (e, i) > (be, bi)) {
                    best = Some((e, i, l));
                }
            }
        }
        best.map(|(_, _, l)| l)
    }

    /// The lexicon entry of a mention naming a state.
    /// The lexicon entry of the state named by a mention starting at `at`.
    fn state_starting_at(&self, at: usize) -> Option<usize> {
        self.starting_in(at, at + 1).find_map(|x| self.state_entry(x))
    }

    fn state_entry(&self, x: &Mention) -> Option<usize> {
        let e = &self.entities[x.entity];
        let l = e.lex?;
        (e.kind == EntityKind::Government && e.part_of.is_none()).then_some(l)
    }

    fn push(&mut self, text: &str, s: usize, e: usize, entity: usize, source: Source) {
        let rest = &text[e..];
        let possessive = rest.starts_with("'s") || rest.starts_with("’s") || ((rest.starts_with('\'') || rest.starts_with('’')) && text[..e].ends_with('s'));
        let surface = &text[s..e];
        let ent = &mut self.entities[entity];
        if surface != ent.name && !["It", "it", "Its", "its"].contains(&surface) && !ent.aliases.contains(surface) {
            ent.aliases.insert(surface.to_string());
        }
        ent.confidence = ent.confidence.max(source.confidence().min(0.95));
        self.spans.insert((s, e, self.mentions.len()));
        self.longest = self.longest.max(e - s);
        self.mentions.push(Mention { start: s, end: e, entity, source, possessive });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_keys_eight_bytes_at_a_time_agree_with_one_at_a_time() {
        // Texts of up to twelve bytes (runs past the eight-byte chunk), both cases, digits, punctuation, non-ASCII bytes, and
        // bytes next to the range edges ('@', '[', '`', '{', '/', ':').
        let mixed: &[u8] = b"aZm09@[`{/:-_ \xc3\xa9\x80\xff";
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 13) as usize;
            // Half the texts mostly letters and digits: long runs.
            let alphabet: &[u8] = if state & 1 << 62 == 0 { mixed } else { b"aZm09AzQ-" };
            let bytes: Vec<u8> = (0..len).map(|k| alphabet[((state >> (4 * k)) % alphabet.len() as u64) as usize]).collect();
            assert_eq!(first_word_key(&bytes), first_word_key_bytewise(&bytes), "{bytes:?}");
        }
        assert_eq!(first_word_key(b"Nvidia's H20"), first_word_key_bytewise(b"nvidia"));
        assert_eq!(first_word_key(b"Semiconductor Manufacturing"), first_word_key_bytewise(b"SEMICONDUCTOR"));
    }

    /// Up to `most - 1` random words, each followed by a random separator.
    fn random_text(next: &mut impl FnMut() -> u64, words: &[&str], separators: &[&str], most: u64) -> String {
        let mut text = String::new();
        for _ in 0..next() % most {
            let r = next();
            text.push_str(words[(r % words.len() as u64) as usize]);
            text.push_str(separators[((r >> 20) % separators.len() as u64) as usize]);
        }
        text
    }

    #[test]
    fn member_lists_found_near_their_words_are_those_found_everywhere() {
        let words: &[&str] = &[
            "companies", "firms", "entities", "organisations", "including", "such", "as", "among", "them", "Among", "Those", "These",
            "They", "The", "the", "new", "added", "listed", "include", "includes", "included", "are", "were", "Acme", "x", "é", "—",
        ];
        let mut next = super::super::near::xorshift(0x51_7cc1_b727_220a);
        let mut found = 0;
        for _ in 0..30_000 {
            let text = random_text(&mut next, words, &[" ", " ", ", ", "  ", "\n", "-"], 16);
            let plain: Vec<usize> = MEMBERS_NAMED.find_iter(&text).map(|m| m.end()).collect();
            assert_eq!(members_named(&text), plain, "{text:?}");
            found += plain.len();
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn patterns_searched_near_keywords_match_as_searched_everywhere() {
        // Random texts of words that make, nearly make and break matches: the matches must be
        // those of the plain pattern, one by one.
        let words: &[&str] = &[
            "Ministry", "Department", "Office", "Officer", "Regulator", "Agency", "of", "for", "the", "and", "Commerce",
            "Trade", "U.S.", "US", "EU", "UK", "China's", "Inc", "Inc.", "Corp.", "Co.,", "Ltd", "Co", "Holdings", "Technologies",
            "MegaCorp", "AG", "SE", "N.V.", "Systems", "Labs", "Acme", "H20", "H200", "MI300X", "A100s", "RTX", "Pro", "6000D",
            "Ascend", "910B", "Instinct", "2025", "12345", "ABCD12", "H１００", "x", "a-b", "é", "—", ",", ".", "\n", "  ", "_Z9",
        ];
        let mut next = super::super::near::xorshift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..30_000 {
            let text = random_text(&mut next, words, &["", " ", " ", ", ", "-", "\t"], 14);
            for p in [&*CHIP, &*GOV_PATTERN, &*COMPANY_SUFFIX] {
                let near: Vec<_> = p.find_iter(&text).map(|m| m.range()).collect();
                let plain: Vec<_> = p.re.find_iter(&text).map(|m| m.range()).collect();
                assert_eq!(near, plain, "{text:?} with {}", p.re.as_str());
                let caps: Vec<_> = p.captures_iter(&text).map(|c| c.iter().map(|g| g.map(|g| g.range())).collect::<Vec<_>>()).collect();
                let plain_caps: Vec<_> = p.re.captures_iter(&text).map(|c| c.iter().map(|g| g.map(|g| g.range())).collect::<Vec<_>>()).collect();
                assert_eq!(caps, plain_caps, "{text:?}");
            }
        }
    }
}
