//! Dates in news text: absolute forms ("Dec. 9, 2025", "9 December 2025", "2025-12-09") and
//! relative ones ("Tuesday", "last month", "in April") resolved against the article's date.
//!
//! Shared by ingest (article dates) and extract (decision dates); pure functions, no state.

use jiff::civil::{Date, Weekday};
use regex::Regex;
use serde::{Serialize, Serializer};
use std::fmt;
use std::sync::LazyLock;

/// A calendar date at the precision the text gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateValue {
    Day(Date),
    Month(i16, i8),
    Year(i16),
}

impl DateValue {
    /// The first day this value covers (for sorting and ranges).
    pub fn start(self) -> Date {
        match self {
            DateValue::Day(d) => d,
            DateValue::Month(y, m) => Date::new(y, m, 1).unwrap_or(Date::MIN),
            DateValue::Year(y) => Date::new(y, 1, 1).unwrap_or(Date::MIN),
        }
    }

    /// Parses "2025-12-09", "2025-12" or "2025".
    pub fn parse_iso(s: &str) -> Option<Self> {
        let s = s.trim();
        let parts: Vec<&str> = s.split('-').collect();
        match parts.as_slice() {
            [y] if y.len() == 4 => Some(DateValue::Year(y.parse().ok()?)),
            [y, m] if y.len() == 4 => {
                let (y, m): (i16, i8) = (y.parse().ok()?, m.parse().ok()?);
                Date::new(y, m, 1).ok()?;
                Some(DateValue::Month(y, m))
            }
            [y, m, d] if y.len() == 4 => Some(DateValue::Day(Date::new(
                y.parse().ok()?,
                m.parse().ok()?,
                d.get(..2).unwrap_or(d).parse().ok()?,
            ).ok()?)),
            _ => None,
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Day(d) => write!(f, "{d}"),
            DateValue::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            DateValue::Year(y) => write!(f, "{y:04}"),
        }
    }
}

impl Serialize for DateValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

const MONTHS: &str = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

fn month_number(name: &str) -> Option<i8> {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    let idx = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        .iter()
        .position(|m| n.starts_with(m))?;
    Some(idx as i8 + 1)
}

static ISO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?-u:\b)|T)").unwrap());
static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)({MONTHS})(?-u:\s)+(\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?(?-u:\s)+(\d{{4}})(?-u:\b))?")).unwrap()
});
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th)?(?-u:\s)+({MONTHS})(?:,?(?-u:\s)+(\d{{4}})(?-u:\b))?")).unwrap()
});
static MY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?:(?i:early|mid|late|in|since|by|from|until|of)(?-u:\s)+(?:-(?-u:\s)*)?)?({MONTHS})(?:(?-u:\s)+(?:of(?-u:\s)+)?(\d{{4}}))?(?-u:\b)")).unwrap()
});
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:on|last|this|since)(?-u:\s)+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:(?-u:\s)+(?:evening|morning|afternoon|night))?(?-u:\b)").unwrap()
});
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(yesterday|today|(?:late |early |earlier )?(?:last|this|next) (?:week|month|year)|(?:at the (?:beginning|start|end) of |earlier |later )(?:last|this|next) year|(?:earlier|later) this (?:week|month|year)|a (?:day|week|month|year) (?:ago|earlier|later))(?-u:\b)").unwrap()
});
static RELATIVE_CUE: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(["day", "week", "month", "year"]).expect("four literals")
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)(?i:in|since|during|of)(?-u:\s)+((?:19|20)\d{2})(?-u:\b)").unwrap());

/// Compiles the date patterns now rather than inside the first document read (the
/// extractor calls it once it is built).
pub(crate) fn compile_patterns() {
    LazyLock::force(&ISO);
    LazyLock::force(&MDY);
    LazyLock::force(&DMY);
    LazyLock::force(&MY);
    LazyLock::force(&WEEKDAY);
    LazyLock::force(&RELATIVE);
    LazyLock::force(&RELATIVE_CUE);
    LazyLock::force(&YEAR);
    LazyLock::force(&LIST_JOIN);
    LazyLock::force(&BARE_YEAR);
}

