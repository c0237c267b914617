//! Sentence splitting tuned for news: "U.S.", "Dec. 9", "Inc.", "No. 2", initials, quotes,
//! em dashes; every line (headline, paragraph, bullet, table row) ends a sentence.

/// A sentence as a byte range of the document text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st", "jr",
    "sr", "inc", "corp", "co", "ltd", "llc", "plc", "bros", "no", "nos", "vs", "v", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "approx",
    "fig", "dept", "est", "ft", "mt", "ave", "u.s", "u.k", "e.u", "u.n", "a.m", "p.m", "pres",
    "min", "max", "govt", "rev", "hon", "messrs", "cf", "al",
];

/// Words an abbreviation at the end of a sentence ("… sold in the U.S. The company …") can
/// be followed by; after an abbreviation, a sentence only ends before one of these.
const SENTENCE_STARTERS: &[&str] = &[
    "The", "It", "Its", "In", "A", "An", "This", "That", "These", "Those", "He", "She", "They",
    "We", "I", "But", "And", "However", "On", "At", "For", "As", "Meanwhile", "Last", "Earlier",
    "There", "Some", "Many", "If", "While", "When", "After", "Before", "Since", "Under", "Such",
    "Shares", "Analysts", "According",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    let w = w.trim_end_matches('.');
    if ABBREVIATIONS.contains(&w) {
        return true;
    }
    // Initials ("H." in "Jensen H. Huang") and dotted acronyms ("U.S", "a.m").
    let letters: Vec<char> = w.chars().collect();
    (letters.len() == 1 && letters[0].is_alphabetic()) || (w.contains('.') && w.len() <= 6)
}

/// Splits `text` into sentences (byte ranges, trimmed, never empty).
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        split_line(text, line_start, line_start + line.len(), &mut out);
        line_start += line.len() + 1;
    }
    out
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    let (a, b) = (start + lead, end - trail);
    if a < b {
        out.push(Sentence { start: a, end: b });
    }
}

/// Compiles the splitter's pattern now, not in the first document's extraction.
pub(crate) fn compile_patterns() {
    std::sync::LazyLock::force(&DATELINE);
}

/// A dateline opening a paragraph: "WASHINGTON, Dec 9 (Reuters) - ", "TAIPEI (AP) — ",
/// "SAN FRANCISCO/BEIJING, July 15 - ", "DRESDEN, Germany, Aug. 20, 2024 (Agency) - ". It tells where and when the article was filed, not
/// when anything in the sentence happened, and is left out of the sentence. A date or an
/// agency is required: "ASML - Dutch widen curbs" and "TSMC: …" are headlines that name firms.
static DATELINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r#"^[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?(?:, ?[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?(?: \([A-Za-z .&]+\))?| \([A-Za-z .&]+\)) ?(?:-|--|–|—|:) +[A-Z0-9"“‘]"#).expect("dateline pattern")
});

/// The length of the dateline `line` opens with, if any (a city in capitals: at least three
/// letters, so "U.S. - China talks" keeps its words).
fn dateline_len(line: &str) -> usize {
    let Some(m) = DATELINE.find(line) else { return 0 };
    let city = line[..m.end()].split([',', '(', '-', '–', '—', ':']).next().unwrap_or("");
    if city.chars().filter(|c| c.is_ascii_uppercase()).count() < 3 || city.contains('.') {
        return 0;
    }
    // The match ends with the first character of the sentence.
    m.end() - line[..m.end()].chars().next_back().map_or(0, char::len_utf8)
}

fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let line = &text[start..end];
    let bytes = line.as_bytes();
    // A dateline's city is in capitals: most lines are passed over by their first two bytes.
    let mut sent_start = if bytes.len() > 2 && bytes[0].is_ascii_uppercase() && bytes[1].is_ascii_uppercase() { dateline_len(line) } else { 0 };
    let mut i = 0;
    // Only a full stop, "!" or "?" can end a sentence within a line: jump from one to the next.
    while let Some(p) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) {
        i += p;
        let c = bytes[i];
        // Closing quotes and brackets belong to the sentence that ends here.
        let mut j = i + 1;
        while j < bytes.len() {
            let rest = &line[j..];
            if rest.starts_with('"') || rest.starts_with(')') || rest.starts_with('\'') {
                j += 1;
            } else if rest.starts_with('”') || rest.starts_with('’') {
                j += '”'.len_utf8();
            } else {
                break;
            }
        }
        // Footnote markers glued to the full stop: "… chips.1 Meanwhile".
        if c == b'.' && j < bytes.len() && bytes[j].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
            let mut k = j;
            while k < bytes.len() && k - j < 3 && bytes[k].is_ascii_digit() {
                k += 1;
            }
            if line[k..].starts_with(' ') && line[k..].trim_start().starts_with(|ch: char| ch.is_uppercase()) {
                j = k;
            }
        }
        let after = &line[j..];
        if after.starts_with(' ') || after.starts_with('\t') {
            let next = after.trim_start();
            let next_word: &str = next.split(|ch: char| ch.is_whitespace()).next().unwrap_or("");
            let first = next.chars().next();
            let starts_sentence = matches!(first, Some(ch) if ch.is_uppercase() || ch.is_ascii_digit() || "\"“‘'(".contains(ch));
            let mut boundary = starts_sentence;
            if boundary && c == b'.' {
                let word_start = line[..i].rfind(|ch: char| ch.is_whitespace()).map_or(0, |p| p + 1);
                let word = &line[word_start..i];
                // "No. 2" is an abbreviation, a quoted “no.” ends a sentence.
                let number_word = matches!(word.trim_start_matches(|ch: char| !ch.is_alphanumeric()).to_ascii_lowercase().as_str(), "no" | "nos");
                if is_abbreviation(word) && (!number_word || next.starts_with(|ch: char| ch.is_ascii_digit())) {
                    let bare = next_word.trim_matches(|ch: char| !ch.is_alphanumeric());
                    boundary = SENTENCE_STARTERS.contains(&bare);
                    // "Dec. 9", "No. 2": a number after an abbreviation never starts a sentence.
                    if next.starts_with(|ch: char| ch.is_ascii_digit()) {
                        boundary = false;
                    }
                }
            }
            if boundary {
                push(text, start + sent_start, start + j, out);
                sent_start = j;
            }
        }
        i = j.max(i + 1);
    }
    push(text, start + sent_start, end, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sents("The U.S. Commerce Department acted on Dec. 9. Nvidia Corp. said No. 2 was fine. Mr. Huang agreed."),
            vec!["The U.S. Commerce Department acted on Dec. 9.", "Nvidia Corp. said No. 2 was fine.", "Mr. Huang agreed."]
        );
    }

    #[test]
    fn abbreviation_at_sentence_end() {
        assert_eq!(sents("Chips were sold in the U.S. The company said so."), vec!["Chips were sold in the U.S.", "The company said so."]);
    }

    #[test]
    fn quotes_lines_and_headlines() {
        assert_eq!(
            sents("China clears H200 imports\nHe said: \"It is done.\" Then he left — quickly.\n- a bullet"),
            vec!["China clears H200 imports", "He said: \"It is done.\"", "Then he left — quickly.", "- a bullet"]
        );
        assert_eq!(sents("It said “no.” Later, yes."), vec!["It said “no.”", "Later, yes."]);
    }

    #[test]
    fn datelines_are_left_out() {
        assert_eq!(sents("WASHINGTON, Dec 9 (Reuters) - Nvidia may sell the H200."), vec!["Nvidia may sell the H200."]);
        assert_eq!(sents("SAN FRANCISCO/TAIPEI, July 15 — TSMC said so. It agreed."), vec!["TSMC said so.", "It agreed."]);
        assert_eq!(sents("TAIPEI (AP) — TSMC said so."), vec!["TSMC said so."]);
        assert_eq!(sents("TSMC: Output to start in June"), vec!["TSMC: Output to start in June"]);
        assert_eq!(sents("BEIJING, Oct. 9 - China acted."), vec!["China acted."]);
        assert_eq!(sents("DRESDEN, Germany, Aug. 20, 2024 (Wire) - The Commission acted."), vec!["The Commission acted."]);
        assert_eq!(sents("SANTA CLARA, California, Aug 16 - Intel acted."), vec!["Intel acted."]);
        assert_eq!(sents("U.S. - China talks resume"), vec!["U.S. - China talks resume"]);
        assert_eq!(sents("AMD - the chipmaker - said so."), vec!["AMD - the chipmaker - said so."]);
    }
}
