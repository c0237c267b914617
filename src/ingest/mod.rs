//! Ingest: files, directories, stdin → [`Document`]s.
//!
//! Reads plain text, Markdown, HTML, JSON Lines and RSS/Atom feeds. Inputs are streamed: a
//! directory is walked lazily and a JSON Lines file is read a line at a time, so memory stays
//! flat whatever the size of the batch. A bad file yields one error naming it and the walk
//! goes on.

mod html;
mod text;

use crate::dates;
use crate::error::{Error, Result};
use crate::model::iri::sha256_hex;
use jiff::civil::Date;
use serde::Deserialize;
use std::collections::VecDeque;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use html::html_to_text;
pub use text::parse_text;

/// One article, as every later stage sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Where it came from: a path, `path:line` for JSON Lines, or `<stdin>`.
    pub origin: String,
    /// The article's URL, when the input gives one.
    pub url: Option<String>,
    pub title: Option<String>,
    /// Publication date, when the input gives one.
    pub date: Option<Date>,
    /// The visible text: paragraphs and table rows, one per line. Evidence offsets point here.
    pub text: String,
    /// SHA-256 of `text`, hex.
    pub content_hash: String,
}

impl Document {
    /// Builds a document and computes its content hash.
    pub fn new(origin: impl Into<String>, url: Option<String>, title: Option<String>, date: Option<Date>, text: String) -> Self {
        let content_hash = sha256_hex(text.as_bytes());
        Document { origin: origin.into(), url, title, date, text, content_hash }
    }
}

/// Input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    JsonLines,
    Feed,
}

impl Format {
    /// The format a file name implies; `None` for files that are not articles (images …).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" | "" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "jsonl" | "ndjson" | "json" => Format::JsonLines,
            "xml" | "rss" | "atom" => Format::Feed,
            _ => return None,
        })
    }

    /// Guesses the format of a stream from its first bytes (for stdin).
    pub fn sniff(head: &[u8]) -> Format {
        let s = String::from_utf8_lossy(&head[..head.len().min(512)]);
        let t = s.trim_start().to_ascii_lowercase();
        if t.starts_with('{') {
            Format::JsonLines
        } else if t.starts_with("<?xml") || t.starts_with("<rss") || t.starts_with("<feed") {
            Format::Feed
        } else if t.starts_with('<') {
            Format::Html
        } else {
            Format::Text
        }
    }
}

/// Parses one whole input of a known single-article format.
pub fn parse_document(origin: &str, format: Format, content: &str) -> Result<Document> {
    match format {
        Format::Text | Format::Markdown => Ok(parse_text(origin, content, format == Format::Markdown)),
        Format::Html => Ok(html::parse_html(origin, content)),
        Format::JsonLines | Format::Feed => Err(Error::Parse {
            origin: origin.to_string(),
            message: "holds several articles: read it with Sources".into(),
        }),
    }
}

/// One line of a JSON Lines input.
#[derive(Deserialize)]
struct JsonArticle {
    #[serde(alias = "link")]
    url: Option<String>,
    #[serde(alias = "headline")]
    title: Option<String>,
    #[serde(alias = "published", alias = "published_at", alias = "datePublished")]
    date: Option<String>,
    #[serde(alias = "content", alias = "body", alias = "html")]
    text: Option<String>,
}

/// Parses one JSON Lines record (`origin` should name the file and line).
pub fn parse_json_article(origin: &str, line: &str) -> Result<Document> {
    let a: JsonArticle = serde_json::from_str(line).map_err(|e| Error::Parse {
        origin: origin.to_string(),
        message: format!("not a JSON article object: {e}"),
    })?;
    let raw = a.text.unwrap_or_default();
    if raw.trim().is_empty() {
        return Err(Error::Parse { origin: origin.to_string(), message: "article has no \"text\"".into() });
    }
    let text = if looks_like_html(&raw) { html_to_text(&raw) } else { text::normalize_plain(&raw) };
    let date = a.date.as_deref().and_then(dates::parse_date);
    let title = a.title.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
    Ok(Document::new(origin, a.url.filter(|u| !u.trim().is_empty()), title, date, text))
}

fn looks_like_html(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    ["<p", "</", "<br", "<div", "<li", "<table"].iter().any(|t| l.contains(t))
}

/// Parses an RSS or Atom feed: one document per entry.
pub fn parse_feed(origin: &str, bytes: &[u8]) -> Result<Vec<Document>> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| Error::Parse {
        origin: origin.to_string(),
        message: format!("not an RSS/Atom feed: {e}"),
    })?;
    let mut docs = Vec::new();
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let title = entry.title.map(|t| t.content);
        let url = entry.links.first().map(|l| l.href.clone());
        let date = entry
            .published
            .or(entry.updated)
            .and_then(|d| dates::parse_date(&d.to_rfc3339()));
        let body = entry
            .content
            .and_then(|c| c.body)
            .or(entry.summary.map(|s| s.content))
            .unwrap_or_default();
        let mut text = html_to_text(&body);
        if let Some(t) = &title {
            text = format!("{t}\n{text}");
        }
        if text.trim().is_empty() {
            continue;
        }
        docs.push(Document::new(format!("{origin}#{}", i + 1), url, title, date, text));
    }
    Ok(docs)
}

/// A lazy stream of documents from paths (files, directories walked recursively in name
/// order, or `-` for stdin). Each item is a document or one input's error; errors do not
/// stop the stream.
pub struct Sources {
    pending: VecDeque<PathBuf>,
    /// Documents already parsed from a multi-article input (feeds).
    ready: VecDeque<Result<Document>>,
    /// The JSON Lines file being read, with its name and line number.
    lines: Option<(String, usize, Box<dyn BufRead>)>,
}