/// Parses an article's date line: ISO dates and datetimes, "Dec. 9, 2025", "9 December 2025",
/// RFC 2822 ("Tue, 09 Dec 2025 10:00:00 GMT").
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Some(c) = ISO.captures(s) {
        return Date::new(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?).ok();
    }
    if let Some(c) = MDY.captures(s) {
        if let Some(y) = c.get(3) {
            return Date::new(y.as_str().parse().ok()?, month_number(&c[1])?, c[2].parse().ok()?).ok();
        }
    }
    if let Some(c) = DMY.captures(s) {
        if let Some(y) = c.get(3) {
            return Date::new(y.as_str().parse().ok()?, month_number(&c[2])?, c[1].parse().ok()?).ok();
        }
    }
    None
}

/// A date phrase found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// The resolved date, when the text or the article date allows it.
    pub value: Option<DateValue>,
    /// The phrase as written.
    pub text: String,
    /// Byte range in the sentence.
    pub start: usize,
    pub end: usize,
}

fn year_for_month(month: i8, anchor: Option<Date>) -> Option<i16> {
    let a = anchor?;
    Some(if month > a.month() { a.year() - 1 } else { a.year() })
}

/// The year of the next `month` on or after the article's month.
fn year_ahead_for_month(month: i8, anchor: Option<Date>) -> Option<i16> {
    let a = anchor?;
    Some(if month < a.month() { a.year() + 1 } else { a.year() })
}

