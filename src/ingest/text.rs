//! Plain text and Markdown articles.
//!
//! Real inputs carry metadata as lines of their own: `Source:` / `URL:` (and the typo
//! `Sourse:`), `Date:`, sometimes at the end. The headline is the first non-empty line.
//! Code fences (a stray "```html") are not content; Markdown tables become one line per row,
//! `Header: cell; Header: cell`, so that each row reads as a sentence.

use super::Document;
use crate::dates;
use regex::Regex;
use std::sync::LazyLock;

static META: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[*_]{0,2})(source|sourse|url|link|date|published|dateline)(?:[*_]{0,2})\s*:\s*(?:[*_]{0,2})\s*(.+?)\s*$").unwrap()
});
static MD_LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"!?\[([^\]]*)\]\(([^)]*)\)").unwrap());
static MD_EMPH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\*\*|__|\*|`)").unwrap());
static URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"https?://\S+").unwrap());

/// Collapses runs of spaces and tabs, trims lines, drops empty lines.
pub(crate) fn normalize_plain(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.lines() {
        let line = collapse(line);
        if !line.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&line);
        }
    }
    out
}

fn collapse(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for w in line.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn table_cells(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    if !(t.starts_with('|') && t.len() > 1) {
        return None;
    }
    let inner = t.trim_start_matches('|').trim_end_matches('|');
    Some(inner.split('|').map(|c| collapse(&MD_EMPH.replace_all(c, ""))).collect())
}

fn is_separator_row(cells: &[String]) -> bool {
    cells.iter().all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
}

/// Parses a plain text or Markdown article.
pub fn parse_text(origin: &str, content: &str, markdown: bool) -> Document {
    let mut url = None;
    let mut date = None;
    let mut title: Option<String> = None;
    let mut lines: Vec<String> = Vec::new();
    let mut header: Option<Vec<String>> = None;
    for raw in content.lines() {
        let trimmed = raw.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            // A fence line is never content, and what it encloses is kept: in pasted news a
            // fence is a stray "```html" that is never closed, not a code block.
            continue;
        }
        if let Some(c) = META.captures(trimmed) {
            let key = c[1].to_ascii_lowercase();
            let value = c[2].trim().trim_matches(|ch| ch == '<' || ch == '>');
            match key.as_str() {
                "date" | "published" | "dateline" => {
                    if let Some(d) = dates::parse_date(value) {
                        date.get_or_insert(d);
                        continue;
                    }
                }
                _ => {
                    if let Some(u) = URL.find(value) {
                        url.get_or_insert_with(|| u.as_str().trim_end_matches(['.', ',', ')']).to_string());
                        continue;
                    }
                }
            }
        }
        if let Some(cells) = table_cells(trimmed) {
            if is_separator_row(&cells) {
                continue;
            }
            match &header {
                None => header = Some(cells),
                Some(h) => {
                    let row: Vec<String> = cells
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| !c.is_empty())
                        .map(|(i, c)| match h.get(i).filter(|x| !x.is_empty()) {
                            Some(name) => format!("{name}: {c}"),
                            None => c.clone(),
                        })
                        .collect();
                    if !row.is_empty() {
                        lines.push(format!("{}.", row.join("; ")));
                    }
                }
            }
            continue;
        }
        header = None;
        let mut line = trimmed.to_string();
        if markdown {
            line = line.trim_start_matches('#').trim_start_matches('>').trim().to_string();
            line = line.trim_start_matches(['-', '*', '+']).trim_start().to_string();
            line = MD_LINK.replace_all(&line, "$1").into_owned();
            line = MD_EMPH.replace_all(&line, "").into_owned();
        }
        let line = collapse(&line);
        if line.is_empty() {
            continue;
        }
        if title.is_none() {
            title = Some(line.clone());
        }
        lines.push(line);
    }
    Document::new(origin, url, title, date, lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_lines_are_read_and_removed() {
        let d = parse_text(
            "a.txt",
            "```html\nChina clears chip imports\n\nDate: 2026-01-28\nBeijing approved the purchases.\nSourse: https://news.test/a?x=1\n",
            false,
        );
        assert_eq!(d.title.as_deref(), Some("China clears chip imports"));
        assert_eq!(d.url.as_deref(), Some("https://news.test/a?x=1"));
        assert_eq!(d.date, Some(jiff::civil::date(2026, 1, 28)));
        assert_eq!(d.text, "China clears chip imports\nBeijing approved the purchases.");
    }

    #[test]
    fn markdown_tables_become_rows() {
        let d = parse_text(
            "a.md",
            "# Title\n\n| Chip | Vendor |\n|---|---|\n| H20 | **Nvidia** |\n| MI308 | AMD |\n\nAfter [the table](http://x).",
            true,
        );
        assert_eq!(d.text, "Title\nChip: H20; Vendor: Nvidia.\nChip: MI308; Vendor: AMD.\nAfter the table.");
    }
}