impl Sources {
    /// Streams the documents under `paths`.
    pub fn new<P: AsRef<Path>>(paths: impl IntoIterator<Item = P>) -> Self {
        Sources {
            pending: paths.into_iter().map(|p| p.as_ref().to_path_buf()).collect(),
            ready: VecDeque::new(),
            lines: None,
        }
    }

    fn next_line(&mut self) -> Option<Result<Document>> {
        let (name, lineno, reader) = self.lines.as_mut()?;
        let mut buf = String::new();
        loop {
            buf.clear();
            *lineno += 1;
            match reader.read_line(&mut buf) {
                Ok(0) => {
                    self.lines = None;
                    return None;
                }
                Ok(_) if buf.trim().is_empty() => continue,
                Ok(_) => return Some(parse_json_article(&format!("{name}:{lineno}"), buf.trim())),
                Err(e) => {
                    let err = Error::Parse { origin: format!("{name}:{lineno}"), message: e.to_string() };
                    self.lines = None;
                    return Some(Err(err));
                }
            }
        }
    }

    fn open(&mut self, path: PathBuf) -> Option<Result<Document>> {
        let io = |source| Error::Io { path: path.clone(), source };
        if path.as_os_str() == "-" {
            let mut reader = BufReader::new(std::io::stdin());
            let head = match reader.fill_buf() {
                Ok(h) => h.to_vec(),
                Err(e) => return Some(Err(io(e))),
            };
            return self.read_stream("<stdin>".into(), Format::sniff(&head), Box::new(reader));
        }
        let meta = match fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return Some(Err(io(e))),
        };
        if meta.is_dir() {
            match fs::read_dir(&path) {
                Ok(entries) => {
                    let mut children: Vec<PathBuf> = entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| {
                            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                            !name.starts_with('.') && !name.eq_ignore_ascii_case("README.md")
                                && (p.is_dir() || Format::from_path(p).is_some())
                        })
                        .collect();
                    children.sort();
                    for c in children.into_iter().rev() {
                        self.pending.push_front(c);
                    }
                    None
                }
                Err(e) => Some(Err(io(e))),
            }
        } else {
            let format = Format::from_path(&path).unwrap_or(Format::Text);
            match fs::File::open(&path) {
                Ok(f) => self.read_stream(path.display().to_string(), format, Box::new(BufReader::new(f))),
                Err(e) => Some(Err(io(e))),
            }
        }
    }

    fn read_stream(&mut self, name: String, format: Format, mut reader: Box<dyn BufRead>) -> Option<Result<Document>> {
        if format == Format::JsonLines {
            self.lines = Some((name, 0, reader));
            return self.next_line();
        }
        let mut bytes = Vec::new();
        if let Err(e) = reader.read_to_end(&mut bytes) {
            return Some(Err(Error::Io { path: name.into(), source: e }));
        }
        if format == Format::Feed {
            match parse_feed(&name, &bytes) {
                Ok(docs) => self.ready.extend(docs.into_iter().map(Ok)),
                Err(e) => return Some(Err(e)),
            }
            return self.ready.pop_front();
        }
        let content = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                return Some(Err(Error::Parse {
                    origin: name,
                    message: format!("not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()),
                }))
            }
        };
        let doc = parse_document(&name, format, &content);
        Some(match doc {
            Ok(d) if d.text.trim().is_empty() => Err(Error::Parse { origin: name, message: "no article text found".into() }),
            other => other,
        })
    }
}

impl Iterator for Sources {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(d) = self.ready.pop_front() {
                return Some(d);
            }
            if self.lines.is_some() {
                if let Some(d) = self.next_line() {
                    return Some(d);
                }
                continue;
            }
            let path = self.pending.pop_front()?;
            if let Some(item) = self.open(path) {
                return Some(item);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_record_with_html() {
        let d = parse_json_article("x.jsonl:1", r#"{"url":"https://a.test/1","title":"T","date":"2025-12-09","text":"<p>First para.</p><p>Second.</p>"}"#).unwrap();
        assert_eq!(d.url.as_deref(), Some("https://a.test/1"));
        assert_eq!(d.date, Some(jiff::civil::date(2025, 12, 9)));
        assert_eq!(d.text, "First para.\nSecond.");
    }

    #[test]
    fn bad_json_line_names_the_line() {
        let e = parse_json_article("x.jsonl:3", "{not json").unwrap_err();
        assert!(e.to_string().starts_with("x.jsonl:3: "), "{e}");
    }

    #[test]
    fn rss_feed_entries_become_documents() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Chip wire</title>
            <item><title>Beijing clears H200 imports</title><link>https://wire.test/a</link>
            <pubDate>Wed, 28 Jan 2026 09:00:00 GMT</pubDate>
            <description>&lt;p&gt;China approved purchases of Nvidia's H200.&lt;/p&gt;</description></item>
            <item><title>Second</title><link>https://wire.test/b</link><description>Text two.</description></item>
            </channel></rss>"#;
        let docs = parse_feed("feed.xml", rss.as_bytes()).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].url.as_deref(), Some("https://wire.test/a"));
        assert_eq!(docs[0].date, Some(jiff::civil::date(2026, 1, 28)));
        assert_eq!(docs[0].text, "Beijing clears H200 imports\nChina approved purchases of Nvidia's H200.");
        assert_eq!(docs[1].origin, "feed.xml#2");
        assert!(parse_feed("bad.xml", b"<html>not a feed").is_err());
    }

    #[test]
    fn sniffing() {
        assert_eq!(Format::sniff(b"  {\"url\":1}"), Format::JsonLines);
        assert_eq!(Format::sniff(b"<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(Format::sniff(b"<?xml version='1.0'?><rss>"), Format::Feed);
        assert_eq!(Format::sniff(b"Headline\nBody"), Format::Text);
    }
}