/// Finds the first date phrase of a sentence, the most specific form first, and resolves it
/// against `anchor` (the article date) when it is relative.
pub fn find_date(sentence: &str, anchor: Option<Date>) -> Option<DateMention> {
    // Every date phrase has a digit, a month's name or one of these words; most sentences
    // have none. Each pattern runs only where what it needs is there.
    let cues = Cues::of(sentence);
    if !cues.digit && !cues.month && !["day", "week", "month", "year"].iter().any(|c| sentence.contains(c)) {
        return None;
    }
    let mut found: Vec<DateMention> = Vec::new();
    let mention = |m: regex::Match, value| DateMention {
        value,
        text: m.as_str().to_string(),
        start: m.start(),
        end: m.end(),
    };
    // The numeric forms (ISO, day and month, a bare year) all need a digit.
    let numeric = if cues.digit { sentence } else { "" };
    let iso = if cues.dash { numeric } else { "" };
    // Every month's name (MONTHS) begins with one of `MONTH_STARTS`.
    let with_month = if cues.month { sentence } else { "" };
    let numeric_with_month = if cues.month { numeric } else { "" };
    // "until November 2026", "through March": when something ends, never when it was
    // decided. Such a phrase is skipped and the sentence's other dates are looked at.
    let ends = |start: usize| {
        let mut words = sentence[..start].split_whitespace().rev();
        let mut word = words.next().unwrap_or("");
        // "until the end of 2026" (the phrase found may begin at "of")
        if word.eq_ignore_ascii_case("of") {
            word = words.next().unwrap_or("");
        }
        if word.eq_ignore_ascii_case("end") {
            word = words.next().unwrap_or("");
            if word.eq_ignore_ascii_case("the") {
                word = words.next().unwrap_or("");
            }
        }
        ["until", "till", "through", "thru"].iter().any(|w| word.eq_ignore_ascii_case(w))
    };
    for c in ISO.captures_iter(iso) {
        if ends(c.get(0).unwrap().start()) {
            continue;
        }
        let v = Date::new(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?).ok().map(DateValue::Day);
        found.push(mention(c.get(0).unwrap(), v));
    }
    // "from Aug. 1", "effective Dec. 2": a start or a deadline ahead of the article.
    let ahead = |start: usize| {
        let word = sentence[..start].trim_end().rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
        ["from", "by", "until", "starting", "effective", "beginning"].iter().any(|w| word.eq_ignore_ascii_case(w))
    };
    let year_of = |month: i8, start: usize| if ahead(start) { year_ahead_for_month(month, anchor) } else { year_for_month(month, anchor) };
    for c in MDY.captures_iter(numeric_with_month) {
        let (Some(month), Ok(day)) = (month_number(&c[1]), c[2].parse::<i8>()) else { continue };
        if !(1..=31).contains(&day) || ends(c.get(0).unwrap().start()) {
            continue;
        }
        let year = c.get(3).and_then(|y| y.as_str().parse().ok()).or_else(|| year_of(month, c.get(0).unwrap().start()));
        let v = year.and_then(|y| Date::new(y, month, day).ok()).map(DateValue::Day);
        found.push(mention(c.get(0).unwrap(), v));
    }
    for c in DMY.captures_iter(numeric_with_month) {
        let (Some(month), Ok(day)) = (month_number(&c[2]), c[1].parse::<i8>()) else { continue };
        if !(1..=31).contains(&day) || ends(c.get(0).unwrap().start()) {
            continue;
        }
        let year = c.get(3).and_then(|y| y.as_str().parse().ok()).or_else(|| year_of(month, c.get(0).unwrap().start()));
        let v = year.and_then(|y| Date::new(y, month, day).ok()).map(DateValue::Day);
        found.push(mention(c.get(0).unwrap(), v));
    }
    if found.is_empty() {
        for c in MY.captures_iter(with_month) {
            let whole = c.get(0).unwrap();
            let name = &c[1];
            // "May" and "March" are also words: require a preposition or a year with them.
            let has_prep = whole.as_str().len() > name.len() + c.get(2).map_or(0, |y| y.as_str().len() + 1);
            if (name == "May" || name.starts_with("Mar")) && !has_prep && c.get(2).is_none() {
                continue;
            }
            if !has_prep && c.get(2).is_none() {
                continue;
            }
            if whole.as_str().get(..6).is_some_and(|w| w.eq_ignore_ascii_case("until ")) || ends(whole.start()) {
                continue;
            }
            let Some(month) = month_number(name) else { continue };
            // "from July", "by June", "until March": a start or a deadline ahead.
            let ahead = ["from ", "by ", "until "].iter().any(|p| whole.as_str().get(..p.len()).is_some_and(|w| w.eq_ignore_ascii_case(p)));
            let year = c.get(2).and_then(|y| y.as_str().parse().ok()).or_else(|| if ahead { year_ahead_for_month(month, anchor) } else { year_for_month(month, anchor) });
            found.push(mention(whole, year.map(|y| DateValue::Month(y, month))));
        }
    }
    // Every weekday's name ends in "day".
    if found.is_empty() && sentence.contains("day") {
        for c in WEEKDAY.captures_iter(sentence) {
            let wd = match &c[1] {
                "Monday" => Weekday::Monday,
                "Tuesday" => Weekday::Tuesday,
                "Wednesday" => Weekday::Wednesday,
                "Thursday" => Weekday::Thursday,
                "Friday" => Weekday::Friday,
                "Saturday" => Weekday::Saturday,
                _ => Weekday::Sunday,
            };
            if ends(c.get(0).unwrap().start()) {
                continue;
            }
            // News reports the past: the latest such weekday on or before the article date.
            let v = anchor.map(|a| {
                let back = (a.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset()).rem_euclid(7);
                DateValue::Day(a.checked_sub(jiff::Span::new().days(back as i64)).unwrap_or(a))
            });
            found.push(mention(c.get(0).unwrap(), v));
        }
    }
    // Every relative phrase names a day, week, month or year: a case-insensitive literal
    // search rules most sentences out before the case-insensitive regex (which has no
    // literal prefilter) runs.
    if found.is_empty() && RELATIVE_CUE.is_match(sentence) {
        for m in RELATIVE.find_iter(sentence).filter(|m| !ends(m.start())) {
            found.push(mention(m, anchor.and_then(|a| resolve_relative(&m.as_str().to_lowercase(), a))));
        }
    }
    if found.is_empty() {
        for c in YEAR.captures_iter(numeric).filter(|c| !ends(c.get(0).unwrap().start())) {
            let v = c[1].parse().ok().map(DateValue::Year);
            found.push(mention(c.get(0).unwrap(), v));
        }
    }
    found.into_iter().min_by_key(|m| m.start)
}

