//! HTML pages: visible text only (no script, style, nav, header, footer, aside, form),
//! the headline, the publication date from `<meta>` or `<time>`, the canonical URL, and
//! tables read as rows.

use super::Document;
use crate::dates;
use scraper::{ElementRef, Html, Node, Selector};
use std::sync::LazyLock;

const SKIP: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg",
    "iframe", "template", "select", "figure", "menu",
];
const BLOCK: &[&str] = &[
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "br", "tr", "table", "pre", "dd", "dt", "figcaption", "time", "hr", "body",
];

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

static ARTICLE: LazyLock<Selector> = LazyLock::new(|| sel("article"));
static MAIN: LazyLock<Selector> = LazyLock::new(|| sel("main, [role=main]"));
static BODY: LazyLock<Selector> = LazyLock::new(|| sel("body"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| sel("title"));
static H1: LazyLock<Selector> = LazyLock::new(|| sel("h1"));
static META: LazyLock<Selector> = LazyLock::new(|| sel("meta"));
static TIME: LazyLock<Selector> = LazyLock::new(|| sel("time[datetime]"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| sel("link[rel=canonical]"));
static CELL: LazyLock<Selector> = LazyLock::new(|| sel("th, td"));

/// Text of an HTML fragment or page, one block per line.
pub fn html_to_text(html: &str) -> String {
    let doc = Html::parse_fragment(html);
    let mut out = Text::default();
    walk(doc.root_element(), &mut out);
    out.finish()
}

/// Parses a whole HTML page.
pub fn parse_html(origin: &str, html: &str) -> Document {
    let doc = Html::parse_document(html);
    let mut meta_date = None;
    let mut meta_url = None;
    let mut meta_title = None;
    for m in doc.select(&META) {
        let key = m.value().attr("property").or(m.value().attr("name")).or(m.value().attr("itemprop")).unwrap_or("").to_ascii_lowercase();
        let Some(content) = m.value().attr("content") else { continue };
        match key.as_str() {
            "article:published_time" | "datepublished" | "date" | "pubdate" | "publishdate" | "dc.date" | "dcterms.date" | "og:published_time"
                if meta_date.is_none() => {
                    meta_date = dates::parse_date(content);
                }
            "og:url" => meta_url = Some(content.to_string()),
            "og:title" => meta_title = Some(content.trim().to_string()),
            _ => {}
        }
    }
    let date = meta_date.or_else(|| doc.select(&TIME).find_map(|t| dates::parse_date(t.value().attr("datetime")?)));
    let url = doc
        .select(&CANONICAL)
        .find_map(|l| l.value().attr("href").map(str::to_string))
        .or(meta_url);
    let root = doc
        .select(&ARTICLE)
        .max_by_key(|a| a.text().map(str::len).sum::<usize>())
        .or_else(|| doc.select(&MAIN).next())
        .or_else(|| doc.select(&BODY).next())
        .unwrap_or(doc.root_element());
    let mut out = Text::default();
    walk(root, &mut out);
    let mut text = out.finish();
    let h1 = doc.select(&H1).next().map(|h| collapse(&h.text().collect::<String>()));
    let title = h1
        .clone()
        .filter(|t| !t.is_empty())
        .or(meta_title)
        .or_else(|| doc.select(&TITLE).next().map(|t| collapse(&t.text().collect::<String>())))
        .filter(|t| !t.is_empty());
    // The headline is part of the text (it often states the decision), once.
    if let Some(t) = &title {
        if !text.starts_with(t.as_str()) && h1.as_deref() != Some(t) {
            text = format!("{t}\n{text}");
        }
    }
    Document::new(origin, url, title, date, text)
}

#[derive(Default)]
struct Text {
    lines: Vec<String>,
    current: String,
}

impl Text {
    fn push(&mut self, s: &str) {
        self.current.push_str(s);
    }
    fn newline(&mut self) {
        let line = collapse(&self.current);
        if !line.is_empty() {
            self.lines.push(line);
        }
        self.current.clear();
    }
    fn finish(mut self) -> String {
        self.newline();
        self.lines.join("\n")
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn walk(el: ElementRef, out: &mut Text) {
    let name = el.value().name();
    if SKIP.contains(&name) || el.value().attr("hidden").is_some() || el.value().attr("aria-hidden") == Some("true") {
        return;
    }
    if name == "table" {
        out.newline();
        table(el, out);
        return;
    }
    let block = BLOCK.contains(&name);
    if block {
        out.newline();
    }
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push(t),
            Node::Element(_) => {
                if let Some(c) = ElementRef::wrap(child) {
                    walk(c, out);
                }
            }
            _ => {}
        }
    }
    if block {
        out.newline();
    }
}

/// A table becomes one line per row: `Header: cell; Header: cell.`
fn table(el: ElementRef, out: &mut Text) {
    let rows: Vec<Vec<String>> = el
        .select(&sel("tr"))
        .map(|tr| tr.select(&CELL).map(|c| collapse(&c.text().collect::<String>())).collect())
        .collect();
    let has_th = el.select(&sel("th")).next().is_some();
    let (header, body) = if has_th && !rows.is_empty() { (Some(&rows[0]), &rows[1..]) } else { (None, &rows[..]) };
    for row in body {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.is_empty())
            .map(|(i, c)| match header.and_then(|h| h.get(i)).filter(|h| !h.is_empty()) {
                Some(h) => format!("{h}: {c}"),
                None => c.clone(),
            })
            .collect();
        if !cells.is_empty() {
            out.lines.push(format!("{}.", cells.join("; ")));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_title_date_and_tables() {
        let page = r#"<html><head><title>Site | Story</title>
            <meta property="article:published_time" content="2025-07-31T08:00:00Z">
            <link rel="canonical" href="https://news.test/story"></head>
            <body><nav>Home World Tech</nav><script>var x = "the U.S. banned everything";</script>
            <article><h1>Regulator summons chipmaker</h1><p>The regulator summoned
            the company on Thursday.</p><table><tr><th>Chip</th><th>Status</th></tr>
            <tr><td>H20</td><td>under review</td></tr></table></article>
            <footer>Related: another story</footer></body></html>"#;
        let d = parse_html("p.html", page);
        assert_eq!(d.title.as_deref(), Some("Regulator summons chipmaker"));
        assert_eq!(d.url.as_deref(), Some("https://news.test/story"));
        assert_eq!(d.date, Some(jiff::civil::date(2025, 7, 31)));
        assert_eq!(
            d.text,
            "Regulator summons chipmaker\nThe regulator summoned the company on Thursday.\nChip: H20; Status: under review."
        );
    }
}
