//! Import of government web pages (feature `html`): the article body found, the site's
//! frame dropped, entities decoded, and the same report as the text import.

use fazhi_report::import::html::{article_text, import_html};
use fazhi_report::import::{ImportError, LogKind, import_text};

const REFERENCE: &str = include_str!("fixtures/reference.txt");

/// The first line where two reports' JSON differ, if any.
fn first_difference(a: &fazhi_report::Report, b: &fazhi_report::Report) -> Option<String> {
    let (a, b) = (a.to_json_pretty().unwrap(), b.to_json_pretty().unwrap());
    a.lines()
        .zip(b.lines())
        .enumerate()
        .find(|(_, (x, y))| x != y)
        .map(|(n, (x, y))| format!("line {n}: {x} != {y}"))
        .or_else(|| (a.lines().count() != b.lines().count()).then(|| "lengths differ".to_owned()))
}

/// Escapes text for HTML, writing some characters as entities as CMSs do.
fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('“', "&ldquo;")
        .replace('”', "&#8221;")
}

/// The reference report as a government site serves it: a header with navigation and
/// breadcrumbs, the title in an `<h1>` above the body, every paragraph a `<p>` indented
/// with `&nbsp;`, a share bar and a footer; `body_open` is the body's opening tag.
fn gov_page(body_open: &str, body_close: &str) -> String {
    let mut lines = REFERENCE.lines().filter(|l| !l.trim().is_empty());
    let title = lines.next().unwrap().trim().to_owned();
    let mut page = String::from(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
         <title>",
    );
    page.push_str(&html_escape(&title));
    page.push_str(
        "_天津市河北区人民政府</title><style>.x{color:red}</style>\
         <script>var nav = '一、这不是正文';</script></head><body>\
         <div class=\"header\"><div class=\"logo\">天津市河北区人民政府</div>\
         <ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li>\
         <li><a href=\"/hd\">政民互动</a></li></ul></div>\
         <div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a>法治政府建设</a></div>\
         <div class=\"article\"><h1 class=\"article-title\">",
    );
    page.push_str(&html_escape(&title));
    page.push_str(
        "</h1><div class=\"info\">发布时间：2024-01-20 来源：区国动办 字号：大 中 小</div>",
    );
    page.push_str(body_open);
    for line in lines {
        page.push_str("<p style=\"text-indent:2em\">&nbsp;&nbsp;");
        page.push_str(&html_escape(line.trim()));
        page.push_str("</p>\n");
    }
    page.push_str(body_close);
    page.push_str(
        "<div class=\"share\">分享到：微信 微博</div></div>\
         <div class=\"footer\">主办：天津市河北区人民政府办公室 版权所有 津ICP备00000000号</div>\
         </body></html>",
    );
    page
}

#[test]
fn gov_page_gives_the_text_import() {
    let page = gov_page("<div id=\"zoom\">", "</div>");
    let from_html = import_html(page.as_bytes()).expect("the page imports");
    let from_text = import_text(REFERENCE).expect("the text imports");
    assert_eq!(first_difference(&from_html.report, &from_text.report), None);
    for frame in [
        "首页",
        "当前位置",
        "版权所有",
        "分享到",
        "发布时间",
        "这不是正文",
        "color",
    ] {
        assert!(!from_html.text.contains(frame), "{frame} left in the text");
    }
    assert!(from_html.text.contains("“双万双服”"), "entities decoded");
    assert!(
        !from_html.text.contains('\u{a0}'),
        "&nbsp; as a space, trimmed"
    );
    let first = &from_html.log.entries[0];
    assert_eq!(first.kind, LogKind::Recognised);
    assert!(first.message.contains("#zoom"), "{}", first.message);
    assert!(
        from_html
            .log
            .of_kind(LogKind::Guessed)
            .any(|e| e.message.contains("<h1>")),
        "the title's source is logged"
    );
}

#[test]
fn body_without_known_selector_found_by_text_density() {
    let page = gov_page(
        "<div class=\"wz_con\"><div class=\"bt_con\">",
        "</div></div>",
    );
    let from_html = import_html(page.as_bytes()).expect("the page imports");
    let from_text = import_text(REFERENCE).expect("the text imports");
    assert_eq!(first_difference(&from_html.report, &from_text.report), None);
    assert!(from_html.log.entries[0].message.contains("density"));
}

#[test]
fn page_with_br_lines_and_a_table() {
    let page = "<html><body><div class=\"TRS_Editor\">区司法局2024年度法治政府建设情况报告<br>\
        一、2024年推进法治政府建设主要举措和成效<br>（一）守住安全底线<br>\
        全年共发现安全隐患40处，已整改38处。<br>\
        <table><tr><td>项目</td><td>数量</td></tr><tr><td>行政复议案件</td><td>12件</td></tr></table>\
        二、存在的不足和原因<br>一是法治宣传有待加强。<br>\
        三、党政主要负责人履行推进法治建设第一责任人职责情况<br>主要负责人专题听取汇报2次。<br>\
        四、2025年工作安排<br>持续开展学习。</div></body></html>";
    let (text, _) = article_text(page).expect("a body");
    assert!(text.contains("\n行政复议案件\t12件\n"), "{text}");
    let imported = import_html(page.as_bytes()).expect("imports");
    assert_eq!(imported.report.meta.year.get(), 2024);
    assert_eq!(
        imported.report.measures.items[0].hazards[0]
            .rectified
            .as_ref()
            .unwrap()
            .to_string(),
        "38处"
    );
}