const MONTH_STARTS: [&[u8; 3]; 12] = [b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec"];

/// What a sentence holds that date phrases need, read in one pass.
struct Cues {
    digit: bool,
    /// '-' or '/', as in "2025-12-09".
    dash: bool,
    month: bool,
}

impl Cues {
    fn of(sentence: &str) -> Cues {
        let b = sentence.as_bytes();
        let mut cues = Cues { digit: false, dash: false, month: false };
        for (i, &c) in b.iter().enumerate() {
            match c {
                b'0'..=b'9' => cues.digit = true,
                b'-' | b'/' => cues.dash = true,
                b'A' | b'D' | b'F' | b'J' | b'M' | b'N' | b'O' | b'S' if !cues.month => {
                    cues.month = b.get(i..i + 3).is_some_and(|w| MONTH_STARTS.iter().any(|m| m.as_slice() == w));
                }
                _ => {}
            }
        }
        cues
    }
}

/// After a date: what joins the next one of a list (", ", " and ", ", and ").
static LIST_JOIN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:,(?-u:\s)*(?:and(?-u:\s)+)?|(?-u:\s)+and(?-u:\s)+)").unwrap());
static BARE_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^((?:19|20)\d{2})(?-u:\b)").unwrap());

/// The first date phrase of a sentence and the dates listed after it ("in 2019 and 2020",
/// "on May 3 and June 9"), in order: what a "respectively" hands out.
pub fn find_date_list(sentence: &str, anchor: Option<Date>) -> Vec<DateMention> {
    let Some(first) = find_date(sentence, anchor) else { return Vec::new() };
    let mut out = vec![first];
    loop {
        let end = out.last().map_or(0, |d| d.end);
        let Some(join) = LIST_JOIN.find(&sentence[end..]) else { break };
        let at = end + join.end();
        let rest = &sentence[at..];
        let next = if let Some(y) = BARE_YEAR.captures(rest) {
            DateMention { value: y[1].parse().ok().map(DateValue::Year), text: y[1].to_string(), start: at, end: at + y[1].len() }
        } else {
            match find_date(rest, anchor) {
                Some(d) if d.start == 0 => DateMention { start: at, end: at + d.end, ..d },
                _ => break,
            }
        };
        out.push(next);
    }
    out
}

