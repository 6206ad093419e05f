//! Import of Word files (feature `docx`): paragraphs, heading styles with Word's automatic
//! numbers, tables; the same report as the text import; clear errors for files that are not
//! Word documents.

use std::io::{Cursor, Write};

use fazhi_report::import::docx::{import_docx, paragraphs};
use fazhi_report::import::{ImportError, LogKind, import_text};
use zip::write::SimpleFileOptions;

const REFERENCE: &str = include_str!("fixtures/reference.txt");

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>
</w:styles>"#;

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A `.docx` with the given body XML (and the styles above).
fn docx(body: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.write_all(br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
        .unwrap();
    zip.start_file("word/styles.xml", options).unwrap();
    zip.write_all(STYLES.as_bytes()).unwrap();
    zip.start_file("word/document.xml", options).unwrap();
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    zip.write_all(doc.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

fn para(style: Option<&str>, numbered: bool, text: &str) -> String {
    let mut p = String::from("<w:p><w:pPr>");
    if let Some(s) = style {
        p.push_str(&format!("<w:pStyle w:val=\"{s}\"/>"));
    }
    if numbered {
        p.push_str("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
    }
    p.push_str("</w:pPr>");
    // Two runs, as Word splits text at every change of formatting.
    let cut = text
        .char_indices()
        .nth(text.chars().count() / 2)
        .map_or(0, |(i, _)| i);
    for run in [&text[..cut], &text[cut..]] {
        p.push_str(&format!(
            "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>",
            xml_escape(run)
        ));
    }
    p.push_str("</w:p>");
    p
}

/// The reference report as a Word file: the title in the Title style, the part headings in
/// 标题 1 numbered by Word (their 一、 not in the text), subsections in 标题 2.
fn reference_docx() -> Vec<u8> {
    styled_docx(REFERENCE, 0)
}

/// A text as a Word file: line `title` in the Title style, part headings in 标题 1 numbered
/// by Word, subsections in 标题 2, the rest body text.
fn styled_docx(text: &str, title: usize) -> Vec<u8> {
    let mut body = String::new();
    for (n, line) in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let numeral = line.split('、').next().unwrap_or("");
        if n == title {
            body.push_str(&para(Some("a3"), false, line));
        } else if !numeral.is_empty()
            && numeral.chars().count() <= 2
            && numeral.chars().all(|c| "一二三四五六七八九十".contains(c))
        {
            let rest = &line[numeral.len() + '、'.len_utf8()..];
            body.push_str(&para(Some("1"), true, rest));
        } else if line.starts_with('（') {
            body.push_str(&para(Some("2"), false, line));
        } else {
            body.push_str(&para(None, false, line));
        }
    }
    docx(&body)
}

#[test]
fn word_file_gives_the_text_import() {
    let bytes = reference_docx();
    let from_docx = import_docx(&bytes).expect("the Word file imports");
    let from_text = import_text(REFERENCE).expect("the text imports");
    let (a, b) = (
        from_docx.report.to_json_pretty().unwrap(),
        from_text.report.to_json_pretty().unwrap(),
    );
    let diff = a.lines().zip(b.lines()).position(|(x, y)| x != y).map(|n| {
        let around = |s: &str| s.lines().skip(n).take(4).collect::<Vec<_>>().join("\n");
        format!("{}\n≠\n{}", around(&a), around(&b))
    });
    assert_eq!(diff, None);
    assert_eq!(a, b);
    let numbered = from_docx
        .log
        .of_kind(LogKind::Guessed)
        .filter(|e| e.message.contains("automatic number"))
        .count();
    assert_eq!(numbered, 4, "the four part headings numbered by Word");
    assert!(from_docx.log.entries[0].message.contains("heading style"));
}

#[test]
fn heading_styles_tables_and_breaks() {
    let body = format!(
        "{}{}<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc>\
         <w:tc><w:p><w:r><w:t>数量</w:t></w:r></w:p></w:tc></w:tr>\
         <w:tr><w:tc><w:p><w:r><w:t>行政复议案件</w:t></w:r></w:p></w:tc>\
         <w:tc><w:p><w:r><w:t>12件</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
         <w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行&amp;</w:t><w:delText>删除的字</w:delText></w:r></w:p>",
        para(Some("a3"), false, "区司法局2024年度法治政府建设情况报告"),
        para(
            Some("Heading1"),
            false,
            "一、2024年推进法治政府建设主要举措和成效"
        ),
    );
    let paras = paragraphs(&docx(&body)).expect("reads");
    assert_eq!(paras[0].heading, Some(0));
    assert_eq!(paras[1].heading, Some(1));
    assert_eq!(paras[2].text, "项目\t数量");
    assert!(paras[3].table_row);
    assert_eq!(paras[3].text, "行政复议案件\t12件");
    assert_eq!(paras[4].text, "第一行\n第二行&");
}

#[test]
fn not_a_word_file_is_a_clear_error() {
    let err = |bytes: &[u8]| import_docx(bytes).unwrap_err();
    assert!(matches!(err(b""), ImportError::Empty));
    let not_zip = err(b"this is plain text, not a zip");
    assert!(matches!(not_zip, ImportError::Docx(_)), "{not_zip}");
    assert!(not_zip.to_string().contains("zip"));
    // A zip without word/document.xml.
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("hello.txt", SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"hi").unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let missing = err(&bytes);
    assert!(
        missing.to_string().contains("word/document.xml"),
        "{missing}"
    );
    // Malformed XML.
    let bad = docx("<w:p><w:r><w:t>未闭合</w:r></w:p>");
    assert!(matches!(
        err(&bad),
        ImportError::Docx(_) | ImportError::NoYear
    ));
    // A truncated zip.
    let good = reference_docx();
    for cut in [10, good.len() / 2, good.len() - 10] {
        let _ = import_docx(&good[..cut]);
    }
}

/// A report in 公文 form (文号, 主送, signature and date) as a Word file.
#[test]
fn gongwen_report_as_a_word_file() {
    let text = include_str!("fixtures/gongwen_2024.txt");
    let from_docx = import_docx(&styled_docx(text, 1)).expect("the Word file imports");
    let from_text = import_text(text).expect("the text imports");
    assert_eq!(
        from_docx.report.to_json_pretty().unwrap(),
        from_text.report.to_json_pretty().unwrap()
    );
    let meta = &from_docx.report.meta;
    assert_eq!(meta.document_number.as_deref(), Some("沪浦司〔2025〕3号"));
    assert_eq!(meta.addressees, ["区委", "区政府"]);
    assert_eq!(
        meta.dates.written.map(|d| d.to_string()).as_deref(),
        Some("2025-01-15")
    );
    let hazards = &from_docx.report.measures.items[1].hazards[0];
    assert_eq!(hazards.rectified.as_ref().unwrap().to_string(), "86处");
}

/// Two of the test reports of other layouts as Word files (heading styles with automatic
/// numbers): the same reports as their text.
#[test]
fn test_reports_as_word_files() {
    for (text, title) in [
        (include_str!("fixtures/import/three_part_2024.txt"), 0),
        (include_str!("fixtures/import/december_2024.txt"), 0),
    ] {
        let from_docx = import_docx(&styled_docx(text, title)).expect("the Word file imports");
        let from_text = import_text(text).expect("the text imports");
        assert_eq!(
            from_docx.report.to_json_pretty().unwrap(),
            from_text.report.to_json_pretty().unwrap()
        );
        assert!(!from_docx.report.measures.items.is_empty());
        // The relations are read from the Word file as from the text.
        assert!(!from_docx.report.measures.items[0].comparisons.is_empty());
    }
}

/// Run-in headings and 1./（1） items in a Word file (the subsections and the （1） items in
/// 标题 2, the 1. items body text): the same nested items and paragraphs as the text.
#[test]
fn run_in_headings_and_levels_in_a_word_file() {
    for text in [
        include_str!("fixtures/import/run_in_2024.txt"),
        include_str!("fixtures/import/tables_levels_2024.txt"),
    ] {
        let from_docx = import_docx(&styled_docx(text, 0)).expect("the Word file imports");
        let from_text = import_text(text).expect("the text imports");
        assert_eq!(
            from_docx.report.to_json_pretty().unwrap(),
            from_text.report.to_json_pretty().unwrap()
        );
        let first = &from_docx.report.measures.items[0];
        assert_eq!(first.items.len(), 2, "two 1. items");
        assert_eq!(first.items[0].items.len(), 2, "two （1） items");
    }
}