#[test]
fn page_without_article_is_an_error() {
    let page = "<html><head><title>首页</title></head><body><div class=\"nav\">首页 政务公开 \
                政民互动 办事服务</div><div class=\"footer\">版权所有</div></body></html>";
    assert!(matches!(
        import_html(page.as_bytes()),
        Err(ImportError::NoArticle)
    ));
    assert!(matches!(import_html(b""), Err(ImportError::Empty)));
    assert!(import_html(b"<html").is_err());
}

#[test]
fn arbitrary_markup_never_panics() {
    let samples = [
        "<",
        "<<<>>>",
        "<p>",
        "</p></div></body>",
        "<table><td>",
        "<br><br><br>",
        "<div id=zoom>2023年</div>",
        "&nbsp;&amp;&#x0;&#99999999;",
        "<script>",
        "<!--",
    ];
    for a in samples {
        for b in samples {
            let page = format!("{a}一、2023年推进法治政府建设{b}二、不足{a}{b}");
            let _ = import_html(page.as_bytes());
        }
    }
}

/// A report in 公文 form (文号, 主送, signature and date) published on a site whose body
/// repeats the title under an `<h1>`, one `<div>` a line, with `<br>`-broken signature.
#[test]
fn gongwen_report_as_a_web_page() {
    let text = include_str!("fixtures/gongwen_2024.txt");
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut page = format!(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\
         <title>{}-浦江区人民政府</title></head><body><div id=\"header\"><ul class=\"menu\">\
         <li>首页</li><li>信息公开</li></ul></div><div class=\"location\">您的位置：首页 &gt; 法治政府</div>\
         <h1>{}</h1><div class=\"TRS_Editor\">",
        html_escape(lines[1]),
        html_escape(lines[1])
    );
    let (body, signature) = lines.split_at(lines.len() - 2);
    for line in body {
        page.push_str(&format!(
            "<div>&nbsp;&nbsp;&nbsp;&nbsp;{}</div>\n",
            html_escape(line)
        ));
    }
    page.push_str(&format!(
        "<p style=\"text-align:right\">{}<br/>{}</p></div><div id=\"footer\">网站标识码 3100000000</div></body></html>",
        signature[0], signature[1]
    ));
    let from_html = import_html(page.as_bytes()).expect("the page imports");
    let from_text = import_text(text).expect("the text imports");
    assert_eq!(first_difference(&from_html.report, &from_text.report), None);
    let meta = &from_html.report.meta;
    assert_eq!(meta.document_number.as_deref(), Some("沪浦司〔2025〕3号"));
    assert_eq!(meta.addressees, ["区委", "区政府"]);
    assert_eq!(meta.title, "浦江区司法局2024年度法治政府建设情况报告");
    assert_eq!(
        meta.signature
            .as_ref()
            .and_then(|s| s.organization.as_deref()),
        Some("浦江区司法局")
    );
    assert_eq!(
        meta.dates.written.map(|d| d.to_string()).as_deref(),
        Some("2025-01-15")
    );
    assert!(!from_html.text.contains("您的位置") && !from_html.text.contains("网站标识码"));
}

/// Three of the test reports of other layouts (one with run-in headings and 1./（1） items)
/// as web pages with a site header, navigation, breadcrumbs and footer, one `<p>` a line:
/// the same reports as their text.
#[test]
fn test_reports_as_web_pages() {
    for text in [
        include_str!("fixtures/import/three_part_2024.txt"),
        include_str!("fixtures/import/december_2024.txt"),
        include_str!("fixtures/import/run_in_2024.txt"),
    ] {
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let mut page = format!(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{0}_政务公开</title></head>\
             <body><div class=\"header\"><div class=\"logo\">某某区人民政府</div><nav><a href=\"/\">首页</a>\
             <a href=\"/zwgk\">政务公开</a><a href=\"/hdjl\">互动交流</a></nav></div>\
             <div class=\"crumbs\">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div>\
             <div class=\"article\"><h2 class=\"title\">{0}</h2><div class=\"info\">发布时间：2025-01-20 来源：本站</div>\
             <div class=\"content\" id=\"zoom\">",
            html_escape(lines[0])
        );
        for line in &lines {
            page.push_str(&format!(
                "<p style=\"text-indent:2em\">{}</p>\n",
                html_escape(line)
            ));
        }
        page.push_str(
            "</div></div><div class=\"footer\">主办：某某区人民政府办公室 版权所有 网站标识码 1234567890</div></body></html>",
        );
        let from_html = import_html(page.as_bytes()).expect("the page imports");
        let from_text = import_text(text).expect("the text imports");
        assert_eq!(first_difference(&from_html.report, &from_text.report), None);
        for site in ["当前位置", "网站标识码", "互动交流", "发布时间"] {
            assert!(!from_html.text.contains(site), "{site} left in the text");
        }
    }
}
