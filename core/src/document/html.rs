//! Web pages: the markup removed, and with it scripts, styles, navigation, menus and the page's own
//! header and footer; blocks (paragraphs, headings, list items) become lines, table rows become lines
//! with their cells separated by tabs, entities are decoded (by the WHATWG tokenizer, `html5gum`).

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::error::DocumentError;
use super::legacy;
use super::lines::Lines;
use super::{Document, Format, Origin};

/// Elements whose content is never the plan's text.
const SKIPPED: [&[u8]; 14] = [
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"nav",
    b"head",
    b"iframe",
    b"svg",
    b"select",
    b"button",
    b"form",
    b"aside",
    b"menu",
    b"object",
];

/// Elements that end a line.
const BLOCKS: [&[u8]; 22] = [
    b"p",
    b"div",
    b"li",
    b"ul",
    b"ol",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"section",
    b"article",
    b"main",
    b"header",
    b"footer",
    b"blockquote",
    b"pre",
    b"dd",
    b"dt",
    b"figcaption",
    b"address",
];

/// Elements without an end tag.
const VOID: [&[u8]; 8] = [b"br", b"hr", b"img", b"meta", b"link", b"input", b"wbr", b"source"];

/// Reads a web page (UTF-8; a page in a legacy Vietnamese encoding is refused with how to convert it).
pub(super) fn read(bytes: &[u8]) -> Result<Document, DocumentError> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let bom = bytes.len() - body.len();
    let html = std::str::from_utf8(body).map_err(|e| match legacy::detect(body) {
        Some((encoding, at)) => DocumentError::LegacyEncoding { encoding, at: at + bom },
        None => DocumentError::UnknownEncoding { at: e.valid_up_to() + bom },
    })?;
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    let mut page = Page { bom, ..Page::default() };
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let navigation = tag.attributes.iter().any(|(k, v)| {
                    let v = String::from_utf8_lossy(&v.value).to_ascii_lowercase();
                    (k.as_slice() == b"role"
                        && ["navigation", "banner", "contentinfo", "search", "menu"].contains(&v.as_str()))
                        || ((k.as_slice() == b"class" || k.as_slice() == b"id")
                            && ["breadcrumb", "navbar", "menu", "sidebar", "share", "social"]
                                .iter()
                                .any(|w| v.contains(w)))
                });
                let void = tag.self_closing || VOID.contains(&tag.name.as_slice());
                page.open(&tag.name.to_ascii_lowercase(), navigation, void)?;
            }
            Token::EndTag(tag) => page.close(&tag.name.to_ascii_lowercase())?,
            Token::String(s) => page.text(&String::from_utf8_lossy(&s.value), s.span.start),
            _ => {}
        }
    }
    page.flush()?;
    Ok(page.lines.finish(Format::Html))
}

/// The walk through the page.
#[derive(Debug, Default)]
struct Page {
    lines: Lines,
    bom: usize,
    /// The element being skipped, and how many of its kind are open inside it.
    skipping: Option<(Vec<u8>, usize)>,
    /// How many `<article>` or `<main>` are open: a header or footer inside one is content.
    content: usize,
    pre: usize,
    block: String,
    block_byte: Option<usize>,
    heading: Option<u8>,
    paragraphs: usize,
    depth: usize,
    tables: usize,
    rows: usize,
    row_byte: Option<usize>,
    cells: Vec<String>,
}

impl Page {
    fn open(&mut self, name: &[u8], navigation: bool, void: bool) -> Result<(), DocumentError> {
        if let Some((skipped, n)) = &mut self.skipping {
            if skipped.as_slice() == name && !void {
                *n += 1;
            }
            return Ok(());
        }
        let page_furniture = matches!(name, b"header" | b"footer") && self.content == 0;
        if (SKIPPED.contains(&name) || navigation || page_furniture) && !void {
            self.skipping = Some((name.to_vec(), 1));
            return Ok(());
        }
        match name {
            b"article" | b"main" => self.content += 1,
            b"pre" => self.pre += 1,
            _ => {}
        }
        self.boundary(name, true)
    }

    fn close(&mut self, name: &[u8]) -> Result<(), DocumentError> {
        if let Some((skipped, n)) = &mut self.skipping {
            if skipped.as_slice() == name {
                *n -= 1;
                if *n == 0 {
                    self.skipping = None;
                }
            }
            return Ok(());
        }
        match name {
            b"article" | b"main" => self.content = self.content.saturating_sub(1),
            b"pre" => self.pre = self.pre.saturating_sub(1),
            _ => {}
        }
        self.boundary(name, false)
    }

    /// What a tag does to the lines: a block ends one, a table row ends a row, a cell starts a cell.
    fn boundary(&mut self, name: &[u8], opening: bool) -> Result<(), DocumentError> {
        let in_table = self.depth > 0;
        match name {
            b"table" if opening => {
                self.flush()?;
                self.depth += 1;
                if self.depth == 1 {
                    self.rows = 0;
                }
            }
            b"table" => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth == 0 {
                    self.tables += 1;
                }
            }
            b"tr" if self.depth == 1 => self.row(opening)?,
            b"td" | b"th" if self.depth == 1 && opening => {
                self.cell();
            }
            b"br" | b"hr" if !in_table => self.block.push('\n'),
            b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6" if !in_table => {
                self.flush()?;
                if opening {
                    self.heading = name.get(1).map(|d| d - b'0');
                }
            }
            _ if BLOCKS.contains(&name) || name == b"br" => {
                if in_table {
                    self.block.push(' ');
                } else {
                    self.flush()?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn text(&mut self, text: &str, at: usize) {
        if self.skipping.is_some() {
            return;
        }
        if !text.trim().is_empty() {
            let byte = at + self.bom;
            self.block_byte.get_or_insert(byte);
            self.row_byte.get_or_insert(byte);
        }
        if self.pre > 0 {
            self.block.push_str(text);
        } else {
            self.block.extend(text.chars().map(|c| if c.is_whitespace() { ' ' } else { c }));
        }
    }

    /// Ends the cell being read (its text is the block so far) in the row.
    fn cell(&mut self) {
        let cell = std::mem::take(&mut self.block).replace(['\t', '\n'], " ");
        if !self.cells.is_empty() || !cell.trim().is_empty() {
            self.cells.push(cell);
        }
    }

    fn row(&mut self, opening: bool) -> Result<(), DocumentError> {
        if opening {
            self.cells.clear();
            self.block.clear();
            self.row_byte = None;
            return Ok(());
        }
        self.cell();
        let origin = Origin::Row { table: self.tables, row: self.rows, byte: self.row_byte.unwrap_or_default() };
        if !self.cells.is_empty() {
            self.lines.push(&self.cells.join("\t"), origin)?;
            self.rows += 1;
        }
        self.cells.clear();
        Ok(())
    }

    /// Ends the block being read as a line.
    fn flush(&mut self) -> Result<(), DocumentError> {
        let block = std::mem::take(&mut self.block);
        if !block.trim().is_empty() {
            let origin = Origin::Paragraph {
                paragraph: self.paragraphs,
                heading: self.heading,
                byte: self.block_byte.unwrap_or_default(),
            };
            self.lines.push(&block, origin)?;
            self.paragraphs += 1;
        }
        self.block_byte = None;
        self.heading = None;
        Ok(())
    }
}