fn resolve_relative(phrase: &str, a: Date) -> Option<DateValue> {
    let shift_month = |delta: i64| {
        let d = a.first_of_month().checked_add(jiff::Span::new().months(delta)).ok()?;
        Some(DateValue::Month(d.year(), d.month()))
    };
    if phrase == "today" {
        return Some(DateValue::Day(a));
    }
    if phrase == "yesterday" || phrase == "a day earlier" || phrase == "a day ago" {
        return a.yesterday().ok().map(DateValue::Day);
    }
    if phrase.ends_with("last month") || phrase == "a month ago" || phrase == "a month earlier" {
        return shift_month(-1);
    }
    if phrase.ends_with("this month") {
        return shift_month(0);
    }
    if phrase.ends_with("last year") || phrase == "a year ago" || phrase == "a year earlier" {
        return Some(DateValue::Year(a.year() - 1));
    }
    if phrase.ends_with("this year") {
        return Some(DateValue::Year(a.year()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn absolute_forms() {
        assert_eq!(parse_date("Dec. 9, 2025"), Some(date(2025, 12, 9)));
        assert_eq!(parse_date("9 December 2025"), Some(date(2025, 12, 9)));
        assert_eq!(parse_date("2025-12-09T10:00:00Z"), Some(date(2025, 12, 9)));
        assert_eq!(parse_date("Tue, 09 Dec 2025 10:00:00 GMT"), Some(date(2025, 12, 9)));
        assert_eq!(parse_date("no date here"), None);
    }

    #[test]
    fn relative_forms_resolve_against_the_article_date() {
        let a = Some(date(2025, 12, 10)); // a Wednesday
        let m = find_date("The ministry said on Monday it would act.", a).unwrap();
        assert_eq!(m.value, Some(DateValue::Day(date(2025, 12, 8))));
        assert_eq!(m.text, "on Monday");
        let m = find_date("The rule took effect late last month.", a).unwrap();
        assert_eq!(m.value, Some(DateValue::Month(2025, 11)));
        let m = find_date("The curbs apply from July.", a).unwrap();
        assert_eq!(m.value, Some(DateValue::Month(2026, 7)), "a start ahead of the article date");
        let m = find_date("Regulators opened the probe in April.", a).unwrap();
        assert_eq!(m.value, Some(DateValue::Month(2025, 4)));
        let m = find_date("It was announced on Dec. 15.", Some(date(2026, 1, 5))).unwrap();
        assert_eq!(m.value, Some(DateValue::Day(date(2025, 12, 15))));
        let m = find_date("The curbs apply from Feb. 1, the ministry said.", a).unwrap();
        assert_eq!(m.value, Some(DateValue::Day(date(2026, 2, 1))), "a start day ahead of the article date");
        let m = find_date("Licences are required effective 15 January.", a).unwrap();
        assert_eq!(m.value, Some(DateValue::Day(date(2026, 1, 15))));
        let m = find_date("The curbs were announced last year.", a).unwrap();
        assert_eq!(m.value, Some(DateValue::Year(2024)));
    }

    #[test]
    fn a_list_of_dates_in_order() {
        let a = Some(date(2025, 12, 10));
        let texts = |v: Vec<DateMention>| v.into_iter().map(|d| (d.text, d.value)).collect::<Vec<_>>();
        assert_eq!(
            texts(find_date_list("They were listed in 2019 and 2020, respectively.", a)),
            vec![("in 2019".to_string(), Some(DateValue::Year(2019))), ("2020".to_string(), Some(DateValue::Year(2020)))]
        );
        let v = texts(find_date_list("The rules took effect on Oct. 7, Nov. 3 and Dec. 1, respectively.", a));
        assert_eq!(v.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(), ["Oct. 7", "Nov. 3", "Dec. 1"]);
        assert_eq!(v[2].1, Some(DateValue::Day(date(2025, 12, 1))));
        assert_eq!(find_date_list("Listed in 2019 and sanctioned later.", a).len(), 1);
    }

    #[test]
    fn when_something_ends_is_not_when_it_was_decided() {
        let a = Some(date(2025, 11, 10)); // a Monday
        assert!(find_date("Beijing paused the ban until November 2026.", a).is_none());
        assert!(find_date("The waiver runs until Nov. 10, 2026.", a).is_none());
        assert!(find_date("The exemption was extended through the end of 2026.", a).is_none());
        let m = find_date("Beijing on Friday paused the ban until November 2026.", a).unwrap();
        assert_eq!((m.text.as_str(), m.value), ("on Friday", Some(DateValue::Day(date(2025, 11, 7)))));
        let m = find_date("The curbs, in force until March, were imposed in 2023.", a).unwrap();
        assert_eq!(m.value, Some(DateValue::Year(2023)));
    }

    #[test]
    fn words_that_look_like_months_are_not_dates() {
        assert!(find_date("Regulators may act soon.", None).is_none());
        assert!(find_date("They will march on.", None).is_none());
    }
}
